/**
 * Where charts are drawn on a dashboard page: the width of a panel's chart in the 1920-px desktop layout
 * (src/styles/global.css: main at most 1800 px, two columns, a wide panel across both). The build draws its
 * SVG at this width, so a desktop's first paint fills the panel; at other widths the page's live chart
 * takes over (Chart.tsx). tests/e2e/dashboards.e2e.ts checks the layout still gives these widths.
 */
export const FIRST_PAINT_WIDTH = { wide: 1718, half: 834 } as const;

/** A panel's first-paint width. */
export function firstPaintWidth(wide: boolean | undefined): number {
  return wide ? FIRST_PAINT_WIDTH.wide : FIRST_PAINT_WIDTH.half;
}

/** Past this difference between the panel and the drawn width the build's SVG reads too small or too large. */
export const REDRAW_AT = 0.1;
