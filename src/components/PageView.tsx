/**
 * A page's content from its data: title, filters, headline figures and panels. Pure: the build renders
 * it for the first view, an island renders it again with live data. DashboardView and OrgPageView fill
 * in what their pages add (a title, breadcrumbs, the ledger).
 */
import type { ReactNode } from 'react';
import type { AnswerSize } from '../charts/bounds';
import { chartContext } from '../charts/context';
import type { FirstPaint } from '../charts/layout';
import type { ThemeName } from '../charts/theme';
import { FIRST_VIEW_ATTR } from '../dashboards/first-view';
import { shownPanels } from '../dashboards/shown-queries';
import type { Dashboard } from '../dashboards/types';
import { type Locale, t } from '../i18n/dict';
import type { Filters } from '../queries/filters';
import type { Meta } from '../queries/meta';
import type { Columns } from '../queries/types';
import { ChartPanel } from './ChartPanel';
import { FilterBar } from './FilterBar';
import { Kpis } from './Kpis';
import type { SiteLinks } from './links';
import { LOADING_SHOWN_AFTER_MS, useLate } from './useLate';
import { joinViewLine, VIEW_LINE_SEP, viewLineParts } from './view-line';

/** What every page view is given, at build time and in the page. */
export interface ViewProps {
  readonly locale: Locale;
  readonly meta: Meta;
  /** The filters asked for: the filter bar shows them. */
  readonly filters: Filters;
  readonly data: Record<string, Columns>;
  /** The filters `data` answers (the asked ones, once answered): downloads are named after them. */
  readonly shown?: Filters;
  /** Each chart's first view as the build drew it (desktop and phone). */
  readonly svgs?: Record<string, FirstPaint>;
  /** Panels of which `data` holds the build's first-view share only, with the whole answers' sizes. */
  readonly sizes?: Record<string, AnswerSize>;
  readonly links: SiteLinks;
  /** The page's theme, which live charts draw with (default: the build's). */
  readonly theme?: ThemeName;
  readonly interactive: boolean;
  /** A view asked for is being answered (the page says so once it takes longer than LOADING_SHOWN_AFTER_MS). */
  readonly busy?: boolean;
  /** Set once DuckDB-WASM has answered this view: what tests and benchmarks wait for. */
  readonly ready?: boolean;
  readonly error?: string | null;
  readonly onFilters?: (filters: Filters) => void;
  /** The build's rendering of the view, which the island reads its SVGs from and then replaces. */
  readonly firstView?: boolean;
  /** Nothing answered yet (the org page for ?id=): places are kept for the figures, which say they are loading. */
  readonly pending?: boolean;
}

interface Props extends ViewProps {
  readonly dashboard: Dashboard;
  readonly title: string;
  /** A download's file name for a panel, from the filters of the data on screen. */
  readonly filename: (panel: string, shown: Filters) => string;
  /** Above the title (the org page's breadcrumbs). */
  readonly head?: ReactNode;
  /** Between the headline figures and the panels (the org page's ledger). */
  readonly children?: ReactNode;
  readonly onMember?: (memberId: string) => void;
  /** The organisation's name when the page is one organisation's (it may not be among the listed ones). */
  readonly orgName?: string;
  /** Said instead of figures and panels: the page's organisation is not in the data (a mistyped address). */
  readonly notFound?: string | null;
}

export function PageView(props: Props) {
  const { dashboard, locale, meta, filters, interactive, busy } = props;
  const loading = useLate(!!busy, LOADING_SHOWN_AFTER_MS);
  const shown = props.shown ?? filters;
  // Which view the figures are of: on every printed page's head and in every downloaded PNG.
  const parts = viewLineParts(meta, shown, dashboard.filters, locale, props.orgName);
  const line = joinViewLine(parts);
  return (
    <div
      className="dashboard"
      data-dashboard={dashboard.id}
      data-ready={props.ready ? 'true' : 'false'}
      {...(props.firstView ? { [FIRST_VIEW_ATTR]: '' } : {})}
    >
      <PrintFrame head={`${t(locale, 'siteTitle')} · ${props.title} · ${line}`}>
        <div className="page-head">
          {props.head}
          <h1>{props.title}</h1>
          {/* The organisation a span of its own: on a phone it takes its own line, kept while the name is not known
              yet (org/?id=), so the name arriving moves nothing, whatever its length. */}
          <p className="view-line" data-view-line="">
            <span className="view-org">{parts.org}</span>
            {parts.org && <span className="view-sep">{VIEW_LINE_SEP}</span>}
            {/* Keyed by the name: a new node where the name arrives, not the old text moved along its line (0.003). */}
            <span key={parts.org ?? ''}>{parts.rest}</span>
          </p>
          <FilterBar
            meta={meta}
            filters={filters}
            show={dashboard.filters}
            locale={locale}
            onChange={props.onFilters}
          />
          {/* In the build's view too, disabled: the button arriving with the island moves nothing. */}
          <button type="button" className="print-button" disabled={!interactive} onClick={() => print()}>
            {t(locale, 'printPdf')}
          </button>
          <p className="status" role="status">
            {loading ? t(locale, 'loading') : props.error ? `${t(locale, 'queryError')}: ${props.error}` : ''}
          </p>
        </div>
        {props.notFound ? (
          <p className="not-found" role="alert">
            {props.notFound}
          </p>
        ) : (
          <PageBody {...props} shown={shown} line={line} loading={loading} />
        )}
      </PrintFrame>
    </div>
  );
}

/** The headline figures and the panels. */
function PageBody(props: Props & { shown: Filters; line: string; loading: boolean }) {
  const { dashboard, locale, meta, data, svgs, links, interactive, busy, shown, line, loading } = props;
  const ctx = chartContext(meta, locale);
  return (
    <>
      {dashboard.kpis && (data.kpis || props.pending) && (
        <Kpis specs={dashboard.kpis} data={data} locale={locale} sources={meta.sources} pending={props.pending} />
      )}
      {props.children}
      {props.pending ? (
        <p className="pending-block">{t(locale, 'loading')}</p>
      ) : (
        <div className={`panels${loading ? ' busy' : ''}`} aria-busy={busy || undefined}>
          {shownPanels(dashboard.panels, meta).map((spec) => (
            <ChartPanel
              key={spec.id}
              spec={spec}
              data={data[spec.id] ?? {}}
              ctx={ctx}
              theme={props.theme}
              links={links}
              paint={svgs?.[spec.id]}
              whole={props.sizes?.[spec.id]}
              interactive={interactive}
              // Only a panel that links members gets the handler: the others need not redraw when it changes.
              onMember={spec.columns.some((c) => c.linkMember) ? props.onMember : undefined}
              filename={props.filename(spec.id, shown)}
              viewLine={line}
              sources={meta.sources}
              summary={spec.summary?.(data, locale) ?? null}
            />
          ))}
        </div>
      )}
    </>
  );
}

/**
 * On paper, a table whose head repeats on every page: the title and the view on each printed page. On
 * screen the table is not there (display: contents, global.css), its head hidden.
 */
function PrintFrame({ head, children }: { head: string; children: ReactNode }) {
  return (
    <table className="print-frame" role="presentation">
      <thead>
        <tr>
          <td className="print-head">{head}</td>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>{children}</td>
        </tr>
      </tbody>
    </table>
  );
}
