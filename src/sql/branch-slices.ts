/**
 * Tables published in slices: sorted by basic organisation (支部), the basic
 * organisations in depth-first order of the tree, so that the rows of any
 * organisation's subtree (a branch, a 党总支, a committee) are one run of the
 * file. The index `<table>_index` says where each organisation's run starts and
 * how long it is. A page about one organisation (or a member's ledger) then
 * fetches that run alone, by HTTP range requests into the one Parquet file: at
 * group scale 2,000 of 20 million ledger rows for a branch, 20 of 300,000 members.
 * A row about an organisation above the branches (a committee's own figures)
 * sits at that organisation's place in the walk, at the head of its subtree's run.
 * Browser-safe: plain SQL text and constants.
 */

/**
 * Rows per Parquet row group of a sliced table: a slice is read whole
 * row groups at a time, so smaller groups fetch less, at the price of a larger footer.
 */
const SLICE_ROW_GROUP = 20_000;

/**
 * The sliced tables: how each row finds its organisation, its order within a branch, and its row-group size.
 * The per-organisation tables are small per row and read a few hundred rows at a time: smaller groups.
 */
export const SLICED_TABLES = {
  points: {
    org: 'm.org_id',
    join: 'LEFT JOIN members m ON m.member_id = t.member_id',
    // Within a member, the ledger's own order: the exports' order (source, then row), kept by the build.
    order: ['member_id', '_src', '_row'],
    rowGroup: SLICE_ROW_GROUP,
  },
  members: { org: 't.org_id', join: '', order: ['member_id'], rowGroup: SLICE_ROW_GROUP },
  member_year_points: { org: 't.org_id', join: '', order: ['member_id', 'year'], rowGroup: SLICE_ROW_GROUP },
  member_ratings: { org: 't.org_id', join: '', order: ['member_id', 'year'], rowGroup: SLICE_ROW_GROUP },
  member_period_points: { org: 't.org_id', join: '', order: ['member_id', 'period'], rowGroup: SLICE_ROW_GROUP },
  // 支部评星定级 and the headline figures of every organisation: the one org page reads its own, not 55,000.
  branch_ratings: { org: 't.org_id', join: '', order: ['org_id', 'period_start', 'period'], rowGroup: 2_000 },
  org_year_kpis: { org: 't.org_id', join: '', order: ['org_id', 'year'], rowGroup: 2_000 },
  org_period_scores: { org: 't.org_id', join: '', order: ['org_id', 'period'], rowGroup: 2_000 },
} as const;

export type SlicedTable = keyof typeof SLICED_TABLES;

export const sliceIndex = (table: SlicedTable) => `${table}_index`;

export const isSliced = (table: string): table is SlicedTable => Object.hasOwn(SLICED_TABLES, table);

/** Each organisation's place in a depth-first walk of the tree (paths compared as lists: a subtree is a run). */
export const TREE_PLACE = `(SELECT org_id, row_number() OVER (ORDER BY path) AS place
    FROM (SELECT org_id, list(ancestor_id ORDER BY depth DESC) AS path FROM org_paths GROUP BY org_id))`;

/** The joins that give each row of `table` (as `t`) its organisation's basic organisation (`u`). */
export const placedJoin = (table: SlicedTable) =>
  `${SLICED_TABLES[table].join} LEFT JOIN org_units u ON u.org_id = ${SLICED_TABLES[table].org}`;

/** The organisation whose place a row of `table` takes: its basic organisation, else its own (a committee's). */
export const unitOf = (table: SlicedTable) => `coalesce(u.branch_id, ${SLICED_TABLES[table].org})`;

/**
 * Re-creates a sliced table in slice order (its rowid is then the row's place in the file), and its index.
 * A row's place is its basic organisation's; a row of an organisation that has none (a committee), its own.
 */
export function sliceSql(table: SlicedTable): string[] {
  const order = SLICED_TABLES[table].order.map((c) => `t.${c}`).join(', ');
  return [
    `CREATE OR REPLACE TABLE ${table} AS SELECT t.* FROM ${table} t ${placedJoin(table)}
       LEFT JOIN ${TREE_PLACE} k ON k.org_id = ${unitOf(table)} ORDER BY k.place NULLS LAST, ${order}`,
    indexSql(
      table,
      `SELECT ${unitOf(table)} AS unit, min(t.rowid) AS s, count(*) AS n FROM ${table} t ${placedJoin(table)} GROUP BY unit`,
    ),
  ];
}

/**
 * The index of a sliced table from its runs (`unit`, first row `s`, rows `n`: each basic organisation's rows,
 * one run of the file): each run rolled up to every ancestor (a run of runs, as the walk is depth-first).
 */
export function indexSql(table: SlicedTable, runs: string): string {
  return `CREATE OR REPLACE TABLE ${sliceIndex(table)} AS
       WITH runs AS (${runs})
       SELECT p.ancestor_id AS org_id, CAST(min(r.s) AS BIGINT) AS row_start, CAST(sum(r.n) AS INTEGER) AS row_count
       FROM runs r JOIN org_paths p ON p.org_id = r.unit GROUP BY p.ancestor_id
       UNION ALL
       SELECT NULL, CAST(s AS BIGINT), CAST(n AS INTEGER) FROM runs WHERE unit IS NULL`;
}

/**
 * The file order of an index: by first row, an organisation before the branch its run starts with (they start
 * on the same row), then by id, so that two builds of the same data write the same bytes.
 */
export const INDEX_FILE_ORDER = 'row_start, row_count DESC, org_id';

/** The file order of a sliced table after sliceSql: as stored (its rowid order; DuckDB keeps insertion order). */
export const SLICE_FILE_ORDER = null;
