/**
 * npm run bench [-- --size tiny|default|group|province --runs N --ingest-only --generate-only --reuse-input --site-only]
 * (province: by hand, an hour or more: generate once with --generate-only, then measure with --reuse-input;
 * --site-only measures the site half again on the last run's output, its ingest figures taken from that run's JSON)
 * Measures side by side in one run and prints medians and ratios:
 *  - ingest: our build (CSV exports → validated Parquet) against DuckDB's own
 *    COPY (SELECT * FROM read_csv(...)) TO ... (FORMAT parquet) on the same files,
 *    with the build's peak memory (resident set, sampled from /proc), and the floor under that ratio:
 *    the same COPY typing each cell with the build's parsers (scripts/bench-floor.ts).
 *  - browser (scripts/bench-browser.ts): the site built from the same data,
 *    in Chromium: first paint, interactive against DuckDB-WASM alone, filter
 *    changes with the whole ledger loaded, JavaScript per page, wasm caching.
 * --ingest-only stops before the site is built (the unit tests' smoke: seconds, not minutes).
 * Writes bench-results/bench-<size>.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { readManifest } from '../src/ssr/site-data';
import { cleanEnv } from '../tests/e2e/global-setup';
import { boardMemory, boardMemoryLines } from './bench-board';
import { type BrowserFigures, browserBench } from './bench-browser';
import { parsersFloor } from './bench-floor';
import { layoutShiftMax } from './bench-layout';
import { clearLeftMonth, printRebuild, rebuildBench } from './bench-rebuild';
import { row } from './bench-row';
import { type ScaleFigures, scaleBench } from './bench-scale';
import { median } from './bench-stats';
import { firstVisitMB } from './bench-visit';
import {
  loadedFromWorkbook,
  writeLedgerWorkbook,
  XLSX_HEAP_CAP_MIB,
  XLSX_READ_PEAK_TARGET_MIB,
  type XlsxFigures,
} from './bench-xlsx';

const SIZES = {
  tiny: { members: 200, basicOrgs: 6, groups: 10, ledgerRows: 5_000, years: [2024, 2025] },
  default: { members: 792, basicOrgs: 21, groups: 55, ledgerRows: 1_000_000, years: [2024, 2025] },
  // The group: 10 million ledger rows a year, over the two years generated.
  group: { members: 300_000, basicOrgs: 15_000, groups: 40_000, ledgerRows: 20_000_000, years: [2024, 2025] },
  // A province, run by hand: 3 million members, about 150,000 organisations, 100 million ledger rows in one year.
  // Its build runs with DuckDB's memory limit at 3 GB (`--memory 3`): at the default 1 GB it ran out of memory.
  province: {
    members: 3_000_000,
    basicOrgs: 45_000,
    groups: 104_000,
    ledgerRows: 100_000_000,
    years: [2025],
    memoryGB: 3,
  },
} as const;
/** Sizes whose monthly rebuild is timed against the first full build only (two more full builds would take an hour). */
const LARGE = new Set<string>(['province']);

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'default' },
    runs: { type: 'string' },
    'ingest-only': { type: 'boolean', default: false },
    // By hand at large sizes: generate once (--generate-only), then measure on the same exports (--reuse-input).
    'generate-only': { type: 'boolean', default: false },
    'reuse-input': { type: 'boolean', default: false },
    'site-only': { type: 'boolean', default: false },
  },
});
if (args['site-only'] && (args['ingest-only'] || args['generate-only']))
  throw new Error('--site-only measures the site alone: it cannot go with --ingest-only or --generate-only');
const size = args.size as keyof typeof SIZES;
if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
const spec = SIZES[size];
const runs = Number(args.runs ?? (size === 'group' || LARGE.has(size) ? 1 : 3));
if (!(Number.isInteger(runs) && runs >= 1 && runs <= 20)) throw new Error('--runs must be a whole number from 1 to 20');
const BROWSER_RUNS = size === 'tiny' ? 1 : 5;
const root = resolve('.bench', size);
const input = join(root, 'in');

interface Measure {
  readonly seconds: number;
  readonly peakMiB?: number;
  /** Inside the build, without starting Node and loading the code. */
  readonly buildSeconds?: number;
  readonly phases?: readonly { phase: string; ms: number }[];
}

