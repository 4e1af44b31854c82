/** The view of the five dashboards (overview, branches, members, topics, work): their title and their panels. */
import { DASHBOARDS } from '../dashboards';
import type { DashboardId } from '../dashboards/types';
import { t } from '../i18n/dict';
import type { Filters } from '../queries/filters';
import { PageView, type ViewProps } from './PageView';

export type PageId = Exclude<DashboardId, 'org'>;

export function DashboardView(props: ViewProps & { readonly dashboard: PageId }) {
  const dashboard = DASHBOARDS[props.dashboard];
  const filename = (panel: string, shown: Filters) => `${dashboard.id}-${panel}-${shown.year}`;
  return <PageView {...props} dashboard={dashboard} title={t(props.locale, dashboard.title)} filename={filename} />;
}
