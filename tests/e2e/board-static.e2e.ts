/**
 * The notice board as weak hardware and a wall need it, in headless Chromium on the built sample site: the
 * default screen's frames come pre-rendered and rotate with JavaScript off (a CSS animation) and with no
 * WebAssembly (the page's small script); the live board takes over from the frame on show, which keeps its
 * whole interval; the composite overview, the full points frames with their 公示 line, and the printed
 * 公示表 carry the figures SQL written here computes; and the memory an hour of rotation leaves, with and
 * without DuckDB-WASM. Screenshots of every frame in both themes, and of the print at A4.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BoardMemory, boardHour, boardMemoryLines, LIVE } from '../../scripts/bench-board';
import { type StaticServer, serveStatic } from '../../scripts/static-server';
import { TALLY_COLUMNS, TALLY_LINES } from '../../src/board/frames';
import { formatValue } from '../../src/charts/format';
import { queryParquet } from '../helpers';
import { closeEveryContext, launch } from './browser';
import { advance, atChange, pause } from './clock';
import { ROOT, SAMPLE_DATA, SAMPLE_DIST } from './global-setup';
import { watch } from './page-watch';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const VIEWPORT = { width: 1920, height: 1080 };
let server: StaticServer;
let browser: Browser;

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

const url = (path: string) => new URL(path, server.url).href;
/** What the build pre-rendered, in the page's order. */
const builtFrames = (html: string) =>
  [...html.matchAll(/<section class="board-frame [^"]*" data-frame="([^"]+)"/g)].map((m) => m[1]);
const BOARD_HTML = () => readFileSync(join(SAMPLE_DIST, 'board', 'index.html'), 'utf8');
/** The pre-rendered frame on show: by the CSS animation (visibility) without scripts, by the script's class with them. */
const staticFrame = (page: Page) =>
  page.$$eval('#board-static .board-frame[data-frame]', (frames) =>
    frames
      .filter((f) => getComputedStyle(f).display !== 'none' && getComputedStyle(f).visibility === 'visible')
      .map((f) => f.getAttribute('data-frame'))
      .join(','),
  );
const requested = (from: number, pattern: RegExp) => server.requests.slice(from).filter((p) => pattern.test(p));

describe('pre-rendered frames', () => {
  it('rotate with JavaScript off: each frame in turn for the default 15 s, and the page reloads after a round', async () => {
    const frames = builtFrames(BOARD_HTML());
    expect(frames[0]).toBe('overview:1');
    expect(frames.length).toBeGreaterThan(20);
    const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
    const page = await context.newPage();
    const from = server.requests.length;
    await page.goto(url('board/'));
    expect(await page.$eval('html', (e) => e.innerHTML)).toContain(
      `<noscript><meta http-equiv="refresh" content="${frames.length * 15}"></noscript>`,
    );
    // In real time: the first frame for 15 s, then the next.
    const start = Date.now();
    expect(await staticFrame(page)).toBe('overview:1');
    // Polled from here: the page runs no script, not even a test's waiting function.
    while (Date.now() - start < 20_000 && (await staticFrame(page)) === 'overview:1') await page.waitForTimeout(100);
    expect((Date.now() - start) / 1000).toBeGreaterThan(13.5);
    expect((Date.now() - start) / 1000).toBeLessThan(17);
    expect(await staticFrame(page)).toBe(frames[1]);
    // A whole round, played 40 times faster (a frame 375 ms, sampled every few tens of ms): every frame once, in order, then the first again.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 40 });
    const seen: string[] = [frames[1]];
    for (const t0 = Date.now(); Date.now() - t0 < 60_000 && seen.length < frames.length; ) {
      const on = await staticFrame(page);
      // At 40 times the speed a sample can fall on a change, both frames drawn for a moment: it is not counted.
      if (on && !on.includes(',') && on !== seen.at(-1)) seen.push(on);
      await page.waitForTimeout(10);
    }
    expect(seen).toEqual([...frames.slice(1), frames[0]]);
    // Nothing of the live board was fetched, no script ran: the figures are in the page.
    expect(requested(from, /\.js$|\.wasm$|\.parquet$|manifest\.json$/)).toEqual([]);
    await context.close();
  });

  it('rotate with no WebAssembly, by the URL’s slides, interval and theme, with the clock running', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.addInitScript(() => {
      // A browser without WebAssembly, as an old TV box's.
      delete (window as { WebAssembly?: unknown }).WebAssembly;
    });
    const w = watch(page, new URL(server.url).origin);
    await page.clock.install({ time: new Date('2026-01-05T09:30:00') });
    const from = server.requests.length;
    await page.goto(url('board/?slides=ranking,points&interval=6&theme=red'));
    await page.waitForSelector('#board-static .board-frame.on');
    expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
    const frames = builtFrames(BOARD_HTML());
    const wanted = [
      ...frames.filter((f) => f.startsWith('ranking:')),
      ...frames.filter((f) => f.startsWith('points:')),
    ];
    await atChange(page, () => staticFrame(page));
    let at = wanted.indexOf(await staticFrame(page));
    expect(at).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < wanted.length + 2; i++) {
      await advance(page, 5_900);
      expect(await staticFrame(page)).toBe(wanted[at]);
      await advance(page, 100);
      at = (at + 1) % wanted.length;
      expect(await staticFrame(page)).toBe(wanted[at]);
    }
    expect(await page.$eval('#board-static', (e) => e.getAttribute('data-board-theme'))).toBe('red');
    expect(await page.$eval('#board-static .clock time', (e) => e.textContent)).toMatch(/^09:3\d:\d\d$/);
    // The footer's dots: the two slides asked for.
    expect(await page.$$eval('#board-static .board-frame.on .dots span:not([hidden])', (d) => d.length)).toBe(2);
    expect(requested(from, LIVE)).toEqual([]);
    expect(w.problems).toEqual([]);
    await page.close();
  });

  it('give way to the live board, which carries on from the frame on show: it keeps its whole interval', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const w = watch(page, new URL(server.url).origin);
    await page.clock.install();
    await page.goto(url('board/'));
    // Two frames on, so the live board takes over from one the rotation came to, not the first.
    await pause(page);
    await advance(page, 30_000);
    const shownBefore = await page.$eval('#board-static .board-frame.on', (e) => e.textContent);
    await page.clock.resume();
    await page.waitForSelector('.board-viewport[data-version]:not([data-version=""])', { timeout: 60_000 });
    expect(await page.$('#board-static')).toBeNull(); // the pre-rendered screen left with its timers
    const handed = await page.evaluate(() => ({
      step: window.BoardStatic?.step ?? -1,
      changedAt: window.BoardStatic?.changedAt ?? 0,
    }));
    const frames = builtFrames(BOARD_HTML());
    const live = () => page.$eval('.board-viewport', (e) => (e as HTMLElement).dataset.frame);
    expect(await live()).toBe(frames[handed.step]);
    expect(handed.step).toBeGreaterThanOrEqual(2);
    if (handed.step === 2) {
      // The same figures, drawn by the same component, before and after (the clock is outside the frame).
      expect(await page.$eval('.board-frame', (e) => e.textContent)).toBe(shownBefore);
    }
    // The frames change 15 s after the frame came up on the pre-rendered screen, and every 15 s from then: not
    // 15 s after the live data arrived. The next change the test can catch (it may be past the first by now):
    const paused = await pause(page);
    const k = Math.max(1, Math.ceil((paused + 300 - handed.changedAt) / 15_000));
    const due = handed.changedAt + k * 15_000;
    await advance(page, due - paused - 150);
    expect(await live()).toBe(frames[(handed.step + k - 1) % frames.length]);
    await advance(page, 300);
    expect(await live()).toBe(frames[(handed.step + k) % frames.length]);
    expect(w.problems).toEqual([]);
    await page.close();
  });
});

