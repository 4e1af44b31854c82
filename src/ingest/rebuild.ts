/**
 * The monthly rebuild: when the inputs differ from the last build's (into the
 * same output folder) by ledger files alone, added, replaced or removed, only
 * those files are read and validated, only the chunks of the tree their rows
 * fall in are recomputed and re-encoded (src/ingest/chunks.ts), the tables
 * computed from the member-level tables are derived again, and every other
 * table is copied as the last build wrote it. The output is byte for byte what
 * a full build of the same inputs writes (tests/rebuild.test.ts). Anything
 * else (another kind of file changed, the rules, the code, a new year in the
 * ledger) returns null and the build runs whole.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManifestTable } from '../model/manifest';
import { TABLES } from '../model/schema';
import { isSliced, placedJoin, sliceIndex, sliceSql, unitOf } from '../sql/branch-slices';
import { DERIVED } from '../sql/derived';
import { sqlIdent, sqlString } from '../sql/literal';
import { ruleTables } from '../sql/rules-tables';
import { asOfFrom } from './as-of';
import type { BuildContext, BuildResult } from './build';
import { openDb, outputMeta, rejected } from './build-full';
import { AS_OF_DEPENDENT, CHUNK_DEPENDENT, outputTables, SLICED_WHOLE } from './build-tables';
import {
  CHUNKED_TABLES,
  type ChunkedTable,
  chunkedIndexSql,
  isChunked,
  NO_CHUNK,
  type PartWriter,
  partFile,
  placementSql,
  placeRows,
  runsSql,
  writePart,
} from './chunks';
import type { Db } from './db';
import { loadPlanned, type StagedInput, stageInput } from './inputs';
import { publishedColumns } from './output';
import { buildReport } from './report';
import { type BuildState, commitState, linkOrCopy, newStateDir, type SourceState, stateFiles } from './state';
import {
  baseKey,
  CHUNKED_SOURCES,
  chunkedOnly,
  createSourcesTable,
  inputsForState,
  provenanceSql,
  REF_TABLES,
  sourceKeys,
  sourceStates,
} from './state-capture';
import {
  loadRules,
  type RawReject,
  type SourceRejects,
  sourcesOf,
  summarise,
  type UncheckedRef,
  validate,
} from './validate';
import { reportPathIn, type TablePlan, writeOutput } from './write-output';

/** Parts are written as published by an internal build: every column kept. */
const AS_PUBLISHED: PartWriter = { projection: () => 'keep', salt: '' };

export async function rebuild(ctx: BuildContext, state: BuildState): Promise<BuildResult | null> {
  if (ctx.options.full) return null;
  const staged = await stageChanged(ctx, state);
  if (!staged) return null;
  const db = await openDb(ctx.cacheDir, ctx.options.memoryGB);
  const stateTmp = await newStateDir(ctx.stateDir);
  let committed = false;
  try {
    if ((await baseKey(db, ctx, staged.inputs)) !== state.baseKey) return null;
    const result = await rebuildIn(db, ctx, state, staged, stateTmp);
    committed = result?.status === 'published';
    return result;
  } finally {
    db.close();
    if (!committed) await rm(stateTmp, { recursive: true, force: true });
  }
}

interface Staged {
  /** Every input, in the listing's order: the last build's record of an unchanged one, a fresh staging of the others. */
  readonly inputs: StagedInput[];
  /** Positions of the inputs staged now. */
  readonly fresh: ReadonlySet<number>;
}

/** Stages the inputs that are not the last build's; null when one of them, or one removed, is more than ledger sheets. */
async function stageChanged(ctx: BuildContext, state: BuildState): Promise<Staged | null> {
  const known = new Map(state.inputs.map((i) => [`${i.file}\0${i.sha256}`, i]));
  const inputs: StagedInput[] = [];
  const fresh = new Set<number>();
  for (const [k, input] of ctx.inputs.entries()) {
    const old = known.get(`${input.display}\0${ctx.scans[k].sha256}`);
    if (old) {
      inputs.push({ ...old, fromCache: true });
      continue;
    }
    const one = await stageInput(input, ctx.scans[k], ctx.cacheDir, { progress: ctx.progressOf(input), direct: true });
    if (!chunkedOnly(one)) return null;
    inputs.push(one);
    fresh.add(k);
    ctx.clock(`stage ${input.display}`);
  }
  const now = new Set(inputs.map((i) => `${i.file}\0${i.sha256}`));
  if (state.inputs.some((i) => !now.has(`${i.file}\0${i.sha256}`) && !chunkedOnly(i))) return null;
  return { inputs, fresh };
}

