/**
 * A page asks only the queries of what it shows: a panel this build leaves out (`PanelSpec.when`: the lists
 * of members needing attention, internal builds only) has its query neither answered into the page's HTML at
 * build time nor run in the browser.
 */
import type { PanelSpec } from '../charts/spec';
import type { Filters } from '../queries/filters';
import type { Meta } from '../queries/meta';
import type { Query } from '../queries/types';
import type { Dashboard } from './types';

export function shownQueries(
  panels: readonly PanelSpec[],
  meta: Meta,
  queries: Readonly<Record<string, Query>>,
): Record<string, Query> {
  const left = new Set(panels.filter((p) => p.when && !p.when(meta)).map((p) => p.id));
  return Object.fromEntries(Object.entries(queries).filter(([key]) => !left.has(key)));
}

/** A dashboard's queries for a view, less those of the panels this build leaves out. */
export const dashboardQueries = (d: Dashboard, meta: Meta, f: Filters) => shownQueries(d.panels, meta, d.queries(f));
