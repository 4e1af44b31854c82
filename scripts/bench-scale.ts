/**
 * The scale half of the browser bench: what the overview transfers and how
 * long it takes to become interactive (cold cache), and what opening one
 * member's ledger fetches of the ledger file (its branch's slice by HTTP
 * ranges, src/sql/ledger-slices.ts). Run at every size; at the group size
 * (300,000 members, 15,000 branches, 10 million ledger rows a year) these are
 * the targets: overview under 3 s and under 10 MB besides the wasm.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readManifest } from '../src/ssr/site-data';
import { launch } from '../tests/e2e/browser';
import { nativeQuery } from './bench-native';
import { median } from './bench-stats';
import { type StaticServer, serveStatic } from './static-server';

export interface ScaleFigures {
  readonly overviewInteractiveMs: number;
  /** Everything the overview fetched except DuckDB's wasm: HTML, scripts, styles, Parquet. */
  readonly overviewTransferMB: number;
  readonly overviewTables: readonly string[];
  /** The largest branch slice's branch, whose member's ledger and notice board are opened. */
  readonly ledgerBranch: string;
  readonly ledgerOpenMs: number;
  readonly ledgerFileMB: number;
  readonly ledgerFetchedMB: number;
  readonly ledgerSliceRows: number;
  readonly ledgerFileRows: number;
  /** The largest committee below the root (a second-tier 党委 at the group size): its page opened cold. */
  readonly committee: string;
  readonly committeeMembers: number;
  readonly committeeOpenMs: number;
  /** Everything its page fetched except the wasm, and of that the member tables' share. */
  readonly committeeTransferMB: number;
  readonly committeeMemberTablesMB: number;
  /** The notice-board screen of that ledger's branch (the largest), every slide, opened cold: its first frame. */
  readonly boardOpenMs: number;
  /** Everything the screen fetched except the wasm. */
  readonly boardTransferMB: number;
  /** The largest pre-rendered page of the site (HTML with its first view's data and SVG). */
  readonly largestPage: string;
  readonly largestPageMB: number;
}

const MB = (bytes: number) => Math.round(bytes / 10_000) / 100;

