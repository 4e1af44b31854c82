/**
 * Tables published in branch slices: sorted by basic organisation (支部), with
 * an index `<table>_index` of where each branch's rows start. A page about one
 * branch (or one of its party groups, or a member's ledger) then fetches that
 * branch's rows alone, by HTTP range requests into the one Parquet file: at
 * group scale 2,000 of 20 million ledger rows, 20 of 300,000 members.
 * Browser-safe: plain SQL text and constants.
 */

/** The sliced tables, and how each row finds its member's organisation. */
export const SLICED_TABLES = {
  points: {
    org: 'm.org_id',
    join: 'LEFT JOIN members m ON m.member_id = t.member_id',
    // Within a member, the ledger's own order (the exports' row order, kept by the build): a cheap, stable key.
    order: 't.member_id, t.rowid',
  },
  members: { org: 't.org_id', join: '', order: 't.member_id' },
  member_year_points: { org: 't.org_id', join: '', order: 't.member_id, t.year' },
  member_ratings: { org: 't.org_id', join: '', order: 't.member_id, t.year' },
} as const;

export type SlicedTable = keyof typeof SLICED_TABLES;

export const sliceIndex = (table: SlicedTable) => `${table}_index`;

export const isSliced = (table: string): table is SlicedTable => Object.hasOwn(SLICED_TABLES, table);

/** The ledger's index (the first sliced table; the others follow the same shape). */
export const LEDGER_INDEX = sliceIndex('points');

/**
 * Rows per Parquet row group of a sliced table: a branch's slice is read whole
 * row groups at a time, so smaller groups fetch less, at the price of a larger footer.
 */
export const SLICE_ROW_GROUP = 20_000;

/** Re-creates each sliced table in slice order (its rowid is then the row's place in the file), and its index. */
export function sliceSql(table: SlicedTable): string[] {
  const { org, join, order } = SLICED_TABLES[table];
  const branchOf = `${join} LEFT JOIN org_units u ON u.org_id = ${org}`;
  return [
    `CREATE OR REPLACE TABLE ${table} AS SELECT t.* FROM ${table} t ${branchOf} ORDER BY u.branch_id NULLS LAST, ${order}`,
    `CREATE OR REPLACE TABLE ${sliceIndex(table)} AS
       SELECT u.branch_id, CAST(min(t.rowid) AS BIGINT) AS row_start, CAST(count(*) AS INTEGER) AS row_count
       FROM ${table} t ${branchOf} GROUP BY u.branch_id`,
  ];
}

/** Every slicing statement. */
export const SLICE_SQL: readonly string[] = (Object.keys(SLICED_TABLES) as SlicedTable[]).flatMap(sliceSql);

/** The file order of a sliced table after SLICE_SQL: as stored (its rowid order; DuckDB keeps insertion order). */
export const SLICE_FILE_ORDER = null;
