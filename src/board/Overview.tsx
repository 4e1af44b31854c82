/**
 * 党建工作总览: the composite frame in the manner of a DataV/GoView 大屏 — the key figures across the top,
 * the period's ranking with its top three as gold, silver and bronze medals, the excellent ratio on a gauge
 * against its cap, the topic campaign by stage, and the basic organisations needing attention, each with
 * its reasons in words.
 */
import type { ReactNode } from 'react';
import { formatValue } from '../charts/format';
import { cutNote, rankedAmong, suggestedExcellent } from '../charts/sentences';
import { type Locale, type MessageKey, t, tf } from '../i18n/dict';
import { TOPIC_STAGES } from '../model/schema';
import type { Sources } from '../queries/needs';
import { type Columns, rows, type Value } from '../queries/types';
import type { BoardData } from './answer';
import { Gauge } from './Gauge';
import { attentionGaps, kpiNeeds, missingFor, RANKING_NEEDS, RATIO_NEEDS, TOPICS_NEEDS } from './needs';

/** Branches in the overview's ranking, and lines of organisations named under 需关注 (the rest are counted). */
export const OVERVIEW_RANKING = 10;
export const OVERVIEW_ATTENTION_LINES = 5;
/**
 * The reasons' column holds about 24 ems of its 25 px type (screen.css, .ov-attention): reasons longer than
 * this (with margin) take a second line, which counts against the panel's lines.
 */
const WHY_EMS = 22;

const MEDALS: readonly { className: string; word: MessageKey }[] = [
  { className: 'gold', word: 'boardMedalGold' },
  { className: 'silver', word: 'boardMedalSilver' },
  { className: 'bronze', word: 'boardMedalBronze' },
];

interface Props {
  readonly board: BoardData;
  readonly locale: Locale;
}

export function Overview({ board, locale }: Props) {
  const { data } = board;
  const kpis = rows(data.kpis ?? {})[0] ?? {};
  const { sources } = board.meta;
  return (
    <div className="board-overview">
      <Kpis kpis={kpis} sources={sources} locale={locale} />
      <Ranking columns={data.ranking ?? {}} missing={missingFor(sources, RANKING_NEEDS, locale)} locale={locale} />
      <Ratio
        kpis={kpis}
        cap={board.meta.excellentCap}
        missing={missingFor(sources, RATIO_NEEDS, locale)}
        locale={locale}
      />
      <TopicStages
        stages={data.stages ?? {}}
        kpis={kpis}
        missing={missingFor(sources, TOPICS_NEEDS, locale)}
        locale={locale}
      />
      <Attention columns={data.attention ?? {}} sources={sources} locale={locale} />
    </div>
  );
}

function Kpis({ kpis, sources, locale }: { kpis: Record<string, Value>; sources: Sources; locale: Locale }) {
  const items: [MessageKey, string, Value][] = [
    ['kpiBranches', formatValue(kpis.branches ?? null, 'int', locale), kpis.branches ?? null],
    ['kpiMembers', formatValue(kpis.members ?? null, 'int', locale), kpis.members ?? null],
    ['kpiAvgScore', formatValue(kpis.avg_score ?? null, 'num1', locale), kpis.avg_score ?? null],
    [
      'kpiTopics',
      kpis.topics_total == null ? '—' : `${kpis.topics_closed} / ${kpis.topics_total}`,
      kpis.topics_closed ?? null,
    ],
    ['kpiMeetings', formatValue(kpis.meeting_completion ?? null, 'pct', locale), kpis.meeting_completion ?? null],
  ];
  return (
    <dl className="ov-kpis">
      {items.map(([label, text, value]) => {
        // Where the data lacks the figure's table, the figure's place says so.
        const missing = missingFor(sources, kpiNeeds(label), locale);
        return (
          <div key={label} className="ov-kpi" data-kpi={label} data-value={String(value)}>
            <dt>{t(locale, label)}</dt>
            {missing ? <dd className="missing">{missing}</dd> : <dd>{text}</dd>}
          </div>
        );
      })}
    </dl>
  );
}

function Panel(props: { name: string; title: string; aside?: string; modifier?: string; children: ReactNode }) {
  return (
    <section className={`ov-panel ov-${props.name}${props.modifier ? ` ${props.modifier}` : ''}`}>
      <h2>
        <span>{props.title}</span>
        {props.aside && <span className="aside">{props.aside}</span>}
      </h2>
      {props.children}
    </section>
  );
}