export async function scaleBench(siteDir: string, runs: number): Promise<ScaleFigures> {
  const server = await serveStatic(siteDir);
  const browser = await launch();
  try {
    const overview: { ms: number; bytes: number; tables: string[] }[] = [];
    for (let i = 0; i < runs; i++) overview.push(await overviewLoad(browser, server));
    const ledger: { ms: number; bytes: number }[] = [];
    const target = await ledgerTarget(siteDir);
    for (let i = 0; i < runs; i++) ledger.push(await ledgerOpen(browser, server, target));
    const manifest = readManifest(join(siteDir, 'data'));
    const committee = await committeeTarget(siteDir);
    const committeeRuns: Awaited<ReturnType<typeof committeeOpen>>[] = [];
    for (let i = 0; i < runs; i++) committeeRuns.push(await committeeOpen(browser, server, siteDir, committee.org));
    const board: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < runs; i++) board.push(await boardOpen(browser, server, target.branch));
    return {
      overviewInteractiveMs: median(overview.map((o) => o.ms)),
      overviewTransferMB: MB(median(overview.map((o) => o.bytes))),
      overviewTables: overview[0].tables,
      ledgerBranch: target.branch,
      ledgerOpenMs: median(ledger.map((l) => l.ms)),
      ledgerFileMB: MB(manifest.tables.points.bytes),
      ledgerFetchedMB: MB(median(ledger.map((l) => l.bytes))),
      ledgerSliceRows: target.sliceRows,
      ledgerFileRows: manifest.tables.points.rows,
      committee: committee.org,
      committeeMembers: committee.members,
      committeeOpenMs: median(committeeRuns.map((c) => c.ms)),
      committeeTransferMB: MB(median(committeeRuns.map((c) => c.bytes))),
      committeeMemberTablesMB: MB(median(committeeRuns.map((c) => c.memberBytes))),
      boardOpenMs: median(board.map((b) => b.ms)),
      boardTransferMB: MB(median(board.map((b) => b.bytes))),
      ...largestPage(siteDir),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Bytes the server sent while `work` ran, except the wasm (fetched once per browser, then cached). */
async function transferred(server: StaticServer, work: () => Promise<void>, path?: RegExp): Promise<number> {
  const from = server.served.length;
  await work();
  return server.served
    .slice(from)
    .filter((s) => !s.path.endsWith('.wasm') && (!path || path.test(s.path)))
    .reduce((sum, s) => sum + s.bytes, 0);
}

async function overviewLoad(browser: Browser, server: StaticServer) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const tables = new Set<string>();
  page.on('request', (r) => {
    const m = /\/data\/([a-z_]+)\.parquet/.exec(r.url());
    if (m) tables.add(m[1]);
  });
  let ms = 0;
  const bytes = await transferred(server, async () => {
    const t0 = Date.now();
    await page.goto(server.url);
    await page.waitForSelector('.dashboard[data-ready="true"]', { timeout: 300_000 });
    ms = Date.now() - t0;
  });
  await context.close();
  return { ms, bytes, tables: [...tables].sort() };
}

interface LedgerTarget {
  readonly branch: string;
  readonly member: string;
  readonly sliceRows: number;
}

/** The member with the most entries in the largest branch slice: the heaviest ledger a user can open. */
async function ledgerTarget(siteDir: string): Promise<LedgerTarget> {
  const [row] = await nativeQuery(
    siteDir,
    `WITH b AS (SELECT org_id AS branch_id, row_count FROM points_index
       WHERE org_id IN (SELECT branch_id FROM org_units) ORDER BY row_count DESC LIMIT 1)
     SELECT b.branch_id, b.row_count, p.member_id
     FROM b JOIN org_units u ON u.branch_id = b.branch_id JOIN members m ON m.org_id = u.org_id
     JOIN points p ON p.member_id = m.member_id
     GROUP BY ALL ORDER BY count(*) DESC, p.member_id LIMIT 1`,
  );
  return { branch: String(row.branch_id), member: String(row.member_id), sliceRows: Number(row.row_count) };
}

function largestPage(siteDir: string): { largestPage: string; largestPageMB: number } {
  const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const sized = pages.map((f) => ({ f, bytes: statSync(join(siteDir, f)).size })).sort((a, b) => b.bytes - a.bytes);
  return { largestPage: sized[0].f, largestPageMB: MB(sized[0].bytes) };
}

/** The committee-level organisation below the root with the most members (the root if there is none). */
async function committeeTarget(siteDir: string): Promise<{ org: string; members: number }> {
  const [row] = await nativeQuery(
    siteDir,
    `SELECT i.org_id, i.row_count FROM members_index i JOIN organizations o USING (org_id)
     WHERE o.type NOT IN ('党支部', '党小组') ORDER BY o.parent_id IS NULL, i.row_count DESC, i.org_id LIMIT 1`,
  );
  return { org: String(row.org_id), members: Number(row.row_count) };
}

/** Opens a committee's page cold (its pre-rendered page when it has one, else the one org page). */
async function committeeOpen(browser: Browser, server: StaticServer, siteDir: string, org: string) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const own = existsSync(join(siteDir, 'org', org, 'index.html'));
  const path = own ? `org/${encodeURIComponent(org)}/` : `org/?id=${encodeURIComponent(org)}`;
  let ms = 0;
  const from = server.served.length;
  const bytes = await transferred(server, async () => {
    const t0 = Date.now();
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector('.dashboard[data-ready="true"]', { timeout: 300_000 });
    ms = Date.now() - t0;
  });
  const memberBytes = server.served
    .slice(from)
    .filter((s) => /\/(members|member_year_points|member_ratings)\.parquet$/.test(s.path))
    .reduce((sum, s) => sum + s.bytes, 0);
  await context.close();
  return { ms, bytes, memberBytes };
}

/** Opens the branch's page with the member's ledger (the one org page by ?id= when the branch has none). */
async function ledgerOpen(browser: Browser, server: StaticServer, target: LedgerTarget) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  let ms = 0;
  const bytes = await transferred(
    server,
    async () => {
      const t0 = Date.now();
      await page.goto(`${server.url}org/?id=${encodeURIComponent(target.branch)}&member=${target.member}`);
      await page.waitForSelector('.dashboard[data-ready="true"] .ledger table tbody tr', { timeout: 300_000 });
      ms = Date.now() - t0;
    },
    /\/data\/points\.parquet$/,
  );
  await context.close();
  return { ms, bytes };
}

/** Opens a branch's notice-board screen (every slide) cold, until its first frame shows the data. */
async function boardOpen(browser: Browser, server: StaticServer, branch: string) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  let ms = 0;
  const bytes = await transferred(server, async () => {
    const t0 = Date.now();
    await page.goto(`${server.url}board/?org=${encodeURIComponent(branch)}`);
    await page.waitForSelector('.board-viewport[data-version]:not([data-version=""])', { timeout: 300_000 });
    ms = Date.now() - t0;
  });
  await context.close();
  return { ms, bytes };
}
