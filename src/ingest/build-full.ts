/**
 * The whole build: every input read and validated, every table derived and
 * written. An internal build then keeps what its next rebuild needs
 * (src/ingest/state.ts): a public one does not (its tokens change every build).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILD_MEMORY_GB } from '../model/limits';
import type { AsOfSource, ManifestTable } from '../model/manifest';
import { REPORT } from '../model/report';
import { TABLES } from '../model/schema';
import { isSliced, sliceSql } from '../sql/branch-slices';
import { DERIVED, type DerivedTable } from '../sql/derived';
import { ruleTables } from '../sql/rules-tables';
import { latestEventSql, resolveAsOf } from './as-of';
import type { BuildContext, BuildResult } from './build';
import { CHUNK_DEPENDENT, outputTables, SLICED_WHOLE } from './build-tables';
import {
  CHUNKED_TABLES,
  type ChunkedTable,
  chunkedIndexSql,
  chunksOf,
  isChunked,
  NO_CHUNK,
  partFile,
  placementSql,
  placeRows,
  runsSql,
  writePart,
} from './chunks';
import { besideEachOther, Db } from './db';
import { loadPlanned, type StagedInput, stageInput } from './inputs';
import { buildReport } from './report';
import { commitState, linkOrCopy, newStateDir, stateFiles } from './state';
import {
  baseKey,
  CHUNKED_SOURCES,
  createSourcesTable,
  inputsForState,
  sourceKeys,
  sourceStates,
  storeRefKeys,
  storeRuns,
} from './state-capture';
import { loadRules, sourcesOf, summarise, validate } from './validate';
import { type OutputMeta, reportPathIn, type TablePlan, writeOutput } from './write-output';

export async function fullBuild(ctx: BuildContext): Promise<BuildResult> {
  const { options, clock, cacheDir, inputs, scans } = ctx;
  const planned: StagedInput[] = [];
  for (const [k, input] of inputs.entries()) {
    // Staging checks the file is still the one scanned after reading it, so a change in between is caught.
    planned.push(await stageInput(input, scans[k], cacheDir, { progress: ctx.progressOf(input), direct: true }));
    clock(`stage ${input.display}`);
  }
  const db = await openDb(cacheDir, options.memoryGB);
  const keep = ctx.profile === 'internal';
  const stateTmp = keep ? await newStateDir(ctx.stateDir) : null;
  // The parts are written over two connections: one part's COPY leaves a core idle as it writes (measured).
  const writers: Db[] = [db];
  try {
    writers.push(await db.fork());
    const staged = await loadPlanned(db, planned, scans, inputs, cacheDir, ctx.progressOf);
    clock('load direct');
    const sources = sourcesOf(staged);
    // The ledger stays a view over its checked rows until it is placed: one table of it, not two.
    const { counts, perSource, unchecked } = await validate(db, sources, clock, TABLES, { chunkedAsViews: true });
    const asOf = await resolveAsOf(db, ctx.rules.asOf, ctx.today);
    await loadRules(db, ctx.rules, asOf.asOf, ctx.profile);
    const validation = summarise(sources, counts, perSource, unchecked);
    const report = buildReport(staged, validation, ctx.skipped, ctx.now.toISOString());
    if (!report.ok && !options.allowRejects) return await rejected(ctx, report);
    await derive(db, options.chunkSpan, clock);
    for (const t of SLICED_WHOLE) for (const sql of sliceSql(t)) await db.exec(sql);
    clock('slice');
    for (const t of CHUNKED_TABLES) {
      await db.exec(runsSql(t, `_runs_${t}`));
      if (isSliced(t)) await db.exec(chunkedIndexSql(t, `_runs_${t}`));
    }
    clock('runs');
    const partsDir = stateTmp ? stateFiles(stateTmp).parts : join(cacheDir, `parts.tmp-${process.pid}`);
    await mkdir(partsDir, { recursive: true });
    const parts: Record<string, number[]> = {};
    const plan: TablePlan[] = outputTables(Object.keys(ruleTables(ctx.rules, asOf.asOf))).map((output) => {
      if (!isChunked(output.name)) return { how: 'write', output };
      const table = output.name;
      return {
        how: 'splice',
        output,
        parts: async (writer) => {
          const chunks = await chunksOf(db, table);
          parts[table] = chunks;
          // An empty table is one empty part, so that it still has its schema.
          const list = chunks.length ? chunks : [NO_CHUNK];
          const paths = list.map((chunk) => partFile(partsDir, table, chunk));
          await besideEachOther(writers, list.length, (on, k) =>
            writePart(on, table, table, list[k], paths[k], writer),
          );
          return paths;
        },
      };
    });
    // The tables that do not depend on the ledger are kept as published, for the next rebuild.
    const keepBase = async (dir: string, tables: Record<string, ManifestTable>) => {
      if (!stateTmp) return;
      for (const [name, t] of Object.entries(tables))
        if (!CHUNK_DEPENDENT.has(name)) await linkOrCopy(join(dir, t.file), stateFiles(stateTmp).base(name));
    };
    const manifest = await writeOutput(db, options.outDir, outputMeta(ctx, report, staged, asOf), plan, keepBase);
    clock('write');
    if (stateTmp) {
      const keys = sourceKeys(staged);
      await createSourcesTable(db, keys);
      await storeRefKeys(db, stateTmp);
      await storeRuns(db, stateTmp, (t) => `_runs_${t}`, 'points');
      const sourceList = await sourceStates(db, sources, keys, counts, perSource, 'points');
      const [{ latest }] = await db.all(latestEventSql(CHUNKED_SOURCES));
      await commitState(stateTmp, ctx.stateDir, {
        baseKey: await baseKey(db, ctx, staged),
        inputs: inputsForState(staged),
        sources: sourceList,
        base: Object.fromEntries(Object.entries(manifest.tables).filter(([n]) => !CHUNK_DEPENDENT.has(n))),
        parts: Object.fromEntries(CHUNKED_TABLES.map((t) => [t, parts[t] ?? []])) as Record<ChunkedTable, number[]>,
        years: [...new Set(sourceList.flatMap((s) => s.years))].sort((a, b) => a - b),
        asOf: asOf.asOf,
        asOfSource: asOf.source,
        latestOther: latest === null ? null : String(latest),
        unchecked: unchecked.map(({ src, ...u }) => ({ key: keys[src], ...u })),
      });
      clock('keep state');
    }
    return { status: 'published', report, reportPath: reportPathIn(options.outDir), manifest };
  } finally {
    for (const w of writers.slice(1)) w.close();
    db.close();
    // A public build's parts are not kept; an internal build's not committed (it failed) go too.
    await rm(join(cacheDir, `parts.tmp-${process.pid}`), { recursive: true, force: true });
    if (stateTmp) await rm(stateTmp, { recursive: true, force: true });
  }
}

/**
 * The derived tables, each chunked one placed as it is made (chunks.ts), so that it is written once. The
 * placement reads the organisations' paths and units, the first two derived tables; the ledger is placed right
 * after them, before anything reads it: the tables derived from it then scan a plain table, not the checked
 * rows' view (their error lists, the accepted rows' fix-ups), and its checked copy is gone from the memory the
 * derivations need.
 */
