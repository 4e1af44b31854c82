/**
 * The island's start: the first view the build sent once (dashboards/first-view.ts). Its data comes from
 * the page's JSON block, each chart's SVGs (desktop and phone) from the rendered view, which the island then
 * replaces.
 */
import { useLayoutEffect, useState } from 'react';
import { type FirstPaint, PAINT_CLASS } from '../charts/layout';
import { FIRST_VIEW_ATTR, FIRST_VIEW_DATA, type FirstView } from '../dashboards/first-view';

export interface StartView extends FirstView {
  readonly svgs: Record<string, FirstPaint>;
}

/** An island's first view: read before its first render, the build's rendering removed in its first commit. */
export function useFirstView(): StartView {
  const [first] = useState(readFirstView);
  useLayoutEffect(removeFirstView, []);
  return first;
}

/** Read once, before the island first renders (the rendered view is still in the page). */
function readFirstView(): StartView {
  const block = document.getElementById(FIRST_VIEW_DATA);
  if (!block?.textContent) throw new Error(`the page has no #${FIRST_VIEW_DATA} block`);
  const view = JSON.parse(block.textContent) as FirstView;
  const svgs: Record<string, FirstPaint> = {};
  for (const chart of renderedView()?.querySelectorAll('.panel[id] > .chart') ?? []) {
    // ECharts' SVGs, serialised back by the browser (text escaped as in the page it came from).
    const desktop = chart.querySelector(`:scope > svg.${PAINT_CLASS.desktop}`);
    const phone = chart.querySelector(`:scope > svg.${PAINT_CLASS.phone}`);
    if (desktop && phone)
      svgs[(chart.parentElement as HTMLElement).id] = { desktop: desktop.outerHTML, phone: phone.outerHTML };
  }
  return { ...view, svgs };
}

/**
 * The build's rendering gives way to the island's (called in the island's first commit, before paint), and
 * the data block, read, leaves the page too.
 */
function removeFirstView(): void {
  renderedView()?.remove();
  document.getElementById(FIRST_VIEW_DATA)?.remove();
}

const renderedView = () => document.querySelector(`[${FIRST_VIEW_ATTR}]`);
