/**
 * The dashboards in headless Chromium: every page's figures equal the same
 * figures computed by native DuckDB over the Parquet (with SQL written here,
 * not the site's), filters drive the URL and back/forward, the first view is
 * in the HTML before any script, and nothing is fetched from another origin.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_SHIFT_BOUND, layoutShiftOf, recordLayoutShifts } from '../../scripts/bench-layout';
import { type StaticServer, serveStatic } from '../../scripts/static-server';
import { REDRAW_AT } from '../../src/charts/layout';
import { WARM_UP_ROUNDS } from '../../src/client/warm-up';
import { LOADING_SHOWN_AFTER_MS } from '../../src/components/useLate';
import { DASHBOARDS } from '../../src/dashboards';
import { branches } from '../../src/dashboards/branches';
import type { FirstView } from '../../src/dashboards/first-view';
import { queryParquet } from '../helpers';
import { closeEveryContext, launch } from './browser';
import { ROOT, SAMPLE_DATA, SAMPLE_DIST } from './global-setup';
import { ready, type Watch, watch } from './page-watch';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
let server: StaticServer;
let browser: Browser;
const sql = (text: string, params: (string | number)[] = []) => queryParquet(SAMPLE_DATA, text, params);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(SAMPLE_DIST);
  browser = await launch();
});
afterEach(() => closeEveryContext(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport = { width: 1920, height: 1080 }): Promise<{ page: Page; w: Watch }> {
  const page = await browser.newPage({ viewport });
  const w = watch(page, new URL(server.url).origin);
  await page.goto(new URL(path, server.url).href);
  await ready(page);
  return { page, w };
}

const kpis = (page: Page) =>
  page.$$eval('[data-kpi]', (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-kpi'), e.getAttribute('data-value')])),
  );

/** Headline figures computed independently: from member ratings, ratings per period, raw meetings. */
async function expectedKpis(year: number, org: string, period: string) {
  const sub = `(WITH RECURSIVE t(id) AS (SELECT CAST(? AS VARCHAR) UNION ALL SELECT o.org_id FROM organizations o JOIN t ON o.parent_id = t.id) SELECT id FROM t)`;
  const [r] = await sql(
    `SELECT
      (SELECT count(*)::INT FROM organizations WHERE org_id IN ${sub} AND type IN ('党支部','党总支','党工委')) AS branches,
      (SELECT count(*)::INT FROM members WHERE org_id IN ${sub}) AS members,
      (SELECT count(*) FILTER (WHERE rating = '优秀') / count(rating) FROM member_ratings WHERE year = ? AND org_id IN ${sub}) AS ratio,
      (SELECT avg(score100) FROM branch_ratings WHERE period = ? AND org_id IN ${sub}) AS avg_score`,
    [org, org, year, org, period, org],
  );
  return r;
}

/** The default view's year and period, from the data: the latest year and its last quarter. */
async function defaultView(): Promise<{ year: number; period: string }> {
  const [{ year }] = await sql('SELECT max(year)::INT AS year FROM member_year_points');
  const [{ period }] = await sql(
    `SELECT period FROM branch_ratings WHERE period_kind = 'quarter' AND year(period_start) = ? ORDER BY period_start DESC LIMIT 1`,
    [Number(year)],
  );
  return { year: Number(year), period: String(period) };
}

const PAGES = [
  ['overview', ''],
  ['branches', 'branches/'],
  ['members', 'members/'],
  ['topics', 'topics/'],
  ['work', 'work/'],
  ['org-branch', 'org/B003/'],
  ['org-group', 'org/B003-G1/'],
  ['report', 'report/'],
  ['overview-en', 'en/'],
  ['topics-en', 'en/topics/'],
  ['members-en', 'en/members/'],
  ['work-en', 'en/work/'],
  ['branches-en', 'en/branches/'],
  ['org-en', 'en/org/B003/'],
] as const;

/**
 * The texts of the charts on show that run past their drawing's left or right edge (the SVG cuts them): a
 * bar's end label, a name. The drawings hidden for the other width are not on show, nor a scrolling
 * legend's other pages (clipped on purpose, its pager shown).
 */
const cutTexts = (page: Page) =>
  page.$$eval('.panel > .chart svg', (svgs) =>
    svgs
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.width > 0 && !t.closest('[clip-path]') && (r.right > box.right + 1 || r.left < box.left - 1);
          })
          .map((t) => t.textContent ?? '');
      }),
  );

/**
 * The tables that run past their box on a phone (the rest scroll out of sight): a data table's phone columns
 * must fit ("show all" brings the others, scrolled sideways), and the report's tables stack a row a block.
 */
