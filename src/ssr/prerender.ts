/**
 * The first view of a page, computed at build time: the page's own queries
 * on native DuckDB over the published Parquet, and each chart's SVG from
 * ECharts' server renderer. Node only (used from .astro frontmatter).
 */

import { type AnswerSize, answerSize, chartBound, chartHeight, firstViewRows } from '../charts/bounds';
import { chartContext } from '../charts/context';
import { renderSvg } from '../charts/echarts';
import { type FirstPaint, firstPaintWidth, PHONE_PAINT_WIDTH } from '../charts/layout';
import { buildOption } from '../charts/option';
import { DASHBOARDS } from '../dashboards';
import type { FirstView } from '../dashboards/first-view';
import { dashboardQueries } from '../dashboards/shown-queries';
import type { DashboardId } from '../dashboards/types';
import { LOCALES, type Locale } from '../i18n/dict';
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

/** A page's first view, and each chart's SVGs: rendered into the page, and read back from it by the island. */
export interface Prerendered extends FirstView {
  readonly svgs: Record<string, FirstPaint>;
}

/** The org page for `?id=`: no figures at build time (they depend on the URL), only what every page carries. */
export async function shellView(): Promise<Prerendered> {
  const meta = await siteMeta();
  return { meta, filters: { ...defaultFilters(meta), org: '' }, data: {}, svgs: {}, sizes: {} };
}

/**
 * A page's answers, asked once for its pages in every language: at a province's size an organisation's
 * queries take seconds, and the English page asked them again. Dropped once each language has drawn them.
 */
const answers = new Map<string, { data: Promise<Record<string, Columns>>; uses: number }>();

export async function prerender(id: DashboardId, locale: Locale, org?: string): Promise<Prerendered> {
  const meta = await siteMeta();
  const key = `${id}\u0000${org ?? ''}`;
  let entry = answers.get(key);
  if (!entry) {
    entry = { data: buildRunner().then((runner) => askAll(runner, meta, id, org)), uses: 0 };
    answers.set(key, entry);
  }
  const data = await entry.data;
  if (++entry.uses >= LOCALES.length) answers.delete(key);
  return { ...drawFirstView(meta, id, locale, org, data), dataVersion: siteManifest().dataVersion };
}

/** A page's first view over any runner and its data's meta (the build's, or a test's). */
export async function prerenderWith(
  runner: Runner,
  meta: Meta,
  id: DashboardId,
  locale: Locale,
  org?: string,
): Promise<Prerendered> {
  return drawFirstView(meta, id, locale, org, await askAll(runner, meta, id, org));
}

const filtersOf = (meta: Meta, org?: string) => ({ ...defaultFilters(meta), ...(org ? { org } : {}) });

async function askAll(runner: Runner, meta: Meta, id: DashboardId, org?: string): Promise<Record<string, Columns>> {
  const data: Record<string, Columns> = {};
  for (const [key, query] of Object.entries(dashboardQueries(DASHBOARDS[id], meta, filtersOf(meta, org))))
    data[key] = await runner.run(query);
  return data;
}

/** The charts' SVG in `locale`, and the rows the page carries (a share of a long answer). */
function drawFirstView(
  meta: Meta,
  id: DashboardId,
  locale: Locale,
  org: string | undefined,
  answered: Readonly<Record<string, Columns>>,
): Prerendered {
  const filters = filtersOf(meta, org);
  const dashboard = DASHBOARDS[id];
  const data = { ...answered };
  const ctx = chartContext(meta, locale);
  const svgs: Record<string, FirstPaint> = {};
  const sizes: Record<string, AnswerSize> = {};
  for (const panel of dashboard.panels) {
    const answer = data[panel.id];
    if (!answer) continue;
    if (panel.chart && rowCount(answer) > 0) {
      // Bounded once here; buildOption's own bound then finds nothing more to cut.
      const shape = panel.chart;
      const drawn = chartBound(shape, answer).data;
      const draw = (width: number) =>
        renderSvg(buildOption(shape, drawn, ctx, width), chartHeight(shape, drawn), width);
      svgs[panel.id] = { desktop: draw(firstPaintWidth(panel.wide)), phone: draw(PHONE_PAINT_WIDTH) };
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
