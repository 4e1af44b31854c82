/** Charts and tables stay bounded at group scale, and stay whole at a unit's size. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  answerSize,
  CHART_CATEGORIES,
  CHART_SERIES,
  chartBound,
  chartHeight,
  firstViewRows,
  TABLE_PAGE,
  tablePage,
} from '../src/charts/bounds';
import { buildOption } from '../src/charts/option';
import type { ChartShape, PanelSpec } from '../src/charts/spec';
import { ChartPanel } from '../src/components/ChartPanel';
import { branches } from '../src/dashboards/branches';
import type { Columns } from '../src/queries/types';

const ctx = { locale: 'zh' as const, dark: false, branchIndex: new Map<string, number>(), excellentCap: 0.3 };
const links = { base: '/', locale: 'zh' as const, rootOrg: 'P', paged: [] };

/** A ranking of `n` branches, best first (as the queries order it). */
function ranking(n: number): Columns {
  const ids = Array.from({ length: n }, (_, i) => `B${String(i).padStart(5, '0')}`);
  return { org_id: ids, name: ids.map((id) => `支部${id}`), score100: ids.map((_, i) => 100 - i / n) };
}

/** Long format: `n` branches × `periods` rows, ordered by period then branch. */
function trend(n: number, periods: number): Columns {
  const rows = Array.from({ length: n * periods }, (_, i) => ({ p: `2025Q${1 + Math.floor(i / n)}`, b: `B${i % n}` }));
  return {
    period: rows.map((r) => r.p),
    org_id: rows.map((r) => r.b),
    name: rows.map((r) => r.b),
    score100: rows.map(() => 90),
  };
}

const bar: ChartShape = { kind: 'hbar', category: 'name', series: [{ field: 'score100', label: 'colScore100' }] };
const line: ChartShape = {
  kind: 'line',
  category: 'period',
  seriesBy: 'name',
  series: [{ field: 'score100', label: 'colScore100' }],
};

describe('chart bounds', () => {
  it('leaves a unit-sized answer whole (the same object)', () => {
    const data = ranking(CHART_CATEGORIES);
    const b = chartBound(bar, data);
    expect(b.data).toBe(data);
    expect([b.shown, b.total]).toEqual([CHART_CATEGORIES, CHART_CATEGORIES]);
  });

  it('draws the first categories of a group-sized ranking, in its order', () => {
    const data = ranking(15_000);
    const b = chartBound(bar, data);
    expect([b.shown, b.total, b.unit]).toEqual([CHART_CATEGORIES, 15_000, 'categories']);
    expect(b.data.org_id).toEqual(data.org_id.slice(0, CHART_CATEGORIES));
    const option = buildOption(bar, data, ctx) as { yAxis: { data: string[] } };
    expect(option.yAxis.data).toHaveLength(CHART_CATEGORIES);
    expect(option.yAxis.data[0]).toBe('支部B00000');
  });

  it('gives horizontal bars room for their labels; other charts keep their height', () => {
    const drawn = chartBound(bar, ranking(15_000)).data;
    expect(chartHeight(bar, drawn)).toBe(80 + CHART_CATEGORIES * 18);
    expect(chartHeight(bar, ranking(5))).toBe(360);
    expect(chartHeight(line, trend(500, 4))).toBe(360);
  });

  it('tells apart branches of the same name by their ids, in stacked and line charts', () => {
    // Two branches named 第一党支部 (under different committees), and one other.
    const data = {
      org_id: ['A1', 'A1', 'B1', 'B1', 'C1', 'C1'],
      name: ['第一党支部', '第一党支部', '第一党支部', '第一党支部', '第二党支部', '第二党支部'],
      dimension: ['学习', '工作', '学习', '工作', '学习', '工作'],
      score: [1, 2, 3, 4, 5, 6],
    };
    const stacked: ChartShape = {
      kind: 'hstacked',
      category: 'name',
      categoryKey: 'org_id',
      seriesBy: 'dimension',
      series: [{ field: 'score', label: 'colScore' }],
    };
    const option = buildOption(stacked, data, ctx) as { yAxis: { data: string[] }; series: { data: number[] }[] };
    expect(option.yAxis.data).toEqual(['第一党支部', '第一党支部', '第二党支部']);
    expect(option.series.map((s) => s.data)).toEqual([
      [1, 3, 5],
      [2, 4, 6],
    ]);
    const lines = { ...line, seriesKey: 'org_id', series: [{ field: 'score', label: 'colScore' as const }] };
    const byBranch = { ...data, period: data.dimension };
    const drawn = buildOption(lines, byBranch, ctx) as { series: { name: string; data: number[] }[] };
    expect(drawn.series.map((s) => [s.name, s.data])).toEqual([
      ['第一党支部', [1, 2]],
      ['第一党支部', [3, 4]],
      ['第二党支部', [5, 6]],
    ]);
    expect(chartBound(lines, byBranch).total).toBe(3);
  });

  it('counts bars by rows: branches of the same name are two bars', () => {
    const data = ranking(120);
    data.name = data.name.map((_, i) => `支部${i % 60}`);
    expect(chartBound(bar, data).total).toBe(120);
  });

  it('keeps every row of the series it draws', () => {
    const data = trend(500, 4); // 500 series: more than a chart draws
    const b = chartBound(line, data);
    expect([b.shown, b.total, b.unit]).toEqual([CHART_SERIES, 500, 'series']);
    expect(b.data.name).toHaveLength(CHART_SERIES * 4);
    expect(new Set(b.data.name)).toEqual(new Set(Array.from({ length: CHART_SERIES }, (_, i) => `B${i}`)));
    const option = buildOption(line, data, ctx) as { series: unknown[] };
    expect(option.series).toHaveLength(CHART_SERIES);
  });

  it('bounds a stacked chart by its categories too: six dimensions over 15,000 branches', () => {
    const dims = ['三会一课', '业务成效', '任务清单', '党建文化', '学习教育', '宣传思想'];
    const names = ranking(15_000).name.flatMap((n) => dims.map(() => n));
    const data = { name: names, dimension: names.map((_, i) => dims[i % 6]), score: names.map(() => 10) };
    const stacked: ChartShape = { kind: 'hstacked', category: 'name', seriesBy: 'dimension', series: [] };
    const b = chartBound(stacked, data);
    expect([b.shown, b.total, b.unit]).toEqual([CHART_CATEGORIES, 15_000, 'categories']);
    expect(b.data.name).toHaveLength(CHART_CATEGORIES * 6);
    expect(new Set(b.data.dimension).size).toBe(6);
  });
});