async function main(): Promise<void> {
  if (args['site-only']) return siteHalf(lastIngest());
  await generate();
  if (args['generate-only']) return;
  clearLeftMonth(input);
  const rows = countRows();
  const duck: Measure[] = [];
  const floor: number[] = [];
  const ours: Measure[] = [];
  for (let i = 0; i < runs; i++) {
    duck.push(await duckdbBaseline());
    floor.push(await parsersFloor(input, csvFiles(), join(root, 'duckdb-out')));
    ours.push(await ourBuild());
  }
  const duckSeconds = median(duck.map((m) => m.seconds));
  const floorSeconds = median(floor);
  const ourSeconds = median(ours.map((m) => m.seconds));
  const buildSeconds = median(ours.map((m) => m.buildSeconds ?? 0));
  const peak = Math.max(...ours.map((m) => m.peakMiB ?? 0));
  // The last full build's output and cache are the state the monthly rebuild starts from.
  const rebuild = await rebuildBench(
    input,
    root,
    join(root, 'out'),
    join(root, 'cache'),
    ours[ours.length - 1],
    (o) => ourBuild(input, o.outDir, [], o),
    !LARGE.has(size),
  );
  const ingest = {
    duckdbCopySeconds: duckSeconds,
    ourBuildSeconds: ourSeconds,
    ratio: ourSeconds / duckSeconds,
    parsersFloorSeconds: floorSeconds,
    floorRatio: floorSeconds / duckSeconds,
    ourBuildInsideSeconds: buildSeconds,
    ratioInside: buildSeconds / duckSeconds,
    // The full build against its floor (the whole command, as a user runs it).
    buildOverFloor: ourSeconds / floorSeconds,
    buildOverFloorTarget: 3,
    phases: phaseMedians(ours),
    target: 1.5,
    ourPeakMiB: peak,
    peakTargetMiB: LARGE.has(size) ? 4096 : 2048,
    rowsPerSecond: rows / ourSeconds,
  };
  // Printed (and kept) before the site is built: at a province's size what follows takes an hour more.
  printTable(ingest, rows);
  printPhases(ingest.phases);
  printRebuild(rebuild);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    join('bench-results', `bench-${size}.partial.json`),
    `${JSON.stringify({ size, machine: machine(), inputs: { csvRows: rows }, ingest, rebuild }, null, 2)}\n`,
  );
  // The ledger as one workbook (Excel holds 1,048,576 rows a sheet: not at the group size).
  const xlsx = size === 'group' || LARGE.has(size) ? null : await xlsxBench();
  await siteHalf({ rows, ingest, rebuild }, xlsx);
}

interface IngestHalf {
  readonly rows: number;
  readonly ingest: unknown;
  readonly rebuild: unknown;
  /** When the figures were taken by an earlier run (--site-only). */
  readonly from?: string;
}

/** The ingest and rebuild figures of the last run of this size, for --site-only, with the output it built. */
function lastIngest(): IngestHalf {
  const out = join(root, 'out');
  const file = ['json', 'partial.json']
    .map((ext) => join('bench-results', `bench-${size}.${ext}`))
    .find((f) => existsSync(f));
  if (!file)
    throw new Error(`--site-only needs an earlier run of --size ${size}: bench-results/bench-${size}.json is missing`);
  readManifest(out); // the output that run built must be there, and whole
  const last = JSON.parse(readFileSync(file, 'utf8'));
  return {
    rows: last.inputs.csvRows,
    ingest: last.ingest,
    rebuild: last.rebuild,
    from: `${file} (${last.measuredAt ?? 'partial'})`,
  };
}

