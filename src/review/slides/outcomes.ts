/**
 * 课题成效 The topics' outcome indicators against their targets: how many reached them, each one's attainment
 * with the 100% line. issue 14 measures progress from the baseline: `attainment` is read in one place here.
 */
import { ROLE_COLORS } from '../../charts/theme';
import { type Locale, t } from '../../i18n/dict';
import type { DeckData, SlideDoc } from '../model';
import { bounded, fig, num, records } from '../text';

export interface Outcome {
  readonly title: string;
  readonly metric: string;
  readonly unit: string | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly actual: number | null;
  readonly attainment: number | null;
}

export interface OutcomeFigures {
  /** Indicators with a target, by attainment, the highest first (the query's order). */
  readonly rows: readonly Outcome[];
  readonly met: number;
}

export function outcomeFigures(data: DeckData): OutcomeFigures | null {
  const rows = records<Outcome>(data.figures.outcomes)
    .map((o) => ({
      ...o,
      target: num(o.target),
      actual: num(o.actual),
      baseline: num(o.baseline),
      attainment: num(o.attainment),
    }))
    .filter((o) => o.target !== null && o.target !== 0);
  if (rows.length === 0) return null;
  return { rows, met: rows.filter((o) => o.actual !== null && o.actual >= (o.target as number)).length };
}

export function outcomesHeadline(f: OutcomeFigures, locale: Locale): string {
  if (locale === 'zh') return `${f.rows.length} 项课题指标中 ${f.met} 项达到目标`;
  return `${f.met} of ${f.rows.length} topic indicators reached their target`;
}

export function outcomesSlide(data: DeckData, locale: Locale): SlideDoc | null {
  const f = outcomeFigures(data);
  if (!f) return null;
  const zh = locale === 'zh';
  const { shown, note } = bounded(f.rows, locale);
  const value = (v: number | null, unit: string | null) => `${fig(v, 'num1', locale).replace(/\.0$/, '')}${unit ?? ''}`;
  return {
    id: 'outcomes',
    kicker: t(locale, 'reviewTopics'),
    headline: outcomesHeadline(f, locale),
    blocks: [
      {
        kind: 'chart',
        chart: {
          title: zh ? '各指标完成度（实际值 ÷ 目标值）' : 'Attainment of each indicator (actual ÷ target)',
          orientation: 'horizontal',
          stacked: false,
          categories: shown.map((o) => o.metric),
          series: [
            { name: t(locale, 'colAttainment'), values: shown.map((o) => o.attainment), color: ROLE_COLORS.done },
          ],
          format: 'pct',
          unit: '%',
          target: { value: 1, label: zh ? '目标 100%' : 'Target 100%' },
          note,
        },
      },
    ],
    notes: f.rows.map((o) =>
      zh
        ? `${o.title} · ${o.metric}：基线 ${value(o.baseline, o.unit)}，目标 ${value(o.target, o.unit)}，实际 ${value(o.actual, o.unit)}（完成度 ${fig(o.attainment, 'pct', locale)}）`
        : `${o.title} · ${o.metric}: baseline ${value(o.baseline, o.unit)}, target ${value(o.target, o.unit)}, actual ${value(o.actual, o.unit)} (${fig(o.attainment, 'pct', locale)} of target)`,
    ),
  };
}