async function derive(db: Db, span: number | undefined, clock: (phase: string) => void): Promise<void> {
  for (const d of DERIVED) if (PLACEMENT_READS.has(d.name)) await deriveOne(db, d);
  await db.exec(placementSql(span));
  await placeLedger(db);
  clock('place ledger');
  // Each table its own phase: where a large build's time goes, and which table it was at if it fails.
  for (const d of DERIVED)
    if (!PLACEMENT_READS.has(d.name)) {
      await deriveOne(db, d);
      clock(`derive ${d.name}`);
    }
}

/** The derived tables the ledger's placement reads: DERIVED begins with them, and they read no other. */
const PLACEMENT_READS: ReadonlySet<string> = new Set(['org_paths', 'org_units']);

async function deriveOne(db: Db, d: DerivedTable): Promise<void> {
  if (isChunked(d.name)) {
    // Made, then placed: one statement aggregating and sorting a province's points_monthly (100 million
    // ledger rows in) ran out of DuckDB's 3 GB, where the two apart had built.
    await db.exec(`CREATE OR REPLACE TEMP TABLE _derived AS ${d.sql}`);
    await placeRows(db, d.name, d.name, '_derived');
    await db.exec('DROP TABLE _derived');
  } else await db.exec(`CREATE OR REPLACE TABLE ${d.name} AS ${d.sql}`);
}

/** The ledger's accepted rows (a view over its checked rows, validate()) written once, placed. */
async function placeLedger(db: Db): Promise<void> {
  await placeRows(db, 'points', '_placed_points', 'points');
  await db.exec('DROP VIEW points');
  await db.exec('DROP TABLE checked_points');
  await db.exec('ALTER TABLE _placed_points RENAME TO points');
}

/** A bounded DuckDB that spills to disk: group-scale ledgers must build within 2 GiB. */
export function openDb(cacheDir: string, memoryGB: number = BUILD_MEMORY_GB.default): Promise<Db> {
  return Db.open({ tempDir: join(cacheDir, 'duckdb-tmp'), memoryLimit: `${memoryGB}GB` });
}

export function outputMeta(
  ctx: BuildContext,
  report: BuildResult['report'] & object,
  staged: readonly StagedInput[],
  asOf: { asOf: string; source: AsOfSource },
): OutputMeta {
  return {
    report,
    fingerprint: ctx.fingerprint,
    rulesSha256: ctx.rulesSha256,
    asOf: asOf.asOf,
    asOfSource: asOf.source,
    now: ctx.now,
    inputs: staged.map((s) => ({ file: s.file, sha256: s.sha256, bytes: s.bytes })),
    profile: ctx.profile,
    publish: ctx.rules.publish,
  };
}

/** Rejects without --allow-rejects: the report beside the cache, not the output (which may sit in public/). */
export async function rejected(ctx: BuildContext, report: BuildResult['report'] & object): Promise<BuildResult> {
  const reportPath = join(ctx.cacheDir, 'rejected-report.json');
  await writeFile(reportPath, JSON.stringify(REPORT.parse(report, reportPath), null, 2));
  return { status: 'rejected', report, reportPath, manifest: null };
}
