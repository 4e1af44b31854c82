/**
 * 年度总结 The annual review deck for one year: its slides, built from the
 * dashboards' own queries and panel specs (so a slide and the page it
 * summarises show the same figures), with charts rendered to SVG at build
 * time. Runs wherever a Runner does; the site runs it on native DuckDB.
 */
import type { ChartShape, KpiSpec } from '../charts/spec';
import { DASHBOARDS } from '../dashboards';
import { OVERVIEW_KPIS } from '../dashboards/overview';
import type { DashboardId } from '../dashboards/types';
import type { MessageKey } from '../i18n/dict';
import { defaultPeriod, type Filters } from '../queries/filters';
import type { Meta } from '../queries/meta';
import { type Columns, type Query, type Runner, rows, type Value } from '../queries/types';

export interface DeckChart {
  readonly title: MessageKey;
  /** The panel's note (the overview's ranking says it lists the leading branches only). */
  readonly note?: MessageKey;
  readonly shape: ChartShape;
  readonly data: Columns;
}

export interface DeckList {
  readonly title: MessageKey;
  readonly total: number;
  readonly items: readonly { readonly name: string; readonly detail: string }[];
}

export interface ChangeRow {
  readonly kpi: KpiSpec;
  readonly previous: Value;
  readonly current: Value;
}

export interface DeckSlide {
  readonly id: 'title' | 'numbers' | 'changes' | 'ranking' | 'ratio' | 'points' | 'topics' | 'work' | 'honours';
  readonly title: MessageKey;
  readonly kpis?: Columns;
  readonly changes?: { readonly previousYear: number | null; readonly rows: readonly ChangeRow[] };
  readonly charts?: readonly DeckChart[];
  readonly lists?: readonly DeckList[];
}

export interface Deck {
  readonly year: number;
  readonly filters: Filters;
  readonly slides: readonly DeckSlide[];
}

/** The same filters the dashboards use for `?year=YEAR`: the whole committee, the year's latest quarter. */
export function deckFilters(meta: Meta, year: number): Filters {
  return { year, org: meta.rootOrg, period: defaultPeriod(meta, year) };
}

/** A panel's query and chart, looked up on the dashboard that owns it. */
function panel(
  dashboard: DashboardId,
  id: string,
  f: Filters,
): { query: Query; shape: ChartShape; title: MessageKey; note?: MessageKey } {
  const d = DASHBOARDS[dashboard];
  const spec = d.panels.find((p) => p.id === id);
  const query = d.queries(f)[id];
  if (!spec?.chart || !query) throw new Error(`deck: no chart panel ${dashboard}/${id}`);
  return { query, shape: spec.chart, title: spec.title, note: spec.note };
}

export async function buildDeck(runner: Runner, meta: Meta, year: number): Promise<Deck> {
  const f = deckFilters(meta, year);
  const previousYear = meta.years.includes(year - 1) ? year - 1 : null;
  const kpiQuery = (filters: Filters) => DASHBOARDS.overview.queries(filters).kpis;
  const chart = async (dashboard: DashboardId, id: string): Promise<DeckChart> => {
    const p = panel(dashboard, id, f);
    return { title: p.title, note: p.note, shape: p.shape, data: await runner.run(p.query) };
  };
  const [kpis, previous, ranking, stars, ratio, trend, categories, outcomes, byArea, meetings] = await Promise.all([
    runner.run(kpiQuery(f)),
    previousYear === null ? Promise.resolve(null) : runner.run(kpiQuery(deckFilters(meta, previousYear))),
    chart('overview', 'ranking'),
    chart('branches', 'stars'),
    chart('members', 'ratio'),
    chart('members', 'monthly'),
    chart('members', 'categories'),
    chart('topics', 'outcomes'),
    chart('work', 'byArea'),
    chart('work', 'meetingTypes'),
  ]);
  const honours = await runner.run(DASHBOARDS.members.queries(f).honours);
  const excellentCount = Number(rows(kpis)[0]?.excellent ?? 0);
  return {
    year,
    filters: f,
    slides: [
      { id: 'title', title: 'reviewTitle' },
      { id: 'numbers', title: 'reviewNumbers', kpis },
      { id: 'changes', title: 'reviewChanges', changes: { previousYear, rows: changeRows(kpis, previous) } },
      { id: 'ranking', title: 'reviewRanking', charts: [ranking, stars] },
      { id: 'ratio', title: 'reviewRatio', charts: [ratio] },
      { id: 'points', title: 'reviewPoints', charts: [trend, categories] },
      { id: 'topics', title: 'reviewTopics', charts: [outcomes], lists: [bestTopics(outcomes.data)] },
      { id: 'work', title: 'reviewWork', charts: [byArea, meetings] },
      {
        id: 'honours',
        title: 'reviewHonours',
        lists: [fiveStar(ranking.data, stars.data), excellentMembers(honours, excellentCount)],
      },
    ],
  };
}

function changeRows(current: Columns, previous: Columns | null): ChangeRow[] {
  const now = rows(current)[0] ?? {};
  const before = previous ? (rows(previous)[0] ?? {}) : {};
  return OVERVIEW_KPIS.map((kpi) => ({ kpi, previous: before[kpi.field] ?? null, current: now[kpi.field] ?? null }));
}

/**
 * The five-star branches: named from the overview's leading ranking, counted from the stars chart (all of
 * them: a group's 1,500 are far more than the ranking's leading 30).
 */
function fiveStar(ranking: Columns, stars: Columns): DeckList {
  const items = rows(ranking)
    .filter((r) => Number(r.stars) === 5)
    .map((r) => ({ name: String(r.name), detail: String(Math.round(Number(r.score100) * 10) / 10) }));
  const total = Number(rows(stars).find((r) => Number(r.stars) === 5)?.branches ?? items.length);
  return { title: 'reviewFiveStar', total, items };
}

function excellentMembers(honours: Columns, total: number): DeckList {
  const items = rows(honours)
    .slice(0, 24)
    .map((r) => ({ name: String(r.name), detail: String(r.branch ?? '') }));
  return { title: 'reviewExcellent', total, items };
}

/** Outcome metrics furthest past their targets. */
function bestTopics(outcomes: Columns): DeckList {
  const all = rows(outcomes).filter((r) => r.attainment !== null);
  const items = all.slice(0, 6).map((r) => ({
    name: String(r.title),
    detail: `${r.metric} · ${Math.round(Number(r.attainment) * 1000) / 10}%`,
  }));
  return { title: 'reviewBestTopics', total: all.length, items };
}
