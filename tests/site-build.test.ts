/**
 * The site build (scripts/build-site.ts) as users run it: a build that fails midway leaves the previous site
 * whole and nothing beside it; a folder that is not a site of ours is refused before anything is built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv } from './e2e/global-setup';
import { build, exportsFolder, FIXTURES, tempDir } from './helpers';

const ROOT = join(import.meta.dirname, '..');

function buildSite(args: string[], env: Record<string, string>): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-site.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...cleanEnv(), ...env },
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** A site an earlier build published: its record of the files it wrote, and the pages. */
function previousSite(): string {
  const dir = join(tempDir('djd-site-'), 'dist');
  mkdirSync(join(dir, 'org', 'B001'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<h1>总览 (the good site)</h1>');
  writeFileSync(join(dir, 'org', 'B001', 'index.html'), '<h1>B001</h1>');
  const files = ['index.html', 'org/B001/index.html'];
  writeFileSync(join(dir, 'site-files.json'), JSON.stringify({ producer: 'dangjian-dashboard site build', files }));
  return dir;
}

describe('the site build', () => {
  it('that fails midway leaves the previous site whole, with nothing half-written beside it', async () => {
    const inDir = exportsFolder({
      'ledger.csv': readFileSync(join(FIXTURES, 'contract', 'ledger.csv')),
      'assessments.csv': readFileSync(join(FIXTURES, 'contract', 'assessments.csv')),
    });
    const data = await build(inDir);
    expect(data.status).toBe('published');
    // Data the pages cannot read: the build starts, renders, and fails on the first page that queries it.
    writeFileSync(join(data.outDir, 'points.parquet'), 'not parquet');
    const site = previousSite();
    const before = readdirSync(site, { recursive: true }).sort();
    const run = buildSite(['--out', site], { SITE_DATA_DIR: data.outDir });
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/站点构建失败，原有站点 .* 未改动 \/ the site build failed/);
    expect(readdirSync(site, { recursive: true }).sort()).toEqual(before);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('the good site');
    expect(readdirSync(join(site, '..'))).toEqual(['dist']);
  }, 240_000);

  it('refuses a folder that is not a site of ours, before building, naming what it holds', () => {
    const dir = join(tempDir('djd-site-'), 'www');
    mkdirSync(dir);
    writeFileSync(join(dir, '通知.docx'), 'a file of the user');
    const run = buildSite(['--out', dir], {});
    expect(run.status).toBe(2);
    expect(run.out).toMatch(/拒绝替换[\s\S]*通知\.docx[\s\S]*Refusing to replace/);
    expect(readFileSync(join(dir, '通知.docx'), 'utf8')).toBe('a file of the user');
    expect(existsSync(join(dir, 'index.html'))).toBe(false);
  });

  it('bounds its flags: an unknown one is refused with the usage', () => {
    const run = buildSite(['--outdir', 'x'], {});
    expect(run.status).toBe(2);
    expect(run.out).toMatch(/Unknown option '--outdir'[\s\S]*用法 usage/);
  });
});
