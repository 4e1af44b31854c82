/**
 * Themes in the browser: the page's light/dark switch redraws its live charts through the registered
 * ECharts themes (src/charts/theme.ts), in place, and charts still showing the build's light SVG go live
 * in the dark theme.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/static-server';
import { echartsTheme, type ThemeName } from '../../src/charts/theme';
import { closeEveryContext, launch } from './browser';
import { SAMPLE_DIST } from './global-setup';
import { ready, watch } from './page-watch';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(SAMPLE_DIST);
  browser = await launch();
});
afterEach(() => closeEveryContext(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ink = (theme: ThemeName) => (echartsTheme(theme).textStyle as { color: string }).color;

/** The fill of every text of a panel's live chart (ECharts' own element inside .chart), or null while it is the build's SVG. */
const liveTextFills = (page: Page, panel: string) =>
  page.$eval(`#${panel} .chart`, (chart) => {
    const svg = chart.querySelector(':scope > div svg');
    return svg ? [...new Set([...svg.querySelectorAll('text')].map((t) => t.getAttribute('fill')))] : null;
  });

const settled = (page: Page) => page.waitForSelector('.dashboard[data-ready="true"]:not(:has([data-pending]))');

describe('the theme switch', () => {
  it('redraws a live chart in place with the dark theme, and takes the build’s SVG charts live', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, colorScheme: 'light' });
    const w = watch(page, new URL(server.url).origin);
    await page.goto(server.url);
    await ready(page);
    expect(await page.$eval('html', (h) => h.dataset.theme)).toBe('light');
    // Until something asks for it, a chart is the build's SVG, drawn with the light theme.
    expect(await liveTextFills(page, 'scoreTrend')).toBeNull();
    expect(await page.$eval('#scoreTrend .chart > svg', (s) => s.outerHTML)).toContain(`fill="${ink('light')}"`);
    // A pointer on the ranking makes it live, in the light theme.
    await page.hover('#ranking .chart');
    await page.waitForSelector('#ranking .chart > div svg');
    await settled(page);
    expect(await liveTextFills(page, 'ranking')).toContain(ink('light'));
    await page.$eval('#ranking .chart > div', (el) => el.setAttribute('data-marked', 'before-toggle'));

    await page.click('.theme-toggle');
    expect(await page.$eval('html', (h) => h.dataset.theme)).toBe('dark');
    await page.waitForSelector('#scoreTrend .chart > div svg');
    await settled(page);
    const ranking = await liveTextFills(page, 'ranking');
    expect(ranking).toContain(ink('dark'));
    expect(ranking).not.toContain(ink('light'));
    // The same ECharts instance, re-themed: its element was not replaced.
    expect(await page.$eval('#ranking .chart > div', (el) => el.getAttribute('data-marked'))).toBe('before-toggle');
    const trend = await liveTextFills(page, 'scoreTrend');
    expect(trend).toContain(ink('dark'));
    expect(trend).not.toContain(ink('light'));

    // And back (the switch is observed, then drawn: wait for the drawing).
    await page.click('.theme-toggle');
    await expect.poll(() => liveTextFills(page, 'ranking'), { timeout: 20_000 }).toEqual([ink('light')]);
    await settled(page);
    expect(await liveTextFills(page, 'scoreTrend')).toEqual([ink('light')]);
    expect(w.problems).toEqual([]);
    await page.close();
  });
});
