/**
 * The data build: a folder of exports in, a published folder of Parquet,
 * report.json and manifest.json out. Fails (leaving the previous output
 * untouched) when anything is rejected, unless rejects are allowed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { type AsOfSource, DATA_PRODUCER, MANIFEST, type Manifest, type ManifestTable } from '../model/manifest';
import { type PublishProfile, publicTreatment } from '../model/publish';
import { REPORT } from '../model/report';
import { type PublishRules, parseRules, RULES_BOUNDS, type Rules } from '../model/rules';
import { TABLES } from '../model/schema';
import { isSliced, SLICE_FILE_ORDER, SLICE_SQL, SLICED_TABLES, sliceIndex } from '../sql/branch-slices';
import { DERIVED } from '../sql/derived';
import { PARSE_MACROS } from '../sql/parse';
import { ruleTables } from '../sql/rules-tables';
import { resolveAsOf } from './as-of';
import { Db } from './db';
import {
  assertApart,
  assertReplaceable,
  assertSwappable,
  type OwnedFiles,
  publish,
  recover,
  tempDirFor,
} from './folders';
import { type InputFile, listInputs, loadPlanned, type StagedInput, stageInput } from './inputs';
import { acquireLock } from './lock';
import { dataVersion, type Projection, type TableOutput, writeTable } from './output';
import { buildReport, type Report } from './report';
import { type Scan, scanFile } from './scan';
import type { ProgressFn } from './stage';
import { loadRules, sourcesOf, validate } from './validate';
import { acceptedSql, checkedSql, typedSql } from './validate-sql';

export interface BuildOptions {
  readonly inDir: string;
  readonly outDir: string;
  /** A rules file; default: rules.json in the input folder if present, else the built-in defaults. */
  readonly rulesFile?: string;
  readonly allowRejects?: boolean;
  /** Replace an output folder that is not an earlier output of this tool (or holds other files). */
  readonly force?: boolean;
  /** public: only the columns the rules' publish section allows, member ids pseudonymised (see src/model/publish.ts). */
  readonly profile?: PublishProfile;
  readonly cacheDir?: string;
  /** Called with (file, rows so far) while a file is read. */
  readonly onProgress?: (file: string, rows: number) => void;
  readonly now?: Date;
  /** Called as each phase ends, with its wall time: the bench prints where the time goes. */
  readonly onPhase?: (phase: string, ms: number) => void;
}

export interface BuildResult {
  readonly status: 'published' | 'unchanged' | 'rejected';
  readonly report: Report | null;
  readonly reportPath: string;
  readonly manifest: Manifest | null;
}

/** What the output depends on besides inputs and rules: a change to any of it rebuilds. */
const CODE_HASH = createHash('sha256')
  .update(
    JSON.stringify({
      TABLES,
      DERIVED,
      PARSE_MACROS,
      SLICE_SQL,
      validation: TABLES.map((t) => [typedSql(t), checkedSql(t), acceptedSql(t)]),
    }),
  )
  .digest('hex')
  .slice(0, 16);

const ORDER: Record<string, string | null> = {
  ...Object.fromEntries(Object.keys(SLICED_TABLES).map((t) => [t, SLICE_FILE_ORDER])),
  meetings: 'org_id, date, type',
  assessments: 'org_id, period, dimension',
};

export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const outDir = resolve(options.outDir);
  // Refused before anything is read or written: the output replaces a whole folder.
  await assertApart(options.inDir, outDir);
  await mkdir(dirname(outDir), { recursive: true });
  const release = await acquireLock(`${outDir}.lock`);
  try {
    await recover(outDir);
    await assertReplaceable(outDir, dataOutputFiles, !!options.force, { zh: '数据输出目录', en: 'data output folder' });
    await assertSwappable(outDir);
    return await buildLocked({ ...options, outDir });
  } finally {
    await release();
  }
}

