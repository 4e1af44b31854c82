/**
 * Loads the staged rows into DuckDB and validates them table by table, in an
 * order where every referenced table is already accepted.
 */
import type { PublishProfile } from '../model/publish';
import type { Rules } from '../model/rules';
import { TABLES, type TableDef, type TableName, tableDef } from '../model/schema';
import { sqlIdent, sqlString } from '../sql/literal';
import { ruleTables } from '../sql/rules-tables';
import { isChunked } from './chunks';
import type { Db } from './db';
import { directRow } from './direct-csv';
import type { StagedInput } from './inputs';
import type { StagedSheet } from './stage';
import { stagedColumns } from './stage';
import {
  acceptedSql,
  checkedSql,
  countsSql,
  createStageSql,
  REJECTS_TABLE_SQL,
  rejectsSql,
  treeSql,
  typedSql,
  uncheckedRefs,
  uncheckedSql,
} from './validate-sql';

export interface SourceRef {
  readonly src: number;
  readonly file: string;
  readonly staged: StagedSheet;
}

export interface RawReject {
  readonly table: TableName;
  readonly src: number;
  readonly row: number;
  readonly column: string;
  readonly code: string;
  readonly value: string | null;
  readonly otherSrc: number | null;
  readonly otherRow: number | null;
}

export interface Validation {
  readonly sources: readonly SourceRef[];
  readonly counts: ReadonlyMap<number, { loaded: number; rejected: number }>;
  /** The first REJECT_LIST_LIMIT rejects by source, row, column and code. */
  readonly rejects: readonly RawReject[];
  /** Rows with at least one reject. */
  readonly rejectTotal: number;
  /** Rows loaded without an optional reference whose table the export does not hold (uncheckedRefs). */
  readonly unchecked: readonly UncheckedRef[];
}

export interface UncheckedRef {
  readonly src: number;
  readonly table: TableName;
  readonly column: string;
  readonly rows: number;
}

/** What validation found in one source: its first rejects (by row, column, code) and its rows with a reject. */
export interface SourceRejects {
  readonly rejects: readonly RawReject[];
  readonly rows: number;
}

/** What validate() found: counts and rejects by source, and the rows loaded without an unchecked reference. */
export interface Checked {
  readonly counts: Map<number, { loaded: number; rejected: number }>;
  readonly perSource: Map<number, SourceRejects>;
  readonly unchecked: readonly UncheckedRef[];
}

/** At most this many rejects are listed one by one; all are counted. */
export const REJECT_LIST_LIMIT = 10000;

export function sourcesOf(inputs: readonly StagedInput[]): SourceRef[] {
  return inputs
    .flatMap((input) => input.sheets.map((staged) => ({ file: input.file, staged })))
    .map((s, src) => ({ src, ...s }));
}

export async function loadRules(db: Db, rules: Rules, asOf: string, profile: PublishProfile): Promise<void> {
  for (const [name, table] of Object.entries(ruleTables(rules, asOf, profile))) {
    await db.exec(`CREATE OR REPLACE TABLE ${sqlIdent(name)} ${table.ddl}`);
    for (const row of table.rows) {
      await db.exec(`INSERT INTO ${sqlIdent(name)} VALUES (${row.map(() => '?').join(', ')})`, [...row]);
    }
  }
}

/**
 * Loads and validates `tables` (default: every table, in the order that has every referenced table accepted
 * first) from their sources; a table referenced by these must already be there with its `checked_` keys.
 * With `chunkedAsViews`, a chunked table's accepted rows are a view over its `checked_` table, both left for
 * the caller to place and drop (the full build: the ledger is then written into a table once, placed).
 */
export async function validate(
  db: Db,
  sources: readonly SourceRef[],
  clock: (phase: string) => void = () => {},
  tables: readonly TableDef[] = TABLES,
  { chunkedAsViews = false }: { chunkedAsViews?: boolean } = {},
): Promise<Checked> {
  await db.exec(REJECTS_TABLE_SQL);
  const counts = new Map<number, { loaded: number; rejected: number }>();
  const unchecked: UncheckedRef[] = [];
  for (const table of tables) {
    // The ledger (tens of millions of rows) is read through views into checked_ once: staged and typed as
    // tables, it was written twice more, and spilled to disk twice more under the memory limit.
    const viaViews = isChunked(table.name);
    const own = sources.filter((s) => s.staged.table === table.name);
    const parts: string[] = [];
    for (const source of own) parts.push(await stagePart(db, table.name, source));
    const stageView = viaViews && parts.length > 0;
    if (stageView) {
      await db.exec(`CREATE OR REPLACE TEMP VIEW stage_${table.name} AS ${parts.join(' UNION ALL ')}`);
    } else {
      await db.exec(createStageSql(table.name));
      for (const part of parts) await db.exec(`INSERT INTO stage_${table.name} ${part}`);
      await dropLoaded(db, own);
    }
    clock(`load ${table.name}`);
    const typed = typedSql(table, viaViews ? 'VIEW' : 'TABLE');
    const acceptView = viaViews && chunkedAsViews;
    const accepted = acceptedSql(table, acceptView ? 'VIEW' : 'TABLE');
    for (const sql of [typed, checkedSql(table), ...treeSql(table), accepted, rejectsSql(table)]) await db.exec(sql);
    clock(`validate ${table.name}`);
    for (const row of await db.all(countsSql(table))) {
      counts.set(Number(row._src), { loaded: Number(row.loaded), rejected: Number(row.rejected) });
    }
    for (const col of uncheckedRefs(table))
      for (const row of await db.all(uncheckedSql(table, col)))
        unchecked.push({ src: Number(row._src), table: table.name, column: col.name, rows: Number(row.n) });
    // What no later step reads goes now: at a group's size the ledger's copies are gigabytes.
    await db.exec(`DROP ${viaViews ? 'VIEW' : 'TABLE'} IF EXISTS typed_${table.name}`);
    await db.exec(`DROP ${stageView ? 'VIEW' : 'TABLE'} IF EXISTS stage_${table.name}`);
    if (stageView) await dropLoaded(db, own);
    if (!REFERENCED.has(table.name) && !acceptView) await db.exec(`DROP TABLE IF EXISTS checked_${table.name}`);
  }
  return { counts, perSource: await rejectsBySource(db), unchecked };
}

