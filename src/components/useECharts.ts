/**
 * One ECharts instance's whole life, tied to an element (the pattern of Evidence's `echarts` action):
 * init with a registered theme, resize with the element, update with each new option, re-theme in place,
 * dispose with the element. Every live chart of the site goes through it.
 */
import { type RefObject, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { ThemeName } from '../charts/theme';

/** An option for a chart `width` pixels wide (crowded labels thin out on a phone). */
export type OptionOf = (width: number) => Record<string, unknown>;

interface Live {
  chart: import('echarts/core').ECharts;
  theme: ThemeName;
  resizer: ResizeObserver;
}

/**
 * Draws `option` into `ref`'s element; null leaves the element as it is (the build's SVG). ECharts, the
 * largest script of the page, loads on the first option. The element carries data-pending from the commit
 * that brings a new option until ECharts has drawn it: what tests and the bench wait for.
 */
export function useECharts(
  ref: RefObject<HTMLElement | null>,
  option: OptionOf | null,
  theme: ThemeName,
  height: number,
  onClick?: (dataIndex: number) => void,
): void {
  const live = useRef<Live | null>(null);
  // The click handler of the latest render, read when a click comes: the chart is not rebuilt for it.
  const clicked = useRef(onClick);
  clicked.current = onClick;
  // One request per new option, theme or height: each is drawn once, and marked pending until it is.
  const request = useMemo(() => (option ? { option, theme, height } : null), [option, theme, height]);
  useLayoutEffect(() => {
    if (request && ref.current) ref.current.dataset.pending = 'true';
  }, [request, ref]);
  useEffect(() => {
    if (!request) return;
    let cancelled = false;
    import('../charts/echarts').then(({ echarts }) => {
      const el = ref.current;
      if (cancelled || !el) return;
      live.current ??= start(echarts, el, request.theme, request.height, (i) => clicked.current?.(i));
      const { chart } = live.current;
      if (live.current.theme !== request.theme) {
        chart.setTheme(request.theme);
        live.current.theme = request.theme;
      }
      if (chart.getHeight() !== request.height) chart.resize({ height: request.height });
      chart.setOption(request.option(el.clientWidth), true);
    });
    return () => {
      cancelled = true;
    };
  }, [request, ref]);
  useEffect(
    () => () => {
      live.current?.resizer.disconnect();
      live.current?.chart.dispose();
      live.current = null;
    },
    [],
  );
}

function start(
  echarts: typeof import('echarts/core'),
  el: HTMLElement,
  theme: ThemeName,
  height: number,
  onClick: (dataIndex: number) => void,
): Live {
  el.replaceChildren(); // the build's SVG gives way to the live chart
  const chart = echarts.init(el, theme, { renderer: 'svg', height });
  chart.on('click', (p) => {
    if (typeof p.dataIndex === 'number') onClick(p.dataIndex);
  });
  // A viewBox lets the SVG scale to paper when printed (ECharts sizes it in pixels for the screen).
  chart.on('finished', () =>
    el.querySelector('svg')?.setAttribute('viewBox', `0 0 ${chart.getWidth()} ${chart.getHeight()}`),
  );
  // The first frame drawn after setOption: the new option is on screen (its transition may still run).
  chart.on('rendered', () => delete el.dataset.pending);
  const resizer = new ResizeObserver(() => chart.resize());
  resizer.observe(el);
  return { chart, theme, resizer };
}