const overflowingTables = (page: Page) =>
  page.$$eval('.table-wrap.phone-cols:not(.all-cols), .table-wrap.stack', (wraps) => {
    // A chart's data table is folded until asked for: opened, as a reader would.
    for (const d of document.querySelectorAll('details')) d.open = true;
    return wraps
      .filter((w) => w.checkVisibility())
      .filter((w) => (w.querySelector('table')?.scrollWidth ?? 0) > w.clientWidth + 1)
      .map((w) => `${w.closest('section')?.id ?? '?'} ${w.querySelector('table')?.scrollWidth}/${w.clientWidth}`);
  });

/** Ids, dates and periods in a phone's tables broken over two lines ("T05-" over "2"): their texts. */
const brokenTokens = (page: Page) =>
  page.$$eval('.table-wrap.phone-cols td.token', (cells) =>
    cells
      .filter((td) => td.checkVisibility())
      .filter((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size > 1;
      })
      .map((td) => td.textContent ?? ''),
  );

/** Short words in a phone's table cells broken over two lines (李思/远, 队伍建/设): their texts. */
const brokenShortWords = (page: Page) =>
  page.$$eval('.table-wrap.phone-cols:not(.all-cols) td:not(.n)', (cells) =>
    cells
      .filter((td) => td.checkVisibility())
      .filter((td) => /^[\u4e00-\u9fff]{2,4}$/.test((td.textContent ?? '').trim()))
      .filter((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size > 1;
      })
      .map((td) => td.textContent ?? ''),
  );

const isECharts = (url: string) => /\/echarts\.[^/]*\.js$/.test(new URL(url).pathname);
/** Each chart's width on screen against the width of the drawing it shows (the one not hidden). */
const fits = (page: Page) =>
  page.$$eval('.panel > .chart', (charts) =>
    charts.map((c) => {
      const shown = [...c.querySelectorAll(':scope > svg')].filter((s) => getComputedStyle(s).display !== 'none');
      return { width: c.clientWidth, drawn: shown.map((s) => Number(s.getAttribute('width'))) };
    }),
  );
/** Where the first paint (src/charts/layout.ts) is checked: the pages with the most charts, on the loads below. */
const FIRST_PAINT = new Set(['overview', 'members']);

/** Without script: the build's page shows one drawing per chart, the one for this width. */
async function buildDrawings(path: string, viewport: { width: number; height: number }) {
  const still = await browser.newContext({ viewport, javaScriptEnabled: false });
  const plain = await still.newPage();
  await plain.goto(new URL(path, server.url).href);
  const before = await fits(plain);
  await still.close();
  expect(before.length, path).toBeGreaterThan(2);
  for (const c of before) {
    expect(c.drawn, path).toHaveLength(1);
    expect(Math.abs(c.width - c.drawn[0]) / c.drawn[0], path).toBeLessThanOrEqual(REDRAW_AT);
  }
  return before;
}

describe('every page', () => {
  it.each(PAGES)(
    `%s: loads with no console error and no request to another origin, moving at most ${LAYOUT_SHIFT_BOUND}; screenshots (overview, members: keeps the build’s drawing of each chart, ECharts only on touch)`,
    async (name, path) => {
      for (const [label, viewport] of [
        ['desktop', { width: 1920, height: 1080 }],
        ['phone', { width: 390, height: 844 }],
      ] as const) {
        const firstPaint = FIRST_PAINT.has(name) ? await buildDrawings(path, viewport) : null;
        const page = await browser.newPage({ viewport });
        const w = watch(page, new URL(server.url).origin);
        const echarts: string[] = [];
        page.on('request', (r) => {
          if (isECharts(r.url())) echarts.push(r.url());
        });
        await recordLayoutShifts(page);
        await page.goto(new URL(path, server.url).href);
        if (name !== 'report') {
          await ready(page);
          // Its layout shift as `npm run bench` measures it (scripts/bench-layout.ts), read before the full-page
          // screenshot resizes the page. One load serves every check here: each fresh load costs seconds of CI.
          expect(await layoutShiftOf(page), `${name} ${label}`).toBeLessThanOrEqual(LAYOUT_SHIFT_BOUND);
        }
        if (firstPaint) {
          // With script: the island keeps the build's drawing, and no chart needed ECharts to be drawn again.
          await page.waitForLoadState('networkidle');
          expect(
            (await fits(page)).map((c) => c.drawn),
            `${name} ${label}`,
          ).toEqual(firstPaint.map((c) => c.drawn));
          expect(echarts, `${name} ${label}`).toEqual([]);
        }
        // Every label whole: fixed room past the bars fitted Chinese labels and cut English ones on a phone.
        expect(await cutTexts(page), `${name} ${label}`).toEqual([]);
        if (firstPaint) {
          // A pointer on a chart wants its tooltip: ECharts comes then, and draws the chart live. Before the
          // screenshot: a full-page one resizes the page, and a resize draws the charts live too.
          const loaded = page.waitForRequest((r) => isECharts(r.url()));
          await page.hover('.panel > .chart');
          await loaded;
          await page.mouse.move(0, 0);
          await page.evaluate(() => window.scrollTo(0, 0)); // the hover scrolled to the chart
        }
        await page.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage: label === 'desktop' });
        if (label === 'phone') {
          expect(await overflowingTables(page), `${name} ${label}`).toEqual([]);
          expect(await brokenTokens(page), `${name} ${label}`).toEqual([]);
          expect(await brokenShortWords(page), `${name} ${label}`).toEqual([]);
        }
        expect(w.problems, `${name} ${label}`).toEqual([]);
        expect(w.foreign, `${name} ${label}`).toEqual([]);
        await page.close();
      }
    },
  );
});

