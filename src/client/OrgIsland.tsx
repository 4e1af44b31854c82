/**
 * The organisation page (client:only): a pre-rendered organisation's page, or the one page `org/?id=` that
 * answers for every organisation without a page of its own (nothing rendered at build time). Its member-level
 * tables are read as the organisation's slice; a member's ledger opens from the members table or the URL.
 */
import { useCallback, useState } from 'react';
import { type Ledger, OrgPageView } from '../components/OrgPageView';
import { org as orgPage } from '../dashboards/org';
import { shownQueries } from '../dashboards/shown-queries';
import type { Locale } from '../i18n/dict';
import { type Filters, filtersToSearch, parseFilters } from '../queries/filters';
import type { Meta } from '../queries/meta';
import { inSlice, memberBranch, memberLedger, orgQueries, orgSlice, readSlice } from '../queries/org';
import type { Columns, Runner } from '../queries/types';
import { isSliced, sliceIndex } from '../sql/branch-slices';
import { useFirstView } from './first-view';
import { useDashboardQueries } from './useDashboardQueries';

export interface OrgIslandProps {
  readonly locale: Locale;
  /** The site's base path (with its trailing slash): links and the data live under it. */
  readonly base: string;
  /** The page for `?id=`: the organisation is the URL's, and nothing was rendered at build time. */
  readonly shell: boolean;
}

const memberParam = () => new URLSearchParams(location.search).get('member');

export default function OrgIsland({ locale, base, shell }: OrgIslandProps) {
  const first = useFirstView();
  const { meta, filters: defaults } = first;
  const [ledger, setLedger] = useState<Ledger | null>(null);

  // The shell's organisation is its `id` parameter, kept through filter changes.
  const searchOf = useCallback(
    (f: Filters) => {
      if (!shell) return filtersToSearch(f, defaults);
      const params = new URLSearchParams(filtersToSearch({ ...f, org: defaults.org }, defaults));
      params.set('id', f.org);
      return `?${params}`;
    },
    [shell, defaults],
  );

  // The slice each organisation's member-level tables are read as, looked up once per organisation.
  const [slices] = useState(() => new Map<string, Promise<string | undefined>>());
  const sliceOf = useCallback(
    (r: Runner, org: string) => {
      let known = slices.get(org);
      if (!known) {
        known = readSlice(r, org);
        slices.set(org, known);
      }
      return known;
    },
    [slices],
  );
  const queries = useCallback(
    async (r: Runner, f: Filters) =>
      shownQueries(orgPage.panels, meta, orgQueries(f, { slice: await sliceOf(r, f.org), listed: !shell })),
    [sliceOf, shell, meta],
  );

  const openLedger = useCallback(
    async (r: Runner, f: Filters, member: string, members: Columns | undefined) => {
      const row = members?.member_id?.indexOf(member) ?? -1;
      const name = row >= 0 && members ? String(members.name[row]) : member;
      setLedger({ member, name, data: null });
      // Looked up among the page's members first; a member from elsewhere (a hand-made URL) among all.
      const scope = await sliceOf(r, f.org);
      let found = scope === undefined ? null : await r.run(inSlice(memberBranch(member), scope));
      if (!found?.branch_id?.length) found = await r.run(memberBranch(member));
      const branch = found.branch_id?.[0] == null ? null : String(found.branch_id[0]);
      const named = found.name?.[0] == null ? name : String(found.name[0]);
      setLedger({ member, name: named, data: await r.run(memberLedger(member, f.year, branch)) });
    },
    [sliceOf],
  );

  const { view, runner, go } = useDashboardQueries({
    locale,
    base,
    first,
    rendered: !shell,
    fromUrl: () => {
      const org = shell ? (new URLSearchParams(location.search).get('id') ?? '') : defaults.org;
      return { ...parseFilters(location.search, meta, defaults), org };
    },
    searchOf,
    early: (f) => earlyTables(f, !shell, meta),
    queries,
    onStart: (r, initial) => {
      const member = memberParam();
      if (member) void openLedger(r, initial, member, first.data.members);
    },
    onPop: () => {
      if (!memberParam()) setLedger(null);
    },
  });

  const { filters, data } = view;
  const onMember = useCallback(
    (member: string) => {
      if (!runner) return;
      const params = new URLSearchParams(searchOf(filters));
      params.set('member', member);
      history.pushState(null, '', `${location.pathname}?${params}`);
      void openLedger(runner, filters, member, data.members);
    },
    [runner, searchOf, filters, data, openLedger],
  );
  const onFilters = (f: Filters) => {
    setLedger(null);
    go(f);
  };
  const closeLedger = () => {
    setLedger(null);
    history.pushState(null, '', `${location.pathname}${searchOf(filters)}`);
  };

  return (
    <OrgPageView
      {...view}
      // The one org page for ?id= has nothing on screen until its first answer: it says so, in the places the
      // figures will take, rather than "no data".
      pending={shell && Object.keys(data).length === 0}
      onFilters={runner ? onFilters : undefined}
      onMember={runner ? onMember : undefined}
      ledger={ledger}
      onCloseLedger={closeLedger}
    />
  );
}

/**
 * The tables fetched and decoded while DuckDB-WASM starts. The sliced tables are left to their queries (the
 * page may need one branch's rows only), but the slice's lookup and the slices' indexes are fetched now: they
 * are read next, and waiting for them made a committee's page a chain of fetches.
 */
function earlyTables(initial: Filters, listed: boolean, meta: Meta): string[] {
  const tables = Object.values(shownQueries(orgPage.panels, meta, orgQueries(initial, { listed }))).flatMap(
    (q) => q.tables,
  );
  const sliced = tables.filter(isSliced);
  return [
    ...new Set([...tables.filter((t) => !isSliced(t)), ...orgSlice(initial.org).tables, ...sliced.map(sliceIndex)]),
  ];
}
