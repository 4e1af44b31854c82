/**
 * A deck chart as an ECharts option: every bar labelled with its value, the unit on the value axis, the
 * target line drawn and named. Pure; rendered to SVG (charts/echarts.ts renderSvg) at build time and in the
 * page alike. Names from the data reach ECharts only as data, never inside a formatter string.
 */
import { formatValue } from '../charts/format';
import { emWidth, textWidth, widestWord } from '../charts/text-width';
import { DECK_INK } from '../charts/theme';
import type { Locale } from '../i18n/dict';
import type { DeckChart, ValueFormat } from './model';

type Option = Record<string, unknown>;

/** A value as the chart's labels write it. */
export function chartValue(v: number | null, format: ValueFormat, locale: Locale): string {
  if (v === null) return '';
  return format === 'pct' ? `${Math.round(v * 1000) / 10}%` : formatValue(v, format, locale);
}

/**
 * The value axis: round ends at or past the largest bar (stacked: the largest stack) and the target, and below
 * zero only for a value below it (an outcome metric that went backwards from its baseline).
 */
export function valueScale(c: DeckChart): { min: number; max: number; interval: number } {
  const values = c.stacked
    ? c.categories.map((_, i) => c.series.reduce((a, s) => a + (s.values[i] ?? 0), 0))
    : c.series.flatMap((s) => s.values.map((v) => v ?? 0));
  const top = Math.max(c.target?.value ?? 0, 0, ...values);
  const bottom = Math.min(0, ...values);
  if (!(top - bottom > 0)) return { min: 0, max: 1, interval: 0.2 };
  const raw = (top - bottom) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const round = ([1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((x) => x >= raw - 1e-12) as number) ?? raw;
  // Counts step by whole numbers: an axis of 0 to 1 topic is not ticked 0, 0, 0, 1, 1, 1.
  const step = c.format === 'int' ? Math.max(1, Math.round(round)) : round;
  const min = bottom < 0 ? -Math.ceil(-bottom / step - 1e-9) * step : 0;
  return { min, max: Math.ceil(top / step - 1e-9) * step, interval: step };
}

/**
 * Value labels as large as their bars leave room for (14 to 24 px): a horizontal bar's height, a column's
 * share of the width against its longest label.
 */
function labelSize(c: DeckChart, size: { width: number; height: number }, locale: Locale): number {
  const clamp = (n: number) => Math.max(14, Math.min(24, Math.floor(n)));
  if (c.orientation === 'horizontal') return clamp((size.height / Math.max(1, c.categories.length)) * 0.6);
  const columns = Math.max(1, c.categories.length * (c.stacked ? 1 : c.series.length));
  // The longest value label in ems (a wide character, as in 万 or a CJK unit, takes a whole one).
  const longest = Math.max(
    emWidth('0'),
    ...c.series.flatMap((s) => s.values.map((v) => emWidth(chartValue(v, c.format, locale)))),
  );
  return clamp(((size.width / columns) * 0.8) / longest);
}

const CATEGORY_FONT = 20;

/**
 * A name's room. Down the side, a quarter of the chart's width (a metric's name and its status word). Under a
 * column, its column's width, wrapped onto more lines: at a fixed 160 px "Themed party day" and "Branch member
 * meeting" were cut to "Themed par..." under columns three times as wide. Cut only where a word is wider than
 * its column (wrapped, it would break inside the word).
 */
function categoryRoom(categories: readonly string[], horizontal: boolean, width: number) {
  if (horizontal) return { width: Math.max(280, Math.min(440, Math.round(width / 4))), overflow: 'truncate' };
  const column = Math.floor((width - 80) / Math.max(1, categories.length)) - 12;
  const wraps = widestWord(categories, CATEGORY_FONT) <= column;
  return { width: Math.max(60, column), overflow: wraps ? 'break' : 'truncate' };
}

export function deckChartOption(c: DeckChart, locale: Locale, size: { width: number; height: number }): Option {
  const horizontal = c.orientation === 'horizontal';
  const label = (v: unknown) => chartValue(typeof v === 'number' ? v : Number(v), c.format, locale);
  const fontSize = labelSize(c, size, locale);
  const series = c.series.map((s, i) => ({
    type: 'bar',
    name: s.name,
    stack: c.stacked ? 'all' : undefined,
    // A colour per value where the series gives them (an outcome metric's status), else the series' own. A bar
    // below zero keeps its label on the zero line's other side, where its row is empty.
    data: s.colors ? s.values.map((value, k) => ({ value, itemStyle: { color: s.colors?.[k] ?? s.color } })) : s.values,
    itemStyle: { color: s.color },
    barMaxWidth: 72,
    barGap: '40%',
    label: {
      show: true,
      position: c.stacked ? 'inside' : horizontal ? 'right' : 'top',
      formatter: (p: { value: unknown }) => (p.value === 0 && c.stacked ? '' : label(p.value)),
      fontSize,
      color: c.stacked ? DECK_INK.paper : DECK_INK.text,
      // On paper of its own: a value near the target line stays readable where the dashed line runs by it.
      ...(c.target && !c.stacked ? { backgroundColor: DECK_INK.paper, padding: [1, 3] } : {}),
    },
    markLine:
      c.target && i === 0
        ? {
            silent: true,
            symbol: 'none',
            // Under the bars' value labels.
            z: 1,
            lineStyle: { color: DECK_INK.accent, type: 'dashed', width: 2 },
            // At the top of the line: a horizontal chart's categories run down (its axis is inverted).
            label: {
              formatter: () => c.target?.label,
              // A column chart's: past the line's end, in room of its own (inside, it ran into the last column's label).
              position: horizontal ? 'start' : 'end',
              color: DECK_INK.accent,
              fontSize: 20,
            },
            data: [horizontal ? { xAxis: c.target.value } : { yAxis: c.target.value }],
          }
        : undefined,
  }));
  const scale = valueScale(c);
  const valueAxis = {
    type: 'value',
    name: c.unit,
    nameTextStyle: { fontSize: 20, color: DECK_INK.muted },
    axisLabel: {
      fontSize: 18,
      formatter: (v: number) => chartValue(v, c.format === 'num1' ? 'int' : c.format, locale),
    },
    ...scale,
  };
  const categoryAxis = {
    type: 'category',
    data: c.categories,
    inverse: horizontal,
    axisLabel: { fontSize: CATEGORY_FONT, interval: 0, ...categoryRoom(c.categories, horizontal, size.width) },
  };
  return {
    animation: false,
    legend: c.series.length > 1 ? { top: 0, textStyle: { fontSize: 20 } } : undefined,
    // The axis labels and names inside the chart's box (ECharts 6's form of containLabel).
    grid: {
      left: 20,
      right: horizontal ? 90 : c.target ? 30 + textWidth(c.target.label, 20) : 30,
      top: c.series.length > 1 ? 56 : 40,
      bottom: 16,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series,
  };
}