describe('figures equal native DuckDB', () => {
  it('overview headline figures, default view', async () => {
    const { page } = await open('');
    const { year, period } = await defaultView();
    const expected = await expectedKpis(year, 'C001', period);
    const shown = await kpis(page);
    expect(Number(shown.branches)).toBe(expected.branches);
    expect(Number(shown.members)).toBe(expected.members);
    expect(Number(shown.excellent_ratio)).toBeCloseTo(Number(expected.ratio), 12);
    expect(Number(shown.avg_score)).toBeCloseTo(Number(expected.avg_score), 12);
    await page.close();
  });

  it('the one org page answers for ?id= as a pre-rendered org page does (a group’s unlisted organisations)', async () => {
    // At group scale only the committees have pages of their own; every other organisation opens here.
    const { page, w } = await open('org/?id=B003');
    const { year, period } = await defaultView();
    const expected = await expectedKpis(year, 'B003', period);
    const shown = await kpis(page);
    expect(Number(shown.members)).toBe(expected.members);
    expect(Number(shown.excellent_ratio)).toBeCloseTo(Number(expected.ratio), 12);
    const [{ name }] = await sql(`SELECT name FROM organizations WHERE org_id = 'B003'`);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe(name);
    // Its breadcrumbs lead back to the committee; the members table lists the branch's members.
    expect(await page.$$eval('.crumbs a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(['/']);
    const rows = await page.$$eval('#members table tbody tr', (trs) => trs.length);
    expect(rows).toBe(expected.members);
    // A year change keeps the organisation in the URL.
    await page.selectOption('select[name="year"]', String(year - 1));
    await page.waitForURL(/id=B003/);
    await ready(page);
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(year - 1));
    expect(w.problems).toEqual([]);
    await page.close();
  });

  it('branch ranking table equals the scores summed from the assessment rows', async () => {
    const { page } = await open('branches/');
    const period = await page.$eval('select[name="period"]', (s) => (s as HTMLSelectElement).value);
    const rows = await page.$$eval('#ranking table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    // Cells by their column's heading: the table's columns may be reordered without this test reading another.
    const heads = await page.$$eval('#ranking table thead th', (ths) => ths.map((th) => th.textContent?.trim()));
    const [name, score] = [heads.indexOf('名称'), heads.indexOf('百分制得分')];
    expect(Math.min(name, score)).toBeGreaterThanOrEqual(0);
    const expected = await sql(
      `SELECT o.name, sum(a.score) * 100.0 / sum(a.max_score) AS s FROM assessments a JOIN organizations o USING (org_id)
       WHERE a.period = ? GROUP BY o.name ORDER BY s DESC, any_value(a.org_id)`,
      [period],
    );
    expect(rows.map((r) => r[name])).toEqual(expected.map((e) => e.name));
    expect(rows.map((r) => Number(r[score]))).toEqual(expected.map((e) => Math.round(Number(e.s) * 10) / 10));
    await page.close();
  });

  it('members page: each branch ratio equals excellent / rated counted from member ratings', async () => {
    const { page } = await open('members/');
    // Read by header, not by position: the columns a table has are the page's to choose.
    const { head, rows } = await page.$eval('#ratio table', (table) => ({
      head: [...table.querySelectorAll(':scope > thead > tr > th')].map((th) => th.textContent?.trim() ?? ''),
      rows: [...table.querySelectorAll(':scope > tbody > tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent),
      ),
    }));
    const at = (label: string) => {
      const k = head.indexOf(label);
      expect(k, `${label} in ${head.join(' | ')}`).toBeGreaterThanOrEqual(0);
      return k;
    };
    const [name, excellentAt, suggested, rated] = ['名称', '优秀', '其中按积分建议', '参评人数'].map(at);
    const expected = await sql(
      `SELECT b.name, count(*) FILTER (WHERE r.rating = '优秀')::INT AS e,
         count(*) FILTER (WHERE r.rating = '优秀' AND r.rating_source = 'suggested')::INT AS s, count(r.rating)::INT AS n
       FROM member_ratings r JOIN organizations b ON b.org_id = r.branch_id
       WHERE r.year = (SELECT max(year) FROM member_ratings) GROUP BY b.name`,
    );
    expect(rows.length).toBe(expected.length);
    for (const row of rows) {
      const e = expected.find((x) => x.name === row[name]);
      expect(e, String(row[name])).toBeDefined();
      expect([row[excellentAt], row[suggested], row[rated]].map(Number)).toEqual([e?.e, e?.s, e?.n]);
    }
    // The sample has branches whose excellent are in part only suggested: the column is not all zeros.
    expect(rows.some((r) => Number(r[suggested]) > 0)).toBe(true);
    // The ratings and the honour roll (read from tables aggregated per listed organisation) against the members'.
    const cells = (id: string) =>
      page.$$eval(`#${id} table tbody tr`, (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
      );
    const ratings = await sql(
      `SELECT count(*) FILTER (WHERE rating_source = 'recorded')::INT AS recorded,
         count(*) FILTER (WHERE rating_source = 'suggested')::INT AS suggested
       FROM member_ratings WHERE year = (SELECT max(year) FROM member_ratings) AND rating = '优秀'`,
    );
    const excellent = (await cells('ratings')).find((r) => r[0] === '优秀');
    expect(excellent?.slice(1).map(Number)).toEqual([ratings[0].recorded, ratings[0].suggested]);
    // The honour roll: every member the evaluation rated excellent (not those suggested from points), whole.
    const honours = await sql(
      `SELECT m.name FROM member_ratings r JOIN members m USING (member_id)
       WHERE r.year = (SELECT max(year) FROM member_ratings) AND r.rating = '优秀' AND r.rating_source = 'recorded'
       ORDER BY r.total DESC, r.member_id`,
    );
    expect(honours.length).toBeGreaterThan(60); // the roll used to stop at 60
    const shownHonours = await cells('honours');
    expect(shownHonours.map((r) => r[0])).toEqual(honours.slice(0, 100).map((h) => h.name));
    expect(shownHonours.every((r) => r[3] === '评定')).toBe(true);
    await page.close();
  });

  it('topics funnel and work areas equal counts from the source tables', async () => {
    const { page } = await open('topics/');
    const funnel = await page.$$eval('#funnel table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    const stages = await sql(
      `SELECT stage, count(*) FILTER (WHERE parent_id IS NULL)::INT AS t, count(*) FILTER (WHERE parent_id IS NOT NULL)::INT AS s FROM topics GROUP BY stage`,
    );
    for (const row of funnel) {
      const e = stages.find((x) => x.stage === row[0]) ?? { t: 0, s: 0 };
      expect([Number(row[1]), Number(row[2])], String(row[0])).toEqual([e.t, e.s]);
    }
    await page.close();
    const work = await open('work/');
    const areas = await work.page.$$eval('#byArea table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    const [{ asof }] = await sql('SELECT CAST(as_of AS VARCHAR) AS asof FROM rule_params');
    const expected = await sql(
      `SELECT area, count(*) FILTER (WHERE done_on IS NOT NULL AND done_on <= due_on)::INT AS ontime,
         count(*) FILTER (WHERE done_on IS NULL AND due_on < CAST(? AS DATE))::INT AS overdue
       FROM tasks WHERE year(due_on) = (SELECT max(year) FROM member_year_points) GROUP BY area`,
      [String(asof)],
    );
    expect(areas.length).toBe(expected.length);
    for (const row of areas) {
      const e = expected.find((x) => x.area === row[0]);
      expect([Number(row[1]), Number(row[3])], String(row[0])).toEqual([e?.ontime, e?.overdue]);
    }
    // Meetings held per type, and the overdue list, against the meetings and the tasks themselves.
    const table = (id: string) =>
      work.page.$$eval(`#${id} table tbody tr`, (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
      );
    const held = await sql(
      `SELECT type, count(*)::INT AS n FROM meetings WHERE year(date) = (SELECT max(year) FROM member_year_points)
       GROUP BY type ORDER BY type`,
    );
    const shownHeld = (await table('meetingTypes')).map((r) => [r[0], Number(r[1].replace(/,/g, ''))]);
    expect(shownHeld).toEqual(held.map((h) => [h.type, h.n]));
    const overdue = await sql(
      `SELECT task_id FROM tasks WHERE done_on IS NULL AND due_on < CAST(? AS DATE)
         AND year(due_on) = (SELECT max(year) FROM member_year_points) ORDER BY due_on, task_id LIMIT 100`,
      [String(asof)],
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect((await table('overdueTasks')).map((r) => r[0])).toEqual(overdue.map((o) => o.task_id));
    // The list says how many are overdue in all, and how many it shows.
    const [{ n: allOverdue }] = await sql(
      `SELECT count(*)::INT AS n FROM tasks WHERE done_on IS NULL AND due_on < CAST(? AS DATE)
         AND year(due_on) = (SELECT max(year) FROM member_year_points)`,
      [String(asof)],
    );
    // Cut, the list says so above it; whole, its table's count says how many (not said twice).
    const said = await work.page.$$eval('#overdueTasks .summary', (es) => es.map((e) => e.textContent));
    const count = await work.page.$eval('#overdueTasks .table-wrap', (e) => e.textContent ?? '');
    if (Number(allOverdue) > overdue.length)
      expect(said).toEqual([`共 ${allOverdue} 项 · 显示前 ${overdue.length} 项`]);
    else {
      expect(said).toEqual([]);
      expect(count).toContain(`共 ${allOverdue} 行`);
    }
    await work.page.close();
  });
});

describe('filters and the URL', () => {
  it('changing the year updates the figures, the charts and the URL; back and forward work', async () => {
    const { page, w } = await open('');
    const before = await kpis(page);
    const chartBefore = await page.$eval('#pointsTrend .chart', (el) => el.innerHTML);
    await page.selectOption('select[name="year"]', '2024');
    await page.waitForURL(/\?year=2024/);
    await ready(page);
    const after = await kpis(page);
    expect(after.excellent_ratio).not.toBe(before.excellent_ratio);
    const [{ period }] = await sql(`SELECT max(period) AS period FROM branch_ratings WHERE period LIKE '2024Q%'`);
    const expected = await expectedKpis(2024, 'C001', String(period));
    expect(Number(after.excellent_ratio)).toBeCloseTo(Number(expected.ratio), 12);
    expect(Number(after.avg_score)).toBeCloseTo(Number(expected.avg_score), 12);
    expect(await page.$eval('#pointsTrend .chart', (el) => el.innerHTML)).not.toBe(chartBefore);
    await page.goBack();
    await page.waitForURL((u) => u.search === '');
    await ready(page);
    expect((await kpis(page)).excellent_ratio).toBe(before.excellent_ratio);
    await page.goForward();
    await page.waitForURL(/\?year=2024/);
    await ready(page);
    expect((await kpis(page)).excellent_ratio).toBe(after.excellent_ratio);
    expect(w.problems).toEqual([]);
    await page.close();
  });

  it('a URL with filters reproduces the view', async () => {
    const { page } = await open('?year=2024&org=B003&period=2024Q2');
    expect(await page.$eval('select[name="org"]', (s) => (s as HTMLSelectElement).value)).toBe('B003');
    const shown = await kpis(page);
    const expected = await expectedKpis(2024, 'B003', '2024Q2');
    expect(Number(shown.members)).toBe(expected.members);
    expect(Number(shown.excellent_ratio)).toBeCloseTo(Number(expected.ratio), 12);
    expect(Number(shown.avg_score)).toBeCloseTo(Number(expected.avg_score), 12);
    await page.close();
  });

  it('values in the URL that name nothing fall back to the defaults', async () => {
    const { page, w } = await open('?year=1999&org=%27%3B%20DROP%20TABLE%20members%3B--&period=x');
    const shown = await kpis(page);
    expect(Number(shown.members)).toBe(792);
    expect(w.problems).toEqual([]);
    await page.close();
  });

  it('drills from a branch to a member: the ledger equals the member’s rows, read from its branch slice', async () => {
    const { page } = await open('org/B003/');
    const from = server.served.length;
    const link = page.locator('#members table tbody tr:first-child td:first-child a');
    const name = await link.textContent();
    await link.click();
    await page.waitForURL(/member=/);
    const member = new URL(page.url()).searchParams.get('member') ?? '';
    const [{ n }] = await sql(`SELECT count(*)::INT AS n FROM points WHERE member_id = ? AND year(date) = 2025`, [
      member,
    ]);
    expect(Number(n)).toBeGreaterThan(0);
    // The ledger is queried after the click; wait for it rather than sample it once.
    await expect.poll(() => page.$$eval('.ledger table tbody tr', (trs) => trs.length), { timeout: 20_000 }).toBe(n);
    expect(await page.$eval('.ledger h2', (h) => h.textContent)).toContain(name ?? '?');
    // The ledger file is read by byte ranges (its footer, then the branch's row groups), never fetched whole.
    const ledger = server.served.slice(from).filter((s) => s.path.endsWith('/points.parquet'));
    expect(ledger.length).toBeGreaterThan(0);
    expect(ledger.every((s) => s.range)).toBe(true);
    await page.close();
  });

  it('a committee’s page lists its whole subtree’s members, read as one run of the member tables', async () => {
    // A second-tier committee where the data has one (the group), else the root (the sample).
    const [{ org_id: org }] = await sql(
      `SELECT org_id FROM organizations WHERE type = '党委' ORDER BY parent_id IS NULL, org_id LIMIT 1`,
    );
    const [{ n }] = await sql(
      `WITH RECURSIVE t(id) AS (SELECT CAST(? AS VARCHAR) UNION ALL SELECT o.org_id FROM organizations o JOIN t ON o.parent_id = t.id)
       SELECT count(*)::INT AS n FROM members WHERE org_id IN (SELECT id FROM t)`,
      [String(org)],
    );
    const from = server.served.length;
    // The root has no org page of its own (it is the overview's): the one org page answers for it.
    const own = existsSync(join(SAMPLE_DIST, 'org', String(org)));
    const { page, w } = await open(own ? `org/${org}/` : `org/?id=${org}`);
    const pager = await page.$('#members .pager span');
    const shown = pager
      ? Number((await pager.textContent())?.match(/共 ([\d,]+) 行/)?.[1].replace(/,/g, ''))
      : await page.$$eval('#members table tbody tr', (trs) => trs.length);
    expect(shown).toBe(n);
    // Its children's figures, against SQL that walks the tree by parent_id (the page reads org_paths).
    const year = await page.$eval('select[name="year"]', (s) => (s as HTMLSelectElement).value);
    // Head counts from the members table (the roster); the year's average total and excellent members.
    const children = await sql(
      `WITH RECURSIVE t(child, id) AS (SELECT org_id, org_id FROM organizations WHERE parent_id = ?
         UNION ALL SELECT t.child, o.org_id FROM organizations o JOIN t ON o.parent_id = t.id),
       ym AS (SELECT t.child, p.member_id, p.total FROM t JOIN members m ON m.org_id = t.id
              JOIN member_year_points p ON p.member_id = m.member_id AND p.year = ?),
       heads AS (SELECT t.child, count(*)::INT AS n FROM t JOIN members m ON m.org_id = t.id GROUP BY t.child)
       SELECT c.name, coalesce(any_value(h.n), 0)::INT AS members, avg(ym.total) AS avg_total,
         (count(r.member_id) FILTER (WHERE r.rating = '优秀'))::INT AS excellent
       FROM organizations c LEFT JOIN ym ON ym.child = c.org_id LEFT JOIN heads h ON h.child = c.org_id
       LEFT JOIN member_ratings r ON r.member_id = ym.member_id AND r.year = ?
       WHERE c.parent_id = ? GROUP BY c.org_id, c.name ORDER BY avg_total DESC NULLS LAST, c.org_id`,
      [String(org), Number(year), Number(year), String(org)],
    );
    expect(children.length).toBeGreaterThan(1);
    await page.click('#children summary');
    const rows = await page.$$eval('#children table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
    const number = (text: string) => Number(text.replace(/,/g, ''));
    expect(rows.map((r) => [r[0], number(r[2]), number(r[4])])).toEqual(
      children.map((c) => [c.name, c.members, c.excellent]),
    );
    rows.forEach((r, i) => {
      expect(Math.abs(number(r[3]) - Number(children[i].avg_total))).toBeLessThanOrEqual(0.051);
    });
    // The member tables come by byte ranges (the subtree's run), never whole.
    const members = server.served.slice(from).filter((s) => /\/(members|member_year_points)\.parquet$/.test(s.path));
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((s) => s.range)).toBe(true);
    expect(w.problems).toEqual([]);
    await page.close();
  });

  it('a page opened with a ledger in its URL answers once, then stays still', async () => {
    // Found by the bench: the start-up effect re-ran on every answer while a ledger was open, re-running
    // every query in an endless loop (the page flickered between busy and ready, and filter changes crawled).
    const [{ member_id: member }] = await sql(
      `SELECT m.member_id FROM members m JOIN points p USING (member_id) JOIN org_units u ON u.org_id = m.org_id
       WHERE u.branch_id = 'B003' AND year(p.date) = 2025 GROUP BY ALL ORDER BY m.member_id LIMIT 1`,
    );
    const { page } = await open(`org/B003/?member=${member}`);
    await page.waitForSelector('.ledger table tbody tr');
    const flips = (await page.evaluate(`new Promise((resolve) => {
      let n = 0;
      const board = document.querySelector('.dashboard');
      const observer = new MutationObserver(() => n++);
      observer.observe(board, { attributes: true, attributeFilter: ['data-ready'] });
      setTimeout(() => { observer.disconnect(); resolve(n); }, 3000);
    })`)) as number;
    expect(flips).toBe(0);
    await page.close();
  });

  it('says it is loading, and dims its panels, only once an answer has taken LOADING_SHOWN_AFTER_MS', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // DuckDB-WASM's answers held back by `window.holdAnswersMs` when it is set: a slow answer on demand.
    await page.addInitScript(`{
      const Real = window.Worker;
      window.Worker = class extends Real {
        addEventListener(type, listener, options) {
          if (type !== 'message') return super.addEventListener(type, listener, options);
          super.addEventListener(type, (e) => (window.holdAnswersMs ? setTimeout(() => listener(e), window.holdAnswersMs) : listener(e)), options);
        }
      };
    }`);
    await page.goto(server.url);
    await ready(page);
    const seen = (await page.evaluate(`(async () => {
      window.holdAnswersMs = 1000;
      const panels = document.querySelector('.panels');
      const status = document.querySelector('.status');
      const log = [];
      const observer = new MutationObserver(() =>
        log.push([performance.now() - t0, panels.classList.contains('busy'), status.textContent]));
      observer.observe(document.querySelector('.dashboard'), { subtree: true, attributes: true, childList: true, characterData: true });
      const select = document.querySelector('select[name="year"]');
      const t0 = performance.now();
      select.value = '2024';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 2500));
      observer.disconnect();
      return log;
    })()`)) as [number, boolean, string][];
    await ready(page);
    const dimmedAt = seen.find(([, busy]) => busy)?.[0];
    const sayingAt = seen.find(([, , text]) => text === '正在加载数据…')?.[0];
    // Not before the bound (nothing blinks on a quick answer), and once past it while the answers were held.
    expect(dimmedAt).toBeGreaterThanOrEqual(LOADING_SHOWN_AFTER_MS);
    expect(dimmedAt).toBeLessThan(1000);
    expect(sayingAt).toBe(dimmedAt);
    // Gone with the answers.
    expect(await page.$eval('.panels', (e) => e.classList.contains('busy'))).toBe(false);
    expect(await page.$eval('.status', (e) => e.textContent)).toBe('');
    await page.close();
  });
});

describe('the first view', () => {
  it('keeps the build’s whole answers while the data is the version the build read; asks every query when not', async () => {
    const html = readFileSync(join(SAMPLE_DIST, 'index.html'), 'utf8');
    const block = /<script type="application\/json" id="first-view-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
    const view = JSON.parse(block ?? '{}') as FirstView;
    const asked = Object.keys(DASHBOARDS.overview.queries(view.filters)).length;
    const cut = Object.keys(view.sizes).length;
    const start = async (otherVersion: boolean) => {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      // Counts the statements DuckDB-WASM is asked to run, and how many by the time the page says it is ready
      // (the idle warm-up's come after: src/client/warm-up.ts).
      await page.addInitScript(`{
        window.statementRuns = 0;
        const post = Worker.prototype.postMessage;
        Worker.prototype.postMessage = function (message, transfer) {
          if (message && message.type === 'RUN_PREPARED') window.statementRuns++;
          return post.call(this, message, transfer);
        };
        new MutationObserver(() => {
          if (window.runsAtReady === undefined && document.querySelector('.dashboard[data-ready="true"]'))
            window.runsAtReady = window.statementRuns;
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
      }`);
      if (otherVersion)
        // The data republished since the build (a newer export, the same pages): the manifest says so.
        await page.route('**/data/manifest.json', async (route) => {
          const response = await route.fetch();
          const manifest = await response.json();
          await route.fulfill({ response, json: { ...manifest, dataVersion: '0123456789abcdef' } });
        });
      await page.goto(server.url);
      await ready(page);
      const runs = Number(await page.evaluate('window.runsAtReady'));
      const figures = await kpis(page);
      // Then, at idle, the warm-up: the neighbouring year's queries, each WARM_UP_ROUNDS times, nothing of them shown.
      const warmed = runs + asked * WARM_UP_ROUNDS;
      // Polled from here: waitForFunction's text would be evaluated in the page, which its CSP forbids.
      for (
        let waited = 0;
        waited < 30_000 && Number(await page.evaluate('window.statementRuns')) < warmed;
        waited += 100
      )
        await page.waitForTimeout(100);
      await page.waitForTimeout(500);
      const after = { runs: Number(await page.evaluate('window.statementRuns')), figures: await kpis(page) };
      await page.close();
      return { runs, figures, warmed, after };
    };
    const same = await start(false);
    const other = await start(true);
    expect(asked).toBeGreaterThan(5);
    expect(same.runs).toBe(cut);
    expect(other.runs).toBe(asked);
    expect(other.figures).toEqual(same.figures);
    for (const run of [same, other]) expect(run.after).toEqual({ runs: run.warmed, figures: run.figures });
  });

  it('has its figures in the HTML before any script runs, and reads with JavaScript off', async () => {
    const html = await (await fetch(server.url)).text();
    const [{ n }] = await sql('SELECT count(*)::INT AS n FROM members');
    expect(html).toContain(`data-kpi="members" data-value="${n}"`);
    expect(html).toMatch(/<svg[^>]+viewBox/); // charts rendered by ECharts on the server
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    expect(await page.$eval('[data-kpi="members"] .value', (e) => e.textContent)).toBe(String(n));
    expect(await page.$$eval('.chart svg', (s) => s.length)).toBeGreaterThan(2);
    // The one org page has no figures of its own at build time: without JavaScript it says why.
    await page.goto(new URL('org/?id=B003', server.url).href);
    expect(await page.$eval('noscript', (e) => e.textContent)).toContain('请启用 JavaScript');
    await context.close();
  });

  it('is in the page once: the view rendered once, its data in one JSON block, nothing of it in the island’s props', async () => {
    const page = (path: string) => readFileSync(join(SAMPLE_DIST, path, 'index.html'), 'utf8');
    const count = (text: string, part: string) => text.split(part).length - 1;
    const islandProps = (html: string) => {
      const attr = /<astro-island[^>]*\sprops="([^"]*)"/.exec(html)?.[1] ?? '';
      return JSON.parse(attr.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as Record<string, unknown>;
    };
    const dataBlocks = (html: string) =>
      [...html.matchAll(/<script type="application\/json" id="first-view-data">([\s\S]*?)<\/script>/g)].map((m) =>
        JSON.parse(m[1]),
      );
    // The overview's headline figure: once in the markup, once as data.
    const overview = page('');
    const [{ n }] = await sql('SELECT count(*)::INT AS n FROM members');
    expect(count(overview, 'class="dashboard"')).toBe(1);
    expect(count(overview, `data-kpi="members" data-value="${n}"`)).toBe(1);
    const [view] = dataBlocks(overview);
    expect(dataBlocks(overview)).toHaveLength(1);
    expect(view.data.kpis.members).toEqual([n]);
    expect(Object.keys(islandProps(overview)).sort()).toEqual(['base', 'dashboard', 'locale']);
    // The largest page of the sample: each chart drawn once per layout (a desktop's, a phone's: charts/layout.ts),
    // and none escaped into the island's props.
    const html = page('branches');
    const charts = branches.panels.filter((p) => p.chart).map((p) => p.id);
    const sections = html.split('<section class="panel').slice(1);
    const drawnOnce = (part: string) =>
      count(part, '<svg class="paint-desktop" ') === 1 && count(part, '<svg class="paint-phone" ') === 1;
    const withSvg = sections.filter(drawnOnce).map((part) => /id="([^"]+)"/.exec(part)?.[1]);
    expect(withSvg).toEqual(charts);
    expect(count(html, '<svg ')).toBe(2 * charts.length);
    expect(count(html, '&lt;svg')).toBe(0);
    expect(dataBlocks(html)).toHaveLength(1);
    expect(Object.keys(islandProps(html)).sort()).toEqual(['base', 'dashboard', 'locale']);
  });
});

describe('downloads', () => {
  it('CSV with a BOM and PNG from a chart', async () => {
    const { context, page } = await openForDownloads('branches/');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#ranking .actions button:nth-child(1)'),
    ]);
    const csvBytes = await streamBytes(await csv.createReadStream());
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvBytes.toString('utf8')).toContain('名次');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#ranking .actions button:nth-child(2)'),
    ]);
    const pngBytes = await streamBytes(await png.createReadStream());
    expect([...pngBytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await context.close();
  });
});

describe('long tables', () => {
  it('a table longer than a page: its pages and its CSV hold every row, in the order of SQL written here', async () => {
    const { context, page } = await openForDownloads('branches/');
    const period = await page.$eval('select[name="period"]', (s) => (s as HTMLSelectElement).value);
    const expected = (
      await sql(
        // The branches by their period's total, highest first (the chart shows the leading ones).
        `WITH totals AS (SELECT org_id, sum(score) AS total FROM assessments WHERE period = ? GROUP BY org_id)
         SELECT o.name, a.score FROM assessments a JOIN organizations o USING (org_id) JOIN totals t USING (org_id)
         WHERE a.period = ? ORDER BY t.total DESC, a.org_id, a.dimension`,
        [period, period],
      )
    ).map((r) => [String(r.name), Math.round(Number(r.score) * 10) / 10]);
    expect(expected.length).toBeGreaterThan(100); // the sample's dimension rows span two pages
    await page.click('#dimensions summary');
    const shown = () =>
      page.$$eval('#dimensions table tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    const asExpected = (rows: string[][]) => rows.map((r) => [r[0], Number(r[2])]);
    const pager = () => page.$eval('#dimensions .pager span', (e) => e.textContent);
    expect(await pager()).toBe(`第 1–100 行，共 ${expected.length} 行`);
    expect(asExpected(await shown())).toEqual(expected.slice(0, 100));
    await page.click('#dimensions .pager button:nth-of-type(2)');
    expect(await pager()).toBe(`第 101–${expected.length} 行，共 ${expected.length} 行`);
    expect(asExpected(await shown())).toEqual(expected.slice(100));
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#dimensions .actions button:nth-child(1)'),
    ]);
    const lines = (await streamBytes(await csv.createReadStream())).toString('utf8').trim().split(/\r?\n/);
    expect(lines.length).toBe(expected.length + 1);
    await context.close();
  });
});

/** A page in its own context that accepts downloads, ready. */
async function openForDownloads(path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(new URL(path, server.url).href);
  await ready(page);
  return { context, page };
}

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}