async function buildLocked(options: BuildOptions & { outDir: string }): Promise<BuildResult> {
  const clock = phaseClock(options.onPhase);
  const now = options.now ?? new Date();
  const { rules, rulesSha256 } = await loadRulesFile(options);
  // The as-of date is read from the data once it is validated; the day keys the fingerprint as it did before.
  const today = localDate(now);
  const cacheDir = options.cacheDir ?? resolve(process.env.INGEST_CACHE_DIR ?? '.cache/ingest');
  await mkdir(cacheDir, { recursive: true });
  const { inputs, skipped } = await listInputs(options.inDir);
  if (inputs.length === 0)
    throw new Error(`${options.inDir}: 没有找到 CSV 或 Excel 文件 / no CSV or Excel files found`);

  // The one full read of each input before its reader: the hashes make the fingerprint and the cache keys.
  const scans: Scan[] = [];
  for (const i of inputs) scans.push(await scanFile(i.path, i.display));
  const hashes = scans.map((s) => ({ file: s.display, sha256: s.sha256 }));
  const profile = options.profile ?? 'internal';
  // The rule tables as written (their columns and the defaults filled in), not only the rules file's text:
  // a new rule column or default rebuilds data whose inputs did not change. The data's own as-of date is
  // known only after reading it; the day stands for it here, as it does in the fingerprint.
  const fingerprintAsOf = rules.asOf ?? today;
  const ruleRows = ruleTables(rules, fingerprintAsOf);
  const fingerprint = createHash('sha256')
    .update(
      JSON.stringify({
        CODE_HASH,
        hashes,
        rulesSha256,
        ruleRows,
        asOf: fingerprintAsOf,
        allow: !!options.allowRejects,
        profile,
      }),
    )
    .digest('hex');
  const previous = await readManifest(options.outDir);
  if (previous?.fingerprint === fingerprint) {
    return { status: 'unchanged', report: null, reportPath: join(options.outDir, REPORT.file), manifest: previous };
  }

  clock('hash');
  const progressOf = (input: InputFile): ProgressFn | undefined =>
    options.onProgress && ((rows) => options.onProgress?.(input.display, rows));
  const planned: StagedInput[] = [];
  for (const [k, input] of inputs.entries()) {
    // Staging checks the file is still the one scanned after reading it, so a change in between is caught.
    const one = await stageInput(input, scans[k], cacheDir, { progress: progressOf(input), direct: true });
    planned.push(one);
    clock(`stage ${input.display}`);
  }

  // A bounded DuckDB that spills to disk: group-scale ledgers must build within 2 GiB.
  const db = await Db.open({
    tempDir: join(cacheDir, 'duckdb-tmp'),
    memoryLimit: process.env.INGEST_MEMORY_LIMIT ?? '1GB',
  });
  try {
    const staged = await loadPlanned(db, planned, scans, inputs, cacheDir, progressOf);
    clock('load direct');
    const validation = await validate(db, sourcesOf(staged), clock);
    const { asOf, source: asOfSource } = await resolveAsOf(db, rules.asOf, today);
    await loadRules(db, rules, asOf, options.profile ?? 'internal');
    const report = buildReport(staged, validation, skipped, now.toISOString());
    if (!report.ok && !options.allowRejects) {
      // Beside the cache, not the output: the output folder may sit in public/ and be published.
      const reportPath = join(cacheDir, 'rejected-report.json');
      await writeFile(reportPath, JSON.stringify(REPORT.parse(report, reportPath), null, 2));
      return { status: 'rejected', report, reportPath, manifest: null };
    }
    for (const d of DERIVED) await db.exec(`CREATE OR REPLACE TABLE ${d.name} AS ${d.sql}`);
    for (const sql of SLICE_SQL) await db.exec(sql);
    clock('derive');
    const manifest = await writeOutput(db, options.outDir, {
      report,
      fingerprint,
      rulesSha256,
      asOf,
      asOfSource,
      now,
      inputs: staged.map((s) => ({ file: s.file, sha256: s.sha256, bytes: s.bytes })),
      rulesTableNames: Object.keys(ruleTables(rules, asOf)),
      profile,
      publish: rules.publish,
    });
    clock('write');
    return { status: 'published', report, reportPath: join(options.outDir, REPORT.file), manifest };
  } finally {
    db.close();
  }
}

interface OutputMeta {
  readonly report: Report;
  readonly fingerprint: string;
  readonly rulesSha256: string;
  readonly asOf: string;
  readonly asOfSource: AsOfSource;
  readonly now: Date;
  readonly inputs: Manifest['inputs'];
  readonly rulesTableNames: readonly string[];
  readonly profile: PublishProfile;
  readonly publish: PublishRules;
}

