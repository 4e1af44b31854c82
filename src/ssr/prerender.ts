/**
 * The first view of a page, computed at build time: the page's own queries
 * on native DuckDB over the published Parquet, and each chart's SVG from
 * ECharts' server renderer. Node only (used from .astro frontmatter).
 */

import { type AnswerSize, answerSize, chartBound, chartHeight, firstViewRows } from '../charts/bounds';
import { chartContext } from '../charts/context';
import { renderSvg } from '../charts/echarts';
import { firstPaintWidth } from '../charts/layout';
import { buildOption } from '../charts/option';
import { DASHBOARDS } from '../dashboards';
import type { FirstView } from '../dashboards/first-view';
import type { DashboardId } from '../dashboards/types';
import type { Locale } from '../i18n/dict';
import { defaultFilters } from '../queries/filters';
import { loadMeta, type Meta } from '../queries/meta';
import { type Columns, type Runner, rowCount } from '../queries/types';
import { buildRunner } from './node-runner';
import { siteManifest } from './site-data';

let metaPromise: Promise<Meta> | null = null;

export async function siteMeta(): Promise<Meta> {
  metaPromise ??= buildRunner().then((runner) => loadMeta(runner, siteManifest()));
  return metaPromise;
}

/** A page's first view, and each chart's SVG: rendered into the page, and read back from it by the island. */
export interface Prerendered extends FirstView {
  readonly svgs: Record<string, string>;
}

/** The org page for `?id=`: no figures at build time (they depend on the URL), only what every page carries. */
export async function shellView(): Promise<Prerendered> {
  const meta = await siteMeta();
  return { meta, filters: { ...defaultFilters(meta), org: '' }, data: {}, svgs: {}, sizes: {} };
}

export async function prerender(id: DashboardId, locale: Locale, org?: string): Promise<Prerendered> {
  return prerenderWith(await buildRunner(), await siteMeta(), id, locale, org);
}

/** A page's first view over any runner and its data's meta (the build's, or a test's). */
export async function prerenderWith(
  runner: Runner,
  meta: Meta,
  id: DashboardId,
  locale: Locale,
  org?: string,
): Promise<Prerendered> {
  const filters = { ...defaultFilters(meta), ...(org ? { org } : {}) };
  const dashboard = DASHBOARDS[id];
  const entries = Object.entries(dashboard.queries(filters));
  const data: Record<string, Columns> = {};
  for (const [key, query] of entries) data[key] = await runner.run(query);
  const ctx = chartContext(meta, locale);
  const svgs: Record<string, string> = {};
  const sizes: Record<string, AnswerSize> = {};
  for (const panel of dashboard.panels) {
    const answer = data[panel.id];
    if (!answer) continue;
    if (panel.chart && rowCount(answer) > 0) {
      // Bounded once here; buildOption's own bound then finds nothing more to cut.
      const drawn = chartBound(panel.chart, answer).data;
      const width = firstPaintWidth(panel.wide);
      svgs[panel.id] = renderSvg(buildOption(panel.chart, drawn, ctx, width), chartHeight(panel.chart, drawn), width);
    }
    // The page carries what its first view shows, not a group's 15,000 rows: the browser answers the rest.
    const share = firstViewRows(panel, answer);
    if (share !== answer) {
      sizes[panel.id] = answerSize(panel, answer);
      data[panel.id] = share;
    }
  }
  return { meta, filters, data, svgs, sizes };
}
