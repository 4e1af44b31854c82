/**
 * Filters (筛选): year, period and organisation subtree. Their state lives in
 * the URL; a value from the URL is kept only if it names something that
 * exists in the data, otherwise the default stands.
 */
import type { Meta } from './meta';

export interface Filters {
  readonly year: number;
  readonly org: string;
  readonly period: string;
}

/**
 * The view a page opens on: the whole committee, in the year of the data's as-of date (the year the data
 * speaks for: a task list's deadlines may run into the next year), else the latest year it covers (a data set
 * with no dated table at all: its as-of year).
 */
export function defaultFilters(meta: Meta): Filters {
  const asOfYear = Number(meta.asOf.slice(0, 4));
  const year = meta.years.includes(asOfYear) ? asOfYear : (meta.years.at(-1) ?? asOfYear);
  return { year, org: meta.rootOrg, period: defaultPeriod(meta, year) };
}

/** The latest quarter of the year, else the latest period of any kind. */
export function defaultPeriod(meta: Meta, year: number): string {
  const inYear = meta.periods.filter((p) => p.start.startsWith(String(year)));
  const quarters = inYear.filter((p) => p.kind === 'quarter');
  return (quarters.at(-1) ?? inYear.at(-1) ?? meta.periods.at(-1))?.period ?? '';
}

export function parseFilters(search: string, meta: Meta, base: Filters = defaultFilters(meta)): Filters {
  const params = new URLSearchParams(search);
  const yearText = params.get('year');
  const year = yearText && meta.years.includes(Number(yearText)) ? Number(yearText) : base.year;
  const orgText = params.get('org');
  const org = orgText && meta.orgs.some((o) => o.id === orgText) ? orgText : base.org;
  const periodText = params.get('period');
  const period =
    periodText && meta.periods.some((p) => p.period === periodText)
      ? periodText
      : year === base.year
        ? base.period
        : defaultPeriod(meta, year);
  return { year, org, period };
}

/** Only what differs from the page's defaults goes in the URL, so the default view has a clean link. */
export function filtersToSearch(filters: Filters, defaults: Filters): string {
  const params = new URLSearchParams();
  if (filters.year !== defaults.year) params.set('year', String(filters.year));
  if (filters.org !== defaults.org) params.set('org', filters.org);
  if (filters.period !== defaults.period) params.set('period', filters.period);
  const s = params.toString();
  return s ? `?${s}` : '';
}
