/**
 * Turns a panel's columns into an ECharts option. Pure: the same function
 * feeds the server-side SVG of the first view and the live chart.
 * Names from the data reach ECharts only as data, never in a formatter.
 * It names no colour: ink and the default palette come from the registered
 * theme the chart is drawn with, a series' colour from its role (theme.ts).
 */
import { type Locale, t, valueLabel } from '../i18n/dict';
import type { Columns, Value } from '../queries/types';
import { chartBound, chartHeight, LINES_AT_FIRST } from './bounds';
import { formatValue } from './format';
import type { ChartShape } from './spec';
import { textWidth, widestWord } from './text-width';
import { branchColor, CATEGORY_COLORS, ROLE_COLORS } from './theme';

export interface ChartContext {
  readonly locale: Locale;
  /** Colour index of each basic organisation id. */
  readonly branchIndex: ReadonlyMap<string, number>;
  readonly excellentCap: number;
}

type Option = Record<string, unknown>;

/** Below this width (a phone) a chart's labels are written shorter. */
const NARROW = 600;

/** `width` is the chart's width in pixels: on a phone, crowded category labels thin out instead of overlapping. */
export function buildOption(shape: ChartShape, all: Columns, ctx: ChartContext, width = 960): Option {
  // Every chart draws a bounded number of bars and lines, however large the organisation (see bounds.ts).
  const data = chartBound(shape, all).data;
  const units = shape.categoryUnit ? (data[shape.categoryUnit] ?? []) : [];
  const categories = (data[shape.category] ?? []).map((v, i) =>
    withUnit(formatValue(v, shape.categoryFormat ?? 'text', ctx.locale), units[i], ctx.locale),
  );
  const valueFormatter = (v: unknown) => formatValue(v as Value, shape.valueFormat ?? 'num1', ctx.locale);
  const base: Option = {
    animation: false,
    tooltip: {
      trigger: shape.kind === 'pie' || shape.kind === 'funnel' ? 'item' : 'axis',
      valueFormatter,
      confine: true,
    },
  };
  switch (shape.kind) {
    case 'pie':
    case 'funnel': {
      const colors = shape.categoryColors ? CATEGORY_COLORS[shape.categoryColors] : null;
      const raw = data[shape.category] ?? [];
      return {
        ...base,
        legend: { bottom: 0 },
        series: [
          {
            type: shape.kind,
            radius: shape.kind === 'pie' ? ['40%', '70%'] : undefined,
            sort: shape.kind === 'funnel' ? 'none' : undefined,
            data: categories.map((name, i) => {
              const color = colors?.[String(raw[i])];
              return {
                name,
                value: data[shape.series[0].field]?.[i] ?? 0,
                ...(color ? { itemStyle: { color } } : {}),
              };
            }),
          },
        ],
      };
    }
    default:
      return shape.seriesBy
        ? longSeries(shape, data, ctx, base, width)
        : wideSeries(shape, data, ctx, base, categories, width);
  }
}

