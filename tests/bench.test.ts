/** The benchmark runs (at its tiny size, to prove it works) and reports every figure; its numbers are for `npm run bench`. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

it('npm run bench -- --size tiny prints and writes the ingest and browser figures', async () => {
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
  // The ledger as a workbook: every row loaded with the JavaScript heap capped.
  expect(result.xlsx.rows).toBeGreaterThan(4000);
  expect(result.xlsx.loaded).toBe(result.xlsx.rows);
  expect(out).toMatch(/ingest: XLSX of [\d,]+ rows/);
  // Reading the workbook alone, its peak printed against the 1 GiB target.
  expect(out).toMatch(/reading it alone: peak resident \(MiB\)\s+\d+\s+< 1024/);
  expect(result.xlsx.readPeakMiB).toBeGreaterThan(20);
  expect(result.xlsx.readPeakMiB).toBeLessThan(result.xlsx.readPeakTargetMiB);
  // The browser half ran on the site built from the same data.
  expect(out).toMatch(/browser: interactive ratio \(site \/ alone\)\s+\d+\.\d\d/);
  const b = result.browser;
  expect(b.firstContentfulPaintMs).toBeGreaterThan(0);
  expect(b.duckdbAloneMs).toBeGreaterThan(0);
  expect(b.interactiveRatio).toBeCloseTo(b.interactiveMs / b.duckdbAloneMs, 6);
  expect(b.filterChanges).toBe(20);
  // The ledger open on that page is its member's branch slice, a part of the whole ledger.
  expect(b.ledgerRowsLoaded).toBeGreaterThan(0);
  expect(b.ledgerRowsLoaded).toBeLessThan(result.scale.ledgerFileRows);
  expect(Object.keys(b.javascriptGzipKiB).sort()).toEqual(['board', 'members', 'overview', 'review']);
  for (const kib of Object.values(b.javascriptGzipKiB)) expect(kib).toBeGreaterThan(0); // the deck's script is under 1 KiB
  expect(b.wasmDownloadsOverThreeLoads).toBeGreaterThanOrEqual(1);
  // The scale figures: the overview's transfer and a ledger opened by its branch slice.
  const s = result.scale;
  expect(out).toMatch(/scale: overview transfer, no wasm \(MB\)\s+\d+\.\d\d/);
  expect(s.overviewTransferMB).toBeGreaterThan(0);
  expect(s.overviewTables).not.toContain('points');
  expect(s.ledgerSliceRows).toBeGreaterThan(0);
  expect(s.ledgerSliceRows).toBeLessThan(s.ledgerFileRows);
  expect(s.ledgerFetchedMB).toBeGreaterThan(0);
  expect(s.ledgerFetchedMB).toBeLessThanOrEqual(s.ledgerFileMB + 0.01);
  // A committee's page: its members counted, its member tables fetched (by ranges: its subtree's run).
  expect(out).toMatch(/scale: committee \S+ \(\d+ members\) open, cold \(ms\)\s+\d+/);
  expect(s.committeeMembers).toBeGreaterThan(0);
  expect(s.committeeMemberTablesMB).toBeGreaterThan(0);
  expect(s.committeeMemberTablesMB).toBeLessThanOrEqual(s.committeeTransferMB);
  // The ledger's branch's notice board: opened, and what it fetched counted.
  expect(out).toMatch(/scale: branch \S+'s notice board, cold \(ms\)\s+\d+/);
  expect(s.boardOpenMs).toBeGreaterThan(0);
  expect(s.boardTransferMB).toBeGreaterThan(0);
  expect(s.largestPage).toMatch(/\.html$/);
  expect(s.largestPageMB).toBeGreaterThan(0);
}, 300_000);

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
