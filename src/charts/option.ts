/**
 * Turns a panel's columns into an ECharts option. Pure: the same function
 * feeds the server-side SVG of the first view and the live chart.
 * Names from the data reach ECharts only as data, never in a formatter.
 * It names no colour: ink and the default palette come from the registered
 * theme the chart is drawn with, a series' colour from its role (theme.ts).
 */
import { type Locale, t, valueLabel } from '../i18n/dict';
import type { Columns, Value } from '../queries/types';
import { chartBound, chartHeight } from './bounds';
import { formatValue } from './format';
import type { ChartShape } from './spec';
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
  const categoryCount = categories.length;
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
  const series = shape.series.map((s, k) => ({
    type,
    name: t(ctx.locale, s.label),
    stack: stacked ? 'total' : undefined,
    itemStyle: s.role ? { color: ROLE_COLORS[s.role] } : undefined,
    data: (data[s.field] ?? []).map((v, i) => {
      const color = shape.series.length === 1 ? colorOf(i) : undefined;
      return color ? { value: v, itemStyle: { color } } : v;
    }),
    // Figures only: a label's text is a number this code formats, never a name from the data.
    label:
      shape.barLabels && k === 0
        ? barLabel(shape, data, ctx, horizontal, width)
        : shape.labels
          ? {
              show: true,
              position: horizontal ? 'right' : 'top',
              formatter: (p: { value: Value; dataIndex: number }) =>
                [valueText(p.value), meaningOf(p.dataIndex)].join(' '),
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
  const categoryAxis = {
    type: 'category',
    data: categories,
    inverse: horizontal,
    axisLabel: {
      interval: labelInterval(shape, categoryCount, width, chartHeight(shape, data)),
      width: narrow ? 90 : horizontal ? 140 : 80,
      overflow: 'truncate',
      rotate: horizontal || categories.length < 8 ? 0 : 40,
    },
  };
  const valueAxis = {
    type: 'value',
    splitNumber: narrow ? 2 : undefined,
    axisLabel: {
      // Bars that say their values need no value axis labels (on a phone they ran into each other).
      show: !shape.barLabels,
      formatter: shape.valueFormat === 'pct' ? (v: number) => `${Math.round(v * 100)}%` : undefined,
    },
    // The reference line is always on the chart, however far below it the bars stop.
    max: shape.capLine
      ? (v: { max: number }) => Math.max(v.max, ctx.excellentCap * 1.1)
      : shape.targetLine !== undefined
        ? (v: { max: number }) => Math.max(v.max, (shape.targetLine as number) * 1.1)
        : undefined,
    // Trends read better from their own range than from zero.
    scale: type === 'line',
  };
  return {
    ...base,
    legend: shape.series.length > 1 ? { top: 0 } : undefined,
    // Value labels take the room they need (a group's 1,800,000 points); category names keep a fixed column.
    grid: {
      left: narrow ? 98 : horizontal ? 150 : 12,
      // Room for a value label past the longest bar.
      // Room for the labels at the bars' ends ("96.2 · 优秀 · ▲2").
      right: shape.barLabels && horizontal ? (narrow ? 96 : 130) : narrow ? 80 : shape.labels && horizontal ? 110 : 30,
      top: shape.series.length > 1 ? 36 : 16,
      bottom: horizontal ? 24 : 60,
      containLabel: !horizontal,
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series,
  };
}

/**
 * Each bar's value written at its end, with the columns the shape names after it. The text is built
 * here from the data and handed to ECharts as plain label text (ECharts writes it as SVG text, escaped).
 */
function barLabel(shape: ChartShape, data: Columns, ctx: ChartContext, horizontal: boolean, width: number): Option {
  // On a phone the parts go without their separators, so the bars keep most of the width.
  const joiner = width < NARROW ? ' ' : ' · ';
  const value = shape.series[0].field;
  const texts = (data[value] ?? []).map((v, i) =>
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
  return {
    show: true,
    position: horizontal ? 'right' : 'top',
    formatter: (p: { dataIndex: number }) => texts[p.dataIndex] ?? '',
  };
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
  const xs = [...new Set(catKey)];
  const categoryCount = xs.length;
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
  const categoryAxis = {
    type: 'category',
    data: xs.map((x) => formatValue(catLabel[catKey.indexOf(x)], shape.categoryFormat ?? 'text', ctx.locale)),
    inverse: horizontal,
    axisLabel: {
      interval: labelInterval(shape, categoryCount, width, chartHeight(shape, data)),
      width: horizontal ? 140 : 80,
      overflow: 'truncate',
      rotate: horizontal || xs.length < 8 ? 0 : 40,
    },
  };
  const valueAxis = { type: 'value', scale: shape.kind === 'line' };
  return {
    ...base,
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: horizontal ? 150 : 50, right: 30, top: 16, bottom: horizontal ? 40 : 80 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series,
  };
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

/** Every label when they fit (about 40 px each across, 18 px each down), else as many as fit. */
function labelInterval(shape: ChartShape, count: number, width: number, height: number): number | 'auto' {
  const horizontal = shape.kind === 'hbar' || shape.kind === 'hstacked';
  const room = horizontal ? height / 18 : width / 40;
  return count <= room ? 0 : 'auto';
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
