/**
 * A column chart's names on a phone: an English word is never split across lines ("Commit / tee meetin / g"),
 * the names are slanted whole instead; Chinese, which wraps between any two characters, stays level.
 */
import { describe, expect, it } from 'vitest';
import { buildOption } from '../src/charts/option';
import type { ChartShape } from '../src/charts/spec';
import { textWidth } from '../src/charts/text-width';
import { DASHBOARDS } from '../src/dashboards';
import { valueLabel } from '../src/i18n/dict';

const shape = DASHBOARDS.work.panels.find((p) => p.id === 'meetingTypes')?.chart as ChartShape;
const types = ['主题党日', '党小组会', '党课', '支委会', '支部党员大会'];
const data = { type: types, held: [236, 622, 79, 236, 78], quota: [252, 660, 84, 252, 84] };
type Label = { rotate: number; width: number; overflow: string };
const labelOf = (locale: 'zh' | 'en', width: number) => {
  const ctx = { locale, dark: false, branchIndex: new Map<string, number>(), excellentCap: 0.3 };
  const option = buildOption(shape, data, ctx, width) as { xAxis: { data: string[]; axisLabel: Label } };
  return { names: option.xAxis.data, label: option.xAxis.axisLabel };
};

describe('the names across a column chart', () => {
  it('in English on a phone, slanted and whole when a word is wider than its column', () => {
    const { names, label } = labelOf('en', 330);
    // The names are the English ones, which have spaces to wrap at.
    expect(names).toEqual(types.map((v) => valueLabel('en', v)));
    expect(names.some((n) => n.includes(' '))).toBe(true);
    expect(label.rotate).toBeGreaterThan(0);
    // Wide enough for the longest name: nothing is cut.
    expect(label.width).toBeGreaterThanOrEqual(Math.max(...names.map((n) => textWidth(n, 12))));
  });

  it('in English on a desktop, and in Chinese on a phone, level and wrapped within the column', () => {
    for (const [locale, width] of [
      ['en', 1200],
      ['zh', 330],
    ] as const) {
      const { label } = labelOf(locale, width);
      expect([locale, label.rotate, label.overflow]).toEqual([locale, 0, 'break']);
    }
  });
});
