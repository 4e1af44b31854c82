/**
 * The interactive page of the five dashboards (client:only). It starts from the first view the build
 * rendered, then hands every figure to DuckDB-WASM: filters live in the URL, back and forward work, and
 * each change re-runs the page's queries.
 */
import { useCallback, useLayoutEffect, useState } from 'react';
import { DashboardView, type PageId } from '../components/DashboardView';
import { siteLinks } from '../components/links';
import { DASHBOARDS } from '../dashboards';
import type { Locale } from '../i18n/dict';
import { type Filters, filtersToSearch, parseFilters } from '../queries/filters';
import type { Runner } from '../queries/types';
import { readFirstView, removeFirstView } from './first-view';
import { usePageTheme } from './theme';
import { useDashboardQueries } from './useDashboardQueries';

export interface IslandProps {
  readonly dashboard: PageId;
  readonly locale: Locale;
  /** The site's base path (with its trailing slash): links and the data live under it. */
  readonly base: string;
}

export default function DashboardIsland({ dashboard, locale, base }: IslandProps) {
  const [first] = useState(readFirstView);
  useLayoutEffect(removeFirstView, []);
  const { meta, filters: defaults } = first;
  const [links] = useState(() => siteLinks(base, locale, meta));
  const theme = usePageTheme();
  const fromUrl = useCallback(() => parseFilters(location.search, meta, defaults), [meta, defaults]);
  const searchOf = useCallback((f: Filters) => filtersToSearch(f, defaults), [defaults]);
  const queries = useCallback(async (_: Runner, f: Filters) => DASHBOARDS[dashboard].queries(f), [dashboard]);
  const early = useCallback(
    (f: Filters) => [...new Set(Object.values(DASHBOARDS[dashboard].queries(f)).flatMap((q) => q.tables))],
    [dashboard],
  );
  const { state, runner, go } = useDashboardQueries({
    dataUrl: `${base}data/`,
    first,
    rendered: true,
    fromUrl,
    searchOf,
    early,
    queries,
  });
  return (
    <DashboardView
      dashboard={dashboard}
      locale={locale}
      meta={meta}
      filters={state.filters}
      data={state.data}
      shown={state.shown}
      svgs={first.svgs}
      // The build's share of an answer until DuckDB-WASM gives the whole.
      sizes={state.data === first.data ? first.sizes : undefined}
      links={links}
      theme={theme}
      interactive={runner !== null}
      busy={state.busy}
      ready={runner !== null && state.answered}
      error={state.error}
      onFilters={runner ? go : undefined}
    />
  );
}
