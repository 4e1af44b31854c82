/**
 * 年度总结 One organisation's review deck for a year: its figures read once (DeckData, whichever runner: native
 * DuckDB at build time and in `npm run deck`, DuckDB-WASM in the page for an organisation without a page of its
 * own), then the deck in a language (DeckDoc): each slide made from its figures by its own module, and left
 * out when it has nothing to show.
 */
import { type Locale, t } from '../i18n/dict';
import { DECK_QUERY_KEYS, deckQueries } from '../queries/deck';
import { defaultPeriod, type Filters } from '../queries/filters';
import type { Meta } from '../queries/meta';
import { type Columns, type Runner, rows } from '../queries/types';
import type { DeckData, DeckDoc, SlideDoc } from './model';
import { changesSlide } from './slides/changes';
import { honoursSlide } from './slides/honours';
import { meetingsSlide } from './slides/meetings';
import { numbersSlide } from './slides/numbers';
import { outcomesSlide } from './slides/outcomes';
import { pointsSlide } from './slides/points';
import { promptSlides } from './slides/prompts';
import { rankingSlide } from './slides/ranking';
import { ratioSlide } from './slides/ratio';
import { starsSlide } from './slides/stars';
import { tasksSlide } from './slides/tasks';
import { topicsSlide } from './slides/topics';
import { yearLabel } from './text';

export interface DeckRequest {
  readonly year: number;
  /** Any organisation of the data; the whole committee when not given. */
  readonly org?: string;
  /** In the page: the slice its member-level tables are read as (queries/org.ts readSlice). */
  readonly slice?: string;
}

/** The organisation is not in the data: said with its id, in both languages. */
export class UnknownOrgError extends Error {
  constructor(readonly org: string) {
    super(`数据中没有组织 “${org}” / no organisation “${org}” in the data`);
  }
}

/** The assessment period a year's headline score is of; none for a year without assessments. */
function periodOf(meta: Meta, year: number): string {
  return meta.periods.some((p) => p.start.startsWith(String(year))) ? defaultPeriod(meta, year) : '';
}

export async function buildDeckData(runner: Runner, meta: Meta, request: DeckRequest): Promise<DeckData> {
  const { year } = request;
  const org = request.org ?? meta.rootOrg;
  const previousYear = meta.years.includes(year - 1) ? year - 1 : null;
  const f: Filters = { year, org, period: periodOf(meta, year) };
  const before: Filters = { year: year - 1, org, period: previousYear === null ? '' : periodOf(meta, year - 1) };
  const listed = meta.orgs.some((o) => o.id === org);
  const slice = org === meta.rootOrg ? undefined : request.slice;
  const queries = deckQueries(f, before, { listed, slice });
  const answers = await Promise.all(DECK_QUERY_KEYS.map((key) => runner.run(queries[key])));
  const figures = Object.fromEntries(DECK_QUERY_KEYS.map((key, i) => [key, answers[i]])) as Record<
    (typeof DECK_QUERY_KEYS)[number],
    Columns
  >;
  const found = rows(figures.org)[0];
  // A data set without its organisations (a topics workbook alone) still has the whole data's deck, unnamed.
  if (!found && !(org === meta.rootOrg && (meta.sources.organizations ?? 0) === 0)) throw new UnknownOrgError(org);
  return {
    year,
    previousYear,
    org: { id: org, name: found ? String(found.name) : '', type: found ? String(found.type) : '' },
    period: f.period,
    previousPeriod: before.period,
    asOf: meta.asOf,
    excellentCap: meta.excellentCap,
    sources: meta.sources,
    figures,
  };
}

/** The slides in the order a review is given; each is null when it has nothing to show. */
const SLIDES: readonly ((data: DeckData, locale: Locale) => SlideDoc | null)[] = [
  numbersSlide,
  changesSlide,
  rankingSlide,
  starsSlide,
  ratioSlide,
  pointsSlide,
  topicsSlide,
  outcomesSlide,
  tasksSlide,
  meetingsSlide,
  honoursSlide,
];

export function deckDoc(data: DeckData, locale: Locale): DeckDoc {
  const year = yearLabel(data.year, locale);
  const figures = SLIDES.map((slide) => slide(data, locale)).filter((s): s is SlideDoc => s !== null);
  return {
    locale,
    year: data.year,
    org: { id: data.org.id, name: data.org.name },
    cover: {
      title: locale === 'zh' ? `${data.year}${t(locale, 'reviewTitle')}` : `${t(locale, 'reviewTitle')}, ${year}`,
      org: data.org.name,
      yearLabel: year,
      asOf: `${t(locale, 'dataAsOf')} ${data.asOf}`,
    },
    footer: data.org.name ? `${data.org.name} · ${year}` : year,
    // The presenter's own slides follow the figures, whatever the data holds.
    slides: [...figures, ...promptSlides(locale)],
  };
}