describe('the frames’ figures', () => {
  /** The live board, set to one slide, its clock stopped at the first frame. */
  async function live(query: string, clock = false): Promise<Page> {
    const page = await browser.newPage({ viewport: VIEWPORT });
    if (clock) await page.clock.install();
    await page.goto(url(`board/${query}`));
    await page.waitForSelector('.board-viewport[data-version]:not([data-version=""])', { timeout: 60_000 });
    return page;
  }

  it('the overview: key figures, the top three as medals, the ratio against its cap, who needs attention', async () => {
    const page = await live('?slides=overview&interval=600');
    const kpi = (name: string) => page.$eval(`[data-kpi="${name}"]`, (e) => e.getAttribute('data-value'));
    const [expected] = await queryParquet(
      SAMPLE_DATA,
      `SELECT (SELECT count(*)::INT FROM members) AS members,
         (SELECT count(*)::INT FROM organizations WHERE type IN ('党支部', '党总支', '党工委')) AS branches,
         (SELECT count(*)::INT FROM member_ratings WHERE year = 2025 AND rating = '优秀') AS excellent,
         (SELECT count(rating)::INT FROM member_ratings WHERE year = 2025) AS rated`,
    );
    expect(Number(await kpi('kpiMembers'))).toBe(expected.members);
    expect(Number(await kpi('kpiBranches'))).toBe(expected.branches);
    const ratio = formatValue(Number(expected.excellent) / Number(expected.rated), 'pct', 'zh');
    expect(await page.$eval('.board-gauge .gauge-figure', (e) => e.textContent)).toBe(ratio);
    expect(await page.$eval('.ov-ratio-count', (e) => e.textContent)).toBe(
      `优秀 ${expected.excellent} 人 / 参评 ${expected.rated} 人`,
    );
    expect(await page.$eval('.ov-cap-state', (e) => e.textContent)).toBe('未超过指导上限 33.3%');
    const top = await queryParquet(
      SAMPLE_DATA,
      `SELECT o.name FROM branch_ratings b JOIN organizations o USING (org_id)
       WHERE b.period = '2025Q4' ORDER BY b.score100 DESC, b.org_id LIMIT 3`,
    );
    const medals = await page.$$eval('.ov-ranking li', (lis) =>
      lis.slice(0, 4).map((li) => [li.querySelector('.medal')?.className, li.querySelector('.name')?.textContent]),
    );
    expect(medals).toEqual([
      ['medal gold', top[0].name],
      ['medal silver', top[1].name],
      ['medal bronze', top[2].name],
      ['medal', expect.any(String)],
    ]);
    // Called out in words: the title counts them, each line says why.
    const [overdue] = await queryParquet(
      SAMPLE_DATA,
      `SELECT count(DISTINCT b)::INT AS n FROM (
         SELECT branch_id AS b FROM task_status WHERE state = 'overdue'
         UNION ALL SELECT branch_id FROM topic_progress WHERE overdue AND coalesce(year(set_on), 2025) = 2025
         UNION ALL SELECT org_id FROM branch_ratings WHERE period = '2025Q4' AND rating IN ('一般', '较差')
         UNION ALL SELECT org_id FROM excellent_ratio WHERE year = 2025 AND over_cap)
       WHERE b IN (SELECT org_id FROM organizations WHERE type IN ('党支部', '党总支', '党工委'))`,
    );
    expect(await page.$eval('.ov-attention h2', (e) => e.textContent)).toBe(`需跟进 · ${overdue.n} 个基层组织`);
    const why = await page.$$eval('.ov-attention li', (lis) =>
      lis.map((li) => ({ text: li.querySelector('.why')?.textContent ?? '', two: li.className === 'two-lines' })),
    );
    // Five lines of them, a long one taking two; the rest counted.
    expect(why.reduce((n, w) => n + (w.two ? 2 : 1), 0)).toBeLessThanOrEqual(5);
    expect(why.length).toBeGreaterThanOrEqual(3);
    for (const w of why) expect(w.text).toMatch(/考核(一般|较差)|逾期课题 \d+ 项|逾期任务 \d+ 项|超过上限/);
    expect(await page.$eval('.ov-more', (e) => e.textContent)).toBe(
      `另有 ${Number(overdue.n) - why.length} 个基层组织，见各支部页面`,
    );
    // Every line of reasons shows whole: none cut off by its column (wider than it, or a third line under two;
    // a few pixels over the line box are the CJK glyphs' own ascent and descent).
    expect(
      await page.$$eval(
        '.ov-attention .why',
        (els) => els.filter((e) => e.scrollHeight > e.clientHeight + 8 || e.scrollWidth > e.clientWidth + 1).length,
      ),
    ).toBe(0);
    await page.close();
  });

  it('the points tally: every member once, frames full, each saying its branches and the 公示 period', async () => {
    const page = await live('?slides=points&interval=5', true);
    const names: string[] = [];
    const labels: string[] = [];
    const total = Number((await page.$eval('.board-viewport .page', (e) => e.textContent ?? '')).split(' / ')[1]);
    const frame = () => page.$eval('.board-viewport', (e) => (e as HTMLElement).dataset.frame);
    await atChange(page, frame);
    for (let i = 0; i < total; i++) {
      const f = await page.$eval('.board-frame', (e) => ({
        names: [...e.querySelectorAll('.board-tally td.name')].map((n) => n.textContent ?? ''),
        sub: e.querySelector('.sub')?.textContent ?? '',
        publicity: e.querySelector('.board-publicity')?.textContent ?? '',
        page: Number(e.getAttribute('data-frame')?.split(':')[1]),
      }));
      names.push(...f.names);
      labels[f.page - 1] = f.sub;
      expect(f.publicity).toBe('公示期 2025年12月31日 至 2026年1月6日 · 如有异议请向党委组织委员反映');
      // Full frames: all but the last hold at least three columns less a heading and a row each.
      if (f.page < total) expect(f.names.length).toBeGreaterThanOrEqual(TALLY_COLUMNS * (TALLY_LINES - 3));
      await advance(page, 5_000);
    }
    const members = await queryParquet(
      SAMPLE_DATA,
      'SELECT m.name FROM member_year_points y JOIN members m USING (member_id) WHERE y.year = 2025',
    );
    expect(names.length).toBe(members.length);
    expect([...names].sort()).toEqual(members.map((m) => String(m.name)).sort());
    expect(labels.filter(Boolean).length).toBe(total);
    expect(labels[0]).toMatch(/^市分公司党委 · 第 1(–\d+)? \/ 21 个支部 · 2025年第四季度$/);
    expect(labels.at(-1)).toMatch(/第 (\d+–)?21 \/ 21 个支部/);
    await page.close();
  });
});

