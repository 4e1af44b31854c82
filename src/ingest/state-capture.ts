/**
 * What a build hands its state (src/ingest/state.ts) from its database: the
 * key of everything a rebuild must find unchanged, each source's verdicts,
 * the keys the ledger's references are checked against, each chunk's runs
 * and where each ledger row came from.
 */
import { createHash } from 'node:crypto';
import { TABLES, type TableName } from '../model/schema';
import { sqlString } from '../sql/literal';
import type { BuildContext } from './build';
import { CODE_HASH } from './build-tables';
import { CHUNK_SPAN, CHUNKED_TABLES, isChunked } from './chunks';
import type { Db } from './db';
import type { StagedInput } from './inputs';
import { type SourceState, type StoredReject, sourceKey, stateFiles } from './state';
import type { SourceRef, SourceRejects } from './validate';

/** The chunked tables read from exports (the ledger): their files may come and go between rebuilds. */
export const CHUNKED_SOURCES: readonly TableName[] = TABLES.map((t) => t.name).filter(isChunked);

/** The tables the chunked sources refer to, and by which column: checked against in a rebuild. */
const REFS = TABLES.filter((t) => isChunked(t.name)).flatMap((t) =>
  t.columns.flatMap((c) => (c.ref ? [{ table: c.ref.table, column: c.ref.column }] : [])),
);

/** An input that holds the chunked sources' sheets and nothing else. */
export function chunkedOnly(input: StagedInput): boolean {
  return !input.error && input.sheets.length > 0 && input.sheets.every((s) => CHUNKED_SOURCES.includes(s.table));
}

/** Everything a rebuild needs unchanged: the code, DuckDB, the rules and options, every other input. */
export async function baseKey(db: Db, ctx: BuildContext, staged: readonly StagedInput[]): Promise<string> {
  const [{ v }] = await db.all('SELECT version() AS v');
  const others = staged.filter((s) => !chunkedOnly(s)).map((s) => [s.file, s.sha256]);
  return createHash('sha256')
    .update(JSON.stringify([CODE_HASH, v, ctx.rulesSha256, ctx.profile, ctx.options.chunkSpan ?? CHUNK_SPAN, others]))
    .digest('hex');
}

/** The keys of the sources, in the order of sourcesOf(staged). */
export function sourceKeys(staged: readonly StagedInput[]): string[] {
  return staged.flatMap((input) => input.sheets.map((_, i) => sourceKey(input.file, input.sha256, i)));
}

/** The inputs as the state keeps them: what staging found, without the paths and plans of this run. */
export function inputsForState(staged: readonly StagedInput[]): StagedInput[] {
  return staged.map((s) => ({
    ...s,
    sheets: s.sheets.map(({ direct: _direct, ...sheet }) => ({ ...sheet, stagedPath: '' })),
  }));
}

/**
 * Each source's verdicts as the state keeps them. A chunked source's chunks and years come from `placed`
 * (its accepted rows, placed in chunks, with `_src`).
 */
export async function sourceStates(
  db: Db,
  sources: readonly SourceRef[],
  keys: readonly string[],
  counts: ReadonlyMap<number, { loaded: number; rejected: number }>,
  perSource: ReadonlyMap<number, SourceRejects>,
  placed: string,
): Promise<SourceState[]> {
  const spread = new Map<number, { chunks: number[]; years: number[]; latest: string | null }>();
  const rows = await db.all(
    `SELECT _src, list(DISTINCT _chunk ORDER BY _chunk) AS chunks, CAST(max(date) AS VARCHAR) AS latest,
       list(DISTINCT CAST(year(date) AS INTEGER) ORDER BY CAST(year(date) AS INTEGER)) AS years
     FROM ${placed} GROUP BY _src`,
  );
  for (const r of rows)
    spread.set(Number(r._src), {
      chunks: (r.chunks as number[]).map(Number),
      years: (r.years as (number | null)[]).filter((y) => y !== null).map(Number),
      latest: r.latest === null ? null : String(r.latest),
    });
  return sources.map((s) => {
    const count = counts.get(s.src) ?? { loaded: 0, rejected: 0 };
    const found = perSource.get(s.src);
    const rejects: StoredReject[] = (found?.rejects ?? []).map((r) => ({
      row: r.row,
      column: r.column,
      code: r.code,
      value: r.value,
      otherKey: r.otherSrc === null ? null : keys[r.otherSrc],
      otherRow: r.otherRow,
    }));
    return {
      key: keys[s.src],
      table: s.staged.table,
      ...count,
      rejectRows: found?.rows ?? 0,
      rejects,
      chunks: spread.get(s.src)?.chunks ?? [],
      years: spread.get(s.src)?.years ?? [],
      latest: spread.get(s.src)?.latest ?? null,
    };
  });
}

/** The keys of every row of each table the chunked sources refer to (a reference to a rejected row says so). */
export async function storeRefKeys(db: Db, dir: string): Promise<void> {
  for (const ref of REFS) {
    await db.exec(
      `COPY (SELECT ${ref.column} FROM checked_${ref.table}) TO ${sqlString(stateFiles(dir).checked(ref.table))} (FORMAT parquet)`,
    );
  }
}

/** The tables referred to whose checked keys the state holds. */
export const REF_TABLES: readonly string[] = [...new Set(REFS.map((r) => r.table))];

/**
 * Each chunked table's runs per chunk (`_runs_<table>`) and the ledger's provenance: in each chunk, the runs
 * of one member's rows from one source (`start` from the chunk's first row, `n`, the source's `key`).
 */
export async function storeRuns(
  db: Db,
  dir: string,
  runsOf: (t: string) => string,
  placedPoints: string,
): Promise<void> {
  for (const t of CHUNKED_TABLES) {
    await db.exec(
      `COPY (SELECT * FROM ${runsOf(t)} ORDER BY chunk, s) TO ${sqlString(stateFiles(dir).runs(t))} (FORMAT parquet)`,
    );
  }
  await db.exec(
    `COPY (${provenanceSql(placedPoints)} ORDER BY chunk, start) TO ${sqlString(stateFiles(dir).provenance)} (FORMAT parquet)`,
  );
}

/** The provenance runs of a placed ledger table whose `_src` the temp table `_sources` (src, key) names. */
export function provenanceSql(placed: string): string {
  return `WITH g AS (SELECT _chunk AS chunk, member_id, _src, min(rowid) AS first, count(*) AS n FROM ${placed} GROUP BY ALL)
    SELECT g.chunk, CAST(g.first - min(g.first) OVER (PARTITION BY g.chunk) AS BIGINT) AS start,
      CAST(g.n AS BIGINT) AS n, s.key
    FROM g JOIN _sources s ON s.src = g._src`;
}

/** The temp table `_sources` (src, key) of this build's sources. */
export async function createSourcesTable(db: Db, keys: readonly string[]): Promise<void> {
  // Keys are hexadecimal: one bound text, split in SQL.
  await db.exec(
    `CREATE OR REPLACE TEMP TABLE _sources AS
     SELECT CAST(k.i - 1 AS INTEGER) AS src, k.key FROM (SELECT unnest(string_split($1, ',')) AS key,
       generate_subscripts(string_split($1, ','), 1) AS i) k`,
    [keys.join(',')],
  );
}
