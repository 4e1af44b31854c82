/**
 * 支部考核排名 The year's ranking of the basic organisations in view, numbered within the organisation; a basic
 * organisation's own deck gives its place among its peers (its committee's basic organisations, 第 11 / 21), its
 * move since the year before, and its year period by period.
 */
import { ROLE_COLORS } from '../../charts/theme';
import { type Locale, t, valueLabel } from '../../i18n/dict';
import type { DeckChart, DeckData, SlideDoc } from '../model';
import { bounded, fig, joinNames, num, ordinal, records, yearLabel } from '../text';

export interface RankRow {
  readonly org_id: string;
  readonly name: string;
  readonly score: number;
  readonly periods: number;
  readonly period_kind: 'year' | 'quarter' | 'month';
  readonly rank: number;
  /** Its place among its peers (queries/deck.ts yearRanking), this year and the year before (null: not ranked). */
  readonly peer_rank: number;
  readonly peers: number;
  readonly previous_peer_rank: number | null;
  readonly previous_peers: number | null;
}

export interface Band {
  readonly rating: string;
  readonly min: number;
}

/** The top rating band (优秀 at 90): the line a ranking is read against. */
export function topBand(data: DeckData): Band | null {
  const row = records<{ rating: string; min_score: number }>(data.figures.bands)[0];
  return row ? { rating: row.rating, min: Number(row.min_score) } : null;
}

export function rankRows(data: DeckData): RankRow[] {
  return records<RankRow>(data.figures.ranking).map((r) => ({ ...r, score: Number(r.score) }));
}

