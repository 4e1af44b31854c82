/**
 * A dashboard page's content from its data: filters, headline figures and
 * panels. Pure: the build renders it for the first view, the island renders
 * it again with live data.
 */

import type { AnswerSize } from '../charts/bounds';
import { chartContext } from '../charts/context';
import type { ThemeName } from '../charts/theme';
import { DASHBOARDS } from '../dashboards';
import { LEDGER_PANEL } from '../dashboards/org';
import type { DashboardId } from '../dashboards/types';
import { type Locale, t } from '../i18n/dict';
import type { Filters } from '../queries/filters';
import { type Meta, type OrgInfo, orgChain } from '../queries/meta';
import { type Columns, rowCount, rows } from '../queries/types';
import { ChartPanel } from './ChartPanel';
import { FilterBar } from './FilterBar';
import { Kpis } from './Kpis';
import { orgHref, type SiteLinks } from './links';

export interface Ledger {
  readonly member: string;
  readonly name: string;
  readonly data: Columns | null;
}

export interface ViewProps {
  readonly dashboard: DashboardId;
  readonly locale: Locale;
  readonly meta: Meta;
  readonly filters: Filters;
  readonly data: Record<string, Columns>;
  readonly svgs?: Record<string, string>;
  /** Panels of which `data` holds the build's first-view share only, with the whole answers' sizes. */
  readonly sizes?: Record<string, AnswerSize>;
  readonly links: SiteLinks;
  /** The page's theme, which live charts draw with (default: the build's). */
  readonly theme?: ThemeName;
  readonly interactive: boolean;
  readonly busy?: boolean;
  /** Set once DuckDB-WASM has answered this view: what tests and benchmarks wait for. */
  readonly ready?: boolean;
  readonly error?: string | null;
  readonly onFilters?: (filters: Filters) => void;
  readonly onMember?: (memberId: string) => void;
  readonly ledger?: Ledger | null;
  readonly onCloseLedger?: () => void;
}

export function DashboardView(props: ViewProps) {
  const { dashboard: id, locale, meta, filters, data, svgs, links, interactive, busy } = props;
  const dashboard = DASHBOARDS[id];
  const ctx = chartContext(meta, locale);
  const path = id === 'org' ? orgPath(meta, filters.org, data.path) : [];
  const title = id === 'org' ? (path.at(-1)?.name ?? (filters.org || t(locale, 'navOrg'))) : t(locale, dashboard.title);
  const filename = (panel: string) => `${id}-${panel}-${filters.year}${id === 'org' ? `-${filters.org}` : ''}`;
  return (
    <div className="dashboard" data-dashboard={id} data-ready={props.ready ? 'true' : 'false'}>
      <div className="page-head">
        {id === 'org' && <Breadcrumbs chain={path} links={links} />}
        <h1>{title}</h1>
        <FilterBar meta={meta} filters={filters} show={dashboard.filters} locale={locale} onChange={props.onFilters} />
        <p className="status" role="status">
          {busy ? t(locale, 'loading') : props.error ? `${t(locale, 'queryError')}: ${props.error}` : ''}
        </p>
      </div>
      {dashboard.kpis && data.kpis && <Kpis specs={dashboard.kpis} data={data.kpis} locale={locale} />}
      {props.ledger && (
        <div className="ledger">
          <button type="button" className="close" onClick={props.onCloseLedger}>
            {t(locale, 'close')}
          </button>
          <h2>{`${props.ledger.name} · ${filters.year}`}</h2>
          {!props.ledger.data && <p className="status">{t(locale, 'loading')}</p>}
          {props.ledger.data && (
            <ChartPanel
              spec={LEDGER_PANEL}
              data={props.ledger.data}
              ctx={ctx}
              theme={props.theme}
              links={links}
              interactive={interactive}
              filename={`ledger-${props.ledger.member}-${filters.year}`}
            />
          )}
        </div>
      )}
      <div className={`panels${busy ? ' busy' : ''}`} aria-busy={busy || undefined}>
        {dashboard.panels.map((spec) => (
          <ChartPanel
            key={spec.id}
            spec={spec}
            data={data[spec.id] ?? {}}
            ctx={ctx}
            theme={props.theme}
            links={links}
            svg={svgs?.[spec.id]}
            whole={props.sizes?.[spec.id]}
            interactive={interactive}
            onMember={props.onMember}
            filename={filename(spec.id)}
          />
        ))}
      </div>
    </div>
  );
}

/** An organisation and its ancestors, root first: from the page's own answer, else from the listed ones. */
function orgPath(meta: Meta, org: string, answer: Columns | undefined): OrgInfo[] {
  if (answer && rowCount(answer) > 0) return rows(answer) as unknown as OrgInfo[];
  return orgChain(meta, org);
}

function Breadcrumbs({ chain, links }: { chain: readonly OrgInfo[]; links: SiteLinks }) {
  return (
    <nav className="crumbs" aria-label="breadcrumb">
      {chain.slice(0, -1).map((o) => (
        <span key={o.id}>
          <a href={orgHref(links, o.id)}>{o.name}</a>
          {' › '}
        </span>
      ))}
    </nav>
  );
}
