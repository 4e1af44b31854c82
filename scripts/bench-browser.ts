/**
 * The browser half of `npm run bench`, on a site built from the bench's data,
 * served on localhost and opened in Debian's Chromium, each figure measured
 * side by side in the same run:
 *  - first contentful paint of the overview (its pre-rendered figures);
 *  - the overview interactive (DuckDB-WASM ready, its queries answered)
 *    against DuckDB-WASM alone loading the same Parquet files and answering
 *    one query (scripts/bench-page/), both from a cold cache;
 *  - a filter change redrawing a page with a member's ledger open (its branch's slice loaded);
 *  - the JavaScript each page loads (gzip) on a desktop and on a phone, and the wasm fetched once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { quietZodAnnotations } from '../src/ssr/rollup-warnings';
import { launch, launchWithProfile } from '../tests/e2e/browser';
import { nativeQuery } from './bench-native';
import { median, percentile } from './bench-stats';
import { type StaticServer, serveStatic } from './static-server';

export interface BrowserFigures {
  readonly firstContentfulPaintMs: number;
  readonly interactiveMs: number;
  readonly duckdbAloneMs: number;
  readonly interactiveRatio: number;
  readonly filterChangeP95Ms: number;
  readonly filterChanges: number;
  /** Each change in the order made (ms): the first ones run on code V8 has not yet optimised. */
  readonly filterChangeTimesMs: readonly number[];
  readonly ledgerRowsLoaded: number;
  /** At 1920 × 1080, where the build's SVGs are the charts. */
  readonly javascriptGzipKiB: Record<string, number>;
  /** At 390 × 844, where the charts are drawn again by ECharts at the phone's width. */
  readonly javascriptGzipKiBPhone: Record<string, number>;
  readonly wasmDownloadsOverThreeLoads: number;
}

