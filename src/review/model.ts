/**
 * 年度总结 The review deck in two forms. DeckData: one organisation's figures for a year, as the queries
 * answered them (src/queries/deck.ts), the same whichever language the deck is shown in. DeckDoc: the deck
 * in one language, every text resolved (headlines, labels, notes) and every chart as data; the web deck
 * (components/DeckSlides.tsx) and the PowerPoint file (review/pptx.ts) are both drawn from it.
 * Browser-safe, and plain data (it travels in the page as JSON).
 */
import type { Locale } from '../i18n/dict';
import type { DeckQueryKey } from '../queries/deck';
import type { Sources } from '../queries/needs';
import type { Columns } from '../queries/types';

export interface DeckOrg {
  readonly id: string;
  readonly name: string;
  readonly type: string;
}

export interface DeckData {
  readonly year: number;
  /** The year before, when the data holds it (the changes slide compares with it). */
  readonly previousYear: number | null;
  readonly org: DeckOrg;
  /** The assessment period the headline average score is of (the year's last quarter), and the year before's. */
  readonly period: string;
  readonly previousPeriod: string;
  readonly asOf: string;
  readonly excellentCap: number;
  /** Rows of each source table (Meta.sources): a figure whose tables the data lacks is not shown, not shown as 0. */
  readonly sources: Sources;
  readonly figures: Readonly<Record<DeckQueryKey, Columns>>;
}

export type SlideId =
  | 'numbers'
  | 'changes'
  | 'ranking'
  | 'stars'
  | 'ratio'
  | 'points'
  | 'topics'
  | 'outcomes'
  | 'tasks'
  | 'meetings'
  | 'honours'
  | 'problems'
  | 'plans';

/** How a chart's values are written: on its labels, its axis and in the PowerPoint chart's number format. */
export type ValueFormat = 'int' | 'num1' | 'pct';

export interface DeckSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** A colour of src/charts/theme.ts, as #rrggbb. */
  readonly color: string;
  /** A colour per value (an outcome metric's status), for a chart of one series; else `color` for all. */
  readonly colors?: readonly string[];
}

export interface DeckChart {
  readonly title: string;
  /** Horizontal bars (names down the side) or vertical columns. */
  readonly orientation: 'horizontal' | 'vertical';
  readonly stacked: boolean;
  readonly categories: readonly string[];
  readonly series: readonly DeckSeries[];
  readonly format: ValueFormat;
  /** What the values count, written on the value axis: 分, 个, %. */
  readonly unit: string;
  /** A line the values are read against (the cap, the target, the excellent band). */
  readonly target?: { readonly value: number; readonly label: string };
  /** What the chart leaves out, said under it. */
  readonly note?: string;
}

export interface DeckKpi {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly raw: number | null;
  readonly detail?: string;
}

export interface DeckChangeRow {
  readonly key: string;
  readonly label: string;
  readonly previous: string;
  readonly current: string;
  readonly change: string;
  readonly direction: 'up' | 'down' | 'same';
  readonly rawPrevious: number | null;
  readonly rawCurrent: number | null;
}

export interface DeckListItem {
  readonly name: string;
  readonly detail: string;
}

export type DeckBlock =
  | {
      readonly kind: 'kpis';
      readonly items: readonly DeckKpi[];
      /** The figures the data cannot make, each with the table it lacks (未显示的指标：…), as the overview says. */
      readonly leftOut?: string;
    }
  | { readonly kind: 'changes'; readonly head: readonly string[]; readonly rows: readonly DeckChangeRow[] }
  | { readonly kind: 'chart'; readonly chart: DeckChart }
  | {
      readonly kind: 'list';
      readonly title: string;
      /** How many there are and how many are named (共 203 人 · 显示前 24 人). */
      readonly count: string;
      readonly items: readonly DeckListItem[];
    }
  /** Lines for the presenter to write (问题与不足, 明年工作打算): editable on the web and in PowerPoint. */
  | { readonly kind: 'prompts'; readonly items: readonly string[] };

export interface SlideDoc {
  readonly id: SlideId;
  /** What the slide is about, above its headline: 支部考核排名. */
  readonly kicker: string;
  /** The one message, a sentence made from the slide's figures. */
  readonly headline: string;
  readonly blocks: readonly DeckBlock[];
  /** Speaker notes: the figures behind the headline. */
  readonly notes: readonly string[];
}

export interface DeckCover {
  readonly title: string;
  readonly org: string;
  readonly yearLabel: string;
  readonly asOf: string;
}

export interface DeckDoc {
  readonly locale: Locale;
  readonly year: number;
  readonly org: { readonly id: string; readonly name: string };
  readonly cover: DeckCover;
  /** Under every slide but the cover: the organisation and the year. */
  readonly footer: string;
  /** The slides after the cover, in order; those with nothing to show are left out. */
  readonly slides: readonly SlideDoc[];
}

/** The ids of the page's JSON blocks: the deck shown (for the PPTX button), the decks with a page (review/paths.ts). */
export const DECK_DOC = 'deck-doc';
export const DECK_PAGES = 'deck-pages';

/**
 * A value as the text of a `<script type="application/json">` block. Names from an export may hold `</script>`
 * or `<!--`: every `<` is written as \u003c, which JSON reads back as the same character.
 */
export function deckJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
