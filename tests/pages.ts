/**
 * A page as the build renders it, over any data folder: the first view's figures (prerenderWith, the build's
 * own function) and the HTML the page body is (the same views the build renders with React). Tests compare
 * both with SQL they write themselves.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DashboardView, type PageId } from '../src/components/DashboardView';
import { siteLinks } from '../src/components/links';
import { OrgPageView } from '../src/components/OrgPageView';
import type { DashboardId } from '../src/dashboards/types';
import type { Locale } from '../src/i18n/dict';
import type { Meta } from '../src/queries/meta';
import type { Runner } from '../src/queries/types';
import { openRunner } from '../src/ssr/node-runner';
import { type Prerendered, prerenderWith } from '../src/ssr/prerender';
import { metaOver } from './helpers';

export interface Site {
  readonly runner: Runner;
  readonly meta: Meta;
}

/** The build's runner and the pages' metadata over a data folder. */
export async function siteOver(outDir: string): Promise<Site> {
  return { runner: await openRunner(outDir), meta: await metaOver(outDir) };
}

export interface RenderedPage {
  readonly view: Prerendered;
  readonly html: string;
}

/** A dashboard's (or an organisation's) first view and its HTML. */
export async function renderPage(
  site: Site,
  id: DashboardId,
  org?: string,
  locale: Locale = 'zh',
): Promise<RenderedPage> {
  const view = await prerenderWith(site.runner, site.meta, id, locale, org);
  const props = { locale, ...view, links: siteLinks('/', locale, site.meta), interactive: false };
  const element =
    id === 'org'
      ? createElement(OrgPageView, props)
      : createElement(DashboardView, { ...props, dashboard: id as PageId });
  return { view, html: renderToStaticMarkup(element) };
}

/** The panel's section of a page's HTML. */
export function panelHtml(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const end = html.indexOf('<section', start);
  return html.slice(start, end < 0 ? undefined : end);
}
