/** 年度数据一览 The year in numbers: the overview's headline figures for the organisation and year. */

import { suggestedExcellent } from '../../charts/sentences';
import type { KpiSpec } from '../../charts/spec';
import { leftOutText, shownKpis } from '../../components/Kpis';
import { OVERVIEW_KPIS } from '../../dashboards/overview';
import { type Locale, t } from '../../i18n/dict';
import type { Sources } from '../../queries/needs';
import type { DeckData, DeckKpi, SlideDoc } from '../model';
import { fig, num, records, yearLabel } from '../text';

export interface Kpis {
  readonly branches: number | null;
  readonly members: number | null;
  readonly excellent_ratio: number | null;
  readonly excellent: number | null;
  readonly excellent_suggested: number | null;
  readonly rated: number | null;
  readonly excellent_cap: number | null;
  readonly avg_score: number | null;
  readonly topics_closed: number | null;
  readonly topics_total: number | null;
  readonly meeting_completion: number | null;
}

const KPI_FIELDS = [
  'branches',
  'members',
  'excellent_ratio',
  'excellent',
  'excellent_suggested',
  'rated',
  'excellent_cap',
  'avg_score',
  'topics_closed',
  'topics_total',
  'meeting_completion',
] as const;

/** The kpis query's one row, numbers or null. */
export function kpiRow(columns: DeckData['figures']['kpis'] | undefined): Kpis {
  const row = records<Record<string, number | null>>(columns)[0] ?? {};
  return Object.fromEntries(KPI_FIELDS.map((k) => [k, num(row[k])])) as unknown as Kpis;
}

/** The year has figures of its own (ratings, scores, meetings): a year with topics alone has none. */
export function hasYearFigures(k: Kpis): boolean {
  return (k.rated ?? 0) > 0 || k.avg_score !== null || k.meeting_completion !== null;
}

/**
 * The year's two rates where the data has them (ratings, meetings); else the assessment period's average score,
 * `period` naming it (2025年第四季度).
 */
export function numbersHeadline(k: Kpis, year: number, period: string, locale: Locale): string {
  const zh = locale === 'zh';
  const parts: string[] = [];
  if ((k.rated ?? 0) > 0)
    parts.push(
      zh
        ? `优秀党员占比 ${fig(k.excellent_ratio, 'pct', locale)}`
        : `${fig(k.excellent_ratio, 'pct', locale)} of rated members excellent`,
    );
  if (k.meeting_completion !== null)
    parts.push(
      zh
        ? `三会一课完成率 ${fig(k.meeting_completion, 'pct', locale)}`
        : `${fig(k.meeting_completion, 'pct', locale)} of required meetings held`,
    );
  if (parts.length === 0 && k.avg_score !== null)
    parts.push(
      zh
        ? `${period}支部平均得分 ${fig(k.avg_score, 'num1', locale)} 分`
        : `an average branch score of ${fig(k.avg_score, 'num1', locale)} in ${period}`,
    );
  return zh ? `${yearLabel(year, locale)}：${parts.join('，')}` : `${year}: ${parts.join(', ')}`;
}

/** ；含按积分建议 106 人（未录入评议结果） after a sentence, where some of the excellent are only suggested. */
function suggestedClause(k: { excellent_suggested: number | null }, locale: Locale): string {
  const note = suggestedExcellent(k, locale);
  return note ? (locale === 'zh' ? `；${note}` : `; ${note}`) : '';
}

