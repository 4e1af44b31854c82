/** Charts of counts (people, topics, tasks) step by whole units and say their values as whole numbers. */
import { describe, expect, it } from 'vitest';
import { buildOption } from '../src/charts/option';
import type { ChartShape } from '../src/charts/spec';
import { DASHBOARDS } from '../src/dashboards';
import { TEAMS_PANEL } from '../src/dashboards/topics';

const ctx = { locale: 'zh' as const, dark: false, branchIndex: new Map<string, number>(), excellentCap: 0.3 };

type Axis = { type: string; minInterval?: number };
const valueAxis = (o: Record<string, unknown>) =>
  [o.xAxis, o.yAxis].find((a) => (a as Axis | undefined)?.type === 'value') as Axis;

describe('count charts', () => {
  it('a team of two people has no tick at half a person, and its tooltip says 2, not 2.0', () => {
    const shape = TEAMS_PANEL.chart as ChartShape;
    const data = { topic_id: ['T1'], title: ['课题'], members: [2], backbone: [0], unspecified: [0] };
    const option = buildOption(shape, data, ctx) as Record<string, unknown>;
    expect(valueAxis(option).minInterval).toBe(1);
    const tooltip = option.tooltip as { valueFormatter: (v: unknown) => string };
    expect(tooltip.valueFormatter(2)).toBe('2');
  });

  it('every chart whose table columns are all counts is drawn as counts, and no ratio is', () => {
    const charts = Object.values(DASHBOARDS)
      .flatMap((d) => d.panels)
      .filter((p) => p.chart && p.chart.kind !== 'pie');
    for (const panel of charts) {
      const shape = panel.chart as ChartShape;
      const formats = shape.series.map((s) => panel.columns?.find((c) => c.field === s.field)?.format);
      const counts = formats.every((f) => f === 'int');
      expect([panel.id, shape.valueFormat === 'int']).toEqual([panel.id, counts]);
    }
  });
});
