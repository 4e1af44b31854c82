/**
 * The interactive page (client:only). It starts from the data the build
 * rendered, then hands every figure to DuckDB-WASM: filters live in the URL,
 * back and forward work, and each change re-runs the page's queries.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerSize } from '../charts/bounds';
import { DashboardView, type Ledger } from '../components/DashboardView';
import type { SiteLinks } from '../components/links';
import { DASHBOARDS } from '../dashboards';
import type { DashboardId } from '../dashboards/types';
import type { Locale } from '../i18n/dict';
import { type Filters, filtersToSearch, parseFilters } from '../queries/filters';
import type { Meta } from '../queries/meta';
import { inSlice, memberBranch, memberLedger, orgSlice, readSlice } from '../queries/org';
import type { Columns, Runner } from '../queries/types';
import { isSliced, sliceIndex } from '../sql/branch-slices';
import { type Answered, runAll } from './answers';
import { usePageTheme } from './theme';

export interface IslandProps {
  readonly dashboard: DashboardId;
  readonly locale: Locale;
  readonly meta: Meta;
  readonly filters: Filters;
  readonly data: Record<string, Columns>;
  readonly svgs: Record<string, string>;
  readonly sizes: Record<string, AnswerSize>;
  readonly links: SiteLinks;
  readonly dataUrl: string;
  /** The org page for `?id=` (organisations without a page of their own): nothing rendered at build time. */
  readonly shell?: boolean;
}

interface State {
  readonly filters: Filters;
  readonly data: Record<string, Columns>;
  readonly busy: boolean;
  readonly error: string | null;
  /** DuckDB-WASM has answered the queries of the view on screen. */
  readonly answered: boolean;
}

/**
 * The tables fetched and decoded while DuckDB-WASM starts: the first view's. The org page leaves its sliced
 * tables to their queries (it may need one branch's rows only), but fetches now its slice's lookup and the
 * slices' indexes: they are read next, and waiting for them made a committee's page a chain of fetches.
 */
function earlyTables(dashboard: DashboardId, initial: Filters, listed: boolean): string[] {
  const tables = Object.values(DASHBOARDS[dashboard].queries(initial, { listed })).flatMap((q) => q.tables);
  if (dashboard !== 'org') return [...new Set(tables)];
  const sliced = tables.filter(isSliced);
  return [
    ...new Set([...tables.filter((t) => !isSliced(t)), ...orgSlice(initial.org).tables, ...sliced.map(sliceIndex)]),
  ];
}