describe('the printed 公示表', () => {
  /** Each page's text (poppler's pdftotext, as a reader's PDF program would extract it). */
  const pdfPages = (file: string) =>
    execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim() !== '');
  /**
   * Every printed page says whose it is and carries rows, the 公示 line and the seal line: none is left with the
   * foot alone, none of a long branch's pages is anonymous on a notice board.
   */
  const expectWholePages = (file: string, branches: string[]) => {
    const pages = pdfPages(file);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(branches.filter((b) => page.includes(b))).toHaveLength(1);
      expect(page).toMatch(/^\s*\d+\s+\S+\s+[+-]?\d+\s+\d+\.\d\s*$/m);
      expect(page).toContain('公示期 2025年12月31日 至 2026年1月6日');
      expect(page).toContain('（盖章）');
    }
    return pages;
  };
  const pdfSize = (pdf: Buffer) => {
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    return box ? [Math.round(Number(box[1])), Math.round(Number(box[2]))] : null;
  };

  it('the build’s: one sheet per branch, its members, the 公示 line, on A4', async () => {
    const page = await browser.newPage();
    const w = watch(page, new URL(server.url).origin);
    const from = server.requests.length;
    await page.goto(url('board/print/'));
    const sheets = await page.$$eval('.sheet', (ss) =>
      ss.map((s) => ({
        org: s.querySelector('.sheet-where .org')?.textContent,
        period: s.querySelector('.sheet-where .period')?.textContent,
        rows: s.querySelectorAll('tbody tr').length,
        notice: s.querySelector('.sheet-notice')?.textContent,
      })),
    );
    const perBranch = await queryParquet(
      SAMPLE_DATA,
      `SELECT b.name AS org, count(*)::INT AS rows FROM member_year_points y JOIN organizations b ON b.org_id = y.branch_id
       WHERE y.year = 2025 GROUP BY b.org_id, b.name ORDER BY b.org_id`,
    );
    expect(sheets.map((s) => ({ org: s.org, rows: s.rows }))).toEqual(perBranch);
    for (const s of sheets) {
      expect(s.period).toBe('2025年第四季度');
      expect(s.notice).toBe('公示期 2025年12月31日 至 2026年1月6日 · 如有异议请向党委组织委员反映');
    }
    expect(requested(from, LIVE)).toEqual([]); // the default is printed at build time
    await page.screenshot({ path: join(SHOTS, 'board-print-screen.png') });
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      path: join(SHOTS, 'board-print-a4.pdf'),
    });
    expect(pdfSize(pdf)).toEqual([595, 842]); // A4 in points
    // A sheet a branch: one page for a branch of up to 36, at most two for the sample's longer ones (up to 52).
    const pages = expectWholePages(
      join(SHOTS, 'board-print-a4.pdf'),
      perBranch.map((b) => String(b.org)),
    );
    for (const b of perBranch) {
      const own = pages.filter((p) => p.includes(String(b.org))).length;
      if (Number(b.rows) <= 36) expect(own).toBe(1);
      else expect([1, 2]).toContain(own);
    }
    expect(w.problems).toEqual([]);
    await page.close();
  });

  it('any branch and period asked for, on A3; an organisation the data does not hold is said', async () => {
    const [branch] = await queryParquet(
      SAMPLE_DATA,
      `SELECT org_id, name FROM organizations WHERE type = '党支部' ORDER BY org_id LIMIT 1`,
    );
    const page = await browser.newPage();
    const w = watch(page, new URL(server.url).origin);
    await page.goto(url(`board/print/?org=${branch.org_id}&period=2025Q3&paper=a3`));
    await page.waitForFunction(() => !document.getElementById('printed-sheets'));
    await page.waitForSelector('.sheet .sheet-where', { timeout: 60_000 });
    const rows = await page.$$eval('.sheet tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent)),
    );
    const expected = await queryParquet(
      SAMPLE_DATA,
      `SELECT m.name, coalesce(q.bonus, 0) - coalesce(q.deduction, 0) AS period_points, y.total
       FROM member_year_points y JOIN members m USING (member_id)
       LEFT JOIN member_period_points q ON q.member_id = y.member_id AND q.period = '2025Q3'
       WHERE y.year = 2025 AND y.branch_id = ? ORDER BY y.total DESC, y.member_id`,
      [String(branch.org_id)],
    );
    expect(rows).toEqual(
      expected.map((r) => [
        String(r.name),
        formatValue(Number(r.period_points), 'signed', 'zh'),
        formatValue(Number(r.total), 'num1', 'zh'),
      ]),
    );
    expect(await page.$eval('.sheet-where', (e) => e.textContent)).toBe(`${branch.name}2025年第三季度`);
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      path: join(SHOTS, 'board-print-a3.pdf'),
    });
    expect(pdfSize(pdf)).toEqual([842, 1191]); // A3
    expectWholePages(join(SHOTS, 'board-print-a3.pdf'), [String(branch.name)]);
    expect(w.problems).toEqual([]);
    await page.goto(url('board/print/?org=NO-SUCH-ORG'));
    await page.waitForSelector('.sheet-status.failed', { timeout: 60_000 });
    expect(await page.$eval('.sheet-status', (e) => e.textContent)).toBe('数据中没有这个组织：NO-SUCH-ORG');
    expect(await page.$('.sheet')).toBeNull();
    await page.close();
  });
});

