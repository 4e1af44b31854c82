/**
 * The annual review deck in headless Chromium: a deck per organisation (`?org=` finds its page, or answers it
 * in the browser with the same headlines native DuckDB gives), headlines against SQL written here, keyboard and
 * clicker keys, F and S, the cover set by URL and form (text, never markup), print-to-PDF with a page per slide,
 * the PPTX written in the page under the site's Content-Security-Policy and opened by LibreOffice Impress (a
 * page per slide, each headline on its page by pdftotext, a chart part per chart by unzip), figures equal to
 * the overview's, and a screenshot of every slide.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/static-server';
import { loadMeta, type Meta } from '../../src/queries/meta';
import type { Runner } from '../../src/queries/types';
import { buildDeckData, deckDoc } from '../../src/review/deck';
import type { DeckDoc } from '../../src/review/model';
import { openRunner } from '../../src/ssr/node-runner';
import { readManifest } from '../../src/ssr/site-data';
import { queryParquet, tempDir } from '../helpers';
import { closeEveryContext, launch } from './browser';
import { ROOT, SAMPLE_DATA, SAMPLE_DIST } from './global-setup';
import { ready, type Watch, watch } from './page-watch';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
let server: StaticServer;
let browser: Browser;
let runner: Runner;
let meta: Meta;
let years: number[];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(SAMPLE_DIST);
  browser = await launch();
  runner = await openRunner(SAMPLE_DATA);
  meta = await loadMeta(runner, readManifest(SAMPLE_DATA));
  years = [...meta.years];
});

const sql = (text: string, params: (string | number)[] = []) => queryParquet(SAMPLE_DATA, text, params);
const squash = (s: string) => s.replace(/\s+/g, '');
afterEach(() => closeEveryContext(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The deck native DuckDB gives for an organisation and year, in a language. */
async function expectedDoc(year: number, org?: string, locale: 'zh' | 'en' = 'zh'): Promise<DeckDoc> {
  return deckDoc(await buildDeckData(runner, meta, { year, org }), locale);
}

async function openDeck(path: string): Promise<{ page: Page; w: Watch }> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  const w = watch(page, new URL(server.url).origin);
  await page.goto(new URL(path, server.url).href);
  await page.waitForSelector('.deck[data-current]', { state: 'attached', timeout: 150_000 });
  return { page, w };
}

const current = (page: Page) => page.$eval('.deck', (e) => Number(e.getAttribute('data-current')));
const visible = (page: Page) =>
  page.$$eval('.slide', (els) => els.filter((e) => getComputedStyle(e).visibility === 'visible').length);
// The page's own address: history.replaceState reaches page.url() only with a later event, so a
// read straight after a keystroke could see the address before it (CI saw the old ?date= once).
const liveUrl = async (page: Page) => new URL(await page.evaluate(() => location.href));
const headlines = (page: Page) => page.$$eval('.slide h2', (els) => els.map((e) => e.textContent));

async function screenshots(page: Page, name: string): Promise<void> {
  const total = await page.$eval('.deck', (e) => Number(e.getAttribute('data-slides')));
  for (let n = 1; n <= total; n++) {
    await page.evaluate((i) => {
      location.hash = `#${i}`;
    }, n);
    await page.waitForFunction((i) => document.querySelector('.deck')?.getAttribute('data-current') === String(i), n);
    await page.screenshot({ path: join(SHOTS, `review-${name}-${n}.png`) });
  }
}

