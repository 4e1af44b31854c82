/**
 * A wall screen is set up by its URL alone (nobody types on it):
 * /board?slides=ranking,points&interval=20&org=B003&theme=red&lang=en&poll=300&live=off
 * Anything missing or not understood falls back to a sensible default. The pre-rendered screen's own small
 * script (static-screen.js) reads the same URL the same way; tests/board-static.test.ts holds them together.
 */
import { SCREEN_THEMES, type ScreenTheme } from '../charts/theme';
import type { Locale } from '../i18n/dict';
import { BOARD_SLIDES, type BoardSlide } from '../queries/board';

export const BOARD_THEMES = SCREEN_THEMES;
export type BoardTheme = ScreenTheme;

/** auto: live data where the browser can (WebAssembly, memory); on: wherever WebAssembly runs; off: never. */
export const LIVE_MODES = ['auto', 'on', 'off'] as const;
export type LiveMode = (typeof LIVE_MODES)[number];

export interface BoardConfig {
  readonly slides: readonly BoardSlide[];
  /** Seconds each frame stays up. */
  readonly interval: number;
  /** Organisation subtree; null: the whole committee. */
  readonly org: string | null;
  readonly theme: BoardTheme;
  readonly locale: Locale;
  /** Seconds between looks for a new data version. */
  readonly poll: number;
  readonly live: LiveMode;
}

export const BOARD_DEFAULTS = { interval: 15, poll: 300 } as const;
/**
 * Bounds that keep a typo from freezing a screen or hammering the server. A public wall changing its whole
 * frame many times a second flashes (WCAG 2.3.1 allows three flashes a second at most); 5 s is the least a
 * frame stays, long enough to be read as well.
 */
export const INTERVAL_RANGE = [5, 3600] as const;
export const POLL_RANGE = [1, 86400] as const;

/**
 * The least memory (navigator.deviceMemory, in GiB as the browser rounds it) at which `live=auto` loads
 * DuckDB-WASM: activity-room TV boxes of 1-2 GB keep the pre-rendered frames (docs/performance.md).
 */
export const LIVE_MIN_MEMORY_GB = 4;

export function parseBoardConfig(search: string, pageLocale: Locale): BoardConfig {
  const params = new URLSearchParams(search);
  const wanted = (params.get('slides') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is BoardSlide => (BOARD_SLIDES as readonly string[]).includes(s));
  const slides = wanted.length ? [...new Set(wanted)] : [...BOARD_SLIDES];
  const theme = params.get('theme');
  const lang = params.get('lang');
  const live = params.get('live');
  return {
    slides,
    interval: bounded(params.get('interval'), INTERVAL_RANGE, BOARD_DEFAULTS.interval),
    org: params.get('org') || null,
    theme: (BOARD_THEMES as readonly string[]).includes(theme ?? '') ? (theme as BoardTheme) : BOARD_THEMES[0],
    locale: lang === 'en' || lang === 'zh' ? lang : pageLocale,
    poll: bounded(params.get('poll'), POLL_RANGE, BOARD_DEFAULTS.poll),
    live: (LIVE_MODES as readonly string[]).includes(live ?? '') ? (live as LiveMode) : LIVE_MODES[0],
  };
}

function bounded(text: string | null, [min, max]: readonly [number, number], fallback: number): number {
  const n = text === null || text.trim() === '' ? Number.NaN : Number(text);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** Wait before the n-th consecutive retry after a failed update: 15 s doubling, never longer than the poll. */
export function retryDelay(failures: number, poll: number): number {
  return Math.min(poll, 15 * 2 ** Math.max(0, failures - 1));
}

/** What the build pre-rendered a page's frames for: the whole committee, in the page's language. */
export interface Rendered {
  readonly locale: Locale;
  readonly rootOrg: string;
}

/**
 * The setting (as it reads in the URL) that the pre-rendered frames cannot show, or null when they can: any
 * slide selection, interval, theme and poll they can, another organisation or language they cannot.
 */
export function needsLive(config: BoardConfig, rendered: Rendered): string | null {
  if (config.org !== null && config.org !== rendered.rootOrg) return `org=${config.org}`;
  if (config.locale !== rendered.locale) return `lang=${config.locale}`;
  return null;
}

/** Whether this screen loads DuckDB-WASM and live data; `deviceMemory` undefined where the browser does not say. */
export function goesLive(config: BoardConfig, browser: { wasm: boolean; deviceMemory?: number }): boolean {
  if (config.live === 'off' || !browser.wasm) return false;
  return config.live === 'on' || browser.deviceMemory === undefined || browser.deviceMemory >= LIVE_MIN_MEMORY_GB;
}