async function siteHalf({ rows, ingest, rebuild, from }: IngestHalf, xlsx: XlsxFigures | null = null): Promise<void> {
  const site = args['ingest-only'] ? null : buildSite();
  // At the group size the browser figures that matter are the scale ones; the others are the default size's.
  // Page loads are cheap and the machine is noisy: the interactive ratio takes at least five of each side.
  const browser =
    site && size !== 'group' && !LARGE.has(size) ? await browserBench(site, Math.max(runs, BROWSER_RUNS)) : null;
  const scale = site ? await scaleBench(site, runs) : null;
  // Through nginx with the deployment guide's configuration: what a first visit costs, the wasm included.
  const firstVisit = site ? await firstVisitMB(site) : null;
  const layout = site ? await layoutShiftMax(site) : null;
  // An hour of the default board on the page clock (pre-rendered frames, then the live board).
  const board = site && !LARGE.has(size) ? await boardMemory(site) : null;
  const result = {
    size,
    runs,
    machine: machine(),
    inputs: { files: readdirSync(input).length, csvRows: rows },
    ingest,
    rebuild,
    ...(from ? { ingestFrom: from } : {}),
    xlsx,
    browser,
    scale,
    firstVisit,
    layout,
    boardMemory: board,
    measuredAt: new Date().toISOString(),
  };
  writeFileSync(join('bench-results', `bench-${size}.json`), `${JSON.stringify(result, null, 2)}\n`);
  rmSync(join('bench-results', `bench-${size}.partial.json`), { force: true });
  if (xlsx) printXlsx(xlsx);
  if (browser) printBrowser(browser);
  if (scale) printScale(scale);
  if (firstVisit) {
    row('firstVisitMB: overview via nginx, all (MB)', firstVisit.firstVisitMB.toFixed(2), `< ${firstVisit.targetMB}`);
    row(`  of it the wasm, sent ${firstVisit.wasmEncoding} (MB)`, firstVisit.wasmMB.toFixed(2), '');
  }
  if (layout) {
    row('layoutShiftMax over the dashboards', layout.layoutShiftMax.toFixed(4), `≤ ${layout.bound}`);
    console.log(`  (the largest at ${layout.worst}; org pages of ${layout.org})`);
  }
  if (board) for (const l of boardMemoryLines(board)) console.log(l);
}

