/**
 * Keeps a notice-board screen's figures current for months without anyone
 * touching it: looks at the manifest every `poll` seconds; a new data
 * version is loaded beside the one on screen and swapped in only once every
 * slide's query has answered, so the screen never goes blank. When anything
 * fails the last good figures stay up, the failure is reported, and the
 * next try waits longer (backoff).
 */
import { type BoardConfig, retryDelay } from '../board/config';
import { type BoardSlide, boardQueries } from '../queries/board';
import { defaultFilters, type Filters } from '../queries/filters';
import { loadMeta, type Meta } from '../queries/meta';
import { type OrgView, readSlice } from '../queries/org';
import type { Columns, Query } from '../queries/types';
import { type Dataset, openDataset } from './duckdb';
import { fetchManifest } from './manifest';

export interface BoardData {
  readonly version: string;
  readonly asOf: string;
  readonly meta: Meta;
  readonly filters: Filters;
  readonly data: Record<BoardSlide, Columns>;
}

export interface FeedFailure {
  readonly message: string;
  /** Consecutive failed tries. */
  readonly failures: number;
  /** When the next try starts (ms since epoch). */
  readonly retryAt: number;
}

export interface FeedState {
  readonly current: BoardData | null;
  readonly failure: FeedFailure | null;
}

/** Starts the feed; returns a function that stops it. */
export function startFeed(dataUrl: string, config: BoardConfig, onState: (s: FeedState) => void): () => void {
  let shown: { dataset: Dataset; data: BoardData } | null = null;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const schedule = (seconds: number) => {
    if (!stopped) timer = setTimeout(() => void refresh(), seconds * 1000);
  };

  async function refresh(): Promise<void> {
    try {
      const manifest = await fetchManifest(dataUrl);
      if (manifest.dataVersion !== shown?.data.version) {
        const dataset = await openDataset(dataUrl, manifest);
        const data = await answer(dataset, config).catch(async (err) => {
          await dataset.close().catch(() => undefined);
          throw err;
        });
        if (stopped) return void (await dataset.close());
        const previous = shown;
        shown = { dataset, data };
        await previous?.dataset.close().catch(() => undefined);
      }
      failures = 0;
      onState({ current: shown?.data ?? null, failure: null });
      schedule(config.poll);
    } catch (err) {
      failures++;
      const delay = retryDelay(failures, config.poll);
      const message = err instanceof Error ? err.message : String(err);
      onState({ current: shown?.data ?? null, failure: { message, failures, retryAt: Date.now() + delay * 1000 } });
      schedule(delay);
    }
  }

  void refresh();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

async function answer(dataset: Dataset, config: BoardConfig): Promise<BoardData> {
  const meta = await loadMeta(dataset, dataset.manifest);
  const base = defaultFilters(meta);
  // Any organisation of the data (a branch's own screen, listed or not); one it does not hold: the whole committee.
  const slice = config.org ? await readSlice(dataset, config.org) : undefined;
  const org = config.org && slice !== undefined ? config.org : base.org;
  const filters = { ...base, org };
  const view: OrgView = {
    listed: meta.orgs.some((o) => o.id === org),
    // The root's screen reads whole tables; any other reads its slice's rows of the sliced ones.
    slice: org === meta.rootOrg ? undefined : slice,
  };
  const queries = Object.entries(boardQueries(filters, meta.publish, view)) as [BoardSlide, Query][];
  const wanted = queries.filter(([slide]) => config.slides.includes(slide));
  const results = await Promise.all(wanted.map(([, q]) => dataset.run(q)));
  const data = Object.fromEntries(wanted.map(([slide], i) => [slide, results[i]])) as Record<BoardSlide, Columns>;
  return { version: dataset.manifest.dataVersion, asOf: dataset.manifest.asOf, meta, filters, data };
}
