/**
 * The annual review deck in headless Chromium: keyboard and clicker keys
 * move through it, F goes full screen, print-to-PDF gives one page per
 * slide with every chart drawn, and its figures equal the overview
 * dashboard's for the same year (answered there by DuckDB-WASM).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/static-server';
import { queryParquet } from '../helpers';
import { launch } from './browser';
import { ROOT, SAMPLE_DATA, SAMPLE_DIST } from './global-setup';
import { ready, watch } from './page-watch';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
let server: StaticServer;
let browser: Browser;
let years: number[];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(SAMPLE_DIST);
  browser = await launch();
  const rows = await queryParquet(SAMPLE_DATA, 'SELECT DISTINCT year FROM member_year_points ORDER BY year');
  years = rows.map((r) => Number(r.year));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openDeck(year: number, hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(new URL(`review/${year}/${hash}`, server.url).href);
  await page.waitForSelector('.deck[data-current]', { state: 'attached' });
  return page;
}

const current = (page: Page) => page.$eval('.deck', (e) => Number(e.getAttribute('data-current')));
const visible = (page: Page) =>
  page.$$eval('.slide', (els) => els.filter((e) => getComputedStyle(e).visibility === 'visible').length);

describe('annual review deck', () => {
  it('has a deck for every year in the data', async () => {
    expect(years.length).toBeGreaterThanOrEqual(2);
    for (const year of years) {
      const response = await fetch(new URL(`review/${year}/`, server.url));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`data-year="${year}"`);
    }
  });

  it('moves with arrows, page keys, space, Home/End and a click; F goes full screen', async () => {
    const year = years.at(-1) as number;
    const page = await openDeck(year);
    const w = watch(page, new URL(server.url).origin);
    const total = await page.$eval('.deck', (e) => Number(e.getAttribute('data-slides')));
    expect(total).toBe(9);
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
    expect(new URL(page.url()).hash).toBe('#2');
    await page.reload();
    await page.waitForSelector('.deck[data-current]', { state: 'attached' });
    expect(await current(page)).toBe(2);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
    await page.close();
  });

  it('prints one landscape page per slide with every chart drawn, and is screenshotted slide by slide', async () => {
    for (const year of years) {
      const page = await openDeck(year);
      const total = await page.$eval('.deck', (e) => Number(e.getAttribute('data-slides')));
      const charts = await page.$$eval('.deck-chart', (els) => els.length);
      expect(charts).toBeGreaterThanOrEqual(7);
      for (let n = 1; n <= total; n++) {
        await page.evaluate((i) => {
          location.hash = `#${i}`;
        }, n);
        await page.waitForFunction(
          (i) => document.querySelector('.deck')?.getAttribute('data-current') === String(i),
          n,
        );
        await page.screenshot({ path: join(SHOTS, `review-${year}-${n}.png`) });
      }
      await page.emulateMedia({ media: 'print' });
      // Every chart has drawn marks and a real size on the printed page.
      // (A chart whose query has no rows that year says so instead.)
      const drawn = await page.$$eval('.deck-chart svg', (svgs) =>
        svgs.map((s) => ({ h: s.getBoundingClientRect().height, marks: s.querySelectorAll('path, rect').length })),
      );
      const empty = await page.$$eval('.deck-chart .deck-note', (els) => els.length);
      expect(drawn.length + empty).toBe(charts);
      expect(empty).toBeLessThanOrEqual(2);
      for (const d of drawn) {
        expect(d.h).toBeGreaterThan(200);
        expect(d.marks).toBeGreaterThan(5);
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
    const kpis = (page: Page, selector: string, attr: string) =>
      page.$$eval(
        selector,
        (els, a) => Object.fromEntries(els.map((e) => [e.getAttribute('data-kpi'), e.getAttribute(a)])),
        attr,
      );
    const [previousYear, year] = years.slice(-2);
    const deck = await openDeck(year);
    const onDeck = await kpis(deck, '.slide-numbers [data-kpi]', 'data-value');
    const changesNow = await kpis(deck, '.slide-changes [data-kpi]', 'data-value');
    const changesBefore = await kpis(deck, '.slide-changes [data-kpi]', 'data-previous');
    await deck.close();
    for (const [y, deckFigures] of [
      [year, onDeck],
      [year, changesNow],
      [previousYear, changesBefore],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(new URL(`?year=${y}`, server.url).href);
      await ready(page);
      const dashboard = await kpis(page, '.dashboard [data-kpi]', 'data-value');
      expect(Object.keys(deckFigures).sort()).toEqual(Object.keys(dashboard).sort());
      for (const [key, value] of Object.entries(dashboard)) {
        expect([key, Number(deckFigures[key])]).toEqual([key, expect.closeTo(Number(value), 9)]);
      }
      await page.close();
    }
  });
});
