/**
 * A smoke of the benchmark: its ingest half at the tiny size, one run, every figure in its JSON. The figures
 * themselves are for `npm run bench`; its browser half runs in the browser tests (tests/e2e/bench.e2e.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

it('npm run bench -- --size tiny --ingest-only prints and writes the ingest figures', async () => {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench.ts', '--size', 'tiny', '--runs', '1', '--ingest-only'],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  expect(out).toMatch(/ingest ratio \(ours \/ DuckDB\)\s+\d+\.\d\d/);
  const result = JSON.parse(readFileSync(join(ROOT, 'bench-results', 'bench-tiny.json'), 'utf8'));
  expect(result.inputs.csvRows).toBeGreaterThan(5000);
  expect(result.ingest.duckdbCopySeconds).toBeGreaterThan(0);
  expect(result.ingest.ourBuildSeconds).toBeGreaterThan(0);
  expect(result.ingest.ratio).toBeCloseTo(result.ingest.ourBuildSeconds / result.ingest.duckdbCopySeconds, 6);
  expect(result.ingest.ourPeakMiB).toBeGreaterThan(50);
  // The floor: DuckDB's COPY typing the cells with our parsers, every CSV row written, its dates typed.
  expect(out).toMatch(/floor ratio \(parsers alone \/ DuckDB\)\s+\d+\.\d\d/);
  expect(result.ingest.floorRatio).toBeCloseTo(result.ingest.parsersFloorSeconds / result.ingest.duckdbCopySeconds, 6);
  const floor = await queryFiles(
    `SELECT CAST(count(*) AS INTEGER) AS n, CAST(count(date) AS INTEGER) AS dated FROM read_parquet(?, union_by_name = true)`,
    join(ROOT, '.bench', 'tiny', 'duckdb-out', 'floor-*.parquet'),
  );
  expect(floor.n).toBe(result.inputs.csvRows);
  expect(floor.dated).toBeGreaterThan(5000);
  // The build's own time sits inside the whole command's, and its phases add up to it (within the untimed set-up).
  expect(result.ingest.ourBuildInsideSeconds).toBeGreaterThan(0);
  expect(result.ingest.ourBuildInsideSeconds).toBeLessThan(result.ingest.ourBuildSeconds);
  const phaseSum = result.ingest.phases.reduce((s: number, p: { ms: number }) => s + p.ms, 0) / 1000;
  expect(phaseSum).toBeLessThanOrEqual(result.ingest.ourBuildInsideSeconds);
  expect(phaseSum).toBeGreaterThan(result.ingest.ourBuildInsideSeconds * 0.8);
  expect(out).toMatch(/where the build time goes/);
  // The build against its floor, and the monthly rebuild: three changes, each the full build's bytes, the
  // changed file alone read, its share of a full build of the same inputs computed from the two times.
  expect(result.ingest.buildOverFloor).toBeCloseTo(
    result.ingest.ourBuildSeconds / result.ingest.parsersFloorSeconds,
    6,
  );
  expect(result.rebuild.cases.map((c: { change: string }) => c.change)).toEqual(['added', 'replaced', 'removed']);
  for (const c of result.rebuild.cases) {
    expect(c.identical).toBe(true);
    expect(c.filesRead).toBe(c.change === 'removed' ? 0 : 1);
    expect(c.chunks).toBeGreaterThanOrEqual(1);
    expect(c.rebuildShare).toBeCloseTo(c.rebuildSeconds / c.fullSeconds, 6);
  }
  expect(out).toMatch(/rebuildShare \(rebuild \/ full\)\s+\d\.\d{3}/);
  // The ledger as a workbook: every row loaded with the JavaScript heap capped.
  expect(result.xlsx.rows).toBeGreaterThan(4000);
  expect(result.xlsx.loaded).toBe(result.xlsx.rows);
  expect(out).toMatch(/ingest: XLSX of [\d,]+ rows/);
  // Reading the workbook alone, its peak printed against the 1 GiB target.
  expect(out).toMatch(/reading it alone: peak resident \(MiB\)\s+\d+\s+< 1024/);
  expect(result.xlsx.readPeakMiB).toBeGreaterThan(20);
  expect(result.xlsx.readPeakMiB).toBeLessThan(result.xlsx.readPeakTargetMiB);
  // No site was built: the browser half is left to the browser tests.
  expect(result.browser).toBeNull();
  expect(result.scale).toBeNull();
  expect(out).not.toMatch(/browser:|scale:/);
}, 240_000);

async function queryFiles(sql: string, glob: string): Promise<{ n: number; dated: number }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql, [glob]);
    return reader.getRowObjectsJson()[0] as { n: number; dated: number };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
