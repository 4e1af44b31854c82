/**
 * The interactive page of the five dashboards (client:only). It starts from the first view the build
 * rendered, then hands every figure to DuckDB-WASM: filters live in the URL, back and forward work, and
 * each change re-runs the page's queries.
 */
import { useCallback } from 'react';
import { DashboardView, type PageId } from '../components/DashboardView';
import { DASHBOARDS } from '../dashboards';
import { dashboardQueries } from '../dashboards/shown-queries';
import type { Locale } from '../i18n/dict';
import { type Filters, filtersToSearch, parseFilters } from '../queries/filters';
import type { Runner } from '../queries/types';
import { useFirstView } from './first-view';
import { useDashboardQueries } from './useDashboardQueries';

export interface IslandProps {
  readonly dashboard: PageId;
  readonly locale: Locale;
  /** The site's base path (with its trailing slash): links and the data live under it. */
  readonly base: string;
}

export default function DashboardIsland({ dashboard, locale, base }: IslandProps) {
  const first = useFirstView();
  const { meta, filters: defaults } = first;
  const searchOf = useCallback((f: Filters) => filtersToSearch(f, defaults), [defaults]);
  const queries = useCallback(
    async (_: Runner, f: Filters) => dashboardQueries(DASHBOARDS[dashboard], meta, f),
    [dashboard, meta],
  );
  const { view, runner, go } = useDashboardQueries({
    locale,
    base,
    first,
    rendered: true,
    fromUrl: () => parseFilters(location.search, meta, defaults),
    searchOf,
    early: (f) => [
      ...new Set(Object.values(dashboardQueries(DASHBOARDS[dashboard], meta, f)).flatMap((q) => q.tables)),
    ],
    queries,
  });
  return <DashboardView dashboard={dashboard} {...view} onFilters={runner ? go : undefined} />;
}