async function rebuildIn(
  db: Db,
  ctx: BuildContext,
  state: BuildState,
  staged: Staged,
  stateTmp: string,
): Promise<BuildResult | null> {
  const { clock, options } = ctx;
  const old = stateFiles(ctx.stateDir);
  const next = stateFiles(stateTmp);
  // The rule tables' names do not depend on the as-of date; their rows are loaded once it is known.
  const rules = Object.keys(ruleTables(ctx.rules, state.asOf));
  for (const name of Object.keys(state.base)) {
    if (!rules.includes(name)) await db.exec(`CREATE VIEW ${sqlIdent(name)} AS ${parquetOf([old.base(name)])}`);
  }
  for (const t of REF_TABLES) await db.exec(`CREATE VIEW checked_${t} AS ${parquetOf([old.checked(t)])}`);
  await db.exec(placementSql(options.chunkSpan));

  // The new ledger files, read and validated alone: the ledger has no key, its checks look at one row and the members.
  const inputs = await loadPlanned(db, staged.inputs, ctx.scans, ctx.inputs, ctx.cacheDir, ctx.progressOf);
  clock('load direct');
  const sources = sourcesOf(inputs);
  const keys = sourceKeys(inputs);
  const freshFiles = new Set([...staged.fresh].map((k) => inputs[k].file));
  const fresh = sources.filter((s) => freshFiles.has(s.file));
  const checked = await validate(
    db,
    fresh,
    clock,
    TABLES.filter((t) => CHUNKED_SOURCES.includes(t.name)),
  );
  // A reference left unchecked (a table the export does not hold) is rare in a ledger: built whole.
  if (checked.unchecked.length > 0) return null;
  await createSourcesTable(db, keys);
  await placeRows(db, 'points', '_new_points', 'points');
  const freshStates = await sourceStates(db, fresh, keys, checked.counts, checked.perSource, '_new_points');
  const oldStates = new Map(state.sources.map((s) => [s.key, s]));
  const current: SourceState[] = [];
  for (const s of sources) {
    const found = freshFiles.has(s.file) ? freshStates.find((f) => f.key === keys[s.src]) : oldStates.get(keys[s.src]);
    if (!found) return null;
    current.push(found);
  }
  const years = [...new Set(current.flatMap((s) => s.years))].sort((a, b) => a - b);
  // A year the ledger did not have (or no longer has) adds (or drops) a row for every member: the build runs whole.
  if (JSON.stringify(years) !== JSON.stringify(state.years)) return null;
  // The as-of date as a full build finds it: the latest event of the other tables and of each ledger source.
  const latest = [state.latestOther, ...current.map((s) => s.latest)]
    .filter((d): d is string => d !== null)
    .map((d) => d.slice(0, 10))
    .reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
  const asOf = asOfFrom(latest, ctx.rules.asOf, ctx.today);
  await loadRules(db, ctx.rules, asOf.asOf, ctx.profile);
  // Tables taken from the last build unless they read the as-of date and it moved (rule_params holds it).
  const rederive = (name: string) => asOf.asOf !== state.asOf && (AS_OF_DEPENDENT.has(name) || rules.includes(name));
  const kept = new Set(keys);
  const dirty = new Set<number>([
    ...state.sources.filter((s) => !kept.has(s.key)).flatMap((s) => s.chunks),
    ...freshStates.flatMap((s) => s.chunks),
  ]);
  clock('plan rebuild');

  const written = await recomputeChunks(
    db,
    ctx,
    state,
    [...dirty].sort((a, b) => a - b),
    years,
    next.parts,
  );
  clock(`chunks (${dirty.size})`);
  const parts: Record<string, number[]> = {};
  for (const t of CHUNKED_TABLES) {
    const clean = state.parts[t].filter((c) => !dirty.has(c));
    for (const c of clean) await linkOrCopy(partFile(old.parts, t, c), partFile(next.parts, t, c));
    parts[t] = [...clean, ...written[t]].sort((a, b) => a - b);
    // A table left without rows is written the full build's way (one empty part): rare enough to build whole.
    if (parts[t].length === 0) return null;
    await db.exec(`DROP TABLE IF EXISTS ${t}`);
    await db.exec(`CREATE VIEW ${t} AS ${parquetOf(parts[t].map((c) => partFile(next.parts, t, c)))}`);
    await db.exec(
      `CREATE OR REPLACE TEMP TABLE _all_runs_${t} AS
       SELECT * FROM read_parquet(${sqlString(old.runs(t))}) ${cleanChunks(dirty)}
       UNION ALL SELECT * FROM _new_runs_${t}`,
    );
  }

  for (const d of DERIVED) {
    if (isChunked(d.name) || !(CHUNK_DEPENDENT.has(d.name) || rederive(d.name))) continue;
    await db.exec(`DROP VIEW IF EXISTS ${d.name}`);
    await db.exec(`CREATE OR REPLACE TABLE ${d.name} AS ${d.sql}`);
  }
  for (const t of SLICED_WHOLE) {
    if (!(CHUNK_DEPENDENT.has(t) || rederive(t))) continue;
    await db.exec(`DROP VIEW IF EXISTS ${sliceIndex(t)}`);
    for (const sql of sliceSql(t)) await db.exec(sql);
  }
  for (const t of CHUNKED_TABLES) if (isSliced(t)) await db.exec(chunkedIndexSql(t, `_all_runs_${t}`));
  clock('derive');

  const report = buildReport(
    inputs,
    summarise(sources, countsOf(sources, current), rejectsOf(sources, current, keys), uncheckedOf(state, keys)),
    ctx.skipped,
    ctx.now.toISOString(),
  );
  if (!report.ok && !options.allowRejects) return rejected(ctx, report);
  const plan: TablePlan[] = outputTables(rules).map((output) => {
    const entry = state.base[output.name];
    if (entry && !rederive(output.name)) return { how: 'copy', output, from: old.base(output.name), entry };
    if (!isChunked(output.name)) return { how: 'write', output };
    const table = output.name;
    return { how: 'splice', output, parts: async () => parts[table].map((c) => partFile(next.parts, table, c)) };
  });
  const keepBase = async (dir: string, tables: Record<string, ManifestTable>) => {
    for (const name of Object.keys(state.base))
      await linkOrCopy(rederive(name) ? join(dir, tables[name].file) : old.base(name), next.base(name));
    for (const t of REF_TABLES) await linkOrCopy(old.checked(t), next.checked(t));
  };
  const manifest = await writeOutput(db, options.outDir, outputMeta(ctx, report, inputs, asOf), plan, keepBase);
  clock('write');

  for (const t of CHUNKED_TABLES) {
    await db.exec(
      `COPY (SELECT * FROM _all_runs_${t} ORDER BY chunk, s) TO ${sqlString(next.runs(t))} (FORMAT parquet)`,
    );
  }
  await db.exec(
    `COPY (SELECT * FROM read_parquet(${sqlString(old.provenance)}) ${cleanChunks(dirty)}
       UNION ALL SELECT * FROM _new_provenance ORDER BY chunk, start) TO ${sqlString(next.provenance)} (FORMAT parquet)`,
  );
  await commitState(stateTmp, ctx.stateDir, {
    baseKey: state.baseKey,
    inputs: inputsForState(inputs),
    sources: current,
    base: Object.fromEntries(Object.keys(state.base).map((name) => [name, manifest.tables[name]])),
    parts: parts as Record<ChunkedTable, number[]>,
    years,
    asOf: asOf.asOf,
    asOfSource: asOf.source,
    latestOther: state.latestOther,
    unchecked: state.unchecked,
  });
  clock('keep state');
  return { status: 'published', report, reportPath: reportPathIn(options.outDir), manifest };
}

