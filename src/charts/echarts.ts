/** ECharts with only what the site draws (tree-shaken), on the SVG renderer for crisp print and SSR. */
import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

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

export { echarts };

export const CHART_WIDTH = 960;
export const CHART_HEIGHT = 360;

/** Server-side rendering of the first view; ECharts escapes the text it writes into the SVG. */
export function renderSvg(option: Record<string, unknown>, height = CHART_HEIGHT, width = CHART_WIDTH): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    // ECharts' SSR adds a <style> of hover effects per chart; the live chart takes over hovering,
    // and without them the pages need no inline style hashes beyond Astro's own one.
    return chart.renderToSVGString().replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
  } finally {
    chart.dispose();
  }
}
