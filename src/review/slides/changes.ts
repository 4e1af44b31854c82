/** 与上年相比 Against the year before: the year's own headline figures beside the previous year's. */
import { periodLabel } from '../../charts/format';
import type { KpiSpec } from '../../charts/spec';
import { shownKpis } from '../../components/Kpis';
import { OVERVIEW_KPIS } from '../../dashboards/overview';
import { type Locale, t } from '../../i18n/dict';
import type { Sources } from '../../queries/needs';
import type { DeckChangeRow, DeckData, SlideDoc } from '../model';
import { fig, yearLabel } from '../text';
import { type Kpis, kpiRow } from './numbers';

/** The figures that belong to a year (the head counts are the roll's, the same in both years). */
const YEARLY: readonly (keyof Kpis)[] = ['excellent_ratio', 'avg_score', 'topics_closed', 'meeting_completion'];

export interface Change {
  readonly spec: KpiSpec;
  readonly previous: number | null;
  readonly current: number | null;
}

/** The yearly figures the data can make (its tables present), this year beside the year before. */
export function changes(now: Kpis, before: Kpis, sources: Sources): Change[] {
  return shownKpis(OVERVIEW_KPIS, sources)
    .filter((spec) => YEARLY.includes(spec.field as keyof Kpis))
    .map((spec) => ({
      spec,
      previous: before[spec.field as keyof Kpis],
      current: now[spec.field as keyof Kpis],
    }));
}

/** Compared only where both years have the figure. */
const compared = (rows: readonly Change[]) => rows.filter((r) => r.previous !== null && r.current !== null);

function direction(r: Change): 'up' | 'down' | 'same' {
  const d = Number(r.current) - Number(r.previous);
  return Math.abs(d) < 1e-9 ? 'same' : d > 0 ? 'up' : 'down';
}

/** +1.2 个百分点 for a ratio, +3 for a count, +0.8 for a score. */
export function changeText(r: Change, locale: Locale): string {
  if (r.previous === null || r.current === null) return '—';
  const d = r.current - r.previous;
  const arrow = { up: '▲ ', down: '▼ ', same: '' }[direction(r)];
  if (r.spec.format === 'pct') {
    const points = Math.round(d * 1000) / 10;
    return `${arrow}${points > 0 ? '+' : ''}${points} ${locale === 'zh' ? '个百分点' : 'pp'}`;
  }
  const n = Math.round(d * 10) / 10;
  return `${arrow}${n > 0 ? '+' : ''}${n}`;
}

export function changesHeadline(rows: readonly Change[], locale: Locale): string {
  const both = compared(rows);
  const count = (d: 'up' | 'down' | 'same') => both.filter((r) => direction(r) === d).length;
  const [up, down, same] = [count('up'), count('down'), count('same')];
  if (locale === 'zh') {
    const parts = [`${up} 项上升`, `${down} 项下降`, ...(same ? [`${same} 项持平`] : [])];
    return `与上年相比，${both.length} 项年度指标中 ${parts.join('、')}`;
  }
  const parts = [`${up} rose`, `${down} fell`, ...(same ? [`${same} held steady`] : [])];
  return `Against the year before, of ${both.length} yearly figures ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * A figure of one assessment period (the average score) is that period's in each year, not the year's: its
 * label names the periods (支部平均得分（各年第四季度）) under the columns headed by year.
 */
export function changeLabel(r: Change, periods: Periods, locale: Locale): string {
  const label = t(locale, r.spec.label);
  if (r.spec.previous?.kind !== 'period') return label;
  const [was, now] = [withinYear(periods.previous, locale), withinYear(periods.current, locale)];
  // Each year's own assessment (2025年度): the column heads say it.
  if (now === null && (was === null || periods.previous === '')) return label;
  if (now !== null && (was === now || periods.previous === ''))
    return locale === 'zh' ? `${label}（各年${now}）` : `${label} (${now} of each year)`;
  const [before, after] = [periodLabel(periods.previous, locale), periodLabel(periods.current, locale)];
  return locale === 'zh' ? `${label}（${before}、${after}）` : `${label} (${before}, ${after})`;
}

/** The part of a period's label within its year (第四季度, 5月; Q4, May), or null for a whole year. */
function withinYear(period: string, locale: Locale): string | null {
  if (/^\d{4}$/.test(period)) return null;
  const label = periodLabel(period, locale);
  return label
    .replace(/^\d{4}年/, '')
    .replace(/\s*\d{4}$/, '')
    .replace(/^\d{4}\s*/, '');
}

export interface Periods {
  readonly previous: string;
  readonly current: string;
}

function row(r: Change, periods: Periods, locale: Locale): DeckChangeRow {
  const format = r.spec.format === 'pct' ? 'pct' : r.spec.format === 'num1' ? 'num1' : 'int';
  return {
    key: r.spec.field,
    label: changeLabel(r, periods, locale),
    previous: fig(r.previous, format, locale),
    current: fig(r.current, format, locale),
    change: changeText(r, locale),
    direction: direction(r),
    rawPrevious: r.previous,
    rawCurrent: r.current,
  };
}

export function changesSlide(data: DeckData, locale: Locale): SlideDoc | null {
  if (data.previousYear === null) return null;
  const rows = changes(kpiRow(data.figures.kpis), kpiRow(data.figures.kpisBefore), data.sources);
  if (compared(rows).length === 0) return null;
  const periods = { previous: data.previousPeriod, current: data.period };
  const notes = compared(rows).map((r) => {
    const { label, previous, current, change } = row(r, periods, locale);
    return locale === 'zh'
      ? `${label}：${previous} → ${current}（${change}）`
      : `${label}: ${previous} → ${current} (${change})`;
  });
  return {
    id: 'changes',
    kicker: t(locale, 'reviewChanges'),
    headline: changesHeadline(rows, locale),
    blocks: [
      {
        kind: 'changes',
        head: ['', yearLabel(data.previousYear, locale), yearLabel(data.year, locale), t(locale, 'reviewChange')],
        // A figure neither year has (a party group's average score) is no row of "— — —".
        rows: rows.filter((r) => r.previous !== null || r.current !== null).map((r) => row(r, periods, locale)),
      },
    ],
    notes,
  };
}
