/**
 * A chart panel, declared once: the query it reads, how its columns become a
 * chart, and the columns of its data table and CSV. Every chart of the site
 * passes through this shape and the one wrapper that renders it.
 */
import type { Locale, MessageKey } from '../i18n/dict';
import type { Meta } from '../queries/meta';
import type { Needs } from '../queries/needs';
import type { Columns } from '../queries/types';
import type { Format } from './format';
import type { CategoryColors, Role } from './theme';

export type ChartKind = 'bar' | 'hbar' | 'stacked' | 'hstacked' | 'line' | 'pie' | 'funnel';

export interface SeriesSpec {
  readonly field: string;
  readonly label: MessageKey;
  /** What the series means, which sets its colour (theme.ts); else the theme's palette in turn. */
  readonly role?: Role;
}

export interface ChartShape {
  readonly kind: ChartKind;
  /** What the chart draws, where the panel's title does not say it: shown only when the chart is. */
  readonly note?: MessageKey;
  /** Column holding the category (axis labels, slice names). */
  readonly category: string;
  readonly categoryFormat?: Format;
  readonly series: readonly SeriesSpec[];
  /** Long format: one line per distinct value of this column (e.g. branch name). */
  readonly seriesBy?: string;
  /**
   * What tells series (or categories) apart when their labels may repeat: a group has many a 第一党支部.
   * Default: the label itself.
   */
  readonly seriesKey?: string;
  readonly categoryKey?: string;
  /**
   * Column whose values order the categories (a period's start), where the rows come in another order: a trend's
   * rows come branch by branch, best first, so that its first lines are the leading branches'.
   */
  readonly categoryOrder?: string;
  /** The order of a line chart's lines, in words, for the note on the lines shown at first. Default: the table's. */
  readonly linesOrder?: MessageKey;
  readonly seriesFormat?: Format;
  /** Column with the organisation id, so each branch keeps its colour across charts. */
  readonly colorKey?: string;
  /** Categories coloured by their value (a pie of star counts), the same whichever values a period has. */
  readonly categoryColors?: CategoryColors;
  /** Column with an organisation id: a click on a bar or slice opens that organisation's page, filters kept. */
  readonly drillOrg?: string;
  /** A label at the end of each bar: its value, then these columns ("96.2 · 优秀 · ▲2"); an empty part is left out. */
  readonly barLabels?: readonly { readonly field: string; readonly format: Format }[];
  readonly valueFormat?: Format;
  /** A reference line at the guidance cap on the excellent ratio. */
  readonly capLine?: boolean;
  /** A target line at this value (1: the 100% an outcome's progress reaches at its target). */
  readonly targetLine?: number;
  /**
   * Each bar coloured by the value of `field` through a palette of meanings (an outcome's status); with
   * `format`, its label says the meaning in words too.
   */
  readonly valueColors?: { readonly field: string; readonly colors: CategoryColors; readonly format?: Format };
  /** Column holding each category's unit, written after its name: 销售额（万元）. */
  readonly categoryUnit?: string;
  /** Each bar carries its value as a label. */
  readonly labels?: boolean;
  /** The chart is drawn only when the data holds these tables (the table stays: src/queries/needs.ts). */
  readonly needs?: Needs;
  readonly height?: number;
}

export interface ColumnSpec {
  readonly field: string;
  readonly label: MessageKey;
  readonly format?: Format;
  /** Link this cell to the page of the organisation whose id is in `field`. */
  readonly linkOrg?: string;
  /** Open the ledger of the member whose id is in this column. */
  readonly linkMember?: string;
  /** With linkMember, on a page that has no ledger: the ledger opens on the page of the organisation in `org`, for `year`. */
  readonly ledgerAt?: { readonly org: string; readonly year: string };
  /**
   * Written with a second column: a place among peers (第 11 / 21) or a fraction (3 / 4); `none` says what a
   * fraction of nothing (0 / 0) means, where a bare "—" would read as missing data.
   */
  readonly of?: { readonly field: string; readonly as: 'place' | 'fraction'; readonly none?: MessageKey };
  /** Shown only when the data holds these tables (a year total needs the points ledger). */
  readonly needs?: Needs;
  /** On a phone before "show all": kept (true) or left (false), where the first columns are not the ones to keep. */
  readonly phone?: boolean;
}

export interface PanelSpec {
  /** The query key this panel reads; also its DOM id. */
  readonly id: string;
  readonly title: MessageKey;
  readonly chart?: ChartShape;
  readonly columns: readonly ColumnSpec[];
  /** Panels spanning the full width of the grid. */
  readonly wide?: boolean;
  readonly note?: MessageKey;
  /** A column holding how many rows there are in all, when the query itself lists the first few only. */
  readonly totalField?: string;
  /** Shown only where this holds (an internal build's members needing attention). */
  readonly when?: (meta: Meta) => boolean;
  /** The source tables the panel is made of: without them it says what the data lacks (src/queries/needs.ts). */
  readonly needs?: Needs;
  /** What the panel says when its query answers no rows (default: 暂无数据). */
  readonly empty?: MessageKey;
  /** A sentence made from the page's answers, under the title: the figure's headline (12 项指标中 7 项达标). */
  readonly summary?: (page: Readonly<Record<string, Columns>>, locale: Locale) => string | null;
}

export interface KpiSpec {
  readonly field: string;
  readonly label: MessageKey;
  readonly format: Format;
  /** A second figure under the first: e.g. "203 / 777" or the cap. */
  readonly detail?: (row: Record<string, unknown>, locale: Locale) => string;
  /** A qualification of the figure, on a line of its own where it applies (含按积分建议 106 人). */
  readonly note?: (row: Record<string, unknown>, locale: Locale) => string | null;
  /** The same figure a year or a period before (`field`), and which year or period that was (`when`). */
  readonly previous?: { readonly field: string; readonly when: string; readonly kind: 'year' | 'period' };
  /** The figure over time: a column of one of the page's trend answers, drawn as a small line. */
  readonly trend?: { readonly table: string; readonly field: string };
  /** A limit the figure is read against (the cap on the excellent ratio): the card states where it stands. */
  readonly capField?: string;
  /** Shown only when the data holds these tables. */
  readonly needs?: Needs;
}
