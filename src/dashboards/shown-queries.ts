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

/** The panels this build shows (`PanelSpec.when`); the page draws these, and asks their queries only. */
export const shownPanels = (panels: readonly PanelSpec[], meta: Meta) => panels.filter((p) => p.when?.(meta) ?? true);

export function shownQueries(
  panels: readonly PanelSpec[],
  meta: Meta,
  queries: Readonly<Record<string, Query>>,
): Record<string, Query> {
  const shown = new Set(shownPanels(panels, meta));
  const left = new Set(panels.filter((p) => !shown.has(p)).map((p) => p.id));
  return Object.fromEntries(Object.entries(queries).filter(([key]) => !left.has(key)));
}

/** A dashboard's queries for a view, less those of the panels this build leaves out. */
export const dashboardQueries = (d: Dashboard, meta: Meta, f: Filters) => shownQueries(d.panels, meta, d.queries(f));
