/**
 * One frame of the notice board, whole: its title and what it covers, its figures, and the footer (as-of
 * date, page, where it is in the rotation). The build renders every frame of the default screen with it,
 * and the live screen renders the frame on show with it, so the two are the same markup.
 */
import type { ReactNode } from 'react';
import { formatValue } from '../charts/format';
import { honoursSentence, rankedAmong } from '../charts/sentences';
import { type Locale, type MessageKey, t, tf } from '../i18n/dict';
import { BOARD_SLIDES, type BoardSlide } from '../queries/board';
import { orgName } from '../queries/meta';
import type { BoardData } from './answer';
import { FrameView } from './FrameView';
import { type Frame, slideColumns } from './frames';

export const TITLES: Record<BoardSlide, MessageKey> = {
  overview: 'boardOverview',
  ranking: 'boardRanking',
  points: 'boardPoints',
  honours: 'boardHonours',
  topics: 'boardTopics',
  meetings: 'boardMeetings',
};

/** Slides of the selected period; the others cover the whole year. */
const PER_PERIOD = new Set<BoardSlide>(['overview', 'ranking', 'points']);

interface Props {
  readonly frame: Frame;
  readonly board: BoardData;
  readonly locale: Locale;
  /** The slides in the rotation (the dots in the footer). */
  readonly slides: readonly BoardSlide[];
  /** Said in the footer (the live screen's 数据更新失败). */
  readonly notice?: ReactNode;
  /** The pre-rendered frames' place in the CSS rotation (animation delay and duration). */
  readonly style?: Record<string, string>;
}

export function BoardFrame({ frame, board, locale, slides, notice, style }: Props) {
  const { filters, meta } = board;
  const where = [
    orgName(meta, filters.org),
    frame.branches && branchesLabel(frame.branches, locale),
    formatValue(PER_PERIOD.has(frame.slide) ? filters.period : String(filters.year), 'period', locale),
    aboutList(frame, board, locale),
  ];
  return (
    <section
      className={`board-frame board-frame-${frame.slide}`}
      data-frame={`${frame.slide}:${frame.page}`}
      data-slide={frame.slide}
      style={style}
    >
      <header>
        <h1>{t(locale, TITLES[frame.slide])}</h1>
        <p className="sub">{where.filter(Boolean).join(' · ')}</p>
      </header>
      <div className="board-body">
        <FrameView frame={frame} board={board} locale={locale} />
      </div>
      <footer>
        <span>{`${t(locale, 'dataAsOf')} ${board.asOf} · ${t(locale, 'dataVersion')} ${board.version}`}</span>
        {notice}
        {frame.pages > 1 && <span className="page">{`${frame.page} / ${frame.pages}`}</span>}
        <span className="dots" aria-hidden="true">
          {BOARD_SLIDES.filter((s) => slides.includes(s)).map((s) => (
            <span key={s} data-slide={s} className={s === frame.slide ? 'on' : ''} />
          ))}
        </span>
      </footer>
    </section>
  );
}

/**
 * What a list's figures are among: a ranking's places are among its scope's organisations (a branch's own
 * screen shows its place among its committee's: 7 of 21, never 1 of 1); an honour roll says its honours are
 * the ratings the evaluation recorded (or how many are only suggested, where the rules list those).
 */
function aboutList(frame: Frame, board: BoardData, locale: Locale): string | null {
  const columns = slideColumns(frame.slide, board.data);
  if (frame.slide === 'ranking') return rankedAmong(columns.peers?.[0], locale);
  if (frame.slide === 'honours') return honoursSentence(columns, locale);
  return null;
}

/** 第 3 / 21 个支部, or 第 3–5 / 21 个支部 for a frame holding several. */
function branchesLabel({ first, last, of }: NonNullable<Frame['branches']>, locale: Locale): string {
  const vars = { from: String(first), to: String(last), of: String(of) };
  return tf(locale, first === last ? 'boardBranchOf' : 'boardBranchesOf', vars);
}
