/**
 * The organisation page's view: the organisation's name and breadcrumbs, its figures and panels, and the
 * ledger of a member opened from its members table.
 */

import { chartContext } from '../charts/context';
import { placeSentence } from '../charts/sentences';
import { LEDGER_PANEL, org } from '../dashboards/org';
import { t, tf } from '../i18n/dict';
import type { Filters } from '../queries/filters';
import { type Meta, type OrgInfo, orgChain } from '../queries/meta';
import { type Columns, rowCount, rows } from '../queries/types';
import { ChartPanel } from './ChartPanel';
import { orgHref, type SiteLinks } from './links';
import { PageView, type ViewProps } from './PageView';
import { viewLine } from './view-line';

export interface Ledger {
  readonly member: string;
  readonly name: string;
  readonly data: Columns | null;
}

interface Props extends ViewProps {
  readonly ledger?: Ledger | null;
  readonly onMember?: (memberId: string) => void;
  readonly onCloseLedger?: () => void;
}

const filename = (panel: string, shown: Filters) => `org-${panel}-${shown.year}-${shown.org}`;

export function OrgPageView(props: Props) {
  const { locale, meta, filters, data, links, ledger } = props;
  const path = orgPath(meta, filters.org, data.path);
  const unknown = isUnknown(meta, filters.org, data.path, path);
  const title = unknown ? t(locale, 'navOrg') : (path.at(-1)?.name ?? (filters.org || t(locale, 'navOrg')));
  return (
    <PageView
      {...props}
      dashboard={org}
      title={title}
      orgName={path.at(-1)?.name}
      filename={filename}
      head={<Breadcrumbs chain={path} links={links} />}
      notFound={
        unknown ? (filters.org ? tf(locale, 'orgNotFound', { id: shortId(filters.org) }) : t(locale, 'orgNoId')) : null
      }
    >
      <Place answer={data.place} locale={locale} />
      {ledger && (
        <div className="ledger">
          <button type="button" className="close" onClick={props.onCloseLedger}>
            {t(locale, 'close')}
          </button>
          <h2>{`${ledger.name} · ${filters.year}`}</h2>
          {!ledger.data && <p className="status">{t(locale, 'loading')}</p>}
          {ledger.data && (
            <ChartPanel
              spec={LEDGER_PANEL}
              data={ledger.data}
              ctx={chartContext(meta, locale)}
              theme={props.theme}
              links={links}
              interactive={props.interactive}
              filename={`ledger-${ledger.member}-${filters.year}`}
              viewLine={`${ledger.name} · ${viewLine(meta, filters, ['year'], locale, path.at(-1)?.name)}`}
              sources={meta.sources}
            />
          )}
        </div>
      )}
    </PageView>
  );
}

/**
 * The page's organisation is not in the data: its path answered with no row and none of the listed ones is it
 * (a mistyped or outdated address). Not while the answer is awaited, nor where the data has no organisations.
 */
function isUnknown(meta: Meta, org: string, answer: Columns | undefined, path: readonly OrgInfo[]): boolean {
  if (answer === undefined || !meta.sources.organizations) return false;
  return rowCount(answer) === 0 && !path.some((o) => o.id === org);
}

/** An id from the address, as the page repeats it: at most 40 characters (it is the visitor's text). */
const shortId = (id: string) => (id.length > 40 ? `${id.slice(0, 40)}…` : id);

/** An organisation and its ancestors, root first: from the page's own answer, else from the listed ones. */
function orgPath(meta: Meta, org: string, answer: Columns | undefined): OrgInfo[] {
  if (answer && rowCount(answer) > 0) return rows(answer) as unknown as OrgInfo[];
  return orgChain(meta, org);
}

/** Where the organisation stands among its peers this period, and how it moved (none for a committee). */
function Place({ answer, locale }: { answer: Columns | undefined; locale: ViewProps['locale'] }) {
  const text = placeSentence(answer, locale);
  return text ? (
    <p className="place" data-rank={String(answer?.rank?.[0] ?? '')} data-peers={String(answer?.peers?.[0] ?? '')}>
      {text}
    </p>
  ) : null;
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