async function writeOutput(db: Db, outDir: string, meta: OutputMeta): Promise<Manifest> {
  const tmp = tempDirFor(outDir);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    const outputs: TableOutput[] = [
      ...TABLES.map((t) => ({
        name: t.name,
        kind: 'source' as const,
        orderBy: t.name in ORDER ? ORDER[t.name] : (t.key?.join(', ') ?? 'ALL'),
        rowGroupSize: isSliced(t.name) ? SLICED_TABLES[t.name].rowGroup : undefined,
      })),
      ...DERIVED.map((d) => ({
        name: d.name,
        kind: 'derived' as const,
        orderBy: d.name in ORDER ? ORDER[d.name] : 'ALL',
        rowGroupSize: isSliced(d.name) ? SLICED_TABLES[d.name].rowGroup : undefined,
      })),
      ...Object.keys(SLICED_TABLES).map((t) => ({
        name: sliceIndex(t as keyof typeof SLICED_TABLES),
        kind: 'derived' as const,
        orderBy: 'row_start',
      })),
      ...meta.rulesTableNames.map((name) => ({ name, kind: 'rules' as const, orderBy: 'ALL' })),
    ];
    const tables: Record<string, ManifestTable> = {};
    const isPublic = meta.profile === 'public';
    const projection: Projection = (table, column) =>
      isPublic ? publicTreatment(table, column.name, meta.publish) : 'keep';
    // A fresh salt per build: public tokens cannot be matched to ids, nor across builds.
    const salt = randomBytes(16).toString('hex');
    for (const t of outputs) tables[t.name] = await writeTable(db, tmp, t, projection, salt);
    const report = isPublic ? publicReport(meta.report) : meta.report;
    // Checked against the schema the report page parses with, as the manifest is below.
    await writeFile(join(tmp, REPORT.file), JSON.stringify(REPORT.parse(report), null, 2));
    // Checked against the schema every reader parses with: a writer's slip fails the build, not the pages.
    const manifest = MANIFEST.parse({
      schemaVersion: 1,
      producer: DATA_PRODUCER,
      dataVersion: dataVersion(tables),
      generatedAt: meta.now.toISOString(),
      asOf: meta.asOf,
      asOfSource: meta.asOfSource,
      fingerprint: meta.fingerprint,
      rulesSha256: meta.rulesSha256,
      inputs: meta.inputs,
      tables,
      rejectsAllowed: meta.report.totals.rejected,
      profile: meta.profile,
    } satisfies Manifest);
    // The manifest is written last: a folder with a manifest is a complete folder.
    await writeFile(join(tmp, MANIFEST.file), JSON.stringify(manifest, null, 2));
    await assertSwappable(outDir); // again: the build took a while, and permissions may have changed
    await publish(tmp, outDir);
    return manifest;
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

async function loadRulesFile(options: BuildOptions): Promise<{ rules: Rules; rulesSha256: string }> {
  const path = options.rulesFile ?? join(options.inDir, 'rules.json');
  if (!options.rulesFile && !existsSync(path)) {
    return { rules: parseRules({}, 'defaults'), rulesSha256: 'defaults' };
  }
  let text: string;
  try {
    // Bounded before it is read: a huge file would take minutes to parse and check.
    const { size } = await stat(path);
    if (size > RULES_BOUNDS.fileBytes) throw new RangeError(String(size));
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof RangeError) {
      const max = RULES_BOUNDS.fileBytes.toLocaleString('en');
      const size = Number(err.message).toLocaleString('en');
      throw new Error(
        `${path}: 规则文件过大（${size} 字节，最多 ${max} 字节）/ the rules file is too large (${size} bytes; at most ${max})`,
      );
    }
    throw new Error(`${path}: 无法读取规则文件 / cannot read the rules file`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new Error(`${path}: 规则文件不是有效的 JSON / the rules file is not valid JSON (${(err as Error).message})`);
  }
  return { rules: parseRules(json, path), rulesSha256: createHash('sha256').update(text).digest('hex') };
}

/** The manifest of the output there now; none (the build runs) when it is missing or does not parse. */
async function readManifest(outDir: string): Promise<Manifest | null> {
  try {
    return MANIFEST.parseText(await readFile(join(outDir, MANIFEST.file), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The files an earlier data build wrote into `dir`, from its manifest; null when the folder is not one (no
 * manifest, or one that is not ours). Manifests written before the producer mark are ours by their schema.
 */
const dataOutputFiles: OwnedFiles = async (dir) => {
  let manifest: Manifest;
  try {
    manifest = MANIFEST.parseText(await readFile(join(dir, MANIFEST.file), 'utf8'));
  } catch {
    return null;
  }
  const files = Object.values(manifest.tables).map((t) => t.file);
  return new Set([MANIFEST.file, REPORT.file, ...files]);
};

/** Reports the time since the previous call under the given phase name. */
export function phaseClock(onPhase?: (phase: string, ms: number) => void): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    onPhase?.(phase, now - last);
    last = now;
  };
}

function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A public build's report: the accounting and where each reject is, never the rejected values. */
function publicReport(report: Report): Report {
  return { ...report, rejects: report.rejects.map((r) => ({ ...r, value: null, duplicateOf: null })) };
}
