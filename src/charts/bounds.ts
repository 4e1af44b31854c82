/**
 * How much of a result one page shows, whatever the size of the organisation.
 * A unit's few dozen branches fit every chart and table whole; a group's
 * 15,000 do not: a chart of 15,000 bars is unreadable and its page (data,
 * table and SVG) ran to 240 MB of HTML. So a chart draws the first categories
 * or series in the query's order (rankings come best first) and a table shows
 * one page at a time; the CSV download keeps every row.
 */
import { type Columns, rowCount, type Value } from '../queries/types';
import type { ChartShape, PanelSpec } from './spec';

/** Bars (or slices) a chart draws at most. */
export const CHART_CATEGORIES = 50;
/** Lines (or stacked series) a chart draws at most. */
export const CHART_SERIES = 30;
/**
 * Lines a line chart shows at first: past a handful they tangle into one band. The rest are drawn too, turned
 * off in the legend, where a reader turns on the ones they look for.
 */
export const LINES_AT_FIRST = 8;
/** Rows of a table page. */
export const TABLE_PAGE = 100;

export interface Bound {
  /** Distinct categories (or, when those are all drawn, series) drawn, and how many the data holds. */
  readonly shown: number;
  readonly total: number;
  readonly unit: 'categories' | 'series';
}

export interface Bounded extends Bound {
  readonly data: Columns;
}

/**
 * The rows a chart draws: those among the first CHART_SERIES series and the first CHART_CATEGORIES
 * categories (a stacked chart has both: six assessment dimensions over 15,000 branches).
 */
export function chartBound(shape: ChartShape, data: Columns): Bounded {
  const categories = data[shape.categoryKey ?? shape.category] ?? [];
  const series = shape.seriesBy ? (data[shape.seriesKey ?? shape.seriesBy] ?? []) : null;
  // One row, one bar: two branches of the same name are two bars, and count as two.
  if (!series) {
    const total = categories.length;
    const shown = Math.min(total, CHART_CATEGORIES);
    const bounded = shown === total ? data : tablePageOf(data, 0, CHART_CATEGORIES);
    return { data: bounded, shown, total, unit: 'categories' };
  }
  const keptCategories = firstDistinct(categories, CHART_CATEGORIES);
  const keptSeries = firstDistinct(series, CHART_SERIES);
  const categoryTotal = new Set(categories).size;
  const seriesTotal = new Set(series).size;
  // The note names what was cut: categories first, as they are what a reader counts along the axis.
  const cut =
    categoryTotal > keptCategories.size
      ? { unit: 'categories' as const, shown: keptCategories.size, total: categoryTotal }
      : { unit: 'series' as const, shown: keptSeries.size, total: seriesTotal };
  if (categoryTotal <= CHART_CATEGORIES && seriesTotal <= CHART_SERIES) return { data, ...cut };
  const rows = categories.flatMap((c, i) => (keptCategories.has(c) && keptSeries.has(series[i]) ? [i] : []));
  return { data: pickRows(data, rows), ...cut };
}

/** How many of a long-format line chart's drawn lines are on at first, of how many; null when all are. */
export function linesAtFirst(shape: ChartShape, drawn: Columns): { shown: number; total: number } | null {
  if (shape.kind !== 'line' || !shape.seriesBy) return null;
  const total = new Set(drawn[shape.seriesKey ?? shape.seriesBy] ?? []).size;
  return total > LINES_AT_FIRST ? { shown: LINES_AT_FIRST, total } : null;
}

/** Height of a chart's drawing: horizontal bars get room for each label (50 bars do not fit the usual 360 px). */
export function chartHeight(shape: ChartShape, drawn: Columns): number {
  const base = shape.height ?? 360;
  if (shape.kind !== 'hbar' && shape.kind !== 'hstacked') return base;
  const bars = new Set(drawn[shape.categoryKey ?? shape.category] ?? []).size;
  const rows = shape.seriesBy ? bars : rowCount(drawn);
  return Math.max(base, 80 + rows * 18);
}

/** The size of a whole answer of which a page holds only the first view's share. */
export interface AnswerSize {
  readonly rows: number;
  /** What the chart draws of the whole answer. */
  readonly chart: Bound | null;
}

export function answerSize(spec: PanelSpec, data: Columns): AnswerSize {
  if (!spec.chart) return { rows: rowCount(data), chart: null };
  const { shown, total, unit } = chartBound(spec.chart, data);
  return { rows: rowCount(data), chart: { shown, total, unit } };
}

/** The rows a panel's first view needs: its table's first page, then what its chart draws. */
export function firstViewRows(spec: PanelSpec, data: Columns): Columns {
  const n = rowCount(data);
  const drawn = (spec.chart ? chartBound(spec.chart, withRowIndex(data)).data[ROW_INDEX] : []) as number[];
  const firstPage = Array.from({ length: Math.min(n, TABLE_PAGE) }, (_, i) => i);
  const rows = [...new Set([...firstPage, ...drawn])].sort((a, b) => a - b);
  return rows.length === n ? data : pickRows(data, rows);
}

/** A column of row positions carried through a bound, to learn which rows it kept. */
const ROW_INDEX = '\u0000row';
const withRowIndex = (data: Columns): Columns => ({
  ...data,
  [ROW_INDEX]: Array.from({ length: rowCount(data) }, (_, i) => i),
});

/** One page of a table's rows. */
export function tablePage(data: Columns, page: number): Columns {
  return tablePageOf(data, page, TABLE_PAGE);
}

function tablePageOf(data: Columns, page: number, size: number): Columns {
  const start = page * size;
  if (start === 0 && rowCount(data) <= size) return data;
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.slice(start, start + size)]));
}

export function pickRows(data: Columns, rows: readonly number[]): Columns {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, rows.map((i) => v[i])]));
}

function firstDistinct(values: readonly Value[], limit: number): Set<Value> {
  const kept = new Set<Value>();
  for (const v of values) {
    if (kept.size >= limit) break;
    kept.add(v);
  }
  return kept;
}