/** What a year's score is: the annual assessment's, or the mean of the year's quarters (months). */
export function basis(kind: RankRow['period_kind'], locale: Locale): string {
  if (locale === 'zh')
    return { year: '年度考核得分', quarter: '各季度考核得分的平均值', month: '各月考核得分的平均值' }[kind];
  return {
    year: 'the annual assessment score',
    quarter: 'the mean of the quarterly scores',
    month: 'the mean of the monthly scores',
  }[kind];
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function rankingHeadline(rows: readonly RankRow[], year: number, locale: Locale): string {
  const avg = fig(mean(rows.map((r) => r.score)), 'num1', locale);
  const first = rows.filter((r) => r.rank === 1);
  const top = fig(first[0].score, 'num1', locale);
  if (locale === 'zh') {
    const lead =
      first.length > 1 ? `${first.length} 个基层组织以 ${top} 分并列第一` : `${first[0].name}以 ${top} 分居首`;
    return `${yearLabel(year, locale)} ${rows.length} 个基层组织考核平均 ${avg} 分，${lead}`;
  }
  const lead = first.length > 1 ? `${first.length} tied first with ${top}` : `${first[0].name} came first with ${top}`;
  return `${rows.length} basic organisations averaged ${avg} in ${year}; ${lead}`;
}

/** 比上年上升 5 位 / up 5 places on the year before: '' when it was not ranked the year before. */
export function placeMove(own: RankRow, locale: Locale): string {
  if (own.previous_peer_rank === null) return '';
  const d = own.previous_peer_rank - own.peer_rank;
  if (locale === 'zh') return d === 0 ? '，名次与上年持平' : `，比上年${d > 0 ? '上升' : '下降'} ${Math.abs(d)} 位`;
  if (d === 0) return ', the same place as the year before';
  return `, ${d > 0 ? 'up' : 'down'} ${Math.abs(d)} place${Math.abs(d) === 1 ? '' : 's'} on the year before`;
}

export function ownHeadline(own: RankRow, year: number, locale: Locale): string {
  const score = fig(own.score, 'num1', locale);
  if (locale === 'zh')
    return `${yearLabel(year, locale)}考核${own.period_kind === 'year' ? '得分' : '平均'} ${score} 分，在 ${own.peers} 个基层组织中排第 ${own.peer_rank} 位${placeMove(own, locale)}`;
  return `${year}: ${own.period_kind === 'year' ? 'a score' : 'an average score'} of ${score}, ${ordinal(own.peer_rank)} of ${own.peers} basic organisations${placeMove(own, locale)}`;
}

function target(band: Band | null, locale: Locale): DeckChart['target'] {
  if (!band) return undefined;
  const name = valueLabel(locale, band.rating);
  return { value: band.min, label: locale === 'zh' ? `${name} ${band.min} 分` : `${name} ${band.min}` };
}

function committeeSlide(data: DeckData, rows: RankRow[], band: Band | null, locale: Locale): SlideDoc {
  const zh = locale === 'zh';
  const { shown, note } = bounded(rows, 'orgs', locale);
  const last = rows.at(-1) as RankRow;
  const reached = band ? rows.filter((r) => r.score >= band.min).length : 0;
  const notes = [
    zh
      ? `排名依据：${basis(rows[0].period_kind, locale)}（百分制），在本组织 ${rows.length} 个基层组织中排名`
      : `Ranked by ${basis(rows[0].period_kind, locale)} (of 100), among the organisation's ${rows.length} basic organisations`,
    zh
      ? `得分最低：${last.name} ${fig(last.score, 'num1', locale)} 分`
      : `Lowest: ${last.name}, ${fig(last.score, 'num1', locale)}`,
  ];
  if (band)
    notes.push(
      zh
        ? `${band.rating}档（${band.min} 分及以上）：${reached} 个基层组织`
        : `${valueLabel(locale, band.rating)} band (${band.min} and above): ${reached} basic organisations`,
    );
  if (note)
    notes.push(
      zh
        ? `其余：${joinNames(
            rows.slice(shown.length).map((r) => r.name),
            locale,
          )}`
        : `The rest: ${joinNames(
            rows.slice(shown.length).map((r) => r.name),
            locale,
          )}`,
    );
  return {
    id: 'ranking',
    kicker: t(locale, 'reviewRanking'),
    headline: rankingHeadline(rows, data.year, locale),
    blocks: [
      {
        kind: 'chart',
        chart: {
          title: zh ? `${yearLabel(data.year, locale)}考核得分排名` : `Ranking by score, ${data.year}`,
          orientation: 'horizontal',
          stacked: false,
          categories: shown.map((r) => `${r.rank}. ${r.name}`),
          series: [{ name: t(locale, 'colScore'), values: shown.map((r) => r.score), color: ROLE_COLORS.measure }],
          format: 'num1',
          unit: zh ? '分' : 'points',
          target: target(band, locale),
          note,
        },
      },
    ],
    notes,
  };
}

function ownSlide(data: DeckData, own: RankRow, band: Band | null, locale: Locale): SlideDoc {
  const zh = locale === 'zh';
  const trend = records<{ period: string; score100: number; stars: number | null }>(data.figures.ownTrend);
  const notes = [
    zh
      ? `依据：${basis(own.period_kind, locale)}（百分制）；名次在所属党委的 ${own.peers} 个基层组织中计`
      : `By ${basis(own.period_kind, locale)} (of 100); the place is among the ${own.peers} basic organisations of its committee`,
    ...(own.previous_peer_rank === null
      ? []
      : [
          zh
            ? `上年：第 ${own.previous_peer_rank} / ${own.previous_peers}`
            : `The year before: ${ordinal(own.previous_peer_rank)} of ${own.previous_peers}`,
        ]),
    ...trend.map(
      (p) =>
        `${fig(p.period, 'period', locale)}${zh ? '：' : ': '}${fig(num(p.score100), 'num1', locale)}${zh ? ' 分' : ''}${p.stars ? ` ${fig(p.stars, 'stars', locale)}` : ''}`,
    ),
  ];
  return {
    id: 'ranking',
    kicker: t(locale, 'reviewRanking'),
    headline: ownHeadline(own, data.year, locale),
    blocks: [
      {
        kind: 'chart',
        chart: {
          title: zh ? `${yearLabel(data.year, locale)}各期考核得分` : `Scores through ${data.year}`,
          orientation: 'vertical',
          stacked: false,
          categories: trend.map((p) => fig(p.period, 'period', locale)),
          series: [
            { name: t(locale, 'colScore'), values: trend.map((p) => num(p.score100)), color: ROLE_COLORS.measure },
          ],
          format: 'num1',
          unit: zh ? '分' : 'points',
          target: target(band, locale),
        },
      },
    ],
    notes,
  };
}

export function rankingSlide(data: DeckData, locale: Locale): SlideDoc | null {
  const rows = rankRows(data);
  if (rows.length === 0) return null;
  const band = topBand(data);
  const own = rows.find((r) => r.org_id === data.org.id);
  return own ? ownSlide(data, own, band, locale) : committeeSlide(data, rows, band, locale);
}
