/**
 * Layout shift while a dashboard loads: each page opened in a fresh context, the layout-shift entries the
 * PerformanceObserver reports from the first paint (none after input) added up until the page has answered its
 * queries and half a second more. The sum over the whole load, not Chrome's 5 s session windows: a page that
 * moves in two bursts counts both. tests/e2e/dashboards.e2e.ts asserts it on every page it loads, in both languages,
 * and pages.e2e.ts on the longest-named branch's; `npm run bench` prints the largest over every dashboard at both
 * widths.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../tests/e2e/browser';
import { ready, watch } from '../tests/e2e/page-watch';
import { nativeQuery } from './bench-native';
import { serveStatic } from './static-server';

/** The most a dashboard may move while it loads (the browser tests' bound, Chrome's "good" is 0.1). */
export const LAYOUT_SHIFT_BOUND = 0.05;
/** A desktop and a phone. */
export const LAYOUT_VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const;

/** Every dashboard, with one organisation's page both pre-rendered and by its query (`org/?id=`). */
export const dashboardPaths = (org: string) => [
  '',
  'branches/',
  'members/',
  'topics/',
  'work/',
  `org/${encodeURIComponent(org)}/`,
  `org/?id=${encodeURIComponent(org)}`,
  'en/',
];

/** Records the page's layout shifts from its first paint into window.__shifts (call before goto). */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** What a page's layout has shifted so far, half a second after it is ready (a late chart's move counts). */
export async function layoutShiftOf(page: Page): Promise<number> {
  await page.waitForTimeout(500);
  return (await page.evaluate('window.__shifts.reduce((a, b) => a + b, 0)')) as number;
}

export interface PageShifts {
  /** Per path ('/' for the overview), rounded to 4 places. */
  readonly shifts: Record<string, number>;
  /** Console errors and warnings, page errors, per path where there were any. */
  readonly problems: Record<string, string[]>;
}

/** Each of `paths` under `siteUrl`, opened fresh at `viewport`, until ready; its layout shift. */
export async function layoutShifts(
  browser: Browser,
  siteUrl: string,
  paths: readonly string[],
  viewport: { width: number; height: number },
): Promise<PageShifts> {
  const out: PageShifts = { shifts: {}, problems: {} };
  for (const path of paths) {
    const context = await browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      await recordLayoutShifts(page);
      const w = watch(page, new URL(siteUrl).origin);
      await page.goto(new URL(path, siteUrl).href);
      await ready(page);
      out.shifts[path || '/'] = Math.round((await layoutShiftOf(page)) * 10000) / 10000;
      if (w.problems.length) out.problems[path || '/'] = w.problems;
    } finally {
      await context.close();
    }
  }
  return out;
}

/**
 * The branch whose pre-rendered page the bench opens: the one with the most members (the longest page), among
 * those the build gave a page (beyond 500 organisations only committees have one).
 */
async function branchWithPage(siteDir: string): Promise<string> {
  const pages = new Set(readdirSync(join(siteDir, 'org')));
  const rows = await nativeQuery(
    siteDir,
    `SELECT o.org_id FROM organizations o LEFT JOIN members m USING (org_id)
     WHERE o.type = '党支部' GROUP BY o.org_id ORDER BY count(m.member_id) DESC, o.org_id`,
  );
  const branch = rows.map((r) => String(r.org_id)).find((id) => pages.has(id));
  const org = branch ?? [...pages].filter((p) => p !== 'index.html').sort()[0];
  if (!org) throw new Error(`no organisation page in ${join(siteDir, 'org')}`);
  return org;
}

export interface LayoutShiftFigures {
  readonly layoutShiftMax: number;
  readonly bound: number;
  /** Where the largest was: `${width}px ${path}`. */
  readonly worst: string;
  readonly org: string;
  /** Per width in px, then per path. */
  readonly byWidth: Record<string, Record<string, number>>;
  readonly problems: Record<string, string[]>;
}

/** The largest layout shift over every dashboard of `siteDir` (built for the root path), at both widths. */
export async function layoutShiftMax(siteDir: string): Promise<LayoutShiftFigures> {
  const org = await branchWithPage(siteDir);
  const server = await serveStatic(siteDir);
  const browser = await launch();
  const byWidth: Record<string, Record<string, number>> = {};
  const problems: Record<string, string[]> = {};
  try {
    for (const viewport of LAYOUT_VIEWPORTS) {
      const r = await layoutShifts(browser, server.url, dashboardPaths(org), viewport);
      byWidth[viewport.width] = r.shifts;
      for (const [path, p] of Object.entries(r.problems)) problems[`${viewport.width}px ${path}`] = p;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const all = Object.entries(byWidth).flatMap(([width, s]) =>
    Object.entries(s).map(([path, v]) => ({ at: `${width}px ${path}`, v })),
  );
  const worst = all.reduce((a, b) => (b.v > a.v ? b : a));
  return { layoutShiftMax: worst.v, bound: LAYOUT_SHIFT_BOUND, worst: worst.at, org, byWidth, problems };
}