function wideSeries(
  shape: ChartShape,
  data: Columns,
  ctx: ChartContext,
  base: Option,
  categories: string[],
  width: number,
): Option {
  const horizontal = shape.kind === 'hbar' || shape.kind === 'hstacked';
  const stacked = shape.kind === 'stacked' || shape.kind === 'hstacked';
  const type = shape.kind === 'line' ? 'line' : 'bar';
  const colorOf = (i: number) => {
    if (shape.valueColors) return CATEGORY_COLORS[shape.valueColors.colors][String(data[shape.valueColors.field]?.[i])];
    const id = shape.colorKey ? data[shape.colorKey]?.[i] : null;
    return id == null ? undefined : orgColor(ctx, id);
  };
  const valueText = (v: Value) => formatValue(v, shape.valueFormat ?? 'num1', ctx.locale);
  // A colour that means something is also said in words beside the value: never colour alone.
  const meaningOf = (i: number) =>
    shape.valueColors?.format
      ? formatValue(data[shape.valueColors.field]?.[i] ?? null, shape.valueColors.format, ctx.locale)
      : '';
  // Each bar's text at its end, series by series: its value and what the shape says beside it (band,
  // places, meaning). Bar labels go on the first series only.
  const endLabels = shape.series.map((s, k) =>
    shape.barLabels
      ? k === 0
        ? barLabelTexts(shape, data, ctx, width)
        : undefined
      : shape.labels
        ? (data[s.field] ?? []).map((v, i) => [valueText(v), meaningOf(i)].join(' '))
        : undefined,
  );
  // Each label with where its bar ends, for the room they need past the grid.
  const labelled = shape.series.flatMap((s, k) =>
    (endLabels[k] ?? []).map((text, i) => ({ text, value: Number(data[s.field]?.[i] ?? 0) })),
  );
  const series = shape.series.map((s, k) => ({
    type,
    name: t(ctx.locale, s.label),
    stack: stacked ? 'total' : undefined,
    itemStyle: s.role ? { color: ROLE_COLORS[s.role] } : undefined,
    data: (data[s.field] ?? []).map((v, i) => {
      const color = shape.series.length === 1 ? colorOf(i) : undefined;
      return color ? { value: v, itemStyle: { color } } : v;
    }),
    // Figures only: a label's text is a number this code formats, never a name from the data; ECharts
    // writes it as SVG text, escaped.
    label: endLabels[k]
      ? {
          show: true,
          position: horizontal ? 'right' : 'top',
          formatter: (p: { dataIndex: number }) => endLabels[k]?.[p.dataIndex] ?? '',
        }
      : undefined,
    markLine:
      k !== 0
        ? undefined
        : shape.capLine
          ? referenceLine(
              `${t(ctx.locale, 'kpiCap')} ${formatValue(ctx.excellentCap, 'pct', ctx.locale)}`,
              ctx.excellentCap,
              horizontal,
            )
          : shape.targetLine !== undefined
            ? referenceLine(
                `${t(ctx.locale, 'targetLine')} ${valueText(shape.targetLine)}`,
                shape.targetLine,
                horizontal,
              )
            : undefined,
  }));
  // On a phone a labelled horizontal chart gives its names and labels less room, so its bars keep some.
  const narrow = horizontal && !!(shape.labels || shape.barLabels) && width < NARROW;
  const categoryAxis = categoryAxisOf(shape, categories, width, chartHeight(shape, data), narrow);
  const referenceValue = shape.capLine ? ctx.excellentCap : shape.targetLine;
  const valueAxis = {
    type: 'value',
    splitNumber: fewValueLabels(shape, width) ? 2 : undefined,
    minInterval: countStep(shape),
    axisLabel: {
      // Bars that say their values need no value axis labels (on a phone they ran into each other).
      show: !shape.barLabels,
      formatter: shape.valueFormat === 'pct' ? (v: number) => `${Math.round(v * 100)}%` : undefined,
    },
    // The reference line is always on the chart, however far below it the bars stop; past it, the axis ends
    // where ECharts rounds to (a fixed end at the highest bar was labelled "206%" beside "200%").
    max:
      referenceValue === undefined
        ? undefined
        : (v: { max: number }) => (v.max > referenceValue * 1.1 ? undefined : referenceValue * 1.1),
    // Trends read better from their own range than from zero.
    scale: type === 'line',
  };
  const gridLeft = narrow ? 98 : horizontal ? 150 : 12;
  return {
    ...base,
    legend: shape.series.length > 1 ? { top: 0 } : undefined,
    // Value labels take the room they need (a group's 1,800,000 points); category names keep a fixed column.
    grid: {
      left: gridLeft,
      // Room past the grid for the labels at the bars' ends ("99.5 Excellent ▲1"): fixed room fitted the
      // Chinese labels and cut the English ones on a phone.
      right: horizontal && labelled.length ? endLabelRoom(labelled, width - gridLeft, referenceValue) : 30,
      top: shape.series.length > 1 ? 36 : 16,
      bottom: horizontal ? 24 : 60,
      // A column or line chart keeps its axis labels inside the grid's box: ECharts 6's form of `containLabel`,
      // written out as the layout its fallback for `containLabel` drew (with no clamp), without its warning.
      ...(horizontal
        ? {}
        : {
            outerBoundsMode: 'same',
            outerBoundsContain: 'axisLabel',
            outerBoundsClampWidth: 0,
            outerBoundsClampHeight: 0,
          }),
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series,
  };
}

/** Counts (people, topics, tasks) step by whole units: a team of two has no axis tick at 0.5 person. */
const countStep = (shape: ChartShape) => (shape.valueFormat === 'int' ? 1 : undefined);

/** Each bar's value written at its end, with the columns the shape names after it. */
function barLabelTexts(shape: ChartShape, data: Columns, ctx: ChartContext, width: number): string[] {
  // On a phone the parts go without their separators, so the bars keep most of the width.
  const joiner = width < NARROW ? ' ' : ' · ';
  const value = shape.series[0].field;
  return (data[value] ?? []).map((v, i) =>
    [
      formatValue(v, shape.valueFormat ?? 'num1', ctx.locale),
      ...(shape.barLabels ?? []).map((l) => {
        const x = data[l.field]?.[i];
        return x == null ? '' : formatValue(x, l.format, ctx.locale);
      }),
    ]
      .filter((part) => part !== '')
      .join(joiner),
  );
}

/** ECharts' label font size (the theme leaves it at the default). */
const LABEL_FONT_SIZE = 12;

/**
 * The grid's right margin that lets each bar's end label fit: a bar reaching a share f of the value axis
 * ends at f × (plot − right), and its label of width w must end within the plot, so right ≥ (w − plot ×
 * (1 − f)) ÷ f. The axis is taken from zero (or the lowest value) to the highest value or the reference line
 * (ECharts' rounder ends only shorten the bars). Between 30 px and half the plot.
 */
function endLabelRoom(labels: readonly { text: string; value: number }[], plot: number, reference?: number): number {
  const values = labels.map((l) => (Number.isFinite(l.value) ? l.value : 0));
  const low = Math.min(0, ...values);
  const high = Math.max(low + 1e-9, ...values, reference === undefined ? low : reference * 1.1);
  let room = 30;
  labels.forEach((label, i) => {
    const f = (values[i] - low) / (high - low);
    if (f > 0) room = Math.max(room, (textWidth(label.text, LABEL_FONT_SIZE) - plot * (1 - f)) / f);
  });
  return Math.round(Math.min(room, plot * 0.5));
}

/** Long format: one series per distinct `seriesBy` value, categories in order of first appearance. */
function longSeries(shape: ChartShape, data: Columns, ctx: ChartContext, base: Option, width: number): Option {
  // Categories and series are told apart by their keys (two branches may share a name), labelled by their names.
  const catKey = (data[shape.categoryKey ?? shape.category] ?? []).map(String);
  const byKey = (data[shape.seriesKey ?? (shape.seriesBy as string)] ?? []).map(String);
  const catLabel = data[shape.category] ?? [];
  const byLabel = data[shape.seriesBy as string] ?? [];
  const values = data[shape.series[0].field] ?? [];
  const ids = shape.colorKey ? (data[shape.colorKey] ?? []) : [];
  const xs = categoriesInOrder(shape, data, catKey);
  const keys = [...new Set(byKey)];
  const horizontal = shape.kind === 'hbar' || shape.kind === 'hstacked';
  const stacked = shape.kind === 'stacked' || shape.kind === 'hstacked';
  const cell = new Map<string, Value>();
  for (let i = 0; i < catKey.length; i++) cell.set(`${catKey[i]}\u0000${byKey[i]}`, values[i]);
  const series = keys.map((key) => {
    const index = byKey.indexOf(key);
    const color = ids.length ? orgColor(ctx, ids[index]) : undefined;
    return {
      type: shape.kind === 'line' ? 'line' : 'bar',
      name: formatValue(byLabel[index], shape.seriesFormat ?? 'text', ctx.locale),
      stack: stacked ? 'total' : undefined,
      data: xs.map((x) => cell.get(`${x}\u0000${key}`) ?? null),
      symbolSize: 5,
      itemStyle: color ? { color } : undefined,
      lineStyle: color ? { color, width: 1.5 } : undefined,
    };
  });
  // On a phone, as in wideSeries: a narrower column of names, and fewer value labels so they do not collide.
  const narrow = horizontal && width < NARROW;
  const labels = xs.map((x) => formatValue(catLabel[catKey.indexOf(x)], shape.categoryFormat ?? 'text', ctx.locale));
  const categoryAxis = categoryAxisOf(shape, labels, width, chartHeight(shape, data), narrow);
  const valueAxis = {
    type: 'value',
    scale: shape.kind === 'line',
    splitNumber: fewValueLabels(shape, width) ? 2 : undefined,
    minInterval: countStep(shape),
  };
  return {
    ...base,
    legend: { type: 'scroll', bottom: 0, selected: offAtFirst(shape, series) },
    grid: { left: narrow ? 98 : horizontal ? 150 : 50, right: 30, top: 16, bottom: horizontal ? 40 : 80 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series,
  };
}

/** Categories in order of first appearance, or by the shape's `categoryOrder` column where it has one. */
function categoriesInOrder(shape: ChartShape, data: Columns, catKey: readonly string[]): string[] {
  const xs = [...new Set(catKey)];
  const order = shape.categoryOrder ? data[shape.categoryOrder] : undefined;
  if (!order) return xs;
  const first = new Map<string, string>();
  catKey.forEach((x, i) => {
    const v = String(order[i] ?? '');
    if (!first.has(x) || v < (first.get(x) as string)) first.set(x, v);
  });
  // Equal keys compare 0, so the sort (stable) keeps their first-appearance order.
  return xs.sort((a, b) => {
    const [x, y] = [first.get(a) as string, first.get(b) as string];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/**
 * A line chart's lines past the first few start turned off in the legend (bounds.ts, LINES_AT_FIRST). A name
 * among the first few stays on: the legend turns lines on and off by name.
 */
function offAtFirst(shape: ChartShape, series: readonly { name: string }[]): Record<string, boolean> | undefined {
  if (shape.kind !== 'line' || series.length <= LINES_AT_FIRST) return undefined;
  const on = new Set(series.slice(0, LINES_AT_FIRST).map((s) => s.name));
  return Object.fromEntries(series.filter((s) => !on.has(s.name)).map((s) => [s.name, false]));
}

/** A dashed line across the chart at `value`, labelled (the guidance cap, a target). */
function referenceLine(label: string, value: number, horizontal: boolean): Option {
  return {
    silent: true,
    symbol: 'none',
    // Across horizontal bars the line's start is the top (the category axis runs downwards).
    label: { formatter: label, color: ROLE_COLORS.target, position: horizontal ? 'start' : 'insideEndTop' },
    lineStyle: { color: ROLE_COLORS.target, type: 'dashed' },
    data: [horizontal ? { xAxis: value } : { yAxis: value }],
  };
}

/** 销售额（万元） / Sales (10k yuan): a category with its unit, when it has one. */
function withUnit(name: string, unit: Value | undefined, locale: Locale): string {
  if (unit === null || unit === undefined || unit === '') return name;
  const text = valueLabel(locale, String(unit));
  return locale === 'zh' ? `${name}（${text}）` : `${name} (${text})`;
}

/** Categories past which a column chart's names are slanted, where their columns are narrow. */
const SLANTED_FROM = 8;

/** The widest slanted name when there are few: the whole of "Committee meeting", where many are cut at 80 px. */
const SLANTED_FEW_WIDTH = 150;

/**
 * The axis of names. Down a horizontal chart, a fixed column (narrower on a phone); across a column chart, each
 * name as wide as its column, wrapped onto a second line rather than run into the next (on a phone
 * 支委会支部党员大会 read as one), slanted past SLANTED_FROM names narrower than a label's 80 px, and
 * wherever an English word is wider than its column (wrapped, a phone read "Commit / tee meetin / g").
 */
function categoryAxisOf(shape: ChartShape, labels: string[], width: number, height: number, narrow: boolean) {
  const horizontal = shape.kind === 'hbar' || shape.kind === 'hstacked';
  const column = Math.floor((width - 60) / Math.max(1, labels.length)) - 4;
  const crowded = labels.length >= SLANTED_FROM && column < 80;
  const slanted = !horizontal && (crowded || widestWord(labels, LABEL_FONT) > column);
  return {
    type: 'category',
    data: labels,
    inverse: horizontal,
    axisLabel: {
      interval: labelInterval(horizontal, slanted, labels.length, width, height),
      width: labelWidth(horizontal, narrow, crowded, slanted, labels, column),
      overflow: horizontal || slanted ? 'truncate' : 'break',
      // Steeper where the columns are narrow (a phone's dozen), so each name's end clears the next one's start.
      rotate: slanted ? (column < 36 ? 55 : 40) : 0,
    },
  };
}

/** A name's room: whole when few are slanted, cut at 80 px when many are, its column's when level. */
function labelWidth(
  horizontal: boolean,
  narrow: boolean,
  crowded: boolean,
  slanted: boolean,
  labels: readonly string[],
  column: number,
): number {
  if (horizontal) return narrow ? 90 : 140;
  if (crowded) return 80;
  if (slanted) return Math.min(SLANTED_FEW_WIDTH, Math.max(...labels.map((l) => textWidth(l, LABEL_FONT))));
  return Math.max(36, Math.min(80, column));
}

/** The axis labels' size (ECharts' default). */
const LABEL_FONT = 12;

/**
 * Every label when they fit (about 40 px each across, 24 px each slanted, 18 px each down), else as many as fit:
 * slanted, a phone's dozen work areas had every other one left out.
 */
function labelInterval(horizontal: boolean, slanted: boolean, count: number, width: number, height: number) {
  const room = horizontal ? height / 18 : width / (slanted ? 24 : 40);
  return count <= room ? 0 : 'auto';
}

/** Two steps on a phone's horizontal value axis: 0% 20% … 100% ran together in its 150 px. */
function fewValueLabels(shape: ChartShape, width: number): boolean {
  return (shape.kind === 'hbar' || shape.kind === 'hstacked') && width < NARROW;
}

/**
 * A basic organisation's colour: by its place among the listed ones, the same on every page; a group's
 * thousands beyond them get one from their id, stable too.
 */
function orgColor(ctx: ChartContext, id: Value): string {
  const key = String(id);
  const index = ctx.branchIndex.get(key);
  if (index !== undefined) return branchColor(index);
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return branchColor(Math.abs(hash) % 997);
}
