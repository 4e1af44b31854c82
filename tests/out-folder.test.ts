/**
 * The data build's output folder, attacked as a careless user would: an output that is the input, holds it
 * or lies in it; a folder that is not ours; a read-only folder; leftovers of an earlier failed swap. Each run
 * is the command users type (scripts/build-data.ts) in its own process, and every user file must survive.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportsFolder, tempDir } from './helpers';

const ROOT = join(import.meta.dirname, '..');
const NOBODY = 65534;

interface Run {
  readonly status: number | null;
  readonly out: string;
}

/** The build as users run it; `asNobody` drops root (root ignores file permissions, users do not). */
function buildCli(args: string[], cacheDir: string, asNobody = false): Run {
  const node = [process.execPath, '--import', 'tsx', 'scripts/build-data.ts', ...args];
  const command =
    asNobody && process.getuid?.() === 0
      ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...node]
      : node;
  const run = spawnSync(command[0], command.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, INGEST_CACHE_DIR: cacheDir, HOME: cacheDir },
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** Every file of a folder with its content, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) out[join(e.parentPath, e.name)] = readFileSync(join(e.parentPath, e.name), 'base64');
  return out;
}

const REFUSED_OVERLAP = /与输入目录 .* 重叠[\s\S]*overlaps the input folder/;
const REFUSED_FOREIGN = /拒绝替换[\s\S]*Refusing to replace/;

describe('the output folder', () => {
  it('is refused when it is the input folder, and the exports stay', () => {
    const inDir = exportsFolder({});
    const before = snapshot(inDir);
    const run = buildCli(['--in', inDir, '--out', inDir], tempDir());
    expect(run.status).toBe(2);
    expect(run.out).toMatch(REFUSED_OVERLAP);
    expect(run.out).not.toMatch(/已发布/);
    expect(snapshot(inDir)).toEqual(before);
  });

  it('is refused when it holds the input folder, and nothing in it is deleted', () => {
    const parent = tempDir('djd-v-');
    const inDir = join(parent, 'exports');
    mkdirSync(inDir);
    writeFileSync(join(inDir, 'orgs.csv'), readFileSync(join(exportsFolder({}), 'orgs.csv')));
    writeFileSync(join(parent, '工作计划.docx'), 'a file of the user');
    const before = snapshot(parent);
    const run = buildCli(['--in', inDir, '--out', parent], tempDir());
    expect(run.status).toBe(2);
    expect(run.out).toMatch(REFUSED_OVERLAP);
    expect(snapshot(parent)).toEqual(before);
  });

  it('is refused when it lies inside the input folder', () => {
    const inDir = exportsFolder({});
    const run = buildCli(['--in', inDir, '--out', join(inDir, 'out')], tempDir());
    expect(run.status).toBe(2);
    expect(run.out).toMatch(REFUSED_OVERLAP);
    expect(existsSync(join(inDir, 'out'))).toBe(false);
  });

  it('that is not an earlier output is refused, named, and replaced only with --force', () => {
    const inDir = exportsFolder({});
    const outDir = join(tempDir('djd-o-'), 'site');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), '<p>the intranet home page</p>');
    const cache = tempDir();
    const refused = buildCli(['--in', inDir, '--out', outDir], cache);
    expect(refused.status).toBe(2);
    expect(refused.out).toMatch(REFUSED_FOREIGN);
    expect(refused.out).toContain('"index.html"');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('intranet');
    const forced = buildCli(['--in', inDir, '--out', outDir, '--force'], cache);
    expect(forced.status, forced.out).toBe(0);
    expect(existsSync(join(outDir, 'manifest.json'))).toBe(true);
  });

  it("is replaced when it is an earlier output, but not once a user's file is added to it", () => {
    const inDir = exportsFolder({});
    const outDir = join(tempDir('djd-o-'), 'data');
    const cache = tempDir();
    expect(buildCli(['--in', inDir, '--out', outDir], cache).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
    expect(manifest.producer).toBe('dangjian-dashboard data build');
    // An earlier output: rebuilt from changed inputs, replaced without a word.
    writeFileSync(join(inDir, 'rules.json'), JSON.stringify({ points: { basePoints: 90 } }));
    const again = buildCli(['--in', inDir, '--out', outDir], cache);
    expect(again.status, again.out).toBe(0);
    expect(again.out).toMatch(/已发布/);
    // A note the user saved into it would be lost: refused, naming it.
    writeFileSync(join(outDir, '说明.txt'), 'notes');
    writeFileSync(join(inDir, 'rules.json'), JSON.stringify({ points: { basePoints: 80 } }));
    const refused = buildCli(['--in', inDir, '--out', outDir], cache);
    expect(refused.status).toBe(2);
    expect(refused.out).toMatch(/说明\.txt/);
    expect(readFileSync(join(outDir, '说明.txt'), 'utf8')).toBe('notes');
  });

  it('an output written before the mark existed (its manifest without producer) is still ours', () => {
    const inDir = exportsFolder({});
    const outDir = join(tempDir('djd-o-'), 'data');
    const cache = tempDir();
    expect(buildCli(['--in', inDir, '--out', outDir], cache).status).toBe(0);
    const path = join(outDir, 'manifest.json');
    const { producer: _, ...legacy } = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify(legacy));
    writeFileSync(join(inDir, 'rules.json'), JSON.stringify({ points: { basePoints: 90 } }));
    const run = buildCli(['--in', inDir, '--out', outDir], cache);
    expect(run.status, run.out).toBe(0);
  });
});

