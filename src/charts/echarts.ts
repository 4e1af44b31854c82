/**
 * ECharts with only what the site draws (tree-shaken), on the SVG renderer for crisp print and SSR, with the
 * site's themes registered once: the build's SVG and the live chart both draw through them.
 */
import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { emWidth } from './text-width';
import { BUILD_THEME, echartsTheme, THEMES, type ThemeName } from './theme';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  FunnelChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);
for (const name of THEMES) echarts.registerTheme(name, echartsTheme(name));

export { echarts };

/**
 * Where no canvas measures text (the build), ECharts guesses widths from one font's table, narrower than the
 * fonts pages fall back to: a name it judged to fit ran past the chart's edge. It measures with our
 * estimate there instead; in a browser it measures the real font.
 */
let measuring = false;
function measureWithoutCanvas(): void {
  if (measuring || typeof document !== 'undefined') return;
  measuring = true;
  echarts.setPlatformAPI({
    measureText: (text: string, font?: string) => ({
      width: emWidth(text ?? '') * Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12),
    }),
  });
}

export const CHART_WIDTH = 960;
export const CHART_HEIGHT = 360;

/** Server-side rendering of the first view; ECharts escapes the text it writes into the SVG. */
export function renderSvg(
  option: Record<string, unknown>,
  height = CHART_HEIGHT,
  width = CHART_WIDTH,
  theme: ThemeName = BUILD_THEME,
): string {
  measureWithoutCanvas();
  const chart = echarts.init(null, theme, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    // ECharts' SSR adds a <style> of hover effects per chart; the live chart takes over hovering,
    // and without them the pages need no inline style hashes beyond Astro's own one.
    return chart.renderToSVGString().replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
  } finally {
    chart.dispose();
  }
}
