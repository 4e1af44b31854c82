/**
 * Leadership pages that answer at a glance (issue 15), in headless Chromium over the sample site: the cards'
 * changes against SQL written here, a bar that opens its organisation with the filters kept, no layout shift
 * while a page loads, tables that say what they hold and sort, and a printed PDF that says which view it is.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dashboardPaths, LAYOUT_SHIFT_BOUND, LAYOUT_VIEWPORTS, layoutShifts } from '../../scripts/bench-layout';
import { type StaticServer, serveStatic } from '../../scripts/static-server';
import { queryParquet, tempDir } from '../helpers';
import { closeEveryContext, launch } from './browser';
import { cleanEnv, ROOT, SAMPLE_DATA, SAMPLE_DIST } from './global-setup';
import { ready, watch } from './page-watch';

let server: StaticServer;
let browser: Browser;
const sql = (text: string, params: (string | number)[] = []) => queryParquet(SAMPLE_DATA, text, params);

beforeAll(async () => {
  server = await serveStatic(SAMPLE_DIST);
  browser = await launch();
});
afterEach(() => closeEveryContext(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page opened in a fresh context, ready, with no console error. */
async function open(path: string, viewport = { width: 1920, height: 1080 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const w = watch(page, new URL(server.url).origin);
  await page.goto(new URL(path, server.url).href);
  await ready(page);
  expect(w.problems).toEqual([]);
  return page;
}

describe('the overview answers at a glance', () => {
  it('its cards show the change since the year and the period before, equal to SQL written here', async () => {
    const [latest] = await sql(`SELECT max(year)::INT AS year FROM member_ratings WHERE rating IS NOT NULL`);
    const year = Number(latest.year);
    const [q] = await sql(
      `SELECT period FROM branch_ratings WHERE period_kind = 'quarter' AND year(period_start) = ? ORDER BY period DESC LIMIT 2`,
      [year],
    );
    const [previous] = await sql(
      `SELECT period FROM branch_ratings WHERE period_kind = 'quarter' AND period < ? ORDER BY period DESC LIMIT 1`,
      [String(q.period)],
    );
    const ratio = async (y: number) =>
      Number(
        (
          await sql(
            `SELECT count(*) FILTER (WHERE rating = '优秀') / count(rating) AS r FROM member_ratings WHERE year = ?`,
            [y],
          )
        )[0].r,
      );
    const score = async (p: string) =>
      Number((await sql(`SELECT avg(score100) AS s FROM branch_ratings WHERE period = ?`, [p]))[0].s);
    const page = await open(`?year=${year}&period=${q.period}`);
    const change = (kpi: string) =>
      page.$eval(`[data-kpi="${kpi}"] .change`, (e) => [Number(e.getAttribute('data-change')), e.textContent]);
    const [ratioChange, ratioText] = await change('excellent_ratio');
    expect(ratioChange).toBeCloseTo(Math.round(((await ratio(year)) - (await ratio(year - 1))) * 1000) / 10, 6);
    expect(ratioText).toContain(`较${year - 1}年`);
    const [scoreChange] = await change('avg_score');
    expect(scoreChange).toBeCloseTo(
      Math.round(((await score(String(q.period))) - (await score(String(previous.period)))) * 10) / 10,
      6,
    );
    // The ratio's state in words, against the cap the rules set.
    const [cap] = await sql('SELECT excellent_cap AS c FROM rule_params');
    const state = await page.$eval('[data-kpi="excellent_ratio"] .state', (e) => e.getAttribute('data-state'));
    const share = (await ratio(year)) / Number(cap.c);
    expect(state).toBe(share > 1 ? 'overCap' : share >= 0.9 ? 'nearCap' : 'belowCap');
  });

  it('its ranking says each score, band and places gained, and a bar opens its organisation, filters kept', async () => {
    const [q] = await sql(
      `SELECT period FROM branch_ratings WHERE period_kind = 'quarter' ORDER BY period DESC LIMIT 1 OFFSET 1`,
    );
    const period = String(q.period);
    const year = Number(period.slice(0, 4));
    const [first] = await sql(
      `SELECT b.org_id, o.name, b.score100, b.rating FROM branch_ratings b JOIN organizations o USING (org_id)
       WHERE b.period = ? ORDER BY b.score100 DESC, b.org_id LIMIT 1`,
      [period],
    );
    const page = await open(`?year=${year}&period=${period}`);
    const chart = page.locator('#ranking .chart');
    await chart.hover(); // the live chart takes over the build's SVG
    await page.waitForSelector('#ranking .chart:not([data-pending]) svg');
    const labels = await page.$$eval('#ranking .chart svg text', (ts) => ts.map((t) => t.textContent ?? ''));
    expect(labels.some((l) => l.startsWith(`${Number(first.score100).toFixed(1)} · ${first.rating}`))).toBe(true);
    const box = await chart.boundingBox();
    if (!box) throw new Error('no chart');
    // The first bar: the top row of the horizontal chart, right of the name column.
    await Promise.all([
      page.waitForURL(/\/org\//),
      page.mouse.click(box.x + 260, box.y + 16 + (box.height - 40) / 21 / 2 + 2),
    ]);
    const url = new URL(page.url());
    expect(decodeURIComponent(url.pathname + url.search)).toContain(String(first.org_id));
    expect(url.searchParams.get('year')).toBe(String(year));
    expect(url.searchParams.get('period')).toBe(period);
    await ready(page);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe(first.name);
  });
});

describe('pages do not move while they load', () => {
  // Measured by scripts/bench-layout.ts, as `npm run bench` measures it. Every dashboard's own page is measured
  // where dashboards.e2e.ts loads it; here, the branch with the longest name, pre-rendered and by ?id=: on a
  // phone its name, arriving after the first paint on org/?id=, is the one most likely to move what follows it.
  for (const viewport of LAYOUT_VIEWPORTS)
    it(`cumulative layout shift at most ${LAYOUT_SHIFT_BOUND} on the longest-named branch's page at ${viewport.width} px`, async () => {
      const [{ org_id }] = await sql(
        `SELECT org_id FROM organizations WHERE type = '党支部' ORDER BY length(name) DESC, org_id LIMIT 1`,
      );
      const paths = dashboardPaths(String(org_id)).filter((p) => p.startsWith('org/'));
      expect(paths).toHaveLength(2);
      const { shifts, problems } = await layoutShifts(browser, server.url, paths, viewport);
      console.log(`layout shift at ${viewport.width} px: ${JSON.stringify(shifts)}`);
      expect(problems).toEqual({});
      expect(Object.keys(shifts)).toEqual(paths);
      for (const value of Object.values(shifts)) expect(value).toBeLessThanOrEqual(LAYOUT_SHIFT_BOUND);
    });
});

describe('tables say what they hold', () => {
  it('count their rows, sort by a column and back, and on a phone bring their other columns on request', async () => {
    const page = await open('branches/');
    const report = page.locator('#report');
    const [{ n }] = await sql(
      `SELECT count(*)::INT AS n FROM branch_ratings WHERE period = (SELECT max(period) FROM branch_ratings WHERE period_kind = 'quarter')`,
    );
    expect(await report.locator('.pager').getAttribute('data-total')).toBe(String(n));
    const names = () => report.locator('tbody tr td:nth-child(2)').allTextContents();
    const asAnswered = await names();
    await report.locator('th button', { hasText: '名称' }).click();
    const sorted = await names();
    expect(sorted).toEqual([...asAnswered].sort(new Intl.Collator('zh-CN', { numeric: true }).compare));
    expect(await report.locator('th[aria-sort="ascending"]').count()).toBe(1);
    await report.locator('th button', { hasText: '名称' }).click(); // descending
    expect(await names()).toEqual([...sorted].reverse());
    await report.locator('th button', { hasText: '名称' }).click(); // as answered again
    expect(await names()).toEqual(asAnswered);
    await page.context().close();

    const phone = await open('branches/', { width: 390, height: 844 });
    const table = phone.locator('#report');
    const visible = () => table.locator('thead th:visible').count();
    const all = await table.locator('thead th').count();
    expect(await visible()).toBeLessThan(all);
    await table.locator('.cols-toggle').click();
    expect(await visible()).toBe(all);
    await phone.context().close();
  });
});

describe('members who need attention (后进党员)', () => {
  it('are counted per branch on the members page and listed with reasons on the branch page, as SQL here says', async () => {
    const year = Number((await sql('SELECT max(year)::INT AS y FROM member_year_points'))[0].y);
    // Below the base score, no bonus all year, or a single deduction at least the rules' major deduction.
    const flags = `(y.total < y.base OR y.bonus = 0 OR y.largest_deduction >= (SELECT major_deduction FROM rule_params))`;
    const perBranch = await sql(
      `SELECT u.branch_id, count(*)::INT AS n FROM member_year_points y JOIN org_units u ON u.org_id = y.org_id
       WHERE y.year = ? AND ${flags} GROUP BY u.branch_id`,
      [year],
    );
    const page = await open(`members/?year=${year}`);
    const shown = await page.$$eval('#attention tbody tr', (trs) =>
      trs.map((tr) => [tr.querySelector('a')?.getAttribute('href') ?? '', tr.children[1].textContent ?? '']),
    );
    const expected = new Map(perBranch.map((r) => [String(r.branch_id), Number(r.n)]));
    expect(shown.length).toBe(expected.size);
    for (const [href, n] of shown) {
      const id = decodeURIComponent(/org\/([^/?]+)/.exec(href)?.[1] ?? /id=([^&]+)/.exec(href)?.[1] ?? '');
      expect(Number(n.replace(/,/g, ''))).toBe(expected.get(id));
    }
    await page.context().close();
    // The branch with the most: its page lists them, each with its reasons in words.
    const [top] = [...expected.entries()].sort((a, b) => b[1] - a[1]);
    const branch = await open(`org/?id=${encodeURIComponent(top[0])}&year=${year}`);
    const rows = await branch.$$eval('#attention tbody tr', (trs) => trs.map((tr) => tr.children[2].textContent ?? ''));
    expect(rows.length).toBe(top[1]);
    for (const reasons of rows) expect(reasons).toMatch(/低于基础分|全年无加分|有重大扣分/);
    await branch.context().close();
  });

  it('are never in a public build: no panel, and its table written empty', async () => {
    const { HOSTILE_DATA, HOSTILE_DIST, HOSTILE_BASE } = await import('./global-setup');
    const [{ n }] = await queryParquet(HOSTILE_DATA, 'SELECT count(*)::INT AS n FROM listed_attention');
    expect(n).toBe(0);
    const publicServer = await serveStatic(HOSTILE_DIST, HOSTILE_BASE);
    try {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await page.goto(new URL('members/', publicServer.url).href);
      await ready(page);
      expect(await page.locator('#attention').count()).toBe(0);
      expect(await page.locator('#ratio').count()).toBe(1); // the page itself is there
      await context.close();
    } finally {
      await publicServer.close();
    }
  });
});

describe('print and PDF', () => {
  it('npm run pdf writes a dashboard whose pages carry the title, the view and page numbers', () => {
    const out = join(tempDir('djd-pdf-'), '党员积分.pdf');
    const args = ['--import', 'tsx', 'scripts/pdf.ts', '--dist', SAMPLE_DIST, '--page', 'members', '--out', out];
    execFileSync(process.execPath, args, { cwd: ROOT, env: cleanEnv(), stdio: 'pipe' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(1);
    const first = execFileSync('pdftotext', ['-l', '1', '-layout', out, '-'], { encoding: 'utf8' });
    expect(first).toContain('党员积分');
    expect(first).toMatch(/市分公司党委 · \d{4}年度 · 数据截至 \d{4}-\d{2}-\d{2}/);
    // The page number "1 / 8" (pdftotext writes it without its spaces).
    expect(first).toMatch(new RegExp(`\\b1\\s*/\\s*${pages}\\b`));
    const last = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), '-layout', out, '-'], {
      encoding: 'utf8',
    });
    // Every page says which view it is, not only the first.
    expect(last).toMatch(/基层党建数据看板 · 党员积分 · 市分公司党委/);
    expect(last).toMatch(new RegExp(`\\b${pages}\\s*/\\s*${pages}\\b`));
    // Run again over it: the file is kept unless --force says otherwise.
    const before = readFileSync(out);
    const again = spawnSync(process.execPath, [...args, '--org', 'B003'], {
      cwd: ROOT,
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('已存在，未覆盖');
    expect(readFileSync(out).equals(before)).toBe(true);
    const forced = spawnSync(process.execPath, [...args, '--org', 'B003', '--force'], { cwd: ROOT, env: cleanEnv() });
    expect(forced.status).toBe(0);
    expect(readFileSync(out).equals(before)).toBe(false);
  });
});
