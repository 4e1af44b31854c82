import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, queryParquet, tempDir } from './helpers';

const ROOT = join(import.meta.dirname, '..');
function generate(out: string, ...args: string[]): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-sample.ts', '--out', out, ...args], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

describe('sample generator', () => {
  it('is deterministic: the same options give the same bytes', () => {
    const a = tempDir();
    const b = tempDir();
    generate(a, '--seed', '7', '--members', '120');
    generate(b, '--seed', '7', '--members', '120');
    const files = readdirSync(a).sort();
    expect(files).toEqual(readdirSync(b).sort());
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it('writes what the case describes, and its output builds without a reject', async () => {
    const dir = tempDir();
    generate(dir, '--ledger-rows', '3000');
    const result = await build(dir);
    expect(result.status).toBe('published');
    const m = result.manifest;
    expect(m?.tables.members.rows).toBe(792);
    expect(m?.tables.points.rows).toBe(2 * 3000 + 1); // two years plus the one veto entry
    const orgs = result.report?.inputs.find((i) => i.table === 'organizations');
    expect(orgs?.loaded).toBe(1 + 21 + 55);
    const topics = await queryParquet(
      result.outDir,
      `SELECT count(*) FILTER (WHERE parent_id IS NULL)::INT AS topics, count(*) FILTER (WHERE parent_id IS NOT NULL)::INT AS subtopics FROM topics`,
    );
    expect(topics).toEqual([{ topics: 12, subtopics: 48 }]);
    const encodings = result.report?.inputs.map((i) => i.encoding);
    expect(encodings).toContain('gb18030');
    expect(result.report?.inputs.filter((i) => i.encoding === 'xlsx' && i.file === '领题破题.xlsx')).toHaveLength(3);
  });

  it('writes large ledgers as a stream (group scale switches workbooks to CSV)', () => {
    const dir = tempDir();
    generate(
      dir,
      '--members',
      '25000',
      '--basic-orgs',
      '600',
      '--groups',
      '1500',
      '--ledger-rows',
      '200000',
      '--years',
      '2025',
      '--ledger-encoding',
      'utf-8',
    );
    const ledger = readFileSync(join(dir, '积分台账-2025.csv'), 'utf8');
    expect(ledger.split('\r\n').filter(Boolean).length).toBe(1 + 200001);
    expect(readdirSync(dir)).toContain('党员.csv');
  });
});
