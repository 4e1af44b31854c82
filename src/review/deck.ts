/**
 * 年度总结 The annual review deck for one year: its slides, built from the
 * dashboards' own queries and panel specs (so a slide and the page it
 * summarises show the same figures), with charts rendered to SVG at build
 * time. Runs wherever a Runner does; the site runs it on native DuckDB.
 *
 * A slide the data has nothing for is left out (a data set of topics alone gives a deck of its topics), and a
 * chart with no rows that year is left off its slide: a deck is shown to leadership, and an empty chart there
 * says something the data does not.
 */
import type { CutUnit, OutcomeCounts, Team } from '../charts/sentences';
import { outcomeCounts, teamOf } from '../charts/sentences';
import type { ChartShape, KpiSpec } from '../charts/spec';
import { shownKpis } from '../components/Kpis';
import { DASHBOARDS } from '../dashboards';
import { OVERVIEW_KPIS } from '../dashboards/overview';
import type { DashboardId } from '../dashboards/types';
import type { MessageKey } from '../i18n/dict';
import { defaultPeriod, type Filters } from '../queries/filters';
import type { Meta } from '../queries/meta';
import { meets } from '../queries/needs';
import { teamTotalsQuery } from '../queries/topics';
import { type Columns, type Query, type Runner, rowCount, rows, type Value } from '../queries/types';
import type { OutcomeStatus } from '../sql/topic-tables';

export interface DeckChart {
  readonly title: MessageKey;
  /** The panel's note (the overview's ranking says it lists the leading branches only). */
  readonly note?: MessageKey;
  readonly shape: ChartShape;
  readonly data: Columns;
}

export interface DeckListItem {
  readonly name: string;
  readonly detail: string;
  /** An outcome metric's status, written as its word beside it. */
  readonly status?: OutcomeStatus;
  /** A rating suggested from points, not recorded: labelled 建议 wherever it is listed. */
  readonly suggested?: boolean;
}

export interface DeckList {
  readonly title: MessageKey;
  /** How many the list has in all; `items` may be its first ones only, and the slide says so (共 203 人 · 显示前 24 人). */
  readonly total: number;
  readonly unit: CutUnit;
  readonly items: readonly DeckListItem[];
}

export interface ChangeRow {
  readonly kpi: KpiSpec;
  readonly previous: Value;
  readonly current: Value;
}

/** A sentence a slide leads with, made from its figures (src/charts/sentences.ts) in the deck's language. */
export type Headline =
  | { readonly kind: 'outcomes'; readonly counts: OutcomeCounts }
  | { readonly kind: 'team'; readonly team: Team };

export interface DeckSlide {
  readonly id: 'title' | 'numbers' | 'changes' | 'ranking' | 'ratio' | 'points' | 'topics' | 'work' | 'honours';
  readonly title: MessageKey;
  readonly kpis?: Columns;
  readonly changes?: { readonly previousYear: number; readonly rows: readonly ChangeRow[] };
  readonly headlines?: readonly Headline[];
  readonly charts?: readonly DeckChart[];
  readonly lists?: readonly DeckList[];
}

export interface Deck {
  readonly year: number;
  readonly filters: Filters;
  readonly slides: readonly DeckSlide[];
}

/** Names an honour list shows at most; the slide says how many there are in all. */
export const DECK_HONOUR_NAMES = 24;
/** Outcome metrics a topics slide lists at most. */
export const DECK_OUTCOMES = 6;

/** The same filters the dashboards use for `?year=YEAR`: the whole committee, the year's latest quarter. */
export function deckFilters(meta: Meta, year: number): Filters {
  return { year, org: meta.rootOrg, period: defaultPeriod(meta, year) };
}

/** A panel's query and chart, looked up on the dashboard that owns it; null when the data cannot make it. */
function panel(
  meta: Meta,
  dashboard: DashboardId,
  id: string,
  f: Filters,
): { query: Query; shape: ChartShape; title: MessageKey; note?: MessageKey } | null {
  const d = DASHBOARDS[dashboard];
  const spec = d.panels.find((p) => p.id === id);
  const query = d.queries(f)[id];
  if (!spec?.chart || !query) throw new Error(`deck: no chart panel ${dashboard}/${id}`);
  if (!meets(meta.sources, spec.needs) || !meets(meta.sources, spec.chart.needs)) return null;
  return { query, shape: spec.chart, title: spec.title, note: spec.note };
}