/** Records, from the first script on, when the dashboard reports its queries answered. */
const READY_PROBE = () => {
  const w = window as unknown as { readyAt?: number };
  new MutationObserver(() => {
    if (w.readyAt === undefined && document.querySelector('.dashboard[data-ready="true"]'))
      w.readyAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'], childList: true });
};

export async function browserBench(siteDir: string, runs: number, filterChanges = 20): Promise<BrowserFigures> {
  await buildAlonePage(siteDir);
  const server = await serveStatic(siteDir);
  const browser = await launch();
  try {
    const first = await overviewOnce(browser, server);
    const tables = first.tables;
    const fcp: number[] = [first.fcp];
    const interactive: number[] = [first.interactive];
    const alone: number[] = [];
    for (let i = 0; i < runs; i++) {
      alone.push(await aloneOnce(browser, server, tables));
      if (i > 0) {
        const o = await overviewOnce(browser, server);
        fcp.push(o.fcp);
        interactive.push(o.interactive);
      }
    }
    const filter = await filterChangesWithLedger(browser, server, siteDir, filterChanges);
    const javascript = await payloads(browser, server, siteDir);
    const wasm = await wasmDownloads(server);
    return {
      firstContentfulPaintMs: median(fcp),
      interactiveMs: median(interactive),
      duckdbAloneMs: median(alone),
      interactiveRatio: median(interactive) / median(alone),
      filterChangeP95Ms: percentile(filter.times, 95),
      filterChanges: filter.times.length,
      filterChangeTimesMs: filter.times.map((t) => Math.round(t * 10) / 10),
      ledgerRowsLoaded: filter.ledgerRows,
      javascriptGzipKiB: javascript.desktop,
      javascriptGzipKiBPhone: javascript.phone,
      wasmDownloadsOverThreeLoads: wasm,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The baseline page, bundled by Vite into the site folder (never into dist/). */
async function buildAlonePage(siteDir: string): Promise<void> {
  await build({
    root: join(import.meta.dirname, 'bench-page'),
    base: '/_bench/',
    logLevel: 'warn',
    build: { outDir: join(siteDir, '_bench'), emptyOutDir: true, rollupOptions: { onwarn: quietZodAnnotations } },
  });
}

async function overviewOnce(browser: Browser, server: StaticServer) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  const parquet: string[] = [];
  page.on('request', (r) => {
    const m = /\/data\/([a-z_]+)\.parquet/.exec(r.url());
    if (m) parquet.push(m[1]);
  });
  await page.goto(server.url);
  await page.waitForFunction(() => (window as unknown as { readyAt?: number }).readyAt !== undefined, null, {
    timeout: 120_000,
  });
  const figures = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    interactive: (window as unknown as { readyAt: number }).readyAt,
  }));
  await context.close();
  return { ...figures, tables: [...new Set(parquet)].sort() };
}

async function aloneOnce(browser: Browser, server: StaticServer, tables: string[]): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}_bench/index.html?data=/data/&tables=${tables.join(',')}`);
  await page.waitForFunction(() => document.body.dataset.readyAt || document.body.dataset.error, null, {
    timeout: 120_000,
  });
  const error = await page.evaluate(() => document.body.dataset.error);
  if (error) throw new Error(`DuckDB-WASM alone: ${error}`);
  const at = Number(await page.evaluate(() => document.body.dataset.readyAt));
  await context.close();
  return at;
}

/**
 * A member's page with their ledger open, so their branch's slice of the
 * ledger sits in DuckDB-WASM; then the year filter flips back and forth, each change timed
 * from the change event until the page reports its queries answered, every
 * chart has drawn its new data, and a frame has been painted. Changes are
 * 1.2 s apart, so each starts from a page at rest.
 */
async function filterChangesWithLedger(browser: Browser, server: StaticServer, siteDir: string, changes: number) {
  // The ledger rows in DuckDB-WASM are the member's branch slice (src/sql/branch-slices.ts), not the whole file.
  const [member] = await nativeQuery(
    siteDir,
    `SELECT m.member_id, m.org_id, any_value(i.row_count)::INT AS ledger_rows
     FROM members m JOIN points p USING (member_id) JOIN org_units u ON u.org_id = m.org_id
     JOIN points_index i ON i.org_id = u.branch_id
     GROUP BY m.member_id, m.org_id ORDER BY count(*) DESC, m.member_id LIMIT 1`,
  );
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(`${server.url}org/${encodeURIComponent(String(member.org_id))}/?member=${member.member_id}`);
  await page.waitForSelector('.dashboard[data-ready="true"] .ledger table', { timeout: 120_000 });
  const times = (await page.evaluate(`(${TIME_FILTER_CHANGES})(${Number(changes)})`)) as number[];
  await context.close();
  return { times, ledgerRows: Number(member.ledger_rows) };
}

/**
 * Runs in the page, so it is plain JavaScript text: the TypeScript loader would
 * wrap named functions in a helper that exists only in Node.
 */
const TIME_FILTER_CHANGES = `async (changes) => {
  const select = document.querySelector('select[name="year"]');
  const board = document.querySelector('.dashboard');
  if (!select || !board) throw new Error('no year filter on the page');
  const years = [...select.options].map((o) => o.value);
  if (years.length < 2) throw new Error('the bench data needs two years to flip between');
  const times = [];
  for (let i = 0; i < changes; i++) {
    // Each change from a page at rest, as a user's: the previous change's chart transitions (1 s) are over.
    await new Promise((r) => setTimeout(r, 1200));
    const done = new Promise((resolve) => {
      let wentBusy = false;
      // Done when the page has answered and every chart has drawn its new data (no data-pending left).
      const observer = new MutationObserver(() => {
        if (board.dataset.ready === 'false') wentBusy = true;
        if (wentBusy && board.dataset.ready === 'true' && !board.querySelector('[data-pending]')) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(board, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-pending'] });
    });
    const t0 = performance.now();
    select.value = years[(years.indexOf(select.value) + 1) % years.length];
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await done;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    times.push(performance.now() - t0);
  }
  return times;
}`;

/** Where the JavaScript is counted: the desktop layout the build draws its charts for, and a phone. */
const PAYLOAD_VIEWPORTS = { desktop: { width: 1920, height: 1080 }, phone: { width: 390, height: 844 } } as const;

/**
 * The JavaScript each kind of page loads (not the wasm), gzip-compressed as a server would send it, at each
 * of PAYLOAD_VIEWPORTS. Counted once the page has settled: a dashboard's answers in and its charts drawn, then
 * the network idle. Waiting for the network alone counted the DuckDB worker and ECharts or not as timing
 * had it; and the width decides ECharts: where the build's SVG fits (the desktop) it is not loaded at all.
 */
async function payloads(browser: Browser, server: StaticServer, siteDir: string) {
  const out = { desktop: {} as Record<string, number>, phone: {} as Record<string, number> };
  for (const [name, path] of [
    ['overview', ''],
    ['members', 'members/'],
    ['board', 'board/'],
    ['review', `review/${await latestYear(siteDir)}/`],
  ] as const) {
    for (const width of ['desktop', 'phone'] as const)
      out[width][name] = await pagePayload(browser, server, siteDir, path, PAYLOAD_VIEWPORTS[width]);
  }
  return out;
}

async function pagePayload(
  browser: Browser,
  server: StaticServer,
  siteDir: string,
  path: string,
  viewport: { width: number; height: number },
): Promise<number> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(
    () => {
      const board = document.querySelector('.dashboard');
      return !board || ((board as HTMLElement).dataset.ready === 'true' && !board.querySelector('[data-pending]'));
    },
    null,
    { timeout: 120_000 },
  );
  await page.waitForLoadState('networkidle');
  await context.close();
  let bytes = 0;
  for (const p of scripts) bytes += gzipSync(readFileSync(join(siteDir, decodeURIComponent(p)))).length;
  // Inline scripts in the page itself count too.
  const html = readFileSync(join(siteDir, path, 'index.html'), 'utf8');
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) bytes += gzipSync(m[1]).length;
  return Math.round(bytes / 102.4) / 10;
}

/** Three loads in one browser profile (cache on disk, as a user's): how many times the wasm crossed the network. */
async function wasmDownloads(server: StaticServer): Promise<number> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const before = server.requests.filter((r) => r.endsWith('.wasm') && !r.startsWith('/_bench/')).length;
  const context = await launchWithProfile(dir);
  try {
    const page = await context.newPage();
    for (const path of ['', 'members/', '']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForSelector('.dashboard[data-ready="true"]', { timeout: 120_000 });
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return server.requests.filter((r) => r.endsWith('.wasm') && !r.startsWith('/_bench/')).length - before;
}

async function latestYear(siteDir: string): Promise<number> {
  const [row] = await nativeQuery(siteDir, 'SELECT max(year) AS y FROM member_year_points');
  return Number(row.y);
}
