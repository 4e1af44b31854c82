/**
 * The notice board in headless Chromium, on a copy of the built sample site
 * whose data the tests replace and break while the board runs: it rotates
 * at the configured interval, switches to a newly published data version,
 * keeps the last good figures with a notice when data cannot be fetched, and
 * its JS heap stays flat over 1,000 rotations.
 */
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/static-server';
import { PAGE_ROWS, TALLY_COLUMNS, TALLY_LINES } from '../../src/board/frames';
import { formatValue } from '../../src/charts/format';
import { missingText } from '../../src/queries/needs';
import { queryParquet, tempDir } from '../helpers';
import { closeEveryContext, launch } from './browser';
import { advance, atChange, pause } from './clock';
import { BOARD_DATA_B, PARTIAL_DATA, ROOT, SAMPLE_DATA, SAMPLE_DIST } from './global-setup';
import { type Watch, watch } from './page-watch';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  site = join(tempDir('board-site-'), 'dist');
  cpSync(SAMPLE_DIST, site, { recursive: true });
  server = await serveStatic(site);
  browser = await launch();
});
afterEach(() => closeEveryContext(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(join(site, '..'), { recursive: true, force: true });
});

/** The board; with `clock`, the page's timers run on Playwright's clock, which the test moves on (hours in seconds). */
async function open(
  query: string,
  viewport = { width: 1920, height: 1080 },
  clock = false,
): Promise<{ page: Page; w: Watch }> {
  const page = await browser.newPage({ viewport });
  if (clock) await page.clock.install();
  const w = watch(page, new URL(server.url).origin);
  await page.goto(new URL(`board/${query}`, server.url).href);
  await page.waitForSelector('.board-viewport[data-version]:not([data-version=""])', { timeout: 60_000 });
  return { page, w };
}

/** Stops the page's clock where it is, then moves it on until the live board has just changed frames. */
const atFrameChange = (page: Page) =>
  atChange(page, () => page.$eval('.board-viewport', (e) => (e as HTMLElement).dataset.step));

const version = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).dataVersion as string;
const shown = (page: Page) =>
  page.$$eval('.board-bars li', (lis) =>
    lis.map((li) => [li.querySelector('.label')?.textContent, li.querySelector('.figure')?.getAttribute('data-value')]),
  );

/** The latest quarter's ranking, computed here from the assessments' own table, not the site's query. */
async function expectedRanking(dataDir: string): Promise<string[][]> {
  const rows = await queryParquet(
    dataDir,
    `WITH q AS (SELECT period FROM branch_ratings WHERE period_kind = 'quarter' ORDER BY period_start DESC LIMIT 1)
     SELECT o.name, b.score100 FROM branch_ratings b JOIN organizations o USING (org_id)
     WHERE b.period = (SELECT period FROM q) ORDER BY b.score100 DESC, b.org_id`,
  );
  // The first page: the list spread evenly over the fewest pages of at most PAGE_ROWS (21 branches: 11 and 10).
  const first = Math.ceil(rows.length / Math.ceil(rows.length / PAGE_ROWS.ranking));
  return rows.slice(0, first).map((r) => [String(r.name), String(Number(r.score100))]);
}

/** Swaps the site's data folder whole, as the build's output step does. */
function publish(from: string): void {
  const data = join(site, 'data');
  cpSync(from, `${data}-new`, { recursive: true });
  renameSync(data, `${data}-old`);
  renameSync(`${data}-new`, data);
  rmSync(`${data}-old`, { recursive: true });
}

