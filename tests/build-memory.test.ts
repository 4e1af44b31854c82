/**
 * The build's DuckDB memory limit (`npm run data -- --memory GB`, BUILD_MEMORY_GB): bounded, with the usage past
 * its bounds, and the number given is the limit DuckDB runs under. A province's ledger outgrew the default 1 GB
 * ("Out of Memory Error: failed to pin block"): the build now names the flag that raises it.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../src/ingest/build-full';
import { BUILD_MEMORY_GB, largerMemory, outOfMemoryHint } from '../src/model/limits';
import { exportsFolder, tempDir } from './helpers';

const ROOT = join(import.meta.dirname, '..');

function runBuild(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-data.ts', '--in', exportsFolder({}), '--out', join(tempDir(), 'out'), ...args],
      { cwd: ROOT, env: { ...process.env, INGEST_CACHE_DIR: join(tempDir(), 'cache') } },
      (err, _stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stderr }),
    );
  });
}

describe('the build’s memory limit', () => {
  it.each([['0.1'], ['65'], ['3x'], ['']])(
    '--memory %j is refused with the bounds and the usage',
    async (value) => {
      const run = await runBuild(['--memory', value]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--memory: 0.5 到 64 之间的 GB 数 / a number of GB from 0.5 to 64, not "${value}"`);
      expect(run.stderr).toMatch(/用法 usage:[\s\S]*--memory GB/);
    },
    60_000,
  );

  it('after running out, the hint names a larger limit than the one in use, within the bounds', () => {
    expect([0.5, 1, 3, 5, 50, 63.5].map(largerMemory)).toEqual([1.5, 2, 5, 8, 64, 64]);
    for (let gb = BUILD_MEMORY_GB.min; gb < BUILD_MEMORY_GB.max; gb += 0.5)
      expect(largerMemory(gb)).toBeGreaterThan(gb);
    expect(outOfMemoryHint(3)).toContain('--memory 5');
  });

  it('at the upper bound, the hint suggests no limit it would refuse, nor the one that ran out', () => {
    expect(largerMemory(BUILD_MEMORY_GB.max)).toBeNull();
    const hint = outOfMemoryHint(BUILD_MEMORY_GB.max);
    expect(hint).not.toMatch(/--memory \d/);
    expect(hint).toContain(`${BUILD_MEMORY_GB.max} GB, the most --memory allows`);
  });

  it('is the limit DuckDB runs under: the default 1 GB, or what is given', async () => {
    expect(BUILD_MEMORY_GB.default).toBe(1);
    for (const [gb, shown] of [
      [undefined, '953.6 MiB'],
      [0.5, '476.8 MiB'],
      [2.5, '2.3 GiB'],
    ] as const) {
      const db = await openDb(tempDir(), gb);
      try {
        const [row] = await db.all(`SELECT current_setting('memory_limit') AS m`);
        expect(row.m).toBe(shown);
      } finally {
        db.close();
      }
    }
  });
});
