/**
 * The notice board's memory after an hour of rotation: a fresh Chromium shows the default `/board/` at
 * 1920×1080, its clock moved on frame by frame at 15 s a frame (Playwright's page.clock), garbage collected
 * before each reading: at the start, after 10 minutes (a round: every frame drawn once) and after an hour.
 * Twice: without WebAssembly (the global deleted before the page runs, as an old TV box's browser: the
 * pre-rendered frames rotate by the page's small script) and with it (the live board on DuckDB-WASM).
 * tests/e2e/board-static.e2e.ts asserts the growth bounds; `npm run bench` prints the figures against them.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch } from '../tests/e2e/browser';
import { advance, pause } from '../tests/e2e/clock';
import { type StaticServer, serveStatic } from './static-server';

export interface Memory {
  readonly heapMiB: number;
  readonly rendererPssMiB: number;
  readonly rendererRssMiB: number;
  readonly totalPssMiB: number;
  readonly nodes: number;
}

export interface BoardHour {
  readonly at: { readonly start: Memory; readonly round: Memory; readonly hour: Memory };
  /** Whether the board fetched DuckDB-WASM, its worker or Parquet. */
  readonly fetchedLive: boolean;
  /** What the last 50 minutes added, against what they may add (growth < bound). */
  readonly growth: { readonly heapMiB: number; readonly rendererRssMiB: number; readonly nodes: number };
  readonly bounds: { readonly heapMiB: number; readonly rendererRssMiB: number; readonly nodes: number };
}

export interface BoardMemory {
  /** No WebAssembly: the pre-rendered frames. */
  readonly preRendered: BoardHour;
  /** DuckDB-WASM: the live board. */
  readonly live: BoardHour;
}

const VIEWPORT = { width: 1920, height: 1080 };
/** What the browser would run or fetch for live data: DuckDB-WASM, its worker, the Parquet files. */
export const LIVE = /\.wasm$|duckdb-browser|\.parquet$/;

/**
 * Flat: once every frame has been drawn, the rest of the hour adds little to the heap (10% and 1 MiB) and the
 * process (its resident size, 15% and 5 MiB: how much of it is shared with other processes, PSS, moves as they
 * come and go). Frames hold a few hundred nodes each, the tally's the most: frames kept on would add thousands.
 */
export const growthBounds = (round: Memory) => ({
  heapMiB: round.heapMiB * 0.1 + 1,
  rendererRssMiB: round.rendererRssMiB * 0.15 + 5,
  nodes: 1_000,
});

/** Proportional and resident memory of the browser's processes (Linux /proc), the page's renderer apart. */
async function processMemory(b: Browser) {
  const cdp = await b.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  const read = (pid: number) => {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0) / 1024;
    return { pss: kb('Pss'), rss: kb('Rss') };
  };
  const all = processInfo.map((p) => ({ type: p.type, ...read(p.id) }));
  // The page's renderer is the largest (the others are Chromium's spare and utility renderers).
  const page = all.filter((p) => p.type === 'renderer').sort((a, b) => b.pss - a.pss)[0];
  return { rendererPssMiB: page.pss, rendererRssMiB: page.rss, totalPssMiB: all.reduce((n, p) => n + p.pss, 0) };
}

/** A fresh browser shows the default board of the site `server` serves, for an hour of its clock. */
export async function boardHour(server: StaticServer, wasm: boolean): Promise<BoardHour> {
  const own = await launch();
  try {
    const context = await own.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    if (!wasm) await page.addInitScript(() => delete (window as { WebAssembly?: unknown }).WebAssembly);
    await page.clock.install();
    const from = server.requests.length;
    await page.goto(new URL('board/', server.url).href);
    await page.waitForSelector(
      wasm ? '.board-viewport[data-version]:not([data-version=""])' : '#board-static .board-frame.on',
      { timeout: 60_000 },
    );
    const cdp = await context.newCDPSession(page);
    const measure = async (): Promise<Memory> => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heapMiB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
      const { nodes } = await cdp.send('Memory.getDOMCounters');
      return { heapMiB, nodes, ...(await processMemory(own)) };
    };
    await pause(page);
    const start = await measure();
    let round = start;
    for (let minute = 1; minute <= 60; minute++) {
      for (let s = 0; s < 60; s += 15) await advance(page, 15_000);
      if (minute === 10) round = await measure();
    }
    const hour = await measure();
    return {
      at: { start, round, hour },
      fetchedLive: server.requests.slice(from).some((p) => LIVE.test(p)),
      growth: {
        heapMiB: hour.heapMiB - round.heapMiB,
        rendererRssMiB: hour.rendererRssMiB - round.rendererRssMiB,
        nodes: hour.nodes - round.nodes,
      },
      bounds: growthBounds(round),
    };
  } finally {
    await own.close();
  }
}

/** Both hours on `siteDir` (built for the root path): the pre-rendered frames, then the live board. */
export async function boardMemory(siteDir: string): Promise<BoardMemory> {
  const server = await serveStatic(siteDir);
  try {
    return { preRendered: await boardHour(server, false), live: await boardHour(server, true) };
  } finally {
    await server.close();
  }
}

/** The figures as lines to print: each reading, then the last 50 minutes' growth against its bound. */
export function boardMemoryLines(m: BoardMemory): string[] {
  const line = (label: string, r: Memory) =>
    `  ${label}: JS heap ${r.heapMiB.toFixed(1)} MiB; page renderer ${r.rendererPssMiB.toFixed(0)} MiB PSS, ${r.rendererRssMiB.toFixed(0)} MiB RSS; all Chromium processes ${r.totalPssMiB.toFixed(0)} MiB PSS; ${r.nodes} DOM nodes`;
  const growth = (name: string, h: BoardHour) =>
    `  ${name}, growth over the last 50 min (bound): JS heap ${h.growth.heapMiB.toFixed(2)} MiB (< ${h.bounds.heapMiB.toFixed(2)}); renderer RSS ${h.growth.rendererRssMiB.toFixed(1)} MiB (< ${h.bounds.rendererRssMiB.toFixed(1)}); DOM nodes ${h.growth.nodes} (< ${h.bounds.nodes}); ${growthRatio(h).toFixed(2)} of the bound at most`;
  const when = { start: 'at start', round: 'after 10 min (a round)', hour: 'after an hour' } as const;
  const lines = (name: string, h: BoardHour) => [
    ...(Object.keys(when) as (keyof typeof when)[]).map((k) => line(`${name}, ${when[k]}`, h.at[k])),
    growth(name, h),
  ];
  return [
    'board memory (1920x1080, the default screen at 15 s a frame on the page clock):',
    ...lines('no WebAssembly (pre-rendered frames)', m.preRendered),
    ...lines('DuckDB-WASM (live board)', m.live),
  ];
}

/** The largest share of its bound that any of the hour's growths took: under 1 is within every bound. */
export const growthRatio = (h: BoardHour) =>
  Math.max(
    h.growth.heapMiB / h.bounds.heapMiB,
    h.growth.rendererRssMiB / h.bounds.rendererRssMiB,
    h.growth.nodes / h.bounds.nodes,
  );