describe('notice board', () => {
  it('rotates through the configured slides at the configured interval, with the published figures', async () => {
    const { page, w } = await open('?slides=ranking,meetings&interval=7&poll=600', undefined, true);
    const frame = () => page.$eval('.board-viewport', (e) => (e as HTMLElement).dataset.frame ?? '');
    // Two pages of ranking (21 branches, 12 a page), then two of meetings, then round again.
    const cycle = ['ranking:1', 'ranking:2', 'meetings:1', 'meetings:2'];
    await atFrameChange(page);
    let shownFrame = await frame();
    for (let i = 0; i < 6; i++) {
      // 7 s a frame, the change found within 100 ms: not yet at 6.85 s, changed at 7 s (no drift across frames).
      await advance(page, 6_850);
      expect(await frame()).toBe(shownFrame);
      await advance(page, 150);
      const next = await frame();
      expect(next).toBe(cycle[(cycle.indexOf(shownFrame) + 1) % 4]);
      shownFrame = next;
    }
    await advance(page, 7_000 * ((4 - cycle.indexOf(shownFrame)) % 4));
    await page.waitForSelector('.board-viewport[data-frame="ranking:1"]');
    expect(await shown(page)).toEqual(await expectedRanking(SAMPLE_DATA));
    // A wall screen: no pointer, no scrollbars.
    expect(await page.$eval('.board', (e) => getComputedStyle(e).cursor)).toBe('none');
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
    await page.close();
  });

  it('is set up by the URL: theme, language, branch subtree', async () => {
    const [branch] = await queryParquet(
      SAMPLE_DATA,
      `SELECT org_id, name FROM organizations WHERE type = '党支部' ORDER BY org_id LIMIT 1`,
    );
    const { page } = await open(`?slides=points&theme=red&lang=en&org=${branch.org_id}&interval=600`);
    expect(await page.$eval('.board-viewport', (e) => e.getAttribute('data-board-theme'))).toBe('red');
    expect(await page.$eval('.board h1', (e) => e.textContent)).toBe('Members\u2019 points tally');
    expect(await page.$eval('.board .sub', (e) => e.textContent)).toContain(String(branch.name));
    const names = await page.$$eval('.board-tally td.name', (els) => els.map((e) => e.textContent));
    const members = await queryParquet(
      SAMPLE_DATA,
      `SELECT count(*)::INT AS n FROM members WHERE org_id IN (SELECT org_id FROM organizations WHERE org_id = ? OR parent_id = ?)`,
      [String(branch.org_id), String(branch.org_id)],
    );
    // A branch's screen: its members run down three columns, a heading over each (the first frame holds 33).
    expect(names.length).toBe(Math.min(TALLY_COLUMNS * (TALLY_LINES - 1), Number(members[0].n)));
    await page.screenshot({ path: join(SHOTS, 'board-points-red-en.png') });
    await page.close();
    // An organisation the data does not hold (a typo in a screen's URL): the whole committee, as with none.
    const [root] = await queryParquet(SAMPLE_DATA, 'SELECT name FROM organizations WHERE parent_id IS NULL');
    const typo = await open('?slides=ranking&org=NO-SUCH-ORG&interval=600');
    expect(await typo.page.$eval('.board .sub', (e) => e.textContent)).toContain(String(root.name));
    expect(await shown(typo.page)).toEqual(await expectedRanking(SAMPLE_DATA));
    await typo.page.close();
  });

  it('on a branch’s screen, tallies the branch’s members from its own rows, never fetching the ledger', async () => {
    // The branch with the most members, and the period the screen shows (the latest quarter).
    const [branch] = await queryParquet(
      SAMPLE_DATA,
      `SELECT o.org_id FROM organizations o JOIN org_units u ON u.branch_id = o.org_id JOIN members m ON m.org_id = u.org_id
       WHERE o.type = '党支部' GROUP BY o.org_id ORDER BY count(*) DESC, o.org_id LIMIT 1`,
    );
    const from = server.served.length;
    const { page, w } = await open(`?slides=points&org=${branch.org_id}&interval=600`);
    const shownRows = await page.$$eval('.board-tally tbody tr:not(.tally-branch)', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    // The tally's first page, summed here from the raw ledger over the quarter's dates.
    const expected = await queryParquet(
      SAMPLE_DATA,
      `WITH q AS (SELECT period_start AS s, period_start + INTERVAL 3 MONTH AS e FROM branch_ratings
         WHERE period_kind = 'quarter' ORDER BY period_start DESC LIMIT 1),
       subtree AS (SELECT org_id FROM org_paths WHERE ancestor_id = ?)
       SELECT m.name, coalesce(sum(p.points) FILTER (WHERE p.kind IN ('加分', '扣分')), 0) AS period_points, y.total
       FROM member_year_points y JOIN members m USING (member_id) CROSS JOIN q
       LEFT JOIN points p ON p.member_id = y.member_id AND p.date >= q.s AND p.date < q.e
       WHERE y.year = year(q.s) AND y.org_id IN (SELECT org_id FROM subtree)
       GROUP BY y.member_id, m.name, y.total ORDER BY y.total DESC, y.member_id LIMIT ?`,
      [String(branch.org_id), TALLY_COLUMNS * (TALLY_LINES - 1)],
    );
    expect(expected.length).toBeGreaterThan(5);
    const format = (r: Record<string, unknown>) => [
      String(r.name),
      formatValue(Number(r.period_points), 'signed', 'zh'),
      formatValue(Number(r.total), 'num1', 'zh'),
    ];
    expect(expected.some((r) => Number(r.period_points) !== 0)).toBe(true);
    expect([...shownRows].sort()).toEqual(expected.map(format).sort());
    // A group's ledger is 20 million rows: the screen reads the branch's run of the member tables by byte ranges.
    const served = server.served.slice(from);
    expect(served.some((s) => s.path.endsWith('/points.parquet'))).toBe(false);
    const members = served.filter((s) => /\/(members|member_year_points|member_period_points)\.parquet$/.test(s.path));
    expect(new Set(members.map((s) => s.path.replace(/.*\//, ''))).size).toBe(3);
    expect(members.every((s) => s.range)).toBe(true);
    expect(w.problems).toEqual([]);
    await page.close();
  });

  it('fits any screen: letterboxed, never cropped, and at 3840x2160; again when the screen changes size', async () => {
    // One load at 3840x2160, then the window resized: the scale is set on load and on every resize (client/screen.ts).
    const { page } = await open('?slides=ranking&interval=600', { width: 3840, height: 2160 });
    for (const viewport of [
      { width: 3840, height: 2160 },
      { width: 1280, height: 1024 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      const fitted = () => page.$eval('.screen', (e) => e.getBoundingClientRect().toJSON());
      await expect
        .poll(async () => Math.max((await fitted()).width / viewport.width, (await fitted()).height / viewport.height))
        .toBeCloseTo(1, 2);
      const box = await fitted();
      expect(box.x).toBeGreaterThanOrEqual(-0.5);
      expect(box.y).toBeGreaterThanOrEqual(-0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
      expect(box.width / box.height).toBeCloseTo(16 / 9, 2);
      await page.screenshot({ path: join(SHOTS, `board-ranking-${viewport.width}x${viewport.height}.png`) });
    }
    await page.close();
  });

  it('switches to a new data version while it runs, and keeps the last good figures when data breaks', async () => {
    const data = join(site, 'data');
    const backup = join(site, 'data-a');
    cpSync(data, backup, { recursive: true });
    const { page, w } = await open('?slides=ranking&interval=600&poll=1');
    const before = await shown(page);
    expect(before).toEqual(await expectedRanking(SAMPLE_DATA));

    // Watch every DOM change from now on: the screen must never show an empty frame.
    await page.evaluate(() => {
      const w = window as unknown as { emptiest: number };
      w.emptiest = Number.POSITIVE_INFINITY;
      const count = () => {
        w.emptiest = Math.min(w.emptiest, document.querySelectorAll('.board-bars li').length);
      };
      new MutationObserver(count).observe(document.body, { childList: true, subtree: true });
    });
    // Publish a new version the way the build does: the folder is swapped whole.
    publish(BOARD_DATA_B);
    await page.waitForSelector(`.board-viewport[data-version="${version(BOARD_DATA_B)}"]`, { timeout: 20_000 });
    const emptiest = await page.evaluate(() => (window as unknown as { emptiest: number }).emptiest);
    expect(emptiest).toBeGreaterThan(0); // some rows on screen at every change...
    expect(emptiest).toBeLessThanOrEqual(PAGE_ROWS.ranking); // ...and changes were seen (a page holds at most 12)
    const after = await shown(page);
    expect(after).toEqual(await expectedRanking(BOARD_DATA_B));
    expect(after).not.toEqual(before);
    expect(w.problems).toEqual([]);

    // A broken manifest: the figures stay, a notice says the update failed and what is shown.
    writeFileSync(join(data, 'manifest.json'), '{"dataVersion": "half-writ');
    await page.waitForSelector('.board-notice', { timeout: 20_000 });
    expect(await page.$eval('.board-notice', (e) => e.textContent)).toContain('数据更新失败');
    expect(await page.$eval('.board-notice', (e) => e.textContent)).toContain(
      JSON.parse(readFileSync(join(BOARD_DATA_B, 'manifest.json'), 'utf8')).asOf,
    );
    expect(await shown(page)).toEqual(after);
    await page.screenshot({ path: join(SHOTS, 'board-update-failed.png') });

    // A new version whose Parquet file is missing: still the last good figures.
    const manifest = JSON.parse(readFileSync(join(backup, 'manifest.json'), 'utf8'));
    renameSync(join(backup, manifest.tables.branch_ratings.file), join(site, 'gone.parquet'));
    publish(backup);
    await page.waitForFunction(
      (file) => document.querySelector('.board-notice')?.getAttribute('data-error')?.includes(file),
      manifest.tables.branch_ratings.file,
      { timeout: 20_000 },
    );
    expect(await page.$eval('.board-viewport', (e) => e.getAttribute('data-version'))).toBe(version(BOARD_DATA_B));
    expect(await shown(page)).toEqual(after);

    // Once the file is back, the board recovers on its own and the notice goes.
    renameSync(join(site, 'gone.parquet'), join(data, manifest.tables.branch_ratings.file));
    await page.waitForSelector(`.board-viewport[data-version="${manifest.dataVersion}"]`, { timeout: 30_000 });
    expect(await page.$('.board-notice')).toBeNull();
    expect(await shown(page)).toEqual(before);
    expect(w.foreign).toEqual([]);
    await page.close();
    rmSync(backup, { recursive: true });
  });

  it('over data lacking tables, says what each figure lacks in its place, inside its box, in both languages', async () => {
    // The sample's members and one year's ledger alone: no assessments, topics, tasks or meetings.
    publish(PARTIAL_DATA);
    try {
      for (const lang of ['zh', 'en'] as const) {
        const { page, w } = await open(`?slides=overview&lang=${lang}&interval=600`);
        await page.waitForSelector(`.board-viewport[data-version="${version(PARTIAL_DATA)}"]`, { timeout: 20_000 });
        const lacking = missingText(lang, ['assessments']);
        // The ranking's panel names the missing table; it does not claim a period nobody was scored in.
        expect(await page.$eval('.ov-ranking .ov-empty', (e) => e.textContent)).toBe(lacking);
        expect(await page.$eval('[data-kpi="kpiAvgScore"] dd', (e) => e.textContent)).toBe(lacking);
        // Every key figure's text inside its card, and the cards above the panels (an English line wrapped to
        // two ran into the panels below).
        // (A missing figure's text is clipped to its place: what it hides is its scroll height past its height.)
        const hidden = await page.$$eval('.ov-kpi dd.missing', (dds) =>
          dds.map((e) => e.scrollHeight - e.clientHeight),
        );
        expect(hidden.length).toBe(3); // the average score, topics closed, meeting completion
        for (const h of hidden) expect(h).toBeLessThanOrEqual(1);
        const bottoms = await page.$$eval('.ov-kpi', (cards) => cards.map((e) => e.getBoundingClientRect().bottom));
        const panelsTop = await page.$eval('.ov-panel', (e) => e.getBoundingClientRect().top);
        for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(panelsTop);
        expect(w.problems).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `board-overview-partial-${lang}.png`) });
        await page.close();
      }
    } finally {
      publish(join(SAMPLE_DIST, 'data'));
    }
  });

  it('keeps its first frame up its whole interval, however long the data take to come', async () => {
    // A branch's screen (no pre-rendered frames apply), its manifest held back 8 s: the frames' timer must start
    // when the figures arrive. It started at mount, so the first frame stayed 12 s of its 20.
    const [branch] = await queryParquet(SAMPLE_DATA, `SELECT org_id FROM organizations WHERE type = '党支部' LIMIT 1`);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.clock.install();
    await page.route('**/data/manifest.json', async (route) => {
      await new Promise((wait) => setTimeout(wait, 8_000));
      await route.continue();
    });
    await page.goto(
      new URL(`board/?org=${branch.org_id}&slides=ranking,meetings&interval=20&poll=600`, server.url).href,
    );
    await page.waitForSelector('.board-viewport[data-version]:not([data-version=""])', { timeout: 60_000 });
    const step = () => page.$eval('.board-viewport', (e) => Number((e as HTMLElement).dataset.step));
    expect(await step()).toBe(0);
    // The clock stops 2 s on (a moment after the figures came): 16 s more is under 20, still the first.
    await pause(page);
    await advance(page, 16_000);
    expect(await step()).toBe(0);
    await advance(page, 5_000);
    expect(await step()).toBe(1);
    await page.close();
  });

  it('never changes frames faster than every 5 s, whatever the URL asks (no flashing wall)', async () => {
    const { page } = await open('?slides=ranking,meetings&interval=0.0001&poll=600', undefined, true);
    const step = () => page.$eval('.board-viewport', (e) => Number((e as HTMLElement).dataset.step));
    await atFrameChange(page);
    const first = await step();
    await advance(page, 4_900);
    expect(await step()).toBe(first);
    await advance(page, 200);
    expect(await step()).toBe(first + 1);
    await advance(page, 50_000);
    expect(await step()).toBe(first + 11);
    await page.close();
  });

  it('keeps its JS heap flat over 1,000 rotations', async () => {
    const { page } = await open('?slides=ranking,meetings,topics,honours&interval=5&poll=600', undefined, true);
    const cdp = await page.context().newCDPSession(page);
    await atFrameChange(page);
    const heapAfter = async (steps: number) => {
      const now = Number(await page.$eval('.board-viewport', (e) => (e as HTMLElement).dataset.step));
      // Rotations at speed: the clock moves on frame by frame, each drawn before the next.
      for (let k = now; k < steps; k++) await advance(page, 5_000);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const warm = await heapAfter(100);
    const soaked = await heapAfter(1100);
    console.log(
      `board heap: ${(warm / 2 ** 20).toFixed(2)} MiB after 100 rotations, ${(soaked / 2 ** 20).toFixed(2)} MiB after 1,100`,
    );
    expect(soaked / warm).toBeLessThan(1.1);
    await page.close();
  });
});
