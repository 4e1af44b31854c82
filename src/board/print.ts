/**
 * 公示表 The printed points tally of one organisation and period (/board/print?org=&period=): the same query
 * as the screen's tally, for any period the data holds. The build prints the default (the whole committee,
 * the latest quarter); the page asks DuckDB-WASM for any other. Unlike a screen, a sheet never falls back:
 * an organisation or period the data does not hold is said, not replaced by another.
 */
import type { Manifest } from '../model/manifest';
import { pointsTally } from '../queries/board';
import { defaultFilters, type Filters } from '../queries/filters';
import { loadMeta, type Meta } from '../queries/meta';
import { inView, readSlice } from '../queries/org';
import type { Columns, Runner } from '../queries/types';

export interface PrintRequest {
  readonly org: string | null;
  readonly period: string | null;
}

export interface PrintData {
  readonly meta: Meta;
  readonly filters: Filters;
  readonly asOf: string;
  readonly version: string;
  readonly tally: Columns;
}

/** What was asked for and is not in the data. */
export class PrintProblem extends Error {
  constructor(
    readonly kind: 'org' | 'period',
    readonly value: string,
  ) {
    super(`${kind} ${value}`);
  }
}

export function parsePrintRequest(search: string): PrintRequest & { readonly paper: 'a4' | 'a3' } {
  const params = new URLSearchParams(search);
  return {
    org: params.get('org') || null,
    period: params.get('period') || null,
    paper: params.get('paper')?.toLowerCase() === 'a3' ? 'a3' : 'a4',
  };
}

/** Whether a request asks for what the build printed (then the page needs no query). */
export function isDefaultRequest(request: PrintRequest, printed: Filters): boolean {
  return (request.org ?? printed.org) === printed.org && (request.period ?? printed.period) === printed.period;
}

export async function answerPrint(
  runner: Runner,
  request: PrintRequest,
  manifest: Pick<Manifest, 'dataVersion' | 'asOf' | 'tables'>,
): Promise<PrintData> {
  const meta = await loadMeta(runner, manifest);
  const base = defaultFilters(meta);
  const slice = request.org ? await readSlice(runner, request.org) : undefined;
  if (request.org && slice === undefined) throw new PrintProblem('org', request.org);
  const period = request.period ? meta.periods.find((p) => p.period === request.period) : undefined;
  if (request.period && !period) throw new PrintProblem('period', request.period);
  const filters: Filters = {
    org: request.org ?? base.org,
    period: period?.period ?? base.period,
    year: period ? Number(period.start.slice(0, 4)) : base.year,
  };
  const view = {
    listed: meta.orgs.some((o) => o.id === filters.org),
    slice: filters.org === meta.rootOrg ? undefined : slice,
  };
  const tally = await runner.run(inView({ tally: pointsTally(filters, meta.publish) }, view).tally);
  return { meta, filters, asOf: manifest.asOf, version: manifest.dataVersion, tally };
}