describe('a read-only output folder', () => {
  /** A build's folders owned by the unprivileged user the builds run as. */
  function ownedByNobody(...dirs: string[]): void {
    if (process.getuid?.() !== 0) return;
    for (const dir of dirs)
      for (const e of [dir, ...readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f)))])
        chownSync(e, NOBODY, NOBODY);
  }

  it('fails before publishing, says why, and the next build after it is writable publishes', () => {
    const work = tempDir('djd-ro-');
    const inDir = exportsFolder({});
    const outDir = join(work, 'data');
    const cache = join(work, 'cache');
    mkdirSync(cache);
    ownedByNobody(work, inDir);
    const first = buildCli(['--in', inDir, '--out', outDir], cache, true);
    expect(first.status, first.out).toBe(0);
    const published = snapshot(outDir);
    chmodSync(outDir, 0o555);
    writeFileSync(join(inDir, 'rules.json'), JSON.stringify({ points: { basePoints: 90 } }));
    ownedByNobody(inDir);
    const refused = buildCli(['--in', inDir, '--out', outDir], cache, true);
    expect(refused.status).toBe(2);
    expect(refused.out).toMatch(/无法写入 .*只读或无权限[\s\S]*Cannot write to/);
    expect(refused.out).not.toMatch(/已发布/);
    expect(snapshot(outDir)).toEqual(published); // the old data, whole
    expect(readdirSync(work).sort()).toEqual(['cache', 'data']); // nothing left beside it
    chmodSync(outDir, 0o755);
    const retry = buildCli(['--in', inDir, '--out', outDir], cache, true);
    expect(retry.status, retry.out).toBe(0);
    expect(readdirSync(work).sort()).toEqual(['cache', 'data']);
  });

  it('a read-only leftover of an earlier swap is removed by the next build instead of failing it', () => {
    const work = tempDir('djd-ro-');
    const inDir = exportsFolder({});
    const outDir = join(work, 'data');
    const cache = join(work, 'cache');
    mkdirSync(cache);
    ownedByNobody(work, inDir);
    expect(buildCli(['--in', inDir, '--out', outDir], cache, true).status).toBe(0);
    // What a swap interrupted by a permission change left: a read-only old copy with a read-only folder in it.
    const leftover = join(work, '.data.old-424242');
    mkdirSync(join(leftover, 'nested'), { recursive: true });
    writeFileSync(join(leftover, 'nested', 'points.parquet'), 'old');
    ownedByNobody(leftover);
    chmodSync(join(leftover, 'nested'), 0o555);
    chmodSync(leftover, 0o555);
    writeFileSync(join(inDir, 'rules.json'), JSON.stringify({ points: { basePoints: 90 } }));
    ownedByNobody(inDir);
    const run = buildCli(['--in', inDir, '--out', outDir], cache, true);
    expect(run.status, run.out).toBe(0);
    expect(readdirSync(work).sort()).toEqual(['cache', 'data']);
  });
});
