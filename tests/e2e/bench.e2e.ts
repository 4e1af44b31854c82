/**
 * A smoke of the benchmark's browser half (scripts/bench-browser.ts, scripts/bench-scale.ts, scripts/bench-visit.ts;
 * the layout shift and the board's memory run in pages.e2e.ts and board-static.e2e.ts): one run of
 * each figure on a copy of the sample site, every figure in place. The figures are for `npm run bench`;
 * its ingest half is smoked in the unit tests (tests/bench.test.ts).
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { browserBench } from '../../scripts/bench-browser';
import { scaleBench } from '../../scripts/bench-scale';
import { firstVisitMB } from '../../scripts/bench-visit';
import { tempDir } from '../helpers';
import { SAMPLE_DIST } from './global-setup';

it('the browser and scale figures, measured once on the sample site', async () => {
  // A copy: the bench adds its DuckDB-alone page (_bench/) beside the site, which the other tests scan.
  const site = join(tempDir('djd-bench-'), 'site');
  cpSync(SAMPLE_DIST, site, { recursive: true });

  const b = await browserBench(site, 1, 4);
  expect(b.firstContentfulPaintMs).toBeGreaterThan(0);
  expect(b.duckdbAloneMs).toBeGreaterThan(0);
  expect(b.interactiveRatio).toBeCloseTo(b.interactiveMs / b.duckdbAloneMs, 6);
  expect(b.filterChanges).toBe(4);
  expect(b.filterChangeP95Ms).toBeGreaterThan(0);
  // Of four changes the 95th percentile is the slowest.
  expect(b.filterChangeTimesMs).toHaveLength(4);
  expect(b.filterChangeP95Ms).toBeCloseTo(Math.max(...b.filterChangeTimesMs), 0);
  expect(Object.keys(b.javascriptGzipKiB).sort()).toEqual(['board', 'members', 'overview', 'review']);
  for (const kib of Object.values(b.javascriptGzipKiB)) expect(kib).toBeGreaterThan(0); // the deck's script is under 1 KiB
  expect(Object.keys(b.javascriptGzipKiBPhone).sort()).toEqual(['board', 'members', 'overview', 'review']);
  for (const kib of Object.values(b.javascriptGzipKiBPhone)) expect(kib).toBeGreaterThan(0);
  // The build draws each chart for a phone too (charts/layout.ts): a phone, like a desktop, loads no ECharts.
  expect(b.javascriptGzipKiBPhone.overview).toBe(b.javascriptGzipKiB.overview);
  expect(b.javascriptGzipKiBPhone.members).toBe(b.javascriptGzipKiB.members);
  expect(b.wasmDownloadsOverThreeLoads).toBeGreaterThanOrEqual(1);

  const s = await scaleBench(site, 1);
  // The ledger open on the member's page is its branch's slice, a part of the whole ledger.
  expect(b.ledgerRowsLoaded).toBeGreaterThan(0);
  expect(b.ledgerRowsLoaded).toBeLessThan(s.ledgerFileRows);
  expect(s.overviewInteractiveMs).toBeGreaterThan(0);
  expect(s.overviewTransferMB).toBeGreaterThan(0);
  expect(s.overviewTables).not.toContain('points');
  expect(s.ledgerSliceRows).toBeGreaterThan(0);
  expect(s.ledgerSliceRows).toBeLessThan(s.ledgerFileRows);
  expect(s.ledgerFetchedMB).toBeGreaterThan(0);
  expect(s.ledgerFetchedMB).toBeLessThanOrEqual(s.ledgerFileMB + 0.01);
  // A committee's page: its members counted, its member tables fetched (by ranges: its subtree's run).
  expect(s.committeeMembers).toBeGreaterThan(0);
  expect(s.committeeMemberTablesMB).toBeGreaterThan(0);
  expect(s.committeeMemberTablesMB).toBeLessThanOrEqual(s.committeeTransferMB);
  // The ledger's branch's notice board: opened, and what it fetched counted.
  expect(s.boardOpenMs).toBeGreaterThan(0);
  expect(s.boardTransferMB).toBeGreaterThan(0);
  expect(s.largestPage).toMatch(/\.html$/);
  expect(s.largestPageMB).toBeGreaterThan(0);

  // The first visit through nginx at the site's root (the guide's configuration less its sub-path redirect).
  const v = await firstVisitMB(site);
  expect(v.wasmEncoding).toBe('gzip');
  expect(v.firstVisitMB).toBeGreaterThan(v.wasmMB);
  expect(v.firstVisitMB).toBeLessThan(v.targetMB);
});
