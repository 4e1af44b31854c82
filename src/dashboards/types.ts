import type { KpiSpec, PanelSpec } from '../charts/spec';
import type { MessageKey } from '../i18n/dict';
import type { Filters } from '../queries/filters';
import type { Query } from '../queries/types';

export type DashboardId = 'overview' | 'branches' | 'members' | 'topics' | 'work' | 'org';

/** A page: its queries, its headline figures and its panels, in order. */
export interface Dashboard {
  readonly id: DashboardId;
  readonly title: MessageKey;
  /** Path under the site base and locale prefix. */
  readonly path: string;
  /** The page's queries, reading whole tables (the build's way; the org page's island reads slices). */
  readonly queries: (filters: Filters) => Record<string, Query>;
  readonly kpis?: readonly KpiSpec[];
  readonly panels: readonly PanelSpec[];
  /** Filters the page offers. */
  readonly filters: readonly ('year' | 'period' | 'org')[];
}