/** The rows of the chunks not recomputed: all of them when none is (`NOT IN (NULL)` would keep none). */
const cleanChunks = (dirty: ReadonlySet<number>) => (dirty.size ? `WHERE chunk NOT IN (${[...dirty].join(', ')})` : '');

const parquetOf = (paths: readonly string[]) => `SELECT * FROM read_parquet([${paths.map(sqlString).join(', ')}])`;

/**
 * Recomputes each dirty chunk: its ledger rows (the last build's, less those of files gone or replaced, plus the
 * new files'), then the member-level tables of its members by the derived tables' own SQL, run where `points`,
 * `members` and `evaluations` are the chunk's (a DuckDB schema first on the search path). Writes each table's
 * part, its runs and the ledger's provenance; returns the chunks each table now has a part for.
 */
async function recomputeChunks(
  db: Db,
  ctx: BuildContext,
  state: BuildState,
  dirty: readonly number[],
  years: readonly number[],
  partsDir: string,
): Promise<Record<ChunkedTable, number[]>> {
  const old = stateFiles(ctx.stateDir);
  const written = Object.fromEntries(CHUNKED_TABLES.map((t) => [t, [] as number[]])) as Record<ChunkedTable, number[]>;
  const columns = (await publishedColumns(db, 'points')).map((c) => sqlIdent(c.name)).join(', ');
  for (const t of CHUNKED_TABLES) {
    await db.exec(
      `CREATE OR REPLACE TEMP TABLE _new_runs_${t} AS SELECT * FROM read_parquet(${sqlString(old.runs(t))}) LIMIT 0`,
    );
  }
  await db.exec(
    `CREATE OR REPLACE TEMP TABLE _new_provenance AS SELECT * FROM read_parquet(${sqlString(old.provenance)}) LIMIT 0`,
  );
  // Every year the ledger and the evaluations cover, as rows no member matches: member_year_points gives each
  // member a row per year of the whole data, not of the chunk. No ledger: no years ('' splits into one '').
  await db.exec(
    `CREATE OR REPLACE TEMP TABLE _years AS SELECT CAST(y AS INTEGER) AS year
       FROM (SELECT unnest(string_split(?, ',')) AS y) WHERE y <> ''
     UNION SELECT DISTINCT year FROM evaluations`,
    [years.join(',')],
  );
  for (const c of dirty) {
    const oldRows = state.parts.points.includes(c)
      ? `SELECT ${columns}, s.src AS _src, CAST(o.file_row_number AS INTEGER) AS _row
         FROM read_parquet(${sqlString(partFile(old.parts, 'points', c))}, file_row_number = true) o
         ASOF JOIN (SELECT start, key FROM read_parquet(${sqlString(old.provenance)}) WHERE chunk = ${c}) p
           ON o.file_row_number >= p.start
         JOIN _sources s ON s.key = p.key
         UNION ALL `
      : '';
    await db.exec('CREATE SCHEMA ck');
    await db.exec(
      `CREATE TABLE ck.points AS ${oldRows}SELECT ${columns}, _src, _row FROM _new_points WHERE _chunk = ${c}`,
    );
    await db.exec(
      `CREATE VIEW ck.members AS SELECT t.* FROM main.members t ${placedJoin('members')}
       LEFT JOIN _placement k ON k.org_id = ${unitOf('members')} WHERE coalesce(k.chunk, ${NO_CHUNK}) = ${c}`,
    );
    await db.exec(
      `CREATE VIEW ck.evaluations AS SELECT e.* FROM main.evaluations e SEMI JOIN ck.members m ON m.member_id = e.member_id
       UNION ALL BY NAME SELECT year FROM _years`,
    );
    await db.exec(`SET search_path = 'ck,main'`);
    try {
      for (const d of DERIVED) if (isChunked(d.name)) await db.exec(`CREATE TABLE ck.${d.name} AS ${d.sql}`);
    } finally {
      await db.exec('RESET search_path');
    }
    for (const t of CHUNKED_TABLES) {
      const placed = `_ck_${t}`;
      await placeRows(db, t, placed, `ck.${t}`);
      const [{ n }] = await db.all(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${placed}`);
      if (Number(n) > 0) {
        await writePart(db, t, placed, c, partFile(partsDir, t, c), AS_PUBLISHED);
        written[t].push(c);
      }
      await db.exec(runsSql(placed, `_ck_runs_${t}`));
      await db.exec(`INSERT INTO _new_runs_${t} SELECT * FROM _ck_runs_${t}`);
    }
    await db.exec(`INSERT INTO _new_provenance ${provenanceSql('_ck_points')}`);
    await db.exec('DROP SCHEMA ck CASCADE');
  }
  return written;
}

/** The last build's unchecked references, by this build's sources (only ledger sources come and go). */
function uncheckedOf(state: BuildState, keys: readonly string[]): UncheckedRef[] {
  const srcOf = new Map(keys.map((k, i) => [k, i]));
  return state.unchecked.flatMap(({ key, ...u }) => {
    const src = srcOf.get(key);
    return src === undefined ? [] : [{ src, ...u }];
  });
}

function countsOf(
  sources: ReturnType<typeof sourcesOf>,
  states: readonly SourceState[],
): Map<number, { loaded: number; rejected: number }> {
  return new Map(sources.map((s, i) => [s.src, { loaded: states[i].loaded, rejected: states[i].rejected }]));
}

/** Each source's rejects as the report lists them: its other row's source found by key in this build's list. */
function rejectsOf(
  sources: ReturnType<typeof sourcesOf>,
  states: readonly SourceState[],
  keys: readonly string[],
): Map<number, SourceRejects> {
  const srcOf = new Map(keys.map((k, i) => [k, i]));
  const out = new Map<number, SourceRejects>();
  sources.forEach((s, i) => {
    const one = states[i];
    if (one.rejectRows === 0) return;
    const rejects: RawReject[] = one.rejects.map((r) => ({
      table: one.table,
      src: s.src,
      row: r.row,
      column: r.column,
      code: r.code,
      value: r.value,
      otherSrc: r.otherKey === null ? null : (srcOf.get(r.otherKey) ?? null),
      otherRow: r.otherRow,
    }));
    out.set(s.src, { rows: one.rejectRows, rejects });
  });
  return out;
}
