/**
 * The interactive page (client:only). It starts from the data the build
 * rendered, then hands every figure to DuckDB-WASM: filters live in the URL,
 * back and forward work, and each change re-runs the page's queries.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { DashboardView, type Ledger } from '../components/DashboardView';
import type { SiteLinks } from '../components/links';
import { DASHBOARDS } from '../dashboards';
import type { DashboardId } from '../dashboards/types';
import type { Locale } from '../i18n/dict';
import { type Filters, filtersToSearch, parseFilters } from '../queries/filters';
import type { Meta } from '../queries/meta';
import { memberLedger } from '../queries/org';
import type { Columns, Runner } from '../queries/types';
import { useDarkTheme } from './theme';

export interface IslandProps {
  readonly dashboard: DashboardId;
  readonly locale: Locale;
  readonly meta: Meta;
  readonly filters: Filters;
  readonly data: Record<string, Columns>;
  readonly svgs: Record<string, string>;
  readonly links: SiteLinks;
  readonly dataUrl: string;
}

interface State {
  readonly filters: Filters;
  readonly data: Record<string, Columns>;
  readonly busy: boolean;
  readonly error: string | null;
  /** DuckDB-WASM has answered the queries of the view on screen. */
  readonly answered: boolean;
}

async function runAll(runner: Runner, dashboard: DashboardId, filters: Filters): Promise<Record<string, Columns>> {
  const queries = Object.entries(DASHBOARDS[dashboard].queries(filters));
  const results = await Promise.all(queries.map(([, q]) => runner.run(q)));
  return Object.fromEntries(queries.map(([k], i) => [k, results[i]]));
}

export default function DashboardIsland(props: IslandProps) {
  const { dashboard, meta, links } = props;
  const defaults = props.filters;
  const dark = useDarkTheme();
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

  const fromUrl = useCallback(() => {
    const f = parseFilters(location.search, meta, defaults);
    return dashboard === 'org' ? { ...f, org: defaults.org } : f;
  }, [meta, defaults, dashboard]);

  const show = useCallback(
    async (r: Runner, filters: Filters, quiet = false) => {
      const ticket = ++latest.current;
      // A quiet run re-answers the view already on screen: nothing dims while it runs.
      setState((s) => ({ ...s, filters, busy: !quiet, answered: false }));
      try {
        const data = await runAll(r, dashboard, filters);
        if (ticket === latest.current) setState({ filters, data, busy: false, error: null, answered: true });
      } catch (err) {
        if (ticket === latest.current)
          setState((s) => ({ ...s, busy: false, error: String((err as Error).message ?? err) }));
      }
    },
    [dashboard],
  );

  const openLedger = useCallback(
    async (r: Runner, member: string, year: number) => {
      const row = state.data.members?.member_id?.indexOf(member) ?? -1;
      const name = row >= 0 ? String(state.data.members.name[row]) : member;
      setLedger({ member, name, data: null });
      setLedger({ member, name, data: await r.run(memberLedger(member, year)) });
    },
    [state.data],
  );

  // Start DuckDB-WASM once; then answer the URL's view (or re-check the default one).
  // biome-ignore lint/correctness/useExhaustiveDependencies: a start-up effect, run once per page load by design
  useEffect(() => {
    let cancelled = false;
    const initial = fromUrl();
    const atDefaults = filtersToSearch(initial, defaults) === '';
    if (!atDefaults) setState((s) => ({ ...s, filters: initial, busy: true }));
    import('./duckdb')
      .then(({ getClient }) => getClient(props.dataUrl))
      .then((client) => {
        if (cancelled) return;
        setRunner(client);
        void show(client, initial, atDefaults);
        const member = new URLSearchParams(location.search).get('member');
        if (member && dashboard === 'org') void openLedger(client, member, fromUrl().year);
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

  const onFilters = (filters: Filters) => {
    if (!runner) return;
    history.pushState(null, '', `${location.pathname}${filtersToSearch(filters, defaults)}`);
    setLedger(null);
    void show(runner, filters);
  };

  const onMember = (member: string) => {
    if (!runner) return;
    const params = new URLSearchParams(filtersToSearch(state.filters, defaults));
    params.set('member', member);
    history.pushState(null, '', `${location.pathname}?${params}`);
    void openLedger(runner, member, state.filters.year);
  };

  const closeLedger = () => {
    setLedger(null);
    history.pushState(null, '', `${location.pathname}${filtersToSearch(state.filters, defaults)}`);
  };

  return (
    <DashboardView
      dashboard={dashboard}
      locale={props.locale}
      meta={meta}
      filters={state.filters}
      data={state.data}
      svgs={props.svgs}
      links={links}
      dark={dark}
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
