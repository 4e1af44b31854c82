/**
 * 课题成效 The topics' outcome metrics: how many met their target (and how many went backwards), each one's
 * progress measured from its baseline, (actual − baseline) ÷ (target − baseline), against the 100% line, in the
 * colour and word of its status (src/sql/topic-tables.ts). The sentence is the topics page's own
 * (charts/sentences.ts outcomesSentence).
 */
import { OUTCOME_WORDS } from '../../charts/format';
import { type OutcomeCounts, outcomeCounts, outcomesSentence } from '../../charts/sentences';
import { OUTCOME_COLORS, ROLE_COLORS } from '../../charts/theme';
import { type Locale, t } from '../../i18n/dict';
import type { OutcomeStatus } from '../../sql/topic-tables';
import type { DeckData, SlideDoc } from '../model';
import { bounded, fig, num, records } from '../text';

export interface Outcome {
  readonly title: string;
  readonly metric: string;
  readonly unit: string | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly actual: number | null;
  /** From the baseline: (actual − baseline) ÷ (target − baseline); null without a target. */
  readonly progress: number | null;
  /** Actual ÷ target, said beside it in the notes. */
  readonly attainment: number | null;
  readonly status: OutcomeStatus;
}

export interface OutcomeFigures {
  /** Every metric in view, the furthest along first (the query's order). */
  readonly rows: readonly Outcome[];
  readonly counts: OutcomeCounts;
}

export function outcomeFigures(data: DeckData): OutcomeFigures | null {
  const rows = records<Outcome>(data.figures.outcomes).map((o) => ({
    ...o,
    target: num(o.target),
    actual: num(o.actual),
    baseline: num(o.baseline),
    progress: num(o.progress),
    attainment: num(o.attainment),
  }));
  if (rows.length === 0) return null;
  return { rows, counts: outcomeCounts(data.figures.outcomes) };
}

export function outcomesSlide(data: DeckData, locale: Locale): SlideDoc | null {
  const f = outcomeFigures(data);
  if (!f) return null;
  const zh = locale === 'zh';
  const word = (o: Outcome) => t(locale, OUTCOME_WORDS[o.status]);
  const { shown, note } = bounded(
    f.rows.filter((o) => o.progress !== null),
    'metrics',
    locale,
  );
  const value = (v: number | null, unit: string | null) =>
    `${fig(v, 'qty', locale)}${unit ? (zh ? unit : ` ${unit}`) : ''}`;
  return {
    id: 'outcomes',
    kicker: t(locale, 'reviewTopics'),
    headline: outcomesSentence(f.counts, locale),
    blocks: shown.length
      ? [
          {
            kind: 'chart',
            chart: {
              title: t(locale, 'chartOutcomes'),
              orientation: 'horizontal',
              stacked: false,
              // The status in words beside each name: never a colour alone.
              categories: shown.map((o) => (zh ? `${o.metric}（${word(o)}）` : `${o.metric} (${word(o)})`)),
              series: [
                {
                  name: t(locale, 'colProgress'),
                  values: shown.map((o) => o.progress),
                  color: ROLE_COLORS.measure,
                  colors: shown.map((o) => OUTCOME_COLORS[o.status] ?? ROLE_COLORS.measure),
                },
              ],
              format: 'pct',
              unit: '%',
              target: { value: 1, label: zh ? '目标 100%' : 'Target 100%' },
              note,
            },
          },
        ]
      : [],
    notes: [
      t(locale, 'outcomesNote'),
      ...f.rows.map((o) =>
        zh
          ? `${o.title} · ${o.metric}：基线 ${value(o.baseline, o.unit)}，目标 ${value(o.target, o.unit)}，实际 ${value(o.actual, o.unit)}；较基线进度 ${fig(o.progress, 'pct', locale)}，实际 ÷ 目标 ${fig(o.attainment, 'pct', locale)}（${word(o)}）`
          : `${o.title} · ${o.metric}: baseline ${value(o.baseline, o.unit)}, target ${value(o.target, o.unit)}, actual ${value(o.actual, o.unit)}; progress from the baseline ${fig(o.progress, 'pct', locale)}, actual ÷ target ${fig(o.attainment, 'pct', locale)} (${word(o)})`,
      ),
    ],
  };
}
