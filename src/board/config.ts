/**
 * A wall screen is set up by its URL alone (nobody types on it):
 * /board?slides=ranking,points&interval=20&org=B003&theme=red&lang=en&poll=300
 * Anything missing or not understood falls back to a sensible default.
 */
import { SCREEN_THEMES, type ScreenTheme } from '../charts/theme';
import type { Locale } from '../i18n/dict';
import { BOARD_SLIDES, type BoardSlide } from '../queries/board';

export const BOARD_THEMES = SCREEN_THEMES;
export type BoardTheme = ScreenTheme;

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
}

export const BOARD_DEFAULTS = { interval: 15, poll: 300 } as const;
/**
 * Bounds that keep a typo from freezing a screen or hammering the server. A public wall changing its whole
 * frame many times a second flashes (WCAG 2.3.1 allows three flashes a second at most); 5 s is the least a
 * frame stays, long enough to be read as well.
 */
export const INTERVAL_RANGE = [5, 3600] as const;
const POLL_RANGE = [1, 86400] as const;

export function parseBoardConfig(search: string, pageLocale: Locale): BoardConfig {
  const params = new URLSearchParams(search);
  const wanted = (params.get('slides') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is BoardSlide => (BOARD_SLIDES as readonly string[]).includes(s));
  const slides = wanted.length ? [...new Set(wanted)] : [...BOARD_SLIDES];
  const theme = params.get('theme');
  const lang = params.get('lang');
  return {
    slides,
    interval: bounded(params.get('interval'), INTERVAL_RANGE, BOARD_DEFAULTS.interval),
    org: params.get('org') || null,
    theme: (BOARD_THEMES as readonly string[]).includes(theme ?? '') ? (theme as BoardTheme) : 'dark',
    locale: lang === 'en' || lang === 'zh' ? lang : pageLocale,
    poll: bounded(params.get('poll'), POLL_RANGE, BOARD_DEFAULTS.poll),
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
