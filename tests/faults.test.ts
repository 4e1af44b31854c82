/**
 * Faults during a data build, each made for real: a write that fails (a
 * file-size limit), an input that changes while it is read, a build killed
 * with SIGKILL in the middle of writing, two builds started at once. In
 * every case the previously published output stays whole and readable.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildData } from '../src/ingest/build';
import { sha256File } from '../src/ingest/inputs';
import { queryParquet, tempDir } from './helpers';

const ROOT = join(import.meta.dirname, '..');
const SAMPLE = join(ROOT, 'data', 'sample');

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** The build as users run it (scripts/build-data.ts), in its own process; `shell` wraps it (ulimit...). */
function startBuild(
  inDir: string,
  outDir: string,
  cacheDir: string,
  shell = '',
): { child: ChildProcess; done: Promise<Run> } {
  const command = `${shell} exec "${process.execPath}" --import tsx scripts/build-data.ts --in "${inDir}" --out "${outDir}"`;
  const child = spawn('bash', ['-c', command], {
    cwd: ROOT,
    env: { ...process.env, INGEST_CACHE_DIR: cacheDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise<Run>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

/** The published folder is complete: every file the manifest lists is there with its checksum, and DuckDB reads it. */
async function expectWhole(outDir: string, dataVersion: string): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  expect(manifest.dataVersion).toBe(dataVersion);
  for (const table of Object.values(manifest.tables as Record<string, { file: string; sha256: string }>)) {
    expect(await sha256File(join(outDir, table.file))).toBe(table.sha256);
  }
  const [{ n }] = await queryParquet(outDir, 'SELECT count(*)::INT AS n FROM points');
  expect(n).toBe(manifest.tables.points.rows);
}

let work: string;
let inDir: string;
let outDir: string;
let cacheDir: string;
let published: string;

beforeEach(async () => {
  work = tempDir('djd-fault-');
  inDir = join(work, 'in');
  outDir = join(work, 'site', 'data');
  cacheDir = join(work, 'cache');
  cpSync(SAMPLE, inDir, { recursive: true });
  const first = await buildData({ inDir, outDir, cacheDir });
  expect(first.status).toBe('published');
  published = first.manifest?.dataVersion ?? '';
  // The next build has something new to publish: a rules change (the staged inputs stay cached).
  const rules = JSON.parse(readFileSync(join(inDir, 'rules.json'), 'utf8'));
  writeFileSync(join(inDir, 'rules.json'), JSON.stringify({ ...rules, points: { ...rules.points, basePoints: 90 } }));
}, 120_000);

describe('faults in the build', () => {
  it('a write that fails (file-size limit) fails the build with a message and leaves the output whole', async () => {
    // SIGXFSZ ignored: writes past 64 KiB fail with EFBIG, as on a full disk, instead of killing the process.
    const run = await startBuild(inDir, outDir, cacheDir, "trap '' XFSZ; ulimit -f 64;").done;
    expect(run.code).toBe(2); // an error, not a rejected build (1)
    expect(run.stderr).toMatch(/错误 error: IO Error: Could not write file .*\.parquet": File too large/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    await expectWhole(outDir, published);
    // Nothing left half-written beside it, and the next build publishes.
    const retry = await buildData({ inDir, outDir, cacheDir });
    expect(retry.status).toBe('published');
    expect(readdirSync(dirname(outDir))).toEqual(['data']);
  }, 120_000);

  it('an input that changes while it is read fails the build and caches nothing of it', async () => {
    const ledger = readdirSync(inDir).find((f) => f.startsWith('积分台账') && f.endsWith('.csv')) as string;
    const fresh = join(work, 'cache-2');
    let touched = false;
    await expect(
      buildData({
        inDir,
        outDir,
        cacheDir: fresh,
        onProgress: (file) => {
          if (file === ledger && !touched) {
            touched = true;
            appendFileSync(join(inDir, ledger), 'M0001,2025-12-01,加分,学习教育,1,still being exported\r\n');
          }
        },
      }),
    ).rejects.toThrow(new RegExp(`${ledger}: 文件在构建过程中被修改.*changed while the build read it`));
    expect(touched).toBe(true);
    await expectWhole(outDir, published);
    const cached = readdirSync(fresh).filter((d) => !d.includes('tmp') && existsSync(join(fresh, d, 'meta.json')));
    const ledgerSha = await sha256File(join(inDir, ledger));
    expect(cached.some((d) => d.startsWith(ledgerSha))).toBe(false);
  }, 120_000);

  it('a UTF-8 CSV that changes between its scan and DuckDB reading it fails the build the same way', async () => {
    // A file DuckDB's own reader takes: its change is caught after DuckDB read it (inode, size, mtime against the scan).
    const name = 'utf8-ledger.csv';
    writeFileSync(
      join(inDir, name),
      '党员编号,日期,积分类型,积分类别,分值,事由\nM0001,2025-12-01,加分,学习教育,1,first\n',
    );
    const fresh = join(work, 'cache-3');
    let touched = false;
    await expect(
      buildData({
        inDir,
        outDir,
        cacheDir: fresh,
        onPhase: (phase) => {
          // Every input has been scanned and planned; DuckDB reads the planned ones next.
          if (phase === `stage ${name}` && !touched) {
            touched = true;
            appendFileSync(join(inDir, name), 'M0001,2025-12-02,加分,学习教育,1,appended\n');
          }
        },
      }),
    ).rejects.toThrow(new RegExp(`${name}: 文件在构建过程中被修改.*changed while the build read it`));
    expect(touched).toBe(true);
    await expectWhole(outDir, published);
  }, 120_000);

  it('a build killed (SIGKILL) while writing leaves the previous output whole; the next build cleans up', async () => {
    const { child, done } = startBuild(inDir, outDir, cacheDir);
    const parent = dirname(outDir);
    // Wait until it is writing Parquet into its temporary folder, then kill it without warning.
    let killedWhileWriting = false;
    for (let i = 0; i < 3000 && !killedWhileWriting; i++) {
      const tmp = readdirSync(parent).find((d) => d.startsWith('.data.tmp-'));
      if (tmp && readdirSync(join(parent, tmp)).some((f) => f.endsWith('.parquet'))) {
        child.kill('SIGKILL');
        killedWhileWriting = true;
      } else await new Promise((r) => setTimeout(r, 5));
    }
    const run = await done;
    expect(killedWhileWriting).toBe(true);
    expect(run.signal).toBe('SIGKILL');
    expect(readdirSync(parent).some((d) => d.startsWith('.data.tmp-'))).toBe(true); // the half-written folder
    await expectWhole(outDir, published);
    const next = await buildData({ inDir, outDir, cacheDir });
    expect(next.status).toBe('published');
    expect(readdirSync(parent).sort()).toEqual(['data']);
    await expectWhole(outDir, next.manifest?.dataVersion ?? '');
  }, 120_000);

  it('two builds started at once: one publishes, the other refuses with a clear message', async () => {
    const a = startBuild(inDir, outDir, cacheDir);
    const b = startBuild(inDir, outDir, join(work, 'cache-b'));
    const runs = await Promise.all([a.done, b.done]);
    const ok = runs.filter((r) => r.code === 0);
    const refused = runs.filter((r) => r.code !== 0);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].stderr).toMatch(
      /另一个构建正在写入同一输出目录.*another build \(pid \d+\) is writing the same output folder/s,
    );
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
    expect(manifest.dataVersion).not.toBe(published);
    await expectWhole(outDir, manifest.dataVersion);
  }, 120_000);
});
