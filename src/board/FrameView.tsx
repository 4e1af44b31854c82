/**
 * The figures of one frame: plain HTML bars, tables and SVG, sized for a 1920x1080 screen and read from
 * across a room; no chart library, so a TV box draws them as fast as text. Names from the data are React
 * text, never markup.
 */
import { formatValue } from '../charts/format';
import { type Locale, t } from '../i18n/dict';
import { TOPIC_STAGES } from '../model/schema';
import type { Columns, Value } from '../queries/types';
import type { BoardData } from './answer';
import { type Frame, slideColumns } from './frames';
import { missingFor, SLIDE_NEEDS } from './needs';
import { Overview } from './Overview';
import { PointsTally, TallyNotice } from './Tally';

interface Props {
  readonly frame: Frame;
  readonly board: BoardData;
  readonly locale: Locale;
}

export function FrameView({ frame, board, locale }: Props) {
  if (frame.slide === 'overview') return <Overview board={board} locale={locale} />;
  const columns = slideColumns(frame.slide, board.data);
  const notice = frame.slide === 'points' && <TallyNotice notice={board.meta.notice} locale={locale} />;
  if (frame.rows.length === 0)
    return (
      <>
        <p className="board-empty">
          {missingFor(board.meta.sources, SLIDE_NEEDS[frame.slide], locale) ?? t(locale, 'boardNoData')}
        </p>
        {notice}
      </>
    );
  const get = (field: string) => (i: number) => columns[field]?.[i] ?? null;
  switch (frame.slide) {
    case 'ranking':
      return (
        <Bars
          rows={frame.rows}
          label={get('name')}
          value={get('score100')}
          max={100}
          lead={(i) => String(columns.rank[i])}
          text={(i) => `${formatValue(columns.score100[i], 'num1', locale)}  ${'★'.repeat(Number(columns.stars[i]))}`}
        />
      );
    case 'meetings':
      return (
        <Bars
          rows={frame.rows}
          label={get('name')}
          value={get('completion')}
          max={1}
          text={(i) =>
            `${formatValue(columns.completion[i], 'pct', locale)} · ${columns.held[i]}/${columns.quota[i]} · ${t(locale, 'colAttendance')} ${formatValue(columns.attendance[i], 'pct', locale)}`
          }
        />
      );
    case 'topics':
      return <Topics frame={frame} columns={columns} locale={locale} />;
    case 'honours':
      return 'name' in columns ? (
        <NameGrid rows={frame.rows} name={get('name')} detail={(i) => honourDetail(columns, i, locale)} columns={4} />
      ) : (
        <Bars rows={frame.rows} label={get('branch')} value={get('members')} max={maxOf(columns.members)} />
      );
    case 'points':
      return (
        <>
          {'name' in columns ? (
            <PointsTally frame={frame} columns={columns} locale={locale} />
          ) : (
            <Bars
              rows={frame.rows}
              label={get('branch')}
              value={get('total')}
              max={maxOf(columns.total)}
              text={(i) =>
                `${t(locale, 'boardAverage')} ${formatValue(columns.total[i], 'num1', locale)} · ${t(locale, 'boardPeriodPoints')} ${formatValue(columns.period_points[i], 'signed', locale)} · ${columns.members[i]} ${t(locale, 'boardMembersCount')}`
              }
            />
          )}
          {notice}
        </>
      );
  }
}

/** An honour's branch, and 建议 where the rating is only suggested from points (src/sql/honours.ts). */
function honourDetail(columns: Columns, i: number, locale: Locale): string {
  const branch = String(columns.branch?.[i] ?? '');
  return columns.rating_source?.[i] === 'suggested' ? `${branch} · ${t(locale, 'sourceSuggested')}` : branch;
}

function maxOf(values: readonly Value[] = []): number {
  return Math.max(1, ...values.map((v) => Number(v) || 0));
}

interface BarsProps {
  readonly rows: readonly number[];
  readonly label: (i: number) => Value;
  readonly value: (i: number) => Value;
  readonly max: number;
  readonly lead?: (i: number) => string;
  readonly text?: (i: number) => string;
}

function Bars({ rows, label, value, max, lead, text }: BarsProps) {
  return (
    <ol className={`board-bars${lead ? ' with-lead' : ''}`}>
      {rows.map((i) => {
        const share = Math.max(0, Math.min(1, Number(value(i)) / max));
        return (
          <li key={i}>
            {lead && <span className="lead">{lead(i)}</span>}
            <span className="label">{String(label(i) ?? '—')}</span>
            <span className="track">
              <span className="fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
            </span>
            <span className="figure" data-value={String(value(i))}>
              {text ? text(i) : String(value(i) ?? '—')}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function NameGrid(props: {
  rows: readonly number[];
  name: (i: number) => Value;
  detail: (i: number) => Value;
  columns: number;
}) {
  return (
    <ul className="board-names" style={{ gridTemplateColumns: `repeat(${props.columns}, 1fr)` }}>
      {props.rows.map((i) => (
        <li key={i}>
          <span className="name">{String(props.name(i) ?? '—')}</span>
          <span className="detail">{String(props.detail(i) ?? '')}</span>
        </li>
      ))}
    </ul>
  );
}

function Topics({ frame, columns, locale }: { frame: Frame; columns: Columns; locale: Locale }) {
  return (
    <ol className="board-topics">
      {frame.rows.map((i) => {
        const closed = Number(columns.closed[i]);
        const total = closed + Number(columns.open[i]);
        const reached = (TOPIC_STAGES as readonly string[]).indexOf(String(columns.stage[i]));
        return (
          <li key={i}>
            <span className="title">{String(columns.title[i] ?? '—')}</span>
            <span className="stages">
              {TOPIC_STAGES.map((s, k) => (
                <span key={s} className={k <= reached ? 'done' : ''}>
                  {formatValue(s, 'value', locale)}
                </span>
              ))}
            </span>
            <span className="track">
              <span className="fill" style={{ width: `${total ? (closed / total) * 100 : 0}%` }} />
            </span>
            <span className="figure">
              {[
                `${t(locale, 'boardSubtopics')} ${closed}/${total}`,
                // Outcome metrics at or past their target, measured from their baselines (src/sql/topic-tables.ts).
                Number(columns.metrics?.[i]) > 0
                  ? `${t(locale, 'colMetricsMet')} ${columns.metrics_met[i]}/${columns.metrics[i]}`
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
