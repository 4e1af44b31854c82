/** The notice board's URL set-up, its paging into frames, and the scaling of slides: pure logic, checked here. */
import { describe, expect, it } from 'vitest';
import {
  BOARD_DEFAULTS,
  goesLive,
  LIVE_MIN_MEMORY_GB,
  needsLive,
  parseBoardConfig,
  retryDelay,
} from '../src/board/config';
import { framesOf, PAGE_ROWS, TALLY_COLUMNS, TALLY_LINES } from '../src/board/frames';
import { attentionShown, ems, OVERVIEW_ATTENTION_LINES } from '../src/board/Overview';
import { periodLabel } from '../src/charts/format';
import { screenScale } from '../src/client/screen';
import { BOARD_SLIDES } from '../src/queries/board';
import type { Value } from '../src/queries/types';

describe('board URL', () => {
  it('reads slides, interval, org, theme, language and poll from the URL', () => {
    const c = parseBoardConfig('?slides=points,ranking,points&interval=20&org=B003&theme=red&lang=en&poll=60', 'zh');
    expect(c).toEqual({
      slides: ['points', 'ranking'],
      interval: 20,
      org: 'B003',
      theme: 'red',
      locale: 'en',
      poll: 60,
      live: 'auto',
    });
  });

  it('falls back to defaults for anything missing or not understood', () => {
    const c = parseBoardConfig('?slides=nope,<script>&interval=abc&theme=pink&lang=fr&poll=', 'zh');
    expect(c).toEqual({
      slides: [...BOARD_SLIDES],
      interval: BOARD_DEFAULTS.interval,
      org: null,
      theme: 'dark',
      locale: 'zh',
      poll: BOARD_DEFAULTS.poll,
      live: 'auto',
    });
  });

  it('bounds the interval and the poll so a typo cannot freeze a screen or hammer the server', () => {
    expect(parseBoardConfig('?interval=0&poll=0', 'zh')).toMatchObject({ interval: 5, poll: 1 });
    // A frame that changes faster would flash on a public wall (WCAG 2.3.1: at most three flashes a second).
    for (const typo of ['0', '-3', '0.0001', '4.99', '-1e9'])
      expect(parseBoardConfig(`?interval=${typo}`, 'zh').interval).toBe(5);
    expect(parseBoardConfig('?interval=1e9&poll=1e9', 'zh')).toMatchObject({ interval: 3600, poll: 86400 });
  });

  it('backs off after failures: 15 s doubling, never beyond the poll interval', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelay(n, 300))).toEqual([15, 30, 60, 120, 240, 300]);
    expect(retryDelay(3, 1)).toBe(1);
  });
});

describe('board frames', () => {
  it('pages long lists', () => {
    const ranking = { name: Array.from({ length: 21 }, (_, i) => `b${i}`) };
    const frames = framesOf(['overview', 'ranking'], { ranking });
    expect(PAGE_ROWS.ranking).toBe(12);
    expect(frames.map((f) => [f.slide, f.page, f.pages, f.rows.length])).toEqual([
      ['overview', 1, 1, 0],
      ['ranking', 1, 2, 11],
      ['ranking', 2, 2, 10],
    ]);
    expect(frames.flatMap((f) => f.rows)).toEqual(ranking.name.map((_, i) => i));
  });

  it('spreads a long list evenly over its pages: no name left alone on the last', () => {
    for (const n of [1, 31, 32, 33, 65, 97, 200]) {
      const honours = { name: Array.from({ length: n }, (_, i) => `m${i}`), branch: [] };
      const frames = framesOf(['honours'], { honours });
      const sizes = frames.map((f) => f.rows.length);
      expect(frames.flatMap((f) => f.rows)).toEqual(honours.name.map((_, i) => i));
      expect(frames.length).toBe(Math.ceil(n / PAGE_ROWS.honours));
      expect(Math.max(...sizes)).toBeLessThanOrEqual(PAGE_ROWS.honours);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(frames.length - 1);
    }
    const sizes = framesOf(['honours'], { honours: { name: Array(97).fill('m') } }).map((f) => f.rows.length);
    expect(sizes).toEqual([25, 25, 25, 22]);
  });

  /** A tally of branches of the given sizes, named B1, B2, ... */
  const tallyOf = (sizes: number[]) => {
    const branch = sizes.flatMap((n, b) => Array.from({ length: n }, () => `B${b + 1}`));
    return { branch_id: branch, branch: branch.map((b) => `${b} name`), name: branch.map((_, i) => `m${i}`) };
  };
  const lines = (column: readonly { rows: readonly number[] }[]) => column.reduce((n, b) => n + 1 + b.rows.length, 0);

  it('fills every frame of the points tally: small branches share one, a long one goes on in the next column', () => {
    const sizes = [5, 4, 3, 40, 2, 27, 9, 1, 33];
    const points = tallyOf(sizes);
    const frames = framesOf(['points'], { points });
    // Every member on exactly one frame, in the query's order.
    expect(frames.flatMap((f) => f.rows)).toEqual(points.name.map((_, i) => i));
    const columns = frames.flatMap((f) => f.columns ?? []);
    for (const column of columns) expect(lines(column)).toBeLessThanOrEqual(TALLY_LINES);
    // Full: every column but the last leaves at most a heading and one row's room (a run is not split below two).
    for (const column of columns.slice(0, -1)) expect(lines(column)).toBeGreaterThanOrEqual(TALLY_LINES - 2);
    for (const frame of frames.slice(0, -1)) expect(frame.columns).toHaveLength(TALLY_COLUMNS);
    // Fewer frames than one per branch (the old paging took 11 here: a page per branch, two for the 40 and 33).
    expect(frames.length).toBe(Math.ceil(columns.length / TALLY_COLUMNS));
    expect(frames.length).toBeLessThan(sizes.length);
    // A run goes on under its branch's heading, marked continued; every run has at least two rows or its all.
    const blocks = columns.flat();
    for (const b of blocks) expect(b.rows.length).toBeGreaterThanOrEqual(Math.min(2, b.members));
    expect(blocks.filter((b) => b.continued).map((b) => b.branch)).toContain('B4 name');
    expect(blocks.find((b) => !b.continued && b.branch === 'B1 name')?.members).toBe(5);
  });

  it('says which branches a frame holds, of how many (第 3–5 / 9 个支部)', () => {
    const frames = framesOf(['points'], { points: tallyOf([5, 4, 3, 40, 2, 27, 9, 1, 33]) });
    expect(frames[0].branches).toEqual({ first: 1, last: 4, of: 9 });
    for (const f of frames) {
      const places = (f.columns ?? []).flat().map((b) => b.index + 1);
      expect(f.branches).toEqual({ first: Math.min(...places), last: Math.max(...places), of: 9 });
    }
    expect(frames.at(-1)?.branches?.last).toBe(9);
  });

  it('shows branch totals, on larger rows, when names may not be published', () => {
    const points = { branch_id: ['B1', 'B2'], branch: ['x', 'y'], members: [3, 4] };
    expect(framesOf(['points'], { points }).map((f) => f.rows)).toEqual([[0, 1]]);
  });

  it('keeps one empty frame for a slide without data, so the rotation never stops', () => {
    expect(framesOf(['topics'], { topics: {} })).toEqual([{ slide: 'topics', rows: [], page: 1, pages: 1 }]);
    expect(framesOf(['points'], {})).toEqual([{ slide: 'points', rows: [], page: 1, pages: 1 }]);
  });
});

