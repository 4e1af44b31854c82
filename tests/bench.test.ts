/** The benchmark runs (at its tiny size, to prove it works) and reports every figure; its numbers are for `npm run bench`. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

it('npm run bench -- --size tiny prints and writes the ingest figures', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--size', 'tiny', '--runs', '1'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  expect(out).toMatch(/ingest ratio \(ours \/ DuckDB\)\s+\d+\.\d\d/);
  const result = JSON.parse(readFileSync(join(ROOT, 'bench-results', 'bench-tiny.json'), 'utf8'));
  expect(result.inputs.csvRows).toBeGreaterThan(5000);
  expect(result.ingest.duckdbCopySeconds).toBeGreaterThan(0);
  expect(result.ingest.ourBuildSeconds).toBeGreaterThan(0);
  expect(result.ingest.ratio).toBeCloseTo(result.ingest.ourBuildSeconds / result.ingest.duckdbCopySeconds, 6);
  expect(result.ingest.ourPeakMiB).toBeGreaterThan(50);
}, 180_000);