describe('screenshots', () => {
  it('of every pre-rendered frame, and in red of each kind’s first, and the English overview', async () => {
    const frames = builtFrames(BOARD_HTML());
    for (const theme of ['dark', 'red']) {
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.clock.install({ time: new Date('2026-01-05T09:30:00') });
      await page.goto(url(`board/?live=off&theme=${theme}`));
      await page.waitForSelector('#board-static .board-frame.on');
      await pause(page);
      const kinds = new Set<string>();
      for (const name of frames) {
        expect(await staticFrame(page)).toBe(name);
        // Every frame in the default theme; in red, the first frame of each kind (78 screenshots took 47 s of CI).
        const kind = name.split(':')[0];
        if (theme === 'dark' || !kinds.has(kind))
          await page.screenshot({ path: join(SHOTS, `board-frame-${theme}-${name.replace(':', '-')}.png`) });
        kinds.add(kind);
        await advance(page, 15_000);
      }
      await page.close();
    }
    const en = await browser.newPage({ viewport: VIEWPORT });
    await en.goto(url('en/board/?live=off'));
    await en.waitForSelector('#board-static .board-frame.on');
    await en.screenshot({ path: join(SHOTS, 'board-frame-dark-en-overview-1.png') });
    await en.close();
  });
});

describe('memory after an hour of rotation', () => {
  // Measured by scripts/bench-board.ts, as `npm run bench` measures it.
  it('with DuckDB-WASM and without: flat over the hour, and without it far less', async () => {
    const m: BoardMemory = { preRendered: await boardHour(server, false), live: await boardHour(server, true) };
    console.log(boardMemoryLines(m).join('\n'));
    expect(m.preRendered.fetchedLive).toBe(false);
    expect(m.live.fetchedLive).toBe(true);
    for (const { growth, bounds } of [m.preRendered, m.live]) {
      // Flat: once every frame has been drawn, the rest of the hour adds little (bench-board.ts's growthBounds).
      expect(growth.heapMiB).toBeLessThan(bounds.heapMiB);
      expect(growth.rendererRssMiB).toBeLessThan(bounds.rendererRssMiB);
      expect(growth.nodes).toBeLessThan(bounds.nodes);
    }
    // The live board holds one frame, not the 39 pre-rendered ones (the script lets go of them when it hands over).
    expect(m.live.at.hour.nodes).toBeLessThan(m.preRendered.at.hour.nodes / 4);
    // DuckDB-WASM, its worker and the tables it holds cost the page's process some 100 MiB more.
    expect(m.preRendered.at.hour.rendererRssMiB).toBeLessThan(m.live.at.hour.rendererRssMiB - 80);
  });
});