/** The site, from the data our build just wrote, as `npm run build` makes it. */
function buildSite(): string {
  const out = join(root, 'site');
  // Started from a test runner, its variables (NODE_ENV=test, BASE_URL...) must not reach Vite.
  const env: NodeJS.ProcessEnv = { ...cleanEnv(), SITE_DATA_DIR: join(root, 'out') };
  execFileSync(process.execPath, [join('node_modules', 'astro', 'astro.js'), 'build', '--outDir', out], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}

function printBrowser(b: BrowserFigures) {
  row('browser: first contentful paint (ms)', b.firstContentfulPaintMs.toFixed(0), '< 300');
  row('browser: DuckDB-WASM alone, same Parquet (ms)', b.duckdbAloneMs.toFixed(0), '');
  row('browser: overview interactive (ms)', b.interactiveMs.toFixed(0), '');
  row('browser: interactive ratio (site / alone)', b.interactiveRatio.toFixed(2), '≤ 1.30');
  row('browser: filter change p95, ledger open (ms)', b.filterChangeP95Ms.toFixed(0), '< 100');
  const times = b.filterChangeTimesMs;
  console.log(
    `  (${b.filterChanges} changes: the first ${times[0]?.toFixed(0)} ms, the median ${median(times).toFixed(0)} ms; ` +
      `the open ledger's branch slice holds ${b.ledgerRowsLoaded.toLocaleString()} rows)`,
  );
  for (const [page, kib] of Object.entries(b.javascriptGzipKiB))
    row(`payload: JS gzip, ${page}, 1920 px (KiB)`, kib.toFixed(1), '< 500');
  for (const [page, kib] of Object.entries(b.javascriptGzipKiBPhone))
    row(`payload: JS gzip, ${page}, 390 px (KiB)`, kib.toFixed(1), '< 500');
  row('payload: wasm downloads over 3 page loads', String(b.wasmDownloadsOverThreeLoads), '1');
}

/** Each phase's median over the runs, the phases in build order; small ones summed. */
function phaseMedians(ms: readonly Measure[]): { phase: string; ms: number }[] {
  const names = ms[0]?.phases?.map((p) => p.phase) ?? [];
  return names.map((phase) => ({
    phase,
    ms: median(ms.map((m) => m.phases?.find((p) => p.phase === phase)?.ms ?? 0)),
  }));
}

function printPhases(phases: readonly { phase: string; ms: number }[]) {
  console.log('  where the build time goes (median ms):');
  const big = phases.filter((p) => p.ms >= 50);
  const rest = phases.filter((p) => p.ms < 50).reduce((sum, p) => sum + p.ms, 0);
  for (const p of big) console.log(`    ${p.phase.padEnd(40)}${p.ms.toFixed(0).padStart(8)}`);
  console.log(`    ${'other phases'.padEnd(40)}${rest.toFixed(0).padStart(8)}`);
}

async function xlsxBench(): Promise<XlsxFigures> {
  const { dir, rows } = writeLedgerWorkbook(input, root);
  const out = join(root, 'xlsx-out');
  const m = await ourBuild(dir, out, [`--max-old-space-size=${XLSX_HEAP_CAP_MIB}`]);
  const t0 = performance.now();
  const readPeak = await run(process.execPath, [
    `--max-old-space-size=${XLSX_HEAP_CAP_MIB}`,
    '--import',
    'tsx',
    'scripts/read-workbook.ts',
    join(dir, '积分台账.xlsx'),
  ]);
  return {
    rows,
    seconds: m.seconds,
    peakMiB: m.peakMiB ?? 0,
    loaded: loadedFromWorkbook(out),
    heapCapMiB: XLSX_HEAP_CAP_MIB,
    readSeconds: (performance.now() - t0) / 1000,
    readPeakMiB: readPeak,
    readPeakTargetMiB: XLSX_READ_PEAK_TARGET_MIB,
  };
}

function printXlsx(x: XlsxFigures) {
  row(`ingest: XLSX of ${x.rows.toLocaleString()} rows (s)`, x.seconds.toFixed(2), '');
  row(`  loaded, JS heap capped at ${x.heapCapMiB} MiB`, x.loaded.toLocaleString(), x.rows.toLocaleString());
  row('  reading it alone (s)', x.readSeconds.toFixed(2), '');
  row('  reading it alone: peak resident (MiB)', x.readPeakMiB.toFixed(0), `< ${x.readPeakTargetMiB}`);
  row('  whole build: peak resident (MiB)', x.peakMiB.toFixed(0), 'no OOM');
}

function printScale(s: ScaleFigures) {
  const group = size === 'group';
  row('scale: overview interactive, cold (ms)', s.overviewInteractiveMs.toFixed(0), group ? '< 3000' : '');
  row('scale: overview transfer, no wasm (MB)', s.overviewTransferMB.toFixed(2), group ? '< 10' : '');
  row('scale: ledger open, cold (ms)', s.ledgerOpenMs.toFixed(0), '');
  row(`scale: ledger fetched of ${s.ledgerFileMB.toFixed(1)} MB file (MB)`, s.ledgerFetchedMB.toFixed(2), 'a slice');
  row(
    `scale: committee ${s.committee} (${s.committeeMembers} members) open, cold (ms)`,
    s.committeeOpenMs.toFixed(0),
    '',
  );
  row(
    'scale: its transfer / member tables (MB)',
    `${s.committeeTransferMB.toFixed(2)} / ${s.committeeMemberTablesMB.toFixed(2)}`,
    '',
  );
  row(`scale: branch ${s.ledgerBranch}'s notice board, cold (ms)`, s.boardOpenMs.toFixed(0), '');
  row('scale: its transfer, no wasm (MB)', s.boardTransferMB.toFixed(2), '');
  row(`scale: largest page, ${s.largestPage} (MB)`, s.largestPageMB.toFixed(2), '');
  console.log(
    `  (${s.ledgerSliceRows.toLocaleString()} rows in the branch's slice of ${s.ledgerFileRows.toLocaleString()}; overview tables: ${s.overviewTables.join(', ')})`,
  );
}

function printTable(
  r: {
    duckdbCopySeconds: number;
    ourBuildSeconds: number;
    ratio: number;
    ourPeakMiB: number;
    ourBuildInsideSeconds: number;
    ratioInside: number;
    parsersFloorSeconds: number;
    floorRatio: number;
    buildOverFloor: number;
    peakTargetMiB: number;
  },
  rows: number,
) {
  const loads = size === 'group' ? '' : ` (page loads for the interactive ratio: ${Math.max(runs, BROWSER_RUNS)})`;
  console.log(`\nbench size=${size} runs=${runs}${loads}: ${rows.toLocaleString()} CSV rows`);
  row('measure', 'median', 'target');
  row('ingest: DuckDB read_csv → Parquet (s)', r.duckdbCopySeconds.toFixed(2), '');
  row('ingest: our build, validated (s)', r.ourBuildSeconds.toFixed(2), '');
  row('ingest ratio (ours / DuckDB)', r.ratio.toFixed(2), '≤ 1.50');
  row('  of which inside the build (s)', r.ourBuildInsideSeconds.toFixed(2), '');
  row('  ratio without starting Node', r.ratioInside.toFixed(2), '');
  row('  floor: the same COPY typing with our parsers (s)', r.parsersFloorSeconds.toFixed(2), '');
  row('  floor ratio (parsers alone / DuckDB)', r.floorRatio.toFixed(2), '');
  row('buildOverFloor (our build / the floor)', r.buildOverFloor.toFixed(2), '≤ 3.00');
  row('ingest peak resident memory (MiB)', r.ourPeakMiB.toFixed(0), `< ${r.peakTargetMiB}`);
}

async function generate(): Promise<void> {
  // The exports made by an earlier run of the same size and generator settings, when asked to reuse them.
  const made = join(root, 'generated.json');
  // The generator's settings only: a build setting (memoryGB) changed since does not make other exports.
  const { members, basicOrgs, groups, ledgerRows, years } = spec;
  const settings = JSON.stringify({ members, basicOrgs, groups, ledgerRows, years });
  if (args['reuse-input'] && existsSync(made) && readFileSync(made, 'utf8') === settings) return;
  rmSync(root, { recursive: true, force: true });
  await run(process.execPath, [
    '--import',
    'tsx',
    'scripts/generate-sample.ts',
    '--out',
    input,
    '--members',
    String(spec.members),
    '--basic-orgs',
    String(spec.basicOrgs),
    '--groups',
    String(spec.groups),
    '--ledger-rows',
    String(spec.ledgerRows / spec.years.length),
    // Two years (but at a province's size), so the browser bench can flip the year filter; the rows split between them.
    '--years',
    spec.years.join(','),
    '--ledger-encoding',
    'utf-8',
  ]);
  writeFileSync(made, settings);
}

/** DuckDB itself, on the CSV files only (it cannot read the workbooks): the bar to measure against. */
async function duckdbBaseline(): Promise<Measure> {
  const out = join(root, 'duckdb-out');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const c = await instance.connect();
  const t0 = performance.now();
  for (const [i, file] of csvFiles().entries()) {
    const target = join(out, `${i}.parquet`).replace(/'/g, "''");
    await c.run(`COPY (SELECT * FROM read_csv(${quote(join(input, file))})) TO '${target}' (FORMAT parquet)`);
  }
  const seconds = (performance.now() - t0) / 1000;
  c.closeSync();
  instance.closeSync();
  return { seconds };
}

/** Our whole build on a cold cache, in its own process, its peak memory sampled from /proc. */
async function ourBuild(
  inDir = input,
  outDir = join(root, 'out'),
  nodeArgs: string[] = [],
  o: { cacheDir?: string; fresh?: boolean; full?: boolean } = {},
): Promise<Measure> {
  const cache = o.cacheDir ?? join(root, 'cache');
  if (o.fresh !== false) {
    rmSync(cache, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  const timings = join(root, 'timings.json');
  const t0 = performance.now();
  const peak = await run(
    process.execPath,
    // The same command line as `npm run data`: a larger young generation, as the readers allocate many short strings.
    [
      ...nodeArgs,
      '--max-semi-space-size=64',
      '--import',
      'tsx',
      'scripts/build-data.ts',
      '--in',
      inDir,
      '--out',
      outDir,
      '--timings',
      timings,
      ...(o.full ? ['--full'] : []),
      ...('memoryGB' in spec ? ['--memory', String(spec.memoryGB)] : []),
    ],
    {
      env: { ...process.env, INGEST_CACHE_DIR: cache },
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  const inside = JSON.parse(readFileSync(timings, 'utf8')) as { buildMs: number; phases: Measure['phases'] };
  return { seconds, peakMiB: peak, buildSeconds: inside.buildMs / 1000, phases: inside.phases };
}

function csvFiles(): string[] {
  return readdirSync(input)
    .filter((f) => f.endsWith('.csv'))
    .sort();
}

/** Lines less the header of every CSV, read a block at a time (a province's ledger is 12 GB: past Buffer's 2 GiB). */
function countRows(): number {
  let rows = 0;
  const block = Buffer.alloc(1 << 24);
  for (const f of csvFiles()) {
    const fd = openSync(join(input, f), 'r');
    try {
      for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) {
        for (let at = block.indexOf(10); at !== -1 && at < n; at = block.indexOf(10, at + 1)) rows++;
      }
    } finally {
      closeSync(fd);
    }
    rows--; // header
  }
  return rows;
}

/** Runs a command; resolves with its peak resident memory in MiB (sampled every 50 ms). */
function run(cmd: string, argv: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<number> {
  return new Promise((resolvePeak, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'inherit'], env: options.env ?? process.env });
    let peak = 0;
    const timer = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
        peak = Math.max(peak, hwm);
      } catch {
        // the process has ended
      }
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code === 0) resolvePeak(peak);
      else reject(new Error(`${argv.join(' ')} exited with ${code}`));
    });
  });
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown';
  const mem = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0);
  return {
    cpu,
    cores: readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? 0,
    memGiB: Math.round(mem / 1048576),
    node: process.version,
  };
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
