/**
 * The default screen's frames, rendered at build time: every frame in the page, so a screen rotates them
 * with no WebAssembly at all. Without scripts a CSS animation shows each in turn for the default interval
 * (the page's <style> gives its keyframes); with them the page's small script (static-screen.js) takes
 * over the rotation, reads the URL's settings, runs the clock, and hands the screen to the live board.
 */
import { SCREEN_COLORS, type ScreenTheme } from '../charts/theme';
import { type Locale, t } from '../i18n/dict';
import type { BoardSlide } from '../queries/board';
import type { BoardData } from './answer';
import { BoardFrame } from './BoardFrame';
import type { Frame } from './frames';

/** The element ids the page's script and the live board find the static screen by. */
export const STATIC_BOARD_ID = 'board-static';
export const STATIC_CONFIG_ID = 'board-static-config';

interface Props {
  readonly board: BoardData | null;
  readonly frames: readonly Frame[];
  readonly slides: readonly BoardSlide[];
  readonly locale: Locale;
  readonly interval: number;
  readonly theme: ScreenTheme;
}

export function StaticBoard({ board, frames, slides, locale, interval, theme }: Props) {
  const cycle = frames.length * interval;
  return (
    <div
      id={STATIC_BOARD_ID}
      className="board-viewport board-static"
      data-board-theme={theme}
      data-built-version={board?.version ?? ''}
      style={SCREEN_COLORS[theme]}
    >
      <div className="screen board">
        <div className="clock" hidden>
          <time />
          <span />
        </div>
        {board &&
          frames.map((frame, i) => (
            <BoardFrame
              key={`${frame.slide}:${frame.page}`}
              frame={frame}
              board={board}
              locale={locale}
              slides={slides}
              style={{ animationDuration: `${cycle}s`, animationDelay: `${i * interval}s` }}
            />
          ))}
        {/* Shown by the script while a setting the frames cannot show waits for the live board. */}
        <section className="board-frame board-message" hidden>
          <header>
            <h1>{t(locale, 'boardTitle')}</h1>
          </header>
          <div className="board-body">
            <p className="board-empty">{t(locale, board ? 'boardLoading' : 'boardNoData')}</p>
          </div>
        </section>
      </div>
    </div>
  );
}

/** The keyframes of the CSS rotation: each frame shows for its share of the cycle (one interval). */
export function rotationCss(frames: number): string {
  const share = frames > 0 ? Math.round((100 / frames) * 1e4) / 1e4 : 100;
  return `@keyframes board-cycle{0%{visibility:visible}${share}%{visibility:hidden}100%{visibility:hidden}}`;
}
