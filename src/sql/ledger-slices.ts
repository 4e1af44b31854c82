/**
 * The points ledger (积分台账) is published in slices: sorted by basic
 * organisation (支部), with an index of where each one's rows start. A page
 * opening a member's ledger then fetches that branch's rows alone, by HTTP
 * range requests into the one Parquet file, never the group's whole ledger
 * (10 million rows a year). Browser-safe: plain SQL text and constants.
 */

/** The index table: branch_id, row_start, row_count. */
export const LEDGER_INDEX = 'points_index';

/**
 * Rows per Parquet row group of the ledger: a branch's slice is read whole row
 * groups at a time, so smaller groups fetch less, at the price of a larger footer.
 */
export const LEDGER_ROW_GROUP = 20_000;

/** Re-creates `points` in slice order (its rowid is then the row's place in the file) and builds the index. */
export const LEDGER_SLICE_SQL: readonly string[] = [
  `CREATE OR REPLACE TABLE points AS
     SELECT p.* FROM points p
     LEFT JOIN members m ON m.member_id = p.member_id LEFT JOIN org_units u ON u.org_id = m.org_id
     ORDER BY u.branch_id NULLS LAST, p.member_id, p.date, p.kind, p.category, p.points, p.reason, p.recorded_by`,
  `CREATE OR REPLACE TABLE ${LEDGER_INDEX} AS
     SELECT u.branch_id, CAST(min(p.rowid) AS BIGINT) AS row_start, CAST(count(*) AS INTEGER) AS row_count
     FROM points p
     LEFT JOIN members m ON m.member_id = p.member_id LEFT JOIN org_units u ON u.org_id = m.org_id
     GROUP BY u.branch_id`,
];

/** The file order of `points` after LEDGER_SLICE_SQL: its rowid. */
export const LEDGER_FILE_ORDER = 'rowid';
