/**
 * Chunks: the member-level tables (the ledger and what is computed from it
 * per member) are written one Parquet part per chunk of the organisation tree
 * and spliced into one file (parquet-splice.ts). A chunk is a run of
 * organisations in the depth-first walk the slices use; where a chunk starts
 * is decided by each organisation's id alone (content-defined, as rsync cuts
 * files), so a change in one branch's rows leaves every other chunk's rows,
 * and its part, as they were: a rebuild re-encodes only the chunks whose rows
 * changed, and the joined file is the same, byte for byte, as a full build's.
 * A part's bytes depend on its rows alone: it is written sorted by a unique
 * key, and DuckDB then forms the same row groups whatever fed the sort.
 */
import { join } from 'node:path';
import {
  indexSql,
  isSliced,
  placedJoin,
  SLICED_TABLES,
  type SlicedTable,
  TREE_PLACE,
  unitOf,
} from '../sql/branch-slices';
import { sqlIdent, sqlString } from '../sql/literal';
import type { Db } from './db';
import { type Projection, publishedColumns, selectList } from './output';

/** Organisations per chunk, on average: at a group's 55,000 about a hundred chunks of 200,000 ledger rows. */
export const CHUNK_SPAN = 512;

/** The chunk of rows whose organisation is outside the tree (none once validated; kept last, as the slices do). */
export const NO_CHUNK = 2147483647;

/** Tables written in chunks: the ledger and the tables with a row per member (or per member's organisation). */
export const CHUNKED_TABLES = [
  'points',
  'member_year_points',
  'member_ratings',
  'member_period_points',
  'points_monthly',
] as const;
export type ChunkedTable = (typeof CHUNKED_TABLES)[number];

export const isChunked = (table: string): table is ChunkedTable =>
  (CHUNKED_TABLES as readonly string[]).includes(table);

/** Rows per row group of a chunked table that is not sliced (the sliced ones keep theirs). */
const PLAIN_ROW_GROUP = 100_000;

/** How a row of a chunked table finds its organisation, and its order within its organisation's place. */
function layout(table: ChunkedTable): {
  unit: string;
  join: string;
  order: readonly string[] | 'all';
  rowGroup: number;
} {
  if (isSliced(table)) {
    const s = SLICED_TABLES[table as SlicedTable];
    return {
      unit: unitOf(table as SlicedTable),
      join: placedJoin(table as SlicedTable),
      order: s.order,
      rowGroup: s.rowGroup,
    };
  }
  // points_monthly: one row per organisation, month, kind and category; every column orders it.
  return {
    unit: 'coalesce(u.branch_id, t.org_id)',
    join: 'LEFT JOIN org_units u ON u.org_id = t.org_id',
    order: 'all',
    rowGroup: PLAIN_ROW_GROUP,
  };
}

/** Each organisation's place in the walk and its chunk (`_placement`); needs org_paths. */
export function placementSql(span = CHUNK_SPAN): string {
  return `CREATE OR REPLACE TEMP TABLE _placement AS
    SELECT org_id, place, CAST(sum(starts) OVER (ORDER BY place) - 1 AS INTEGER) AS chunk
    FROM (SELECT org_id, place, CASE WHEN place = 1 OR hash(org_id) % ${Math.trunc(span)} = 0 THEN 1 ELSE 0 END AS starts
          FROM ${TREE_PLACE})`;
}

/**
 * Re-creates `table` (as `t` in `from`, default the table itself) with its place, unit and chunk (`_place`,
 * `_unit`, `_chunk`), sorted as its file is: chunk, place, then its order.
 */
export async function placeRows(
  db: Db,
  table: ChunkedTable,
  into: string = table,
  from: string = table,
): Promise<void> {
  const { unit, join: joined } = layout(table);
  const order = await orderOf(db, table, from);
  await db.exec(
    `CREATE OR REPLACE TABLE ${sqlIdent(into)} AS
     SELECT t.*, k.place AS _place, coalesce(k.chunk, ${NO_CHUNK}) AS _chunk, ${unit} AS _unit
     FROM ${from} t ${joined} LEFT JOIN _placement k ON k.org_id = ${unit}
     ORDER BY _chunk, _place NULLS LAST, ${order.map((c) => `t.${sqlIdent(c)}`).join(', ')}`,
  );
}

async function orderOf(db: Db, table: ChunkedTable, from: string): Promise<readonly string[]> {
  const { order } = layout(table);
  if (order !== 'all') return order;
  return (await publishedColumns(db, from)).map((c) => c.name);
}

/** The chunks `placed` (a table placeRows made) has rows in. */
export async function chunksOf(db: Db, placed: string): Promise<number[]> {
  const rows = await db.all(`SELECT DISTINCT _chunk AS c FROM ${sqlIdent(placed)} ORDER BY c`);
  return rows.map((r) => Number(r.c));
}

/** Each unit's run within its chunk (`chunk`, `unit`, first row `s` counted from the chunk's start, `n`). */
export function runsSql(placed: string, into: string): string {
  return `CREATE OR REPLACE TEMP TABLE ${sqlIdent(into)} AS
    WITH g AS (SELECT _chunk AS chunk, _unit AS unit, min(rowid) AS s, count(*) AS n FROM ${sqlIdent(placed)} GROUP BY ALL)
    SELECT chunk, unit, CAST(s - min(s) OVER (PARTITION BY chunk) AS BIGINT) AS s, CAST(n AS BIGINT) AS n FROM g`;
}

/** The index of a sliced chunked table from its runs per chunk (the chunks' parts joined in chunk order). */
export function chunkedIndexSql(table: SlicedTable, runs: string): string {
  const global = `WITH sizes AS (SELECT chunk, sum(n) AS total FROM ${runs} GROUP BY chunk),
      offsets AS (SELECT chunk, coalesce(sum(total) OVER (ORDER BY chunk ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS base FROM sizes)
    SELECT r.unit, r.s + o.base AS s, r.n FROM ${runs} r JOIN offsets o USING (chunk)`;
  return indexSql(table, global);
}

export interface PartWriter {
  readonly projection: Projection;
  readonly salt: string;
}

/**
 * Writes chunk `chunk` of `placed` (rows of `table`, placed) as a Parquet part at `path`: the published
 * columns (under the projection), sorted by place and order, in the table's row groups. The sort stays though
 * the placed table is stored in that order: without it DuckDB cuts row groups where its parallel scan's batches
 * fall, so the part's bytes would change from build to build (seen at a group's size).
 */
export async function writePart(
  db: Db,
  table: ChunkedTable,
  placed: string,
  chunk: number,
  path: string,
  writer: PartWriter,
): Promise<void> {
  const order = await orderOf(db, table, placed);
  const { select } = await selectList(db, table, placed, writer.projection, writer.salt);
  const { rowGroup } = layout(table);
  await db.exec(
    `COPY (SELECT ${select.join(', ')} FROM ${sqlIdent(placed)} t WHERE t._chunk = ${Math.trunc(chunk)}
       ORDER BY t._place NULLS LAST, ${order.map((c) => `t.${sqlIdent(c)}`).join(', ')})
     TO ${sqlString(path)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${rowGroup})`,
  );
}

export const partFile = (dir: string, table: ChunkedTable, chunk: number) => join(dir, `${table}-${chunk}.parquet`);