describe('first view and table pages', () => {
  const panel = branches.panels.find((p) => p.id === 'trend') as PanelSpec;

  it('carries the chart rows and the first table page, and the whole answer size', () => {
    const data = trend(15_000, 4);
    const share = firstViewRows(panel, data);
    // First page: rows 0..99 (the first period's B0..B99); chart: the first series in all four periods.
    expect(share.name).toHaveLength(TABLE_PAGE + CHART_SERIES * 3);
    expect(answerSize(panel, data)).toEqual({
      rows: 60_000,
      chart: { shown: CHART_SERIES, total: 15_000, unit: 'series' },
    });
    expect(firstViewRows(panel, trend(20, 4))).toEqual(trend(20, 4));
  });

  it('pages a table', () => {
    const data = ranking(250);
    expect(tablePage(data, 2).org_id).toEqual(data.org_id.slice(200, 250));
    expect(tablePage(ranking(10), 0)).toEqual(ranking(10));
  });

  it('an empty answer shows "no data" in place of an empty chart frame', () => {
    const empty = Object.fromEntries(panel.columns.map((c) => [c.field, []]));
    const html = renderToStaticMarkup(
      createElement(ChartPanel, {
        spec: panel,
        data: empty,
        ctx,
        links,
        interactive: true,
        filename: 'x',
        viewLine: '',
        sources: { assessments: 1 },
      }),
    );
    expect(html).toContain('暂无数据');
    expect(html).not.toContain('class="chart"');
    expect(html).not.toContain('<table');
  });

  it('renders the first page with the whole count, and no CSV until the rest is answered', () => {
    const full = trend(15_000, 4);
    const html = renderToStaticMarkup(
      createElement(ChartPanel, {
        spec: panel,
        data: firstViewRows(panel, full),
        whole: answerSize(panel, full),
        ctx,
        links,
        interactive: true,
        filename: 'x',
        viewLine: '',
        sources: { assessments: 1 },
      }),
    );
    expect(html.match(/<tr>/g)).toHaveLength(TABLE_PAGE + 1); // header row + one page
    expect(html).toContain('第 1–100 行，共 60,000 行');
    expect(html).toContain(`图中为前 ${CHART_SERIES} 条线（共 15,000 条`);
    expect(html).toMatch(/<button type="button" disabled="">下载 CSV/);
  });
});
