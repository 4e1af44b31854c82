/**
 * The data build: a folder of exports in, a published folder of Parquet,
 * report.json and manifest.json out. Fails (leaving the previous output
 * untouched) when anything is rejected, unless rejects are allowed. When only
 * ledger files changed since the last build into the same folder, the build
 * is a rebuild (src/ingest/rebuild.ts): the same bytes for a fraction of the work.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { MANIFEST, type Manifest } from '../model/manifest';
import type { PublishProfile } from '../model/publish';
import { parseRules, RULES_BOUNDS, type Rules } from '../model/rules';
import { ruleTables } from '../sql/rules-tables';
import { fullBuild } from './build-full';
import { CODE_HASH } from './build-tables';
import { assertApart, assertReplaceable, assertSwappable, type OwnedFiles, recover } from './folders';
import { type InputFile, listInputs } from './inputs';
import type { SkippedFile } from './listing';
import { acquireLock } from './lock';
import { rebuild } from './rebuild';
import type { Report } from './report';
import type { Scan } from './scan';
import { scanCached } from './scan-cache';
import type { ProgressFn } from './stage';
import { clearStale, readState, stateDirFor } from './state';
import { publishedFiles, reportPathIn } from './write-output';

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
  /** Called as each phase ends, with its wall time and the process's CPU time: the bench prints where the time goes. */
  readonly onPhase?: (phase: string, ms: number, cpuMs: number) => void;
  /** Organisations per chunk of the member-level tables (src/ingest/chunks.ts); tests make it small. */
  readonly chunkSpan?: number;
  /** DuckDB's memory limit in GB (BUILD_MEMORY_GB), past which it spills to the cache folder. */
  readonly memoryGB?: number;
  /** Build everything, whatever the last build into this output kept for a rebuild (which is kept anew). */
  readonly full?: boolean;
}

export interface BuildResult {
  readonly status: 'published' | 'unchanged' | 'rejected';
  readonly report: Report | null;
  readonly reportPath: string;
  readonly manifest: Manifest | null;
}

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

/** What both kinds of build start from: the rules, the inputs and their scans, and where things go. */
export interface BuildContext {
  readonly options: BuildOptions & { outDir: string };
  readonly rules: Rules;
  readonly rulesSha256: string;
  /** The build's day: the as-of date is the data's latest event, at most this (src/ingest/as-of.ts). */
  readonly today: string;
  readonly now: Date;
  readonly profile: PublishProfile;
  readonly cacheDir: string;
  readonly inputs: readonly InputFile[];
  readonly scans: readonly Scan[];
  readonly skipped: readonly SkippedFile[];
  readonly fingerprint: string;
  /** Where the last build into this output kept what a rebuild needs (src/ingest/state.ts). */
  readonly stateDir: string;
  readonly clock: (phase: string) => void;
  readonly progressOf: (input: InputFile) => ProgressFn | undefined;
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

  // Each input read whole once before its reader, unless the last build read it and it is unchanged since.
  const scans: Scan[] = [];
  for (const i of inputs) scans.push(await scanCached(i.path, i.display, cacheDir));
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
    return { status: 'unchanged', report: null, reportPath: reportPathIn(options.outDir), manifest: previous };
  }
  clock('hash');
  const stateDir = stateDirFor(cacheDir, options.outDir);
  await clearStale(stateDir);
  const context: BuildContext = {
    options,
    rules,
    rulesSha256,
    today,
    now,
    profile,
    cacheDir,
    inputs,
    scans,
    skipped,
    fingerprint,
    stateDir,
    clock,
    progressOf: (input) => options.onProgress && ((rows) => options.onProgress?.(input.display, rows)),
  };
  const state = profile === 'internal' ? await readState(stateDir) : null;
  return (state && (await rebuild(context, state))) || (await fullBuild(context));
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
  return publishedFiles(manifest);
};

/** Reports the time since the previous call under the given phase name. */
export function phaseClock(onPhase?: (phase: string, ms: number, cpuMs: number) => void): (phase: string) => void {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  return (phase) => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    onPhase?.(phase, now - last, (cpu.user + cpu.system) / 1000);
    last = now;
    lastCpu = process.cpuUsage();
  };
}

function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
