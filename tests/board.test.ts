/** The notice board's URL set-up, its paging into frames, and the scaling of slides: pure logic, checked here. */
import { describe, expect, it } from 'vitest';
import { BOARD_DEFAULTS, parseBoardConfig, retryDelay } from '../src/board/config';
import { framesOf, PAGE_ROWS } from '../src/board/frames';
import { periodLabel } from '../src/charts/format';
import { screenScale } from '../src/client/screen';
import { BOARD_SLIDES } from '../src/queries/board';

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
  it('pages long lists and pages the points tally per branch', () => {
    const ranking = { name: Array.from({ length: 21 }, (_, i) => `b${i}`) };
    const branchOf = (i: number) => (i < 35 ? 'B1' : 'B2');
    const ids = Array.from({ length: 40 }, (_, i) => i);
    const points = {
      branch_id: ids.map(branchOf),
      branch: ids.map((i) => `${branchOf(i)} name`),
      name: ids.map((i) => `m${i}`),
    };
    const frames = framesOf(['ranking', 'points'], { ranking, points });
    expect(frames.map((f) => [f.slide, f.page, f.pages, f.rows.length, f.group ?? ''])).toEqual([
      ['ranking', 1, 2, PAGE_ROWS.ranking, ''],
      ['ranking', 2, 2, 21 - PAGE_ROWS.ranking, ''],
      ['points', 1, 2, 30, 'B1 name'],
      ['points', 2, 2, 5, 'B1 name'],
      ['points', 1, 1, 5, 'B2 name'],
    ]);
    // Every row appears on exactly one frame.
    expect(frames.filter((f) => f.slide === 'points').flatMap((f) => f.rows)).toEqual(ids);
  });

  it('shows branch totals, on larger rows, when names may not be published', () => {
    const points = { branch_id: ['B1', 'B2'], branch: ['x', 'y'], members: [3, 4] };
    expect(framesOf(['points'], { points }).map((f) => f.rows)).toEqual([[0, 1]]);
  });

  it('keeps one empty frame for a slide without data, so the rotation never stops', () => {
    expect(framesOf(['topics'], { topics: {} })).toEqual([{ slide: 'topics', rows: [], page: 1, pages: 1 }]);
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