describe('annual review decks', () => {
  it('has the committee’s deck for every year, and every listed organisation’s for the latest', async () => {
    expect(years.length).toBeGreaterThanOrEqual(2);
    const latest = years.at(-1) as number;
    const paths = [
      ...years.map((y) => `review/${y}/`),
      ...meta.orgs.filter((o) => o.id !== meta.rootOrg).map((o) => `review/${latest}/${encodeURIComponent(o.id)}/`),
      `en/review/${latest}/B003/`,
    ];
    for (const path of paths) {
      const response = await fetch(new URL(path, server.url));
      expect([path, response.status]).toEqual([path, 200]);
    }
    // An earlier year of an organisation below the committee opens on review/live/ (below), not a page of its own.
    expect((await fetch(new URL(`review/${years[0]}/B003/`, server.url))).status).toBe(404);
  });

  it('says in its headlines what SQL written here counts', async () => {
    const year = years.at(-1) as number;
    const { page } = await openDeck(`review/${year}/`);
    const shown = Object.fromEntries(
      await page.$$eval('.slide[data-slide]', (els) =>
        els.map((e) => [e.getAttribute('data-slide'), e.querySelector('h2')?.textContent ?? '']),
      ),
    );
    await page.close();
    const [tp] = await sql(
      `SELECT count(*) FILTER (WHERE parent_id IS NULL)::INT AS t,
         count(*) FILTER (WHERE parent_id IS NULL AND stage = '结题')::INT AS tc,
         count(*) FILTER (WHERE parent_id IS NOT NULL)::INT AS s,
         count(*) FILTER (WHERE parent_id IS NOT NULL AND stage = '结题')::INT AS sc
       FROM topics WHERE coalesce(year(set_on), year(due_on), year(closed_on), ?) = ?`,
      [year, year],
    );
    expect(shown.topics).toBe(
      `${tp.t} 个课题中 ${tp.tc} 个已结题${Number(tp.s) ? `，${tp.s} 个子课题中 ${tp.sc} 个已结题` : ''}`,
    );
    // The honour roll: ratings the evaluation recorded.
    const [h] = await sql(
      `SELECT count(*)::INT AS n FROM evaluations e JOIN members m USING (member_id) WHERE e.year = ? AND e.rating = '优秀'`,
      [year],
    );
    expect(shown.honours).toMatch(new RegExp(`^表彰：${h.n} 名党员评为优秀党员`));
    const [t] = await sql(`SELECT count(*)::INT AS n, count(done_on)::INT AS done FROM tasks WHERE year(due_on) = ?`, [
      year,
    ]);
    expect(shown.tasks).toMatch(new RegExp(`^${t.n} 项任务完成 ${t.done} 项`));
  });

  it('shows a branch’s deck as native DuckDB gives it, numbered and headlined for the branch', async () => {
    const year = years.at(-1) as number;
    const { page, w } = await openDeck(`review/${year}/B003/`);
    const doc = await expectedDoc(year, 'B003');
    expect(await page.$eval('.deck', (e) => Number(e.getAttribute('data-slides')))).toBe(doc.slides.length + 1);
    expect(await headlines(page)).toEqual(doc.slides.map((s) => s.headline));
    expect(await page.$eval('.slide-cover .org', (e) => e.textContent)).toBe('西城片区党工委');
    await screenshots(page, `${year}-B003`);
    expect(w.problems).toEqual([]);
    await page.close();
  });

  it('?org= opens an organisation’s deck: its page, or one answered in the browser as native DuckDB answers it', async () => {
    const [first, latest] = [years[0], years.at(-1) as number];
    const listed = await openDeck(`review/${latest}/?org=B003&presenter=${encodeURIComponent('张三')}`);
    expect(new URL(listed.page.url()).pathname).toBe(`/review/${latest}/B003/`);
    expect(new URL(listed.page.url()).searchParams.get('presenter')).toBe('张三');
    await listed.page.close();

    const { page, w } = await openDeck(`review/${first}/?org=B003`);
    const url = new URL(page.url());
    expect([url.pathname, url.searchParams.get('year'), url.searchParams.get('org')]).toEqual([
      '/review/live/',
      String(first),
      'B003',
    ]);
    const doc = await expectedDoc(first, 'B003');
    expect(await headlines(page)).toEqual(doc.slides.map((s) => s.headline));
    await screenshots(page, `${first}-B003-live`);
    expect(w.problems).toEqual([]);
    expect(w.csp).toEqual([]);
    await page.close();

    const unknown = await browser.newPage();
    await unknown.goto(new URL(`review/live/?year=${latest}&org=NO-SUCH`, server.url).href);
    await unknown.waitForSelector('.deck[data-error]', { state: 'attached', timeout: 150_000 });
    expect(await unknown.$eval('.deck [role="status"]', (e) => e.textContent)).toContain('no organisation “NO-SUCH”');
    await unknown.close();
  });

  it('moves with arrows, page keys, space, Home/End and a click; F goes full screen, S shows the notes', async () => {
    const year = years.at(-1) as number;
    const { page, w } = await openDeck(`review/${year}/`);
    const total = await page.$eval('.deck', (e) => Number(e.getAttribute('data-slides')));
    expect(total).toBe((await expectedDoc(year)).slides.length + 1);
    expect(await current(page)).toBe(1);
    const steps: [string, number][] = [
      ['ArrowRight', 2],
      ['PageDown', 3],
      ['Space', 4],
      ['ArrowDown', 5],
      ['ArrowLeft', 4],
      ['PageUp', 3],
      ['Shift+Space', 2],
      ['End', total],
      ['ArrowRight', total],
      ['Home', 1],
      ['ArrowLeft', 1],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key);
      expect([key, await current(page)]).toEqual([key, expected]);
      expect(await visible(page)).toBe(1);
    }
    await page.mouse.click(1800, 500);
    expect(await current(page)).toBe(2);
    expect((await liveUrl(page)).hash).toBe('#2');
    await page.reload();
    await page.waitForSelector('.deck[data-current]', { state: 'attached' });
    expect(await current(page)).toBe(2);
    const notes = () => page.$eval('.slide.current .notes', (e) => getComputedStyle(e).display);
    expect(await notes()).toBe('none');
    await page.keyboard.press('s');
    expect(await notes()).toBe('block');
    expect(await page.$eval('.slide.current .notes li', (e) => e.textContent)).toBe(
      (await expectedDoc(year)).slides[0].notes[0],
    );
    await page.keyboard.press('s');
    await page.click('[data-action="notes"]'); // the toolbar's button, then Space: the deck moves on
    await page.keyboard.press('Space');
    expect(await current(page)).toBe(3);
    await page.click('[data-action="notes"]');
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
    await page.close();
  });

  it('keeps the toolbar clear of the slide number', async () => {
    const { page } = await openDeck(`review/${years.at(-1)}/#2`);
    await page.mouse.move(900, 500);
    await page.mouse.move(960, 540);
    await page.waitForFunction(() => document.documentElement.classList.contains('deck-pointer'));
    const box = (selector: string) => page.$eval(selector, (e) => e.getBoundingClientRect().toJSON() as DOMRect);
    const [bar, number] = [await box('.deck-toolbar'), await box('.slide.current .number')];
    // Shown whole once its fade-in ends (read at once on a loaded machine it was 0.87, mid-transition).
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('.deck-toolbar') as Element).opacity === '1',
    );
    const apart =
      bar.right < number.left || number.right < bar.left || bar.bottom < number.top || number.bottom < bar.top;
    expect(apart).toBe(true);
    await page.close();
  });

  it('takes the cover from the URL and its form as text, bounded, and writes the form back to the URL', async () => {
    const title = '<img src=x onerror=alert(1)>年度总结';
    const long = '长'.repeat(80);
    const { page, w } = await openDeck(
      `review/${years.at(-1)}/?title=${encodeURIComponent(title)}&presenter=${encodeURIComponent(long)}`,
    );
    expect(await page.$eval('[data-cover="title"]', (e) => [e.textContent, e.children.length])).toEqual([title, 0]);
    expect(await page.$eval('[data-cover="presenter"]', (e) => [...(e.textContent ?? '')].length)).toBe(40);
    expect(await page.$eval('.deck-message', (e) => e.textContent)).toContain('汇报人过长，最多 40 个字');
    await page.click('[data-action="cover"]');
    await page.fill('.cover-form input[name="date"]', '2026年1月15日');
    expect(await page.$eval('[data-cover="date"]', (e) => e.textContent)).toBe('2026年1月15日');
    expect((await liveUrl(page)).searchParams.get('date')).toBe('2026年1月15日');
    await page.keyboard.press('ArrowRight'); // typing in the form does not move the deck
    expect(await current(page)).toBe(1);
    for (const field of ['title', 'org', 'presenter', 'date'])
      await page.fill(`.cover-form input[name="${field}"]`, '');
    expect((await liveUrl(page)).search).toBe(''); // the deck's own cover again, and a clean link
    expect(await page.$eval('[data-cover="title"]', (e) => e.textContent)).toBe(
      (await expectedDoc(years.at(-1) as number)).cover.title,
    );
    expect(w.dialogs).toEqual([]);
    await page.close();
  });

  it('writes the deck as PPTX in the page, under the site’s policy: native charts, notes, the cover and what was typed', async () => {
    const year = years.at(-1) as number;
    const { page, w } = await openDeck(`review/${year}/?presenter=${encodeURIComponent('张三')}`);
    const doc = await expectedDoc(year);
    await page.evaluate(() => {
      location.hash = `#${document.querySelectorAll('.slide').length - 1}`;
    });
    await page.click('.slide.current .prompts li');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('学习教育覆盖面仍需扩大');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="pptx"]')]);
    expect(download.suggestedFilename()).toBe(`review-${year}-${meta.rootOrg}.pptx`);
    const dir = tempDir('djd-pptx-');
    const file = join(dir, 'deck.pptx');
    await download.saveAs(file);
    expect(w.csp).toEqual([]);
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
    await page.close();

    // The parts, as unzip lists them: a slide per slide, a native chart part per chart.
    const parts = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
    const charts = doc.slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart').length;
    expect(parts.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length).toBe(doc.slides.length + 1);
    expect(parts.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).length).toBe(charts);
    expect(charts).toBeGreaterThanOrEqual(6);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const chartXml = await zip.file('ppt/charts/chart1.xml')?.async('string');
    expect(chartXml).toContain('<c:barChart>');

    // Opened by LibreOffice Impress: a page per slide, the cover as set, each headline on its page, what was typed.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'ignore', timeout: 240_000 },
    );
    const pdf = join(dir, 'deck.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBe(doc.slides.length + 1);
    const pageText = (n: number) =>
      squash(execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }));
    expect(pageText(1)).toContain('张三');
    expect(pageText(1)).toContain(squash(doc.cover.title));
    for (const [i, slide] of doc.slides.entries())
      expect([slide.id, pageText(i + 2)]).toEqual([slide.id, expect.stringContaining(squash(slide.headline))]);
    expect(pageText(pages - 1)).toContain('学习教育覆盖面仍需扩大'); // the 问题与不足 slide, typed on
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(SHOTS, 'review-pptx-page')]);
  });

  it('prints one landscape page per slide with every chart drawn, and is screenshotted slide by slide', async () => {
    for (const year of years) {
      const { page } = await openDeck(`review/${year}/`);
      const total = await page.$eval('.deck', (e) => Number(e.getAttribute('data-slides')));
      const charts = await page.$$eval('.deck-chart', (els) => els.length);
      const doc = await expectedDoc(year);
      expect(charts).toBe(doc.slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart').length);
      expect(charts).toBeGreaterThanOrEqual(6);
      await screenshots(page, String(year));
      await page.emulateMedia({ media: 'print' });
      const drawn = await page.$$eval('.deck-chart svg', (svgs) =>
        svgs.map((s) => ({ h: s.getBoundingClientRect().height, marks: s.querySelectorAll('path, rect').length })),
      );
      expect(drawn.length).toBe(charts);
      for (const d of drawn) {
        expect(d.h).toBeGreaterThan(200);
        expect(d.marks).toBeGreaterThan(3);
      }
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBe(total);
      const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
      expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2])); // landscape
      await page.close();
    }
  });

  it('shows the same figures as the overview dashboard for the same year, and the year before', async () => {
    const figures = (page: Page, selector: string, attr: string) =>
      page.$$eval(
        selector,
        (els, a) => Object.fromEntries(els.map((e) => [e.getAttribute('data-kpi'), e.getAttribute(a)])),
        attr,
      );
    const [previousYear, year] = years.slice(-2);
    const { page: deck } = await openDeck(`review/${year}/`);
    const onDeck = await figures(deck, '.slide-numbers [data-kpi]', 'data-value');
    const changesNow = await figures(deck, '.slide-changes [data-kpi]', 'data-value');
    const changesBefore = await figures(deck, '.slide-changes [data-kpi]', 'data-previous');
    await deck.close();
    expect(Object.keys(changesNow).length).toBe(4); // the year's own figures (the head counts are the roll's)
    // The overview once a year: the deck's numbers and its changes' figures against this year's, its changes'
    // previous figures against the year before's.
    for (const [y, deckFigures] of [
      [year, [onDeck, changesNow]],
      [previousYear, [changesBefore]],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(new URL(`?year=${y}`, server.url).href);
      await ready(page);
      const dashboard = await figures(page, '.dashboard [data-kpi]', 'data-value');
      for (const [key, value] of deckFigures.flatMap((f) => Object.entries(f))) {
        expect([key, Number(value)]).toEqual([key, expect.closeTo(Number(dashboard[key]), 9)]);
      }
      await page.close();
    }
  });
});
