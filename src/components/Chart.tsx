/**
 * A panel's chart: the build's SVG of the first view, until a live chart is wanted; then ECharts, drawn
 * through useECharts with the page's theme.
 */
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { bothPaints, type FirstPaint, PHONE_PAINT_MEDIA, REDRAW_AT } from '../charts/layout';
import { buildOption, type ChartContext } from '../charts/option';
import type { ChartShape } from '../charts/spec';
import { BUILD_THEME, type ThemeName } from '../charts/theme';
import type { Columns } from '../queries/types';
import { useECharts } from './useECharts';

interface Props {
  readonly chartRef: RefObject<HTMLDivElement | null>;
  readonly shape: ChartShape;
  /** What the chart draws (bounded, see bounds.ts). */
  readonly data: Columns;
  readonly ctx: ChartContext;
  readonly theme: ThemeName;
  /** The first view's chart as the build drew it. */
  readonly paint?: FirstPaint;
  /** False for the static first view: no live chart. */
  readonly interactive: boolean;
  readonly height: number;
  readonly title: string;
  /** A click on the bar or slice of this row (of `data`): drill into it. */
  readonly onDrill?: (row: number) => void;
}

export function Chart({ chartRef, shape, data, ctx, theme, paint, interactive, height, title, onDrill }: Props) {
  const svg = useFirstPaint(paint);
  const [wanted, want] = useLiveWanted(data, svg, theme);
  useRedrawWhereTheSvgDoesNotFit(chartRef, interactive && !!svg && !wanted, want);
  const option = useMemo(
    () => (interactive && wanted ? (width: number) => buildOption(shape, data, ctx, width) : null),
    [interactive, wanted, shape, data, ctx],
  );
  useECharts(chartRef, option, theme, height, onDrill);
  return (
    <div
      className="chart"
      ref={chartRef}
      role="img"
      aria-label={title}
      style={{ height, cursor: onDrill ? 'pointer' : undefined }}
      onPointerEnter={want}
      // The SVG comes from ECharts' own server renderer, which escapes every text it writes. It stays
      // until the live chart replaces it, so the first view does not blink when the page takes over.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: our own build-time SVG, text escaped by ECharts (tested with hostile names)
      dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
    />
  );
}

/**
 * The build's drawing as markup: both drawings when the build renders the page (its stylesheet shows the one
 * for the page's width), and in the island, which takes the build's page over at the window's width, the one
 * for that width.
 */
function useFirstPaint(paint: FirstPaint | undefined): string | undefined {
  const [html] = useState(() => {
    if (!paint) return undefined;
    if (typeof window === 'undefined') return bothPaints(paint);
    return matchMedia(PHONE_PAINT_MEDIA).matches ? paint.phone : paint.desktop;
  });
  return html;
}

/**
 * ECharts (the largest script of the page) loads only when the chart needs it: data other than the
 * build's first view, a theme other than the build's, or a pointer on the chart for its tooltip. Until
 * then the build's SVG is the chart, so a page that is only looked at never downloads it. Once live, a
 * chart stays live (its SVG is gone): back in the build's theme, it is redrawn, not restored.
 */
function useLiveWanted(data: Columns, svg: string | undefined, theme: ThemeName): [boolean, () => void] {
  const first = useRef(data);
  const [live, setLive] = useState(false);
  const want = useCallback(() => setLive(true), []);
  const changed = data !== first.current && JSON.stringify(data) !== JSON.stringify(first.current);
  const needed = !svg || theme !== BUILD_THEME || changed;
  if (needed && !live) setLive(true);
  return [needed || live, want];
}

/**
 * The build's SVG is drawn for the 1920-px layout and for a 390-px phone (charts/layout.ts): it fills such a
 * panel at first paint. Where the panel is narrower or wider by more than REDRAW_AT (a laptop, a tablet, a
 * resized window) the live chart is drawn at the panel's own width instead; the container keeps its height,
 * so nothing moves.
 */
function useRedrawWhereTheSvgDoesNotFit(
  ref: RefObject<HTMLDivElement | null>,
  watching: boolean,
  want: () => void,
): void {
  useEffect(() => {
    const el = ref.current;
    const drawn = Number(el?.querySelector('svg')?.getAttribute('width'));
    if (!watching || !el || !drawn) return;
    const check = () => {
      if (Math.abs(el.clientWidth - drawn) / drawn > REDRAW_AT) want();
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, watching, want]);
}