export default function DashboardIsland(props: IslandProps) {
  const { dashboard, meta, links } = props;
  const defaults = props.filters;
  const theme = usePageTheme();
  const [state, setState] = useState<State>({
    filters: defaults,
    data: props.data,
    busy: false,
    error: null,
    answered: false,
  });
  const [runner, setRunner] = useState<Runner | null>(null);
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const latest = useRef(0);
  const answered = useRef<Answered>(new Map());

  const fromUrl = useCallback(() => {
    const f = parseFilters(location.search, meta, defaults);
    if (dashboard !== 'org') return f;
    return { ...f, org: props.shell ? (new URLSearchParams(location.search).get('id') ?? '') : defaults.org };
  }, [meta, defaults, dashboard, props.shell]);

  // The org page's slice (its member-level tables are read as that organisation's rows), once per organisation.
  const slices = useRef(new Map<string, Promise<string | undefined>>());
  const sliceOf = useCallback(
    (r: Runner, org: string): Promise<string | undefined> => {
      if (dashboard !== 'org') return Promise.resolve(undefined);
      let known = slices.current.get(org);
      if (!known) {
        known = readSlice(r, org);
        slices.current.set(org, known);
      }
      return known;
    },
    [dashboard],
  );

  const show = useCallback(
    async (r: Runner, filters: Filters, quiet = false) => {
      const ticket = ++latest.current;
      // A quiet run re-answers the view already on screen: nothing dims while it runs.
      setState((s) => ({ ...s, filters, busy: !quiet, answered: false }));
      try {
        const view = { slice: await sliceOf(r, filters.org), listed: !props.shell };
        const data = await runAll(r, dashboard, filters, view, answered.current);
        if (ticket === latest.current) setState({ filters, data, busy: false, error: null, answered: true });
      } catch (err) {
        if (ticket === latest.current)
          setState((s) => ({ ...s, busy: false, error: String((err as Error).message ?? err) }));
      }
    },
    [dashboard, sliceOf, props.shell],
  );

  // The data on screen, read by openLedger without making it a new function on every answer: the start-up
  // effect depends on openLedger, and re-running it re-ran every query in a loop while a ledger was open.
  const shown = useRef(state.data);
  shown.current = state.data;
  const openLedger = useCallback(
    async (r: Runner, org: string, member: string, year: number) => {
      const members = shown.current.members;
      const row = members?.member_id?.indexOf(member) ?? -1;
      const name = row >= 0 ? String(members.name[row]) : member;
      setLedger({ member, name, data: null });
      // Looked up among the page's members first; a member from elsewhere (a hand-made URL) among all.
      const scope = await sliceOf(r, org);
      let found = scope === undefined ? null : await r.run(inSlice(memberBranch(member), scope));
      if (!found?.branch_id?.length) found = await r.run(memberBranch(member));
      const branch = found.branch_id?.[0] == null ? null : String(found.branch_id[0]);
      const named = found.name?.[0] == null ? name : String(found.name[0]);
      setLedger({ member, name: named, data: await r.run(memberLedger(member, year, branch)) });
    },
    [sliceOf],
  );

  // Start DuckDB-WASM once; then answer the URL's view (or re-check the default one).
  // biome-ignore lint/correctness/useExhaustiveDependencies: a start-up effect, run once per page load by design
  useEffect(() => {
    let cancelled = false;
    const initial = fromUrl();
    // The shell has nothing on screen yet: its first answer is not a quiet re-check.
    const atDefaults = !props.shell && filtersToSearch(initial, defaults) === '';
    if (!atDefaults) setState((s) => ({ ...s, filters: initial, busy: true }));
    const early = earlyTables(dashboard, initial, !props.shell);
    import('./duckdb')
      .then(({ getClient }) => getClient(props.dataUrl, early))
      .then((client) => {
        if (cancelled) return;
        setRunner(client);
        void show(client, initial, atDefaults);
        const member = new URLSearchParams(location.search).get('member');
        if (member && dashboard === 'org') void openLedger(client, initial.org, member, initial.year);
      })
      .catch((err) => setState((s) => ({ ...s, busy: false, error: String(err?.message ?? err) })));
    return () => {
      cancelled = true;
    };
  }, [fromUrl, show, props.dataUrl, openLedger, dashboard]);

  useEffect(() => {
    if (!runner) return;
    const onPop = () => {
      void show(runner, fromUrl());
      const member = new URLSearchParams(location.search).get('member');
      if (!member) setLedger(null);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [runner, show, fromUrl]);

  // The shell's organisation is its `id` parameter, kept through filter changes.
  const searchOf = (filters: Filters): string => {
    if (!props.shell) return filtersToSearch(filters, defaults);
    const params = new URLSearchParams(filtersToSearch({ ...filters, org: defaults.org }, defaults));
    params.set('id', filters.org);
    return `?${params}`;
  };

  const onFilters = (filters: Filters) => {
    if (!runner) return;
    history.pushState(null, '', `${location.pathname}${searchOf(filters)}`);
    setLedger(null);
    void show(runner, filters);
  };

  const onMember = (member: string) => {
    if (!runner) return;
    const params = new URLSearchParams(searchOf(state.filters));
    params.set('member', member);
    history.pushState(null, '', `${location.pathname}?${params}`);
    void openLedger(runner, state.filters.org, member, state.filters.year);
  };

  const closeLedger = () => {
    setLedger(null);
    history.pushState(null, '', `${location.pathname}${searchOf(state.filters)}`);
  };

  return (
    <DashboardView
      dashboard={dashboard}
      locale={props.locale}
      meta={meta}
      filters={state.filters}
      data={state.data}
      svgs={props.svgs}
      // The build's share of an answer until DuckDB-WASM gives the whole.
      sizes={state.data === props.data ? props.sizes : undefined}
      links={links}
      theme={theme}
      interactive={runner !== null}
      busy={state.busy}
      ready={runner !== null && state.answered}
      error={state.error}
      onFilters={runner ? onFilters : undefined}
      onMember={runner ? onMember : undefined}
      ledger={ledger}
      onCloseLedger={closeLedger}
    />
  );
}
