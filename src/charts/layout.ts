/**
 * Where charts are drawn on a dashboard page: the width of a panel's chart in the 1920-px desktop layout
 * (src/styles/global.css: main at most 1800 px, two columns, a wide panel across both) and on a 390-px phone
 * (one column). The build draws each chart's SVG at both widths, so a desktop's and a phone's first paint fill
 * the panel, and ECharts is not needed until the chart changes or is touched; at other widths the page's live
 * chart takes over (Chart.tsx). tests/e2e/dashboards.e2e.ts checks the layout still gives these widths.
 */
export const FIRST_PAINT_WIDTH = { wide: 1718, half: 834 } as const;
export const PHONE_PAINT_WIDTH = 332;

/**
 * Where the phone's drawing is the one shown. The same width in src/styles/global.css (`.chart > svg.paint-*`),
 * which picks for the build's page before any script runs.
 */
export const PHONE_PAINT_MEDIA = '(max-width: 600px)';

/** A chart's first view as the build drew it, for each layout. */
export interface FirstPaint {
  readonly desktop: string;
  readonly phone: string;
}

/** A panel's first-paint width on a desktop. */
export function firstPaintWidth(wide: boolean | undefined): number {
  return wide ? FIRST_PAINT_WIDTH.wide : FIRST_PAINT_WIDTH.half;
}

/** The class each drawing carries in the build's page (CSS shows the one for the page's width). */
export const PAINT_CLASS = { desktop: 'paint-desktop', phone: 'paint-phone' } as const;

/** Both drawings, classed, for the build's page: the stylesheet shows one. */
export function bothPaints(paint: FirstPaint): string {
  return classed(paint.desktop, PAINT_CLASS.desktop) + classed(paint.phone, PAINT_CLASS.phone);
}

/** ECharts' SVG (it begins `<svg `) with a class on its root. */
function classed(svg: string, name: string): string {
  return svg.startsWith('<svg ') ? `<svg class="${name}" ${svg.slice(5)}` : svg;
}

/** Past this difference between the panel and the drawn width the build's SVG reads too small or too large. */
export const REDRAW_AT = 0.1;