function numbersNotes(k: Kpis, period: string, sources: Sources, locale: Locale): string[] {
  const zh = locale === 'zh';
  const notes: string[] = [];
  // Head counts only from the tables that hold them: no members table is not 0 members.
  const heads = [
    ...((sources.organizations ?? 0) > 0
      ? [zh ? `基层组织 ${fig(k.branches, 'int', locale)} 个` : `${fig(k.branches, 'int', locale)} basic organisations`]
      : []),
    ...((sources.members ?? 0) > 0
      ? [
          zh
            ? `党员 ${fig(k.members, 'int', locale)} 名（名册人数）`
            : `${fig(k.members, 'int', locale)} members on the roll`,
        ]
      : []),
  ];
  if (heads.length) notes.push(heads.join(zh ? '，' : ', '));
  if ((k.rated ?? 0) > 0)
    notes.push(
      zh
        ? `优秀党员占比 = 优秀 ${fig(k.excellent, 'int', locale)} 人 ÷ 参评 ${fig(k.rated, 'int', locale)} 人 = ${fig(k.excellent_ratio, 'pct', locale)}（指导上限 ${fig(k.excellent_cap, 'pct', locale)}）${suggestedClause(k, locale)}`
        : `Excellent ratio = ${fig(k.excellent, 'int', locale)} excellent ÷ ${fig(k.rated, 'int', locale)} rated = ${fig(k.excellent_ratio, 'pct', locale)} (guidance cap ${fig(k.excellent_cap, 'pct', locale)})${suggestedClause(k, locale)}`,
    );
  if (k.avg_score !== null)
    notes.push(
      zh
        ? `支部平均得分：${period}各基层组织考核得分（百分制）的平均值 ${fig(k.avg_score, 'num1', locale)} 分`
        : `Average branch score: the mean of the basic organisations' scores (of 100) for ${period}, ${fig(k.avg_score, 'num1', locale)}`,
    );
  if ((k.topics_total ?? 0) > 0)
    notes.push(
      zh
        ? `课题：${fig(k.topics_total, 'int', locale)} 个中结题 ${fig(k.topics_closed, 'int', locale)} 个`
        : `Topics: ${fig(k.topics_closed, 'int', locale)} of ${fig(k.topics_total, 'int', locale)} closed`,
    );
  if (k.meeting_completion !== null)
    notes.push(
      zh
        ? `三会一课完成率：按规则的年度应开次数计，${fig(k.meeting_completion, 'pct', locale)}`
        : `Meeting completion against the rules' yearly quotas: ${fig(k.meeting_completion, 'pct', locale)}`,
    );
  return notes;
}

/**
 * The overview's tiles the data can make (a figure whose tables it lacks is left out, never shown as 0), each
 * with its raw value (the browser tests compare it with the overview's).
 */
export function kpiTiles(k: Kpis, period: string, sources: Sources, locale: Locale): DeckKpi[] {
  return shownKpis(OVERVIEW_KPIS, sources).map((spec) => {
    const raw = k[spec.field as keyof Kpis];
    return {
      key: spec.field,
      label: t(locale, spec.label),
      value: fig(raw, spec.format === 'pct' ? 'pct' : spec.format === 'num1' ? 'num1' : 'int', locale),
      raw,
      // The average score is of one assessment period: named under it.
      detail: spec.field === 'avg_score' ? period : tileDetail(spec, k as unknown as Record<string, unknown>, locale),
    };
  });
}

/** A tile's detail and, where it applies, its note (含按积分建议 106 人), as one line. */
function tileDetail(spec: KpiSpec, row: Record<string, unknown>, locale: Locale): string | undefined {
  const parts = [spec.detail?.(row, locale), spec.note?.(row, locale)].filter((x): x is string => !!x);
  return parts.length ? parts.join(' · ') : undefined;
}

export function numbersSlide(data: DeckData, locale: Locale): SlideDoc | null {
  const k = kpiRow(data.figures.kpis);
  if (!hasYearFigures(k)) return null;
  const period = fig(data.period, 'period', locale);
  return {
    id: 'numbers',
    kicker: t(locale, 'reviewNumbers'),
    headline: numbersHeadline(k, data.year, period, locale),
    blocks: [
      {
        kind: 'kpis',
        items: kpiTiles(k, period, data.sources, locale),
        leftOut: leftOutText(OVERVIEW_KPIS, data.sources, locale) ?? undefined,
      },
    ],
    notes: numbersNotes(k, period, data.sources, locale),
  };
}
