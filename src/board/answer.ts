/**
 * The screen's figures for a configuration, from any Runner: DuckDB-WASM in the page (client/board-feed.ts)
 * or native DuckDB at build time, which pre-renders the default screen's frames (ssr/board.ts). Both read
 * the same queries, so a pre-rendered frame and the live one it gives way to show the same figures.
 */
import type { Manifest } from '../model/manifest';
import { type BoardQuery, boardQueries, queriesFor } from '../queries/board';
import { defaultFilters, type Filters } from '../queries/filters';
import { loadMeta, type Meta } from '../queries/meta';
import { meets } from '../queries/needs';
import { type OrgView, readSlice } from '../queries/org';
import type { Columns, Runner } from '../queries/types';
import type { BoardConfig } from './config';
import { SLIDE_NEEDS } from './needs';

export interface BoardData {
  readonly version: string;
  readonly asOf: string;
  readonly meta: Meta;
  readonly filters: Filters;
  readonly data: Partial<Record<BoardQuery, Columns>>;
}

export async function answerBoard(
  runner: Runner,
  config: Pick<BoardConfig, 'org' | 'slides'>,
  manifest: Pick<Manifest, 'dataVersion' | 'asOf' | 'tables'>,
): Promise<BoardData> {
  const meta = await loadMeta(runner, manifest);
  const base = defaultFilters(meta);
  // Any organisation of the data (a branch's own screen, listed or not); one it does not hold: the whole committee.
  const slice = config.org ? await readSlice(runner, config.org) : undefined;
  const org = config.org && slice !== undefined ? config.org : base.org;
  const filters = { ...base, org };
  const view: OrgView = {
    listed: meta.orgs.some((o) => o.id === org),
    // The root's screen reads whole tables; any other reads its slice's rows of the sliced ones.
    slice: org === meta.rootOrg ? undefined : slice,
  };
  const queries = boardQueries(filters, meta.publish, view);
  // A slide whose table the data lacks runs nothing: its frame says what is missing (a tally of base points
  // with no ledger behind them would read as every member's score).
  const wanted = queriesFor(config.slides.filter((s) => s === 'overview' || meets(meta.sources, SLIDE_NEEDS[s])));
  const results = await Promise.all(wanted.map((q) => runner.run(queries[q])));
  const data = Object.fromEntries(wanted.map((q, i) => [q, results[i]]));
  return { version: manifest.dataVersion, asOf: manifest.asOf, meta, filters, data };
}
