/** The deck's column charts give each name its column's width: wrapped whole, cut only where a word cannot fit. */
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../src/charts/echarts';
import { valueLabel } from '../src/i18n/dict';
import { MEETING_TYPES } from '../src/model/schema';
import { deckChartOption } from '../src/review/chart-option';
import type { DeckChart } from '../src/review/model';

const columns = (categories: string[]): DeckChart => ({
  title: 'Meetings by type',
  orientation: 'vertical',
  stacked: false,
  categories,
  series: [
    { name: 'Completion', values: categories.map((_, i) => 0.9 + i / 100), color: '#c8161d' },
    { name: 'Attendance', values: categories.map((_, i) => 0.88 + i / 100), color: '#2f6db5' },
  ],
  format: 'pct',
  unit: '%',
  target: { value: 1, label: 'Yearly quota 100%' },
});

/** Every piece of text the SVG draws. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('a deck column chart’s names', () => {
  const names = MEETING_TYPES.map((type) => valueLabel('en', type));

  it.each([
    ['a slide of its own', { width: 1740, height: 640 }],
    ['half a slide', { width: 840, height: 640 }],
  ])('on %s, every meeting type is drawn whole, on as many lines as it needs', (_, size) => {
    const svg = renderSvg(deckChartOption(columns(names), 'en', size), size.height, size.width, 'light');
    const drawn = texts(svg);
    expect(drawn.some((t) => t.includes('...'))).toBe(false);
    // A name wrapped onto lines has every word of it drawn whole.
    const words = drawn.join(' ').split(/\s+/);
    for (const word of names.flatMap((n) => n.split(' '))) expect(words, word).toContain(word);
  });

  it('cuts a name only where one of its words is wider than its column', () => {
    const many = Array.from({ length: 24 }, (_, i) => `Extraordinarilylongname${i}`);
    const axis = (deckChartOption(columns(many), 'en', { width: 840, height: 640 }).xAxis as { axisLabel: object })
      .axisLabel;
    expect(axis).toMatchObject({ overflow: 'truncate' });
    const few = (deckChartOption(columns(names), 'en', { width: 840, height: 640 }).xAxis as { axisLabel: object })
      .axisLabel;
    expect(few).toMatchObject({ overflow: 'break' });
  });
});
