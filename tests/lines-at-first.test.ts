/**
 * A trend of many branches starts with its first lines on and the rest off in the legend (twenty lines tangle
 * into one band), says so above the chart, and keeps its periods in time order though its rows come branch by
 * branch, best first.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LINES_AT_FIRST, linesAtFirst } from '../src/charts/bounds';
import { buildOption } from '../src/charts/option';
import type { ChartShape } from '../src/charts/spec';
import { ChartPanel } from '../src/components/ChartPanel';
import { branches } from '../src/dashboards/branches';
import type { Columns } from '../src/queries/types';

const ctx = { locale: 'zh' as const, dark: false, branchIndex: new Map<string, number>(), excellentCap: 0.3 };
const links = { base: '/', locale: 'zh' as const, rootOrg: 'P', paged: [] };
const trendSpec = branches.panels.find((p) => p.id === 'trend');
const shape = trendSpec?.chart as ChartShape;

/** `n` branches, best first, each with its quarters given in the order `quarters` (not time order). */
function trendRows(n: number, quarters: readonly number[]): Columns {
  const rows = Array.from({ length: n }, (_, b) => quarters.map((q) => ({ b, q }))).flat();
  return {
    period: rows.map((r) => `2025年第${r.q}季度`),
    period_start: rows.map((r) => `2025-${String(1 + 3 * (r.q - 1)).padStart(2, '0')}-01`),
    org_id: rows.map((r) => `B${String(r.b).padStart(2, '0')}`),
    name: rows.map((r) => `第${r.b + 1}支部`),
    score100: rows.map((r) => 95 - r.b - r.q / 10),
  };
}

/** The panel as the build renders it, in `locale`. */
function panelHtml(spec: NonNullable<typeof trendSpec>, data: Columns, locale: 'zh' | 'en'): string {
  return renderToStaticMarkup(
    createElement(ChartPanel, {
      spec,
      data,
      ctx: { ...ctx, locale },
      links,
      interactive: true,
      filename: 'x',
      viewLine: '',
      sources: { assessments: 1 },
    }),
  );
}

type Series = { name: string };
type LineOption = { legend: { selected?: Record<string, boolean> }; xAxis: { data: string[] }; series: Series[] };

describe('a trend of many branches', () => {
  it('draws its periods in time order, whatever order its rows come in', () => {
    const option = buildOption(shape, trendRows(3, [3, 1, 4, 2]), ctx) as unknown as LineOption;
    expect(option.xAxis.data).toEqual(['2025年第1季度', '2025年第2季度', '2025年第3季度', '2025年第4季度']);
  });

  it('turns on the first lines in the rows’ order and leaves the rest in the legend, off', () => {
    const option = buildOption(shape, trendRows(12, [2, 1]), ctx) as unknown as LineOption;
    const names = option.series.map((s) => s.name);
    expect(names).toHaveLength(12);
    expect(names.slice(0, 3)).toEqual(['第1支部', '第2支部', '第3支部']);
    const off = Object.entries(option.legend.selected ?? {}).filter(([, on]) => !on);
    expect(off.map(([name]) => name)).toEqual(names.slice(LINES_AT_FIRST));
    expect(linesAtFirst(shape, trendRows(12, [2, 1]))).toEqual({ shown: LINES_AT_FIRST, total: 12 });
  });

  it('turns every line on when they are few, and says nothing', () => {
    const data = trendRows(LINES_AT_FIRST, [1, 2]);
    const option = buildOption(shape, data, ctx) as unknown as LineOption;
    expect(option.legend.selected).toBeUndefined();
    expect(linesAtFirst(shape, data)).toBeNull();
  });

  it('says above the chart how many lines are on, of how many', () => {
    const html = panelHtml(trendSpec as NonNullable<typeof trendSpec>, trendRows(21, [1, 2, 3]), 'zh');
    expect(html).toContain('图中先显示前 8 条线（共 21 条，按所选期得分从高到低）');
  });

  it('says the table’s order where the chart does not name its lines’ order', () => {
    const { linesOrder: _named, ...unnamed } = shape;
    const spec = { ...(trendSpec as NonNullable<typeof trendSpec>), chart: unnamed };
    expect(panelHtml(spec, trendRows(9, [1]), 'en')).toContain(
      'The chart shows the first 8 of 9 lines at first (in the table’s order)',
    );
  });
});