describe('what the pre-rendered frames can show, and where the live board starts', () => {
  const rendered = { locale: 'zh' as const, rootOrg: 'C001' };
  it('any slides, interval, theme and poll; not another organisation or language', () => {
    const needs = (search: string) => needsLive(parseBoardConfig(search, 'zh'), rendered);
    expect(needs('?slides=points,ranking&interval=20&theme=red&poll=60&live=off')).toBeNull();
    expect(needs('?org=C001&lang=zh')).toBeNull();
    expect(needs('?org=B003')).toBe('org=B003');
    expect(needs('?lang=en')).toBe('lang=en');
  });

  it('loads DuckDB-WASM where WebAssembly runs and memory allows, unless the URL says otherwise', () => {
    const live = (search: string, wasm: boolean, deviceMemory?: number) =>
      goesLive(parseBoardConfig(search, 'zh'), { wasm, deviceMemory });
    expect(live('', true, undefined)).toBe(true); // a browser that does not say its memory
    expect(live('', true, 8)).toBe(true);
    expect(live('', true, LIVE_MIN_MEMORY_GB / 2)).toBe(false); // a 2 GB TV box
    expect(live('?live=on', true, 1)).toBe(true);
    expect(live('?live=on', false, 8)).toBe(false);
    expect(live('?live=off', true, 8)).toBe(false);
    expect(live('?live=maybe', false)).toBe(false);
    expect(parseBoardConfig('?live=maybe', 'zh').live).toBe('auto');
  });
});

describe('slides', () => {
  it('fit the screen whole: letterboxed, never cropped', () => {
    expect(screenScale(3840, 2160)).toBe(2);
    expect(screenScale(1280, 1024)).toBeCloseTo(1280 / 1920);
    expect(screenScale(1920, 1200)).toBe(1);
  });

  it('name periods the way people say them', () => {
    expect(periodLabel('2025Q4', 'zh')).toBe('2025年第四季度');
    expect(periodLabel('2025Q4', 'en')).toBe('2025 Q4');
    expect(periodLabel('2024-05', 'zh')).toBe('2024年5月');
    expect(periodLabel('2024-05', 'en')).toBe('May 2024');
    expect(periodLabel('2024', 'zh')).toBe('2024年度');
  });
});

describe('the overview’s 需关注', () => {
  const org = (id: string, more: object): Record<string, Value> => ({
    org_id: id,
    name: id,
    low_rating: null,
    score100: 80,
    over_cap_ratio: null,
    overdue_topics: 0,
    overdue_tasks: 0,
    ...more,
  });

  it('names as many as its five lines hold, a long set of reasons taking two', () => {
    expect(ems('逾期任务 4 项')).toBeCloseTo(4 + 0.55 * 3 + 1, 5);
    const short = org('S', { overdue_tasks: 2 });
    // Rated low, over the cap, topics and tasks overdue: too long for one line in either language.
    const long = org('L', {
      low_rating: '一般',
      score100: 72,
      over_cap_ratio: 0.4,
      overdue_topics: 3,
      overdue_tasks: 4,
    });
    for (const locale of ['zh', 'en'] as const) {
      const lines = (list: Record<string, Value>[]) => attentionShown(list, locale).map((s) => s.lines);
      expect(lines(Array(9).fill(short))).toEqual([1, 1, 1, 1, 1]);
      expect(lines([long, short, long, short, short])).toEqual([2, 1, 2]);
      expect(lines([short, short, short, short, long])).toEqual([1, 1, 1, 1]);
      for (const list of [
        [long, long, long],
        [short, long, short, long, short],
      ])
        expect(lines(list).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(OVERVIEW_ATTENTION_LINES);
    }
  });
});