/**
 * One source's rows as the stage table holds them (_src, _row, then the table's columns as text): from the
 * table its direct CSV read loaded (its columns m0, m1... named here, in the table's order), or from the
 * staged copy the JavaScript readers wrote.
 */
async function stagePart(db: Db, table: TableName, source: SourceRef): Promise<string> {
  const src = `${Math.trunc(source.src)}::INTEGER AS _src`;
  const loaded = source.staged.stagedTable;
  if (loaded) {
    const columns = await db.all(
      `SELECT column_name AS c FROM duckdb_columns() WHERE table_name = ? AND column_name <> '_cells' ORDER BY column_index`,
      [loaded],
    );
    const names = tableDef(table).columns.map((c) => c.name);
    if (columns.length !== names.length)
      throw new Error(`${loaded}: ${columns.length} columns, ${table} has ${names.length}`);
    const named = columns.map((r, i) => `${sqlIdent(String(r.c))} AS ${sqlIdent(names[i])}`);
    return `SELECT ${src}, ${directRow(source.staged.headerRow)} AS _row, ${named.join(', ')} FROM ${sqlIdent(loaded)}`;
  }
  return `SELECT ${src}, * FROM read_csv(${sqlString(source.staged.stagedPath)}, header = false, auto_detect = false,
     delim = ',', quote = '"', escape = '"', new_line = '\\n', max_line_size = 16777216, buffer_size = 33554432,
     columns = ${structLiteral(stagedColumns(table))})`;
}

/** The tables the direct CSV reads loaded, once their rows are staged. */
async function dropLoaded(db: Db, own: readonly SourceRef[]): Promise<void> {
  for (const source of own)
    if (source.staged.stagedTable) await db.exec(`DROP TABLE IF EXISTS ${sqlIdent(source.staged.stagedTable)}`);
}

/** Tables another table refers to: their checked rows tell a reference to a rejected row from an unknown one. */
export const REFERENCED: ReadonlySet<TableName> = new Set(
  TABLES.flatMap((t) => t.columns.flatMap((c) => (c.ref && c.ref.table !== t.name ? [c.ref.table] : []))),
);

async function rejectsBySource(db: Db): Promise<Map<number, SourceRejects>> {
  const rows = await db.all(`SELECT _src, CAST(count(DISTINCT _row) AS INTEGER) AS n FROM rejects GROUP BY _src`);
  const listed = await db.all(
    `SELECT table_name, _src, _row, "column", code, value, other_src, other_row FROM (
       SELECT *, row_number() OVER (PARTITION BY _src ORDER BY _row, "column", code, value) AS k FROM rejects)
     WHERE k <= ${REJECT_LIST_LIMIT} ORDER BY _src, _row, "column", code, value`,
  );
  const lists = new Map<number, RawReject[]>(rows.map((r) => [Number(r._src), []]));
  for (const r of listed) {
    lists.get(Number(r._src))?.push({
      table: r.table_name as TableName,
      src: Number(r._src),
      row: Number(r._row),
      column: String(r.column),
      code: String(r.code),
      value: r.value === null ? null : String(r.value),
      otherSrc: r.other_src === null ? null : Number(r.other_src),
      otherRow: r.other_row === null ? null : Number(r.other_row),
    });
  }
  return new Map(rows.map((r) => [Number(r._src), { rows: Number(r.n), rejects: lists.get(Number(r._src)) ?? [] }]));
}

/** The report's view of validation: every source's counts, the first rejects over all, the rows rejected. */
export function summarise(
  sources: readonly SourceRef[],
  counts: ReadonlyMap<number, { loaded: number; rejected: number }>,
  perSource: ReadonlyMap<number, SourceRejects>,
  unchecked: readonly UncheckedRef[] = [],
): Validation {
  const rejects: RawReject[] = [];
  let rejectTotal = 0;
  for (const src of [...perSource.keys()].sort((a, b) => a - b)) {
    const one = perSource.get(src);
    if (!one) continue;
    rejectTotal += one.rows;
    for (const r of one.rejects) if (rejects.length < REJECT_LIST_LIMIT) rejects.push(r);
  }
  return { sources, counts, rejects, rejectTotal, unchecked };
}

function structLiteral(columns: Record<string, string>): string {
  return `{${Object.entries(columns)
    .map(([k, v]) => `${sqlString(k)}: ${sqlString(v)}`)
    .join(', ')}}`;
}
