/**
 * What both islands (the dashboards' and the org page's) do with their queries: start DuckDB-WASM once,
 * answer the URL's view, answer each filter change (the newest wins), follow back and forward, and give
 * the view the props every page view takes. An island says how its filters read from and write to the
 * URL and how a view becomes queries.
 */
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { siteLinks } from '../components/links';
import type { ViewProps } from '../components/PageView';
import type { Locale } from '../i18n/dict';
import type { Filters } from '../queries/filters';
import type { Columns, Query, Runner } from '../queries/types';
import { type Answered, runAll } from './answers';
import type { StartView } from './first-view';
import { usePageTheme } from './theme';
import { neighbourView, warmUp } from './warm-up';

export interface ViewState {
  /** The filters asked for (the filter bar shows them at once). */
  readonly filters: Filters;
  readonly data: Record<string, Columns>;
  /** The filters `data` answers. */
  readonly shown: Filters;
  readonly busy: boolean;
  readonly error: string | null;
  /** DuckDB-WASM has answered the queries of the view on screen. */
  readonly answered: boolean;
}

export interface QueriesOptions {
  readonly locale: Locale;
  /** The site's base path (with its trailing slash): links and the data live under it. */
  readonly base: string;
  /** The view the build rendered: on screen until DuckDB-WASM answers. */
  readonly first: StartView;
  /** Whether the build rendered anything (the org page for `?id=` renders nothing at build time). */
  readonly rendered: boolean;
  /** The view the URL asks for, at start and on back / forward. */
  readonly fromUrl: () => Filters;
  /** The query string of a view. */
  readonly searchOf: (filters: Filters) => string;
  /** Tables to fetch while DuckDB-WASM starts: the first view's. */
  readonly early: (initial: Filters) => string[];
  /** A view's queries. Keep it (and `searchOf`) stable: `go` is made from them, and a new `go` redraws the view. */
  readonly queries: (runner: Runner, filters: Filters) => Promise<Record<string, Query>>;
  /** Once DuckDB-WASM is ready, with the view the URL asked for. */
  readonly onStart?: (runner: Runner, initial: Filters) => void;
  /** After back / forward has asked for the URL's view. */
  readonly onPop?: () => void;
}

export interface DashboardQueries {
  /** What the island's view shows, as every page view takes it (PageView's ViewProps). */
  readonly view: ViewProps;
  readonly state: ViewState;
  readonly runner: Runner | null;
  /** Asks for a view: into the browser's history, then answered. */
  readonly go: (filters: Filters) => void;
}

export function useDashboardQueries(o: QueriesOptions): DashboardQueries {
  const [state, setState] = useState<ViewState>(() => ({
    filters: o.first.filters,
    data: o.first.data,
    shown: o.first.filters,
    busy: false,
    error: null,
    answered: false,
  }));
  const [runner, setRunner] = useState<Runner | null>(null);
  const [links] = useState(() => siteLinks(o.base, o.locale, o.first.meta));
  const theme = usePageTheme();
  // The newest request's number (an answer to an older one is dropped) and the answers on screen.
  const latest = useRef(0);
  const answered = useRef<Answered>(new Map());
  const { queries } = o;

  const show = useCallback(
    async (r: Runner, filters: Filters, quiet = false, held?: Record<string, Columns>) => {
      const ticket = ++latest.current;
      // A quiet run re-answers the view already on screen: nothing dims while it runs.
      setState((s) => ({ ...s, filters, busy: !quiet, answered: false }));
      try {
        const data = await runAll(r, await queries(r, filters), answered.current, held);
        if (ticket === latest.current)
          setState({ filters, data, shown: filters, busy: false, error: null, answered: true });
      } catch (err) {
        if (ticket === latest.current)
          setState((s) => ({ ...s, busy: false, error: String((err as Error).message ?? err) }));
      }
    },
    [queries],
  );

  // Start DuckDB-WASM once; then answer the URL's view (or, quietly, what of the build's view the page lacks).
  const start = useEffectEvent(() => {
    let cancelled = false;
    const initial = o.fromUrl();
    const atFirst = o.rendered && o.searchOf(initial) === o.searchOf(o.first.filters);
    if (!atFirst) setState((s) => ({ ...s, filters: initial, busy: true }));
    import('./duckdb')
      .then(({ getClient }) => getClient(`${o.base}data/`, o.early(initial)))
      .then((client) => {
        if (cancelled) return;
        setRunner(client);
        // The build's whole answers hold while the data is the version the build read: not asked again.
        const same = atFirst && client.manifest.dataVersion === o.first.dataVersion;
        // show() takes the next request number; the warm-up lasts while that request is the newest.
        const ticket = latest.current + 1;
        void show(client, initial, atFirst, same ? wholeAnswers(o.first) : undefined).then(() =>
          warmUp(
            client,
            () => queries(client, neighbourView(initial, o.first.meta)),
            () => !cancelled && latest.current === ticket,
          ),
        );
        o.onStart?.(client, initial);
      })
      .catch((err) => setState((s) => ({ ...s, busy: false, error: String(err?.message ?? err) })));
    return () => {
      cancelled = true;
    };
  });
  useEffect(() => start(), []);

  const pop = useEffectEvent(() => {
    if (!runner) return;
    void show(runner, o.fromUrl());
    o.onPop?.();
  });
  useEffect(() => {
    const onPop = () => pop();
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const { searchOf } = o;
  const go = useCallback(
    (filters: Filters) => {
      if (!runner) return;
      history.pushState(null, '', `${location.pathname}${searchOf(filters)}`);
      void show(runner, filters);
    },
    [runner, searchOf, show],
  );
  const { first } = o;
  const view: ViewProps = {
    locale: o.locale,
    meta: first.meta,
    filters: state.filters,
    data: state.data,
    shown: state.shown,
    svgs: first.svgs,
    // The build's share of an answer until DuckDB-WASM gives the whole.
    sizes: state.data === first.data ? first.sizes : undefined,
    links,
    theme,
    interactive: runner !== null,
    busy: state.busy,
    ready: runner !== null && state.answered,
    error: state.error,
  };
  return { view, state, runner, go };
}

/** The first view's answers the page holds whole (not a long answer's first rows: bounds.ts). */
function wholeAnswers(first: StartView): Record<string, Columns> {
  return Object.fromEntries(Object.entries(first.data).filter(([panel]) => !first.sizes[panel]));
}
