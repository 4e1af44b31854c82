/**
 * What the build makes of an input folder as a careless or hostile user
 * leaves it, run as users run it (scripts/build-data.ts in its own process):
 * file names that hold line breaks and escape sequences are shown quoted,
 * links, hidden files and lock files are listed as skipped with why (a link
 * out of the folder is never followed), a sheet of 20,000 columns gets a
 * one-line summary, and bidirectional controls leave text cells.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportsFolder, queryParquet, tempDir } from './helpers';

const ROOT = join(import.meta.dirname, '..');
const LEDGER = '党员编号,日期,积分类型,积分类别,分值,事由\n';

function runBuild(inDir: string): Promise<{ code: number; stdout: string; stderr: string; outDir: string }> {
  const outDir = join(tempDir(), 'out');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-data.ts', '--in', inDir, '--out', outDir, '--allow-rejects'],
      { cwd: ROOT, env: { ...process.env, INGEST_CACHE_DIR: join(tempDir(), 'cache') }, maxBuffer: 1 << 26 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr, outDir }),
    );
  });
}

const report = (outDir: string) => JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8'));

describe('the input folder', () => {
  it('a file name with a line break or an escape sequence is shown quoted; report.json keeps it as it is', async () => {
    const name = '积分\n台账\x1b[31m红\x1b]0;title\x07.csv';
    const inDir = exportsFolder({ [name]: `${LEDGER}M1,2024-01-01,加分,学习,1,x\nM404,2024-01-02,加分,学习,1,y\n` });
    const run = await runBuild(inDir);
    expect(run.code).toBe(0);
    const quoted = '"积分\\n台账\\u001b[31m红\\u001b]0;title\\u0007.csv"';
    expect(run.stdout).toContain(`${quoted} → 积分台账 points: 读取 read 2`);
    expect(run.stdout).toContain(`✗ ${quoted} 第 3 行 row 3`); // the reject line too
    // No escape sequence reaches the terminal.
    expect(run.stdout + run.stderr).not.toContain('\u001b');
    expect(run.stdout + run.stderr).not.toContain('\u0007');
    expect(report(run.outDir).inputs.map((i: { file: string }) => i.file)).toContain(name);
  }, 60_000);

  it('links, hidden files and folders, lock files are listed as skipped with why; a link out is never followed', async () => {
    const outside = tempDir('djd-outside-');
    writeFileSync(join(outside, 'secret.csv'), `${LEDGER}M1,2024-03-03,加分,学习,99,outside the folder\n`);
    mkdirSync(join(outside, 'more'));
    writeFileSync(join(outside, 'more', 'x.csv'), `${LEDGER}M1,2024-03-04,加分,学习,99,outside too\n`);
    const inDir = exportsFolder({
      'ledger.csv': `${LEDGER}M1,2024-01-01,加分,学习,1,inside\n`,
      '.hidden.csv': `${LEDGER}M1,2024-01-02,加分,学习,1,hidden\n`,
      '~$ledger.xlsx': 'lock',
      'notes.docx': 'x',
    });
    symlinkSync(join(outside, 'secret.csv'), join(inDir, 'link.csv'));
    symlinkSync(join(outside, 'more'), join(inDir, 'linked-folder'));
    mkdirSync(join(inDir, '.git'));
    writeFileSync(join(inDir, '.git', 'config.csv'), 'x');
    const run = await runBuild(inDir);
    expect(run.code).toBe(0);
    const warnings = report(run.outDir).warnings.map((w: { file: string; code: string }) => [w.file, w.code]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        ['.git', 'hidden'],
        ['.hidden.csv', 'hidden'],
        ['link.csv', 'symlink'],
        ['linked-folder', 'symlink'],
        ['notes.docx', 'not_an_export'],
        ['~$ledger.xlsx', 'office_lock'],
      ]),
    );
    expect(run.stdout).toMatch(/! link\.csv: 符号链接，不跟随、未读取 \/ a symbolic link: never followed, not read/);
    const reasons = await queryParquet(run.outDir, 'SELECT reason FROM points ORDER BY reason');
    expect(reasons.map((r) => r.reason)).toEqual(['inside']);
  }, 60_000);

  it('a sheet of 20,000 columns: a one-line summary of the ignored ones; report.json keeps the first 100 and the count', async () => {
    const extra = Array.from({ length: 19_994 }, (_, i) => `多余列${i}`);
    const inDir = exportsFolder({
      'wide.csv': `${LEDGER.trim()},${extra.join(',')}\nM1,2024-01-01,加分,学习,1,x${',v'.repeat(19_994)}\n`,
    });
    const run = await runBuild(inDir);
    expect(run.code).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.includes('ignored columns')) ?? '';
    expect(line).toMatch(/多余列0, 多余列1, .*多余列9 … 及另外 19984 项 \/ and 19984 more$/);
    expect(line.length).toBeLessThan(400);
    const input = report(run.outDir).inputs.find((i: { file: string }) => i.file === 'wide.csv');
    expect(input.extraColumns).toHaveLength(100);
    expect(input.extraColumnsCount).toBe(19_994);
  }, 60_000);

  it('strips bidirectional controls from text cells: a right-to-left override cannot reverse a name', async () => {
    const inDir = exportsFolder({
      // The members file read by DuckDB's reader, the ledger (GBK-free UTF-8 with a blank line) by ours.
      'm2.csv': '党员编号,姓名,所在组织编号,党员类别\nM70,正常\u202egnp.exe支部,B1,正式党员\n',
      'ledger.csv': `${LEDGER}M70,2024-01-01,加分,学习\u2066教育\u2069,1,事由\u200f\u061c正常\n\n`,
    });
    const run = await runBuild(inDir);
    expect(run.code).toBe(0);
    const [member] = await queryParquet(run.outDir, `SELECT name FROM members WHERE member_id = 'M70'`);
    expect(member.name).toBe('正常gnp.exe支部');
    const [entry] = await queryParquet(run.outDir, `SELECT category, reason FROM points WHERE member_id = 'M70'`);
    expect(entry).toEqual({ category: '学习教育', reason: '事由正常' });
    const readers = report(run.outDir).inputs.map((i: { file: string; reader: string }) => [i.file, i.reader]);
    expect(readers).toEqual(
      expect.arrayContaining([
        ['m2.csv', 'duckdb'],
        ['ledger.csv', 'javascript'],
      ]),
    );
  }, 60_000);
});
