/**
 * Names that try markup and script stay text in tables, tooltips and titles;
 * no dialog fires; CSV neutralises formulas. This site is also served from a
 * sub-path, as a plain static host would.
 */
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/static-server';
import { queryParquet } from '../helpers';
import { closeEveryContext, launch } from './browser';
import { HOSTILE_BASE, HOSTILE_DATA, HOSTILE_DIST } from './global-setup';
import { ready, type Watch, watch } from './page-watch';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert("m")</script>';
let server: StaticServer;
let browser: Browser;
const watches: Watch[] = [];

/** The page of the organisation a hostile-named member belongs to. */
async function orgOf(name: string): Promise<string> {
  const [row] = await queryParquet(HOSTILE_DATA, 'SELECT org_id FROM members WHERE name = ?', [name]);
  return `org/${row.org_id}/`;
}

beforeAll(async () => {
  server = await serveStatic(HOSTILE_DIST, HOSTILE_BASE);
  browser = await launch();
});
afterEach(() => closeEveryContext(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const w of watches) {
    expect(w.dialogs).toEqual([]);
    expect(w.foreign).toEqual([]);
  }
});

async function open(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  const w = watch(page, new URL(server.url).origin);
  watches.push(w);
  await page.goto(new URL(path, server.url).href);
  await ready(page);
  expect(w.problems).toEqual([]);
  return page;
}

describe('hostile names', () => {
  it('show as text in tables and create no element', async () => {
    const page = await open('');
    const cells = await page.$$eval('#ranking td', (tds) => tds.map((td) => td.textContent));
    expect(cells).toContain(IMG);
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.$$eval('script', (s) => s.filter((x) => x.textContent?.includes('alert')).length)).toBe(0);
  });

  it('show as text in a chart tooltip', async () => {
    const page = await open('');
    const chart = page.locator('#ranking .chart');
    const box = await chart.boundingBox();
    if (!box) throw new Error('no chart');
    const seen: string[] = [];
    for (let y = box.y + 20; y < box.y + box.height - 20; y += 12) {
      await page.mouse.move(box.x + box.width / 2, y);
      await page.waitForTimeout(30);
      seen.push(
        ...(await page.$$eval('#ranking .chart div', (divs) => divs.map((d) => (d as HTMLElement).textContent))),
      );
    }
    expect(seen.some((text) => text.includes(IMG))).toBe(true);
    expect(await page.$$eval('#ranking img', (imgs) => imgs.length)).toBe(0);
  });

  it('show as text in page titles and member tables', async () => {
    const page = await open('org/B003/');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe(IMG);
    expect(await page.title()).toContain(IMG);
    const member = await open(await orgOf(SCRIPT));
    const names = await member.$$eval('#members td', (tds) => tds.map((td) => td.textContent));
    expect(names).toContain(SCRIPT);
  });

  it('an id with dots, dashes, underscores and Chinese letters: its page, the links to it and its screen work', async () => {
    const [org] = await queryParquet(
      HOSTILE_DATA,
      "SELECT org_id, name FROM organizations WHERE org_id LIKE '党支部.%'",
    );
    const id = String(org.org_id);
    const linked: string[] = [];
    // The links as the build wrote them (script off: no DuckDB-WASM to wait for, seconds a page). A live page keeps
    // the build's view while the data is the version the build read (dashboards.e2e, "the first view").
    const plain = await browser.newContext({ javaScriptEnabled: false });
    for (const path of ['', 'branches/', 'members/', 'work/']) {
      const page = await plain.newPage();
      await page.goto(new URL(path, server.url).href);
      const hrefs = [
        ...new Set(await page.$$eval('a[href*="/org/"]', (as) => as.map((a) => (a as HTMLAnchorElement).href))),
      ];
      const statuses = await Promise.all(hrefs.map((u) => fetch(u).then((r) => r.status)));
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      linked.push(...hrefs.filter((h) => decodeURIComponent(h).includes(`/org/${id}/`)));
      await page.close();
    }
    expect(linked.length).toBeGreaterThan(0);
    const page = await open(`org/${encodeURIComponent(id)}/`);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe(org.name);
    const boardContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const board = await boardContext.newPage();
    const w = watch(board, new URL(server.url).origin);
    watches.push(w);
    await board.goto(new URL(`board/?org=${encodeURIComponent(id)}&slides=ranking`, server.url).href);
    await board.waitForSelector('.board-viewport[data-version]:not([data-version=""])', { timeout: 60_000 });
    expect(await board.textContent('.board-viewport')).toContain(String(org.name));
    expect(w.problems).toEqual([]);
  });

  it('show as text on the review deck, built and answered in the page, and in its PPTX; ?org= works from a sub-path', async () => {
    const years = (await queryParquet(HOSTILE_DATA, 'SELECT year FROM data_years ORDER BY year')).map((r) =>
      Number(r.year),
    );
    const [org] = await queryParquet(
      HOSTILE_DATA,
      "SELECT org_id, name FROM organizations WHERE org_id LIKE '党支部.%'",
    );
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
    for (const [year, id, name] of [
      [years.at(-1), 'B003', IMG], // its own page
      [years[0], 'B003', IMG], // answered in the page (review/live/)
      [years.at(-1), String(org.org_id), String(org.name)],
    ] as const) {
      const page = await context.newPage();
      const w = watch(page, new URL(server.url).origin);
      watches.push(w);
      await page.goto(new URL(`review/${year}/?org=${encodeURIComponent(id)}`, server.url).href);
      await page.waitForSelector('.deck[data-current]', { state: 'attached', timeout: 150_000 });
      expect(new URL(page.url()).pathname.startsWith(HOSTILE_BASE)).toBe(true);
      expect(await page.$eval('.slide-cover .org', (e) => e.textContent)).toBe(name);
      expect(await page.$$eval('.deck img', (imgs) => imgs.length)).toBe(0);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="pptx"]')]);
      const chunks: Buffer[] = [];
      for await (const c of await download.createReadStream()) chunks.push(Buffer.from(c as Buffer));
      const cover = await (await JSZip.loadAsync(Buffer.concat(chunks))).file('ppt/slides/slide1.xml')?.async('string');
      const escaped = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(cover).toContain(escaped); // the name as text in the cover's XML, never as markup
      expect(cover).not.toContain('<img');
      expect(w.problems).toEqual([]);
      expect(w.csp).toEqual([]);
      await page.close();
    }
  });

  it('CSV downloads neutralise formula-looking cells', async () => {
    const page = await open(await orgOf("=cmd|' /C calc'!A0"));
    const names = await page.$$eval('#members td', (tds) => tds.map((td) => td.textContent));
    expect(names.some((n) => n?.startsWith('=cmd'))).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#members .actions button')]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(Buffer.from(c as Buffer));
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toMatch(/^'=cmd\|' \/C calc'!A0,/m); // prefixed with ' so Excel keeps it as text
    expect(text).not.toMatch(/(^|,)=cmd/m);
  });
});