export async function buildDeck(runner: Runner, meta: Meta, year: number): Promise<Deck> {
  const f = deckFilters(meta, year);
  const previousYear = meta.years.includes(year - 1) ? year - 1 : null;
  const kpiQuery = (filters: Filters) => DASHBOARDS.overview.queries(filters).kpis;
  /** A chart of the year, or null when the data cannot make it or it has no rows this year. */
  const chart = async (dashboard: DashboardId, id: string): Promise<DeckChart | null> => {
    const p = panel(meta, dashboard, id, f);
    if (!p) return null;
    const data = await runner.run(p.query);
    return rowCount(data) > 0 ? { title: p.title, note: p.note, shape: p.shape, data } : null;
  };
  const run = (q: Query | undefined) => (q ? runner.run(q) : Promise.resolve({} as Columns));
  const members = DASHBOARDS.members.queries(f);
  const [kpis, previous, ranking, stars, ratio, trend, categories, outcomes, funnel, byArea, meetings] =
    await Promise.all([
      runner.run(kpiQuery(f)),
      previousYear === null ? Promise.resolve(null) : runner.run(kpiQuery(deckFilters(meta, previousYear))),
      chart('overview', 'ranking'),
      chart('branches', 'stars'),
      chart('members', 'ratio'),
      chart('members', 'monthly'),
      chart('members', 'categories'),
      chart('topics', 'outcomes'),
      chart('topics', 'funnel'),
      chart('work', 'byArea'),
      chart('work', 'meetingTypes'),
    ]);
  const honours = meets(meta.sources, ['members']) ? await run(members.honours) : {};
  const team = meets(meta.sources, ['topic_owners']) ? teamOf(await runner.run(teamTotalsQuery(f))) : null;
  const topicsThisYear = funnel !== null && rows(funnel.data).some((r) => Number(r.topics) + Number(r.subtopics) > 0);
  const changes = previousYear === null ? [] : changeRows(meta, kpis, previous);
  const lists = {
    fiveStar: ranking && stars ? fiveStar(ranking.data, stars.data) : null,
    excellent: rowCount(honours) > 0 ? excellentMembers(honours) : null,
    outcomes: outcomes ? outcomeList(outcomes.data) : null,
  };
  const slides: (DeckSlide | false)[] = [
    { id: 'title', title: 'reviewTitle' },
    shownKpis(OVERVIEW_KPIS, meta.sources).length > 0 && { id: 'numbers', title: 'reviewNumbers', kpis },
    previousYear !== null &&
      changes.length > 0 && { id: 'changes', title: 'reviewChanges', changes: { previousYear, rows: changes } },
    ranking !== null && { id: 'ranking', title: 'reviewRanking', charts: present([ranking, stars]) },
    ratio !== null && { id: 'ratio', title: 'reviewRatio', charts: [ratio] },
    (trend !== null || categories !== null) &&
      hasPoints(trend) && { id: 'points', title: 'reviewPoints', charts: present([trend, categories]) },
    (outcomes !== null || topicsThisYear) && {
      id: 'topics',
      title: 'reviewTopics',
      headlines: [
        ...(outcomes ? [{ kind: 'outcomes', counts: outcomeCounts(outcomes.data) } as const] : []),
        ...(team ? [{ kind: 'team', team } as const] : []),
      ],
      charts: present([outcomes ?? funnel]),
      lists: lists.outcomes ? [lists.outcomes] : [],
    },
    (byArea !== null || meetings !== null) && { id: 'work', title: 'reviewWork', charts: present([byArea, meetings]) },
    (lists.fiveStar !== null || lists.excellent !== null) && {
      id: 'honours',
      title: 'reviewHonours',
      lists: present([lists.fiveStar, lists.excellent]),
    },
  ];
  return { year, filters: f, slides: slides.filter((s): s is DeckSlide => s !== false) };
}

const present = <T>(items: readonly (T | null)[]): T[] => items.filter((x): x is T => x !== null);

/** A points slide only for a year with entries: twelve months of zero are not highlights. */
function hasPoints(trend: DeckChart | null): boolean {
  return trend === null || rows(trend.data).some((r) => Number(r.bonus) !== 0 || Number(r.deduction) !== 0);
}

/** The headline figures the data can make, this year beside the year before. */
function changeRows(meta: Meta, current: Columns, previous: Columns | null): ChangeRow[] {
  const now = rows(current)[0] ?? {};
  const before = previous ? (rows(previous)[0] ?? {}) : {};
  return shownKpis(OVERVIEW_KPIS, meta.sources).map((kpi) => ({
    kpi,
    previous: before[kpi.field] ?? null,
    current: now[kpi.field] ?? null,
  }));
}

/**
 * The five-star branches: named from the overview's leading ranking, counted from the stars chart (all of
 * them: a group's 1,500 are far more than the ranking's leading 30), and the list says how many it names.
 */
function fiveStar(ranking: Columns, stars: Columns): DeckList | null {
  const items = rows(ranking)
    .filter((r) => Number(r.stars) === 5)
    .map((r) => ({ name: String(r.name), detail: String(Math.round(Number(r.score100) * 10) / 10) }));
  const total = Number(rows(stars).find((r) => Number(r.stars) === 5)?.branches ?? items.length);
  return total > 0 ? { title: 'reviewFiveStar', total, unit: 'orgs', items } : null;
}

/** The honour roll's first names (src/sql/honours.ts: recorded ratings, suggested ones labelled), and how many in all. */
function excellentMembers(honours: Columns): DeckList {
  const all = rows(honours);
  const items = all.slice(0, DECK_HONOUR_NAMES).map((r) => ({
    name: String(r.name),
    detail: String(r.branch ?? ''),
    suggested: r.rating_source === 'suggested',
  }));
  return { title: 'reviewExcellent', total: all.length, unit: 'people', items };
}

/**
 * Outcome metrics: those that met their target, furthest past it first; when none did, the ones furthest
 * along, each with its status word, under a title that says so (never 成效突出 of metrics short of target).
 */
function outcomeList(outcomes: Columns): DeckList | null {
  const all = rows(outcomes).filter((r) => r.progress !== null);
  const met = all.filter((r) => r.status === 'met');
  const listed = met.length > 0 ? met : all;
  if (listed.length === 0) return null;
  const items = listed.slice(0, DECK_OUTCOMES).map((r) => ({
    name: String(r.title),
    detail: `${r.metric} · ${figure(r.actual)} / ${figure(r.target)}${r.unit ? ` ${r.unit}` : ''} · ${Math.round(Number(r.progress) * 1000) / 10}%`,
    status: r.status as OutcomeStatus,
  }));
  return {
    title: met.length > 0 ? 'reviewMetTopics' : 'reviewClosestTopics',
    total: listed.length,
    unit: 'metrics',
    items,
  };
}

const figure = (v: Value) => (v === null ? '—' : String(Math.round(Number(v) * 10) / 10));