/**
 * The period's ranking, its first ten: the panel says how many there are and, on a branch's own screen, among whom.
 * Data without assessments says so, not 本级本期没有考核得分的基层组织 (which claims a period nobody was scored in).
 */
function Ranking({ columns, missing, locale }: { columns: Columns; missing: string | null; locale: Locale }) {
  if (missing)
    return (
      <Panel name="ranking" title={t(locale, 'boardRanking')}>
        <p className="ov-empty">{missing}</p>
      </Panel>
    );
  const all = rows(columns);
  const top = all.slice(0, OVERVIEW_RANKING);
  const peers = Number(columns.peers?.[0] ?? all.length);
  const aside = [
    all.length > 0 && cutNote(all.length, top.length, 'orgs', locale),
    peers !== all.length && rankedAmong(peers, locale),
  ];
  return (
    <Panel name="ranking" title={t(locale, 'boardRanking')} aside={aside.filter(Boolean).join(' · ')}>
      {top.length === 0 && <p className="ov-empty">{t(locale, 'rankingNone')}</p>}
      <ol>
        {top.map((r) => {
          const medal = MEDALS[Number(r.rank) - 1];
          return (
            <li key={String(r.org_id)}>
              <span
                className={`medal${medal ? ` ${medal.className}` : ''}`}
                title={medal ? t(locale, medal.word) : undefined}
              >
                {String(r.rank)}
              </span>
              <span className="name">{String(r.name ?? '—')}</span>
              <span className="stars">{formatValue(r.stars, 'stars', locale)}</span>
              <span className="score" data-value={String(r.score100)}>
                {formatValue(r.score100, 'num1', locale)}
              </span>
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}

interface RatioProps {
  readonly kpis: Record<string, Value>;
  readonly cap: number;
  readonly missing: string | null;
  readonly locale: Locale;
}

function Ratio({ kpis, cap, missing, locale }: RatioProps) {
  // No evaluation and no ledger: nobody is rated, which is not 优秀 0 人 / 参评 0 人.
  if (missing)
    return (
      <Panel name="ratio" title={t(locale, 'kpiExcellentRatio')}>
        <p className="ov-empty">{missing}</p>
      </Panel>
    );
  const ratio = kpis.excellent_ratio == null ? null : Number(kpis.excellent_ratio);
  const capText = formatValue(cap, 'pct', locale);
  const over = ratio !== null && ratio > cap;
  const suggested = suggestedExcellent(kpis, locale);
  return (
    // With the line on suggested ratings the gauge is drawn smaller, so the panel's title keeps its room.
    <Panel name="ratio" title={t(locale, 'kpiExcellentRatio')} modifier={suggested ? 'noted' : undefined}>
      <Gauge
        ratio={ratio}
        cap={cap}
        label={formatValue(ratio, 'pct', locale)}
        capLabel={`${t(locale, 'kpiCap')} ${capText}`}
      />
      <p className="ov-ratio-count">
        {tf(locale, 'boardExcellentOf', { excellent: String(kpis.excellent ?? 0), rated: String(kpis.rated ?? 0) })}
      </p>
      {suggested && <p className="ov-ratio-suggested">{suggested}</p>}
      {ratio !== null && (
        <p className={`ov-cap-state${over ? ' over' : ''}`}>
          {tf(locale, over ? 'boardOverCap' : 'boardWithinCap', { cap: capText })}
        </p>
      )}
    </Panel>
  );
}

interface StagesProps {
  readonly stages: Columns;
  readonly kpis: Record<string, Value>;
  readonly missing: string | null;
  readonly locale: Locale;
}

function TopicStages({ stages, kpis, missing, locale }: StagesProps) {
  // A view that took no topic this year says so, not four stages of 0 · 0; data without topics says that.
  if (missing || kpis.topics_total == null)
    return (
      <Panel name="topics" title={t(locale, 'boardTopicsCampaign')}>
        <p className="ov-empty">{missing ?? t(locale, 'kpiTopicsNone')}</p>
      </Panel>
    );
  const counts = new Map(rows(stages).map((r) => [String(r.stage), r]));
  const most = Math.max(1, ...rows(stages).map((r) => Number(r.topics) + Number(r.subtopics)));
  return (
    <Panel
      name="topics"
      title={t(locale, 'boardTopicsCampaign')}
      aside={tf(locale, 'boardClosedOf', { closed: String(kpis.topics_closed), total: String(kpis.topics_total) })}
    >
      <ol className="ov-stages">
        {TOPIC_STAGES.map((stage) => {
          const topics = Number(counts.get(stage)?.topics ?? 0);
          const subtopics = Number(counts.get(stage)?.subtopics ?? 0);
          return (
            <li key={stage}>
              <span className="stage">{formatValue(stage, 'value', locale)}</span>
              <span className="track">
                <span className="fill" style={{ width: `${(topics / most) * 100}%` }} />
                <span className="fill sub" style={{ width: `${(subtopics / most) * 100}%` }} />
              </span>
              <span className="figure">{`${topics} · ${subtopics}`}</span>
            </li>
          );
        })}
      </ol>
      <p className="ov-stage-key">
        <span className="key" />
        {t(locale, 'boardStageTopics')}
        <span className="key sub" />
        {t(locale, 'boardStageSubtopics')}
      </p>
    </Panel>
  );
}

/** The reasons a basic organisation needs attention, in words. */
function reasons(r: Record<string, Value>, locale: Locale): string[] {
  const out: string[] = [];
  if (r.low_rating !== null)
    out.push(
      tf(locale, 'boardAttentionLow', {
        rating: formatValue(r.low_rating, 'value', locale),
        score: formatValue(r.score100, 'num1', locale),
      }),
    );
  if (r.over_cap_ratio !== null)
    out.push(tf(locale, 'boardAttentionOverCap', { ratio: formatValue(r.over_cap_ratio, 'pct', locale) }));
  if (Number(r.overdue_topics) > 0) out.push(tf(locale, 'boardAttentionTopics', { n: String(r.overdue_topics) }));
  if (Number(r.overdue_tasks) > 0) out.push(tf(locale, 'boardAttentionTasks', { n: String(r.overdue_tasks) }));
  return out;
}

/** Ems a line of text takes: a CJK character one, anything else about half (no font metrics at build time). */
export function ems(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/.test(ch) ? 1 : 0.55;
  return width;
}

/** The organisations that fit the panel's lines, each with its reasons (one line, or two when long). */
export function attentionShown(all: Record<string, Value>[], locale: Locale, taken = 0) {
  const shown: { row: Record<string, Value>; why: string; lines: number }[] = [];
  let used = taken;
  for (const row of all) {
    const why = reasons(row, locale).join(' · ');
    const lines = ems(why) > WHY_EMS ? 2 : 1;
    if (used + lines > OVERVIEW_ATTENTION_LINES) break;
    shown.push({ row, why, lines });
    used += lines;
  }
  return shown;
}

function Attention({ columns, sources, locale }: { columns: Columns; sources: Sources; locale: Locale }) {
  const gaps = attentionGaps(sources, locale);
  // Nothing to judge by is not "no organisation needs attention".
  if (gaps?.none)
    return (
      <Panel name="attention" title={t(locale, 'boardAttention')}>
        <p className="ov-empty">{gaps.text}</p>
      </Panel>
    );
  const all = rows(columns);
  const shown = attentionShown(all, locale, gaps ? 1 : 0);
  const title = all.length
    ? `${t(locale, 'boardAttention')} · ${tf(locale, 'boardAttentionCount', { n: String(all.length) })}`
    : t(locale, 'boardAttention');
  return (
    <Panel name="attention" title={title}>
      {gaps && <p className="ov-gaps">{gaps.text}</p>}
      {all.length === 0 && <p className="ov-none">{t(locale, 'boardAttentionNone')}</p>}
      <ul>
        {shown.map(({ row, why, lines }) => (
          <li key={String(row.org_id)} className={lines > 1 ? 'two-lines' : undefined}>
            <span className="name">{String(row.name ?? '—')}</span>
            <span className="why">{why}</span>
          </li>
        ))}
      </ul>
      {all.length > shown.length && (
        <p className="ov-more">{tf(locale, 'boardAttentionMore', { n: String(all.length - shown.length) })}</p>
      )}
    </Panel>
  );
}
