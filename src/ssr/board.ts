/**
 * The notice board's default screen at build time (Node only, used from the /board pages): its figures on
 * native DuckDB through the same queries as the live screen (board/answer.ts), and its frames, which the
 * page carries pre-rendered so a screen rotates them with no WebAssembly (board/StaticBoard.tsx).
 */
import { answerBoard, type BoardData } from '../board/answer';
import { BOARD_DEFAULTS, INTERVAL_RANGE, LIVE_MODES, POLL_RANGE } from '../board/config';
import { type Frame, framesOf } from '../board/frames';
import { SCREEN_COLORS, SCREEN_THEMES } from '../charts/theme';
import { type Locale, t } from '../i18n/dict';
import { MANIFEST } from '../model/manifest';
import { BOARD_SLIDES, type BoardSlide } from '../queries/board';
import { buildRunner } from './node-runner';
import { siteManifest } from './site-data';

/**
 * The most frames a page pre-renders (an hour and a quarter of rotation at the default interval). A group's
 * committee screen would have thousands of tally frames: slides past the bound are left to the live screen.
 */
export const MAX_STATIC_FRAMES = 300;

/**
 * Hours after which the pre-rendered screen loads itself again (at a frame change). Its JS heap stays flat,
 * but the page's process grew by some 20 MiB over three hours of rotation in Chromium (docs/performance.md):
 * a screen left for months on a 1-2 GB TV box starts afresh each day instead.
 */
export const STATIC_RELOAD_HOURS = 24;

export interface StaticView {
  readonly board: BoardData;
  readonly frames: readonly Frame[];
  /** The slides pre-rendered (all of them unless the bound left some to the live screen). */
  readonly slides: readonly BoardSlide[];
}

let answered: Promise<BoardData> | null = null;

/** The default screen's figures, once per build (both languages show the same). */
function defaultBoard(): Promise<BoardData> {
  answered ??= buildRunner().then((runner) => answerBoard(runner, { org: null, slides: BOARD_SLIDES }, siteManifest()));
  return answered;
}

export async function staticView(): Promise<StaticView> {
  const board = await defaultBoard();
  const frames: Frame[] = [];
  const slides: BoardSlide[] = [];
  for (const slide of BOARD_SLIDES) {
    const own = framesOf([slide], board.data);
    if (frames.length + own.length > MAX_STATIC_FRAMES) continue;
    frames.push(...own);
    slides.push(slide);
  }
  return { board, frames, slides };
}

/**
 * What the page's script reads (static-screen.js): the URL's grammar and bounds, from config.ts, once; as the
 * text of a JSON block, every `<` written as \u003c (an organisation id may not hold one, but nothing relies on it).
 */
export function staticConfigJson(locale: Locale, board: BoardData, dataUrl: string): string {
  return JSON.stringify(staticConfig(locale, board, dataUrl)).replace(/</g, '\\u003c');
}

export function staticConfig(locale: Locale, board: BoardData, dataUrl: string) {
  return {
    slides: BOARD_SLIDES,
    locale,
    rootOrg: board.meta.rootOrg,
    version: board.version,
    // The script reads its dataVersion only, to load the page again when a new version is published.
    manifest: `${dataUrl}${MANIFEST.file}`,
    interval: { range: INTERVAL_RANGE, fallback: BOARD_DEFAULTS.interval },
    poll: { range: POLL_RANGE, fallback: BOARD_DEFAULTS.poll },
    themes: { names: SCREEN_THEMES, colours: SCREEN_COLORS },
    liveModes: LIVE_MODES,
    reloadHours: STATIC_RELOAD_HOURS,
    messages: { loading: t(locale, 'boardLoading'), needsLive: t(locale, 'boardNeedsLive') },
  };
}
