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
    // Within a member, the ledger's own order (the exports' row order, kept by the build): a cheap, stable key.
    order: 't.member_id, t.rowid',
    rowGroup: SLICE_ROW_GROUP,
  },
  members: { org: 't.org_id', join: '', order: 't.member_id', rowGroup: SLICE_ROW_GROUP },
  member_year_points: { org: 't.org_id', join: '', order: 't.member_id, t.year', rowGroup: SLICE_ROW_GROUP },
  member_ratings: { org: 't.org_id', join: '', order: 't.member_id, t.year', rowGroup: SLICE_ROW_GROUP },
  member_period_points: { org: 't.org_id', join: '', order: 't.member_id, t.period', rowGroup: SLICE_ROW_GROUP },
  // 支部评星定级 and the headline figures of every organisation: the one org page reads its own, not 55,000.
  branch_ratings: { org: 't.org_id', join: '', order: 't.org_id, t.period_start, t.period', rowGroup: 2_000 },
  org_year_kpis: { org: 't.org_id', join: '', order: 't.org_id, t.year', rowGroup: 2_000 },
  org_period_scores: { org: 't.org_id', join: '', order: 't.org_id, t.period', rowGroup: 2_000 },
} as const;

export type SlicedTable = keyof typeof SLICED_TABLES;

export const sliceIndex = (table: SlicedTable) => `${table}_index`;

export const isSliced = (table: string): table is SlicedTable => Object.hasOwn(SLICED_TABLES, table);

/** Each organisation's place in a depth-first walk of the tree (paths compared as lists: a subtree is a run). */
const TREE_PLACE = `(SELECT org_id, row_number() OVER (ORDER BY path) AS place
    FROM (SELECT org_id, list(ancestor_id ORDER BY depth DESC) AS path FROM org_paths GROUP BY org_id))`;

/**
 * Re-creates each sliced table in slice order (its rowid is then the row's place in the file), and its
 * index: each branch's run, rolled up to every ancestor (a run of runs, as the walk is depth-first).
 * A row's place is its basic organisation's; a row of an organisation that has none (a committee), its own.
 */
export function sliceSql(table: SlicedTable): string[] {
  const { org, join, order } = SLICED_TABLES[table];
  const placed = `${join} LEFT JOIN org_units u ON u.org_id = ${org}`;
  const unit = `coalesce(u.branch_id, ${org})`;
  return [
    `CREATE OR REPLACE TABLE ${table} AS SELECT t.* FROM ${table} t ${placed}
       LEFT JOIN ${TREE_PLACE} k ON k.org_id = ${unit} ORDER BY k.place NULLS LAST, ${order}`,
    `CREATE OR REPLACE TABLE ${sliceIndex(table)} AS
       WITH runs AS (SELECT ${unit} AS unit, min(t.rowid) AS s, count(*) AS n FROM ${table} t ${placed} GROUP BY unit)
       SELECT p.ancestor_id AS org_id, CAST(min(r.s) AS BIGINT) AS row_start, CAST(sum(r.n) AS INTEGER) AS row_count
       FROM runs r JOIN org_paths p ON p.org_id = r.unit GROUP BY p.ancestor_id
       UNION ALL
       SELECT NULL, CAST(s AS BIGINT), CAST(n AS INTEGER) FROM runs WHERE unit IS NULL`,
  ];
}

/** Every slicing statement. */
export const SLICE_SQL: readonly string[] = (Object.keys(SLICED_TABLES) as SlicedTable[]).flatMap(sliceSql);

/** The file order of a sliced table after SLICE_SQL: as stored (its rowid order; DuckDB keeps insertion order). */
export const SLICE_FILE_ORDER = null;
