/** The build's promises about its output folder: atomic, cached, locked, reported. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../src/ingest/build';
import { recover } from '../src/ingest/folders';
import { acquireLock } from '../src/ingest/lock';
import { exportsFolder, queryParquet, tempDir } from './helpers';

const LEDGER = '党员编号,日期,积分类型,积分类别,分值\n';

function setup(files: Record<string, string> = {}) {
  const inDir = exportsFolder({ 'ledger.csv': `${LEDGER}M1,2024-01-01,加分,学习,1\n`, ...files });
  const work = tempDir();
  return { inDir, outDir: join(work, 'data'), cacheDir: join(work, 'cache') };
}

describe('output folder', () => {
  it('a rejected build leaves the previous output byte for byte', async () => {
    const o = setup();
    expect((await buildData(o)).status).toBe('published');
    const before = readFileSync(join(o.outDir, 'manifest.json'), 'utf8');
    const points = readFileSync(join(o.outDir, 'points.parquet'));
    writeFileSync(join(o.inDir, 'bad.csv'), `${LEDGER}M1,not-a-date,加分,学习,1\n`);
    const second = await buildData(o);
    expect(second.status).toBe('rejected');
    expect(second.reportPath).toBe(join(o.cacheDir, 'rejected-report.json'));
    expect(JSON.parse(readFileSync(second.reportPath, 'utf8')).rejects[0].code).toBe('bad_date');
    expect(readFileSync(join(o.outDir, 'manifest.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(o.outDir, 'points.parquet')).equals(points)).toBe(true);
  });

  it('does nothing when inputs and rules are unchanged, and re-reads only changed files', async () => {
    // A blank line keeps the ledger off DuckDB's reader: the JavaScript path stages it, and caches that.
    const o = setup({
      'evals.csv': '党员编号,年度,评议等次\nM1,2024,优秀\n',
      'ledger.csv': `${LEDGER}M1,2024-01-01,加分,学习,1\n\nM1,2024-01-02,加分,学习,1\n`,
    });
    const first = await buildData(o);
    expect(first.report?.inputs.every((i) => !i.fromCache)).toBe(true);
    const readers = Object.fromEntries(first.report?.inputs.map((i) => [i.file, i.reader]) ?? []);
    expect(readers).toEqual({
      'evals.csv': 'duckdb',
      'ledger.csv': 'javascript',
      'members.csv': 'duckdb',
      'orgs.csv': 'duckdb',
    });
    expect((await buildData(o)).status).toBe('unchanged');
    writeFileSync(join(o.inDir, 'evals.csv'), '党员编号,年度,评议等次\nM1,2024,合格\n');
    const third = await buildData(o);
    expect(third.status).toBe('published');
    const cached = Object.fromEntries(third.report?.inputs.map((i) => [i.file, i.fromCache]) ?? []);
    // Files DuckDB reads directly are not staged, so there is nothing of theirs to cache.
    expect(cached).toEqual({ 'evals.csv': false, 'ledger.csv': true, 'members.csv': false, 'orgs.csv': false });
    expect(third.manifest?.dataVersion).not.toBe(first.manifest?.dataVersion);
  });

  it('manifest lists tables, row counts, column types, checksums and a data version', async () => {
    const o = setup();
    const { manifest } = await buildData(o);
    const onDisk = JSON.parse(readFileSync(join(o.outDir, 'manifest.json'), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(manifest)));
    expect(onDisk.tables.points).toMatchObject({ file: 'points.parquet', rows: 1, kind: 'source' });
    expect(onDisk.tables.points.columns).toContainEqual({ name: 'date', type: 'DATE' });
    expect(onDisk.tables.member_ratings.kind).toBe('derived');
    expect(onDisk.inputs.map((i: { file: string }) => i.file)).toEqual(['ledger.csv', 'members.csv', 'orgs.csv']);
    expect(onDisk.dataVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(onDisk.tables.points.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a second build on the same output while one runs; takes over a stale lock', async () => {
    const o = setup();
    mkdirSync(join(o.outDir, '..'), { recursive: true });
    writeFileSync(`${o.outDir}.lock`, String(process.ppid)); // a live process
    await expect(buildData(o)).rejects.toThrow(/another build \(pid \d+\)/);
    writeFileSync(`${o.outDir}.lock`, '999999999'); // no such process
    expect((await buildData(o)).status).toBe('published');
    const release = await acquireLock(`${o.outDir}.lock`);
    await release();
  });

  it('puts the previous output back after a build killed between its two renames', async () => {
    const o = setup();
    await buildData(o);
    const parent = join(o.outDir, '..');
    const { renameSync, existsSync } = await import('node:fs');
    renameSync(o.outDir, join(parent, '.data.old-4242'));
    mkdirSync(join(parent, '.data.tmp-4242')); // a half-written folder
    await recover(o.outDir);
    expect(existsSync(join(o.outDir, 'manifest.json'))).toBe(true);
    expect(existsSync(join(parent, '.data.tmp-4242'))).toBe(false);
  });
});

describe('rules file', () => {
  it('rejects an invalid rules file with every problem and its path', async () => {
    const o = setup();
    writeFileSync(
      join(o.inDir, 'rules.json'),
      JSON.stringify({ points: { basePoints: -1 }, rating: { excellentCap: 2 }, x: 1 }),
    );
    await expect(buildData(o)).rejects.toThrow(/points\.basePoints[\s\S]*rating\.excellentCap[\s\S]*Unrecognized key/);
  });

  it('reports JSON syntax errors with the file name', async () => {
    const o = setup();
    writeFileSync(join(o.inDir, 'rules.json'), '{ "points": ');
    await expect(buildData(o)).rejects.toThrow(/rules\.json: .*not valid JSON/);
  });

  it('changes results: a lower base and a cap on 公益', async () => {
    const o = setup({
      'more.csv': `${LEDGER}M1,2024-02-01,加分,参与公益活动,9\n`,
      'rules.json': JSON.stringify({
        points: { basePoints: 60, bonusCategories: [{ name: '参与公益活动', yearlyCap: 5 }] },
      }),
    });
    const r = await buildData(o);
    expect(r.status).toBe('published');
    const rows = await queryParquet(
      o.outDir,
      `SELECT base, bonus, total FROM member_year_points WHERE member_id = 'M1'`,
    );
    expect(rows).toEqual([{ base: 60, bonus: 6, total: 66 }]); // 学习 1 (uncapped, unlisted) + 公益 min(9, 5)
  });
});
