/**
 * Every colour the charts and the notice board use, defined here and nowhere else:
 *  - the ECharts themes (the site's light and dark, the board screen's red and gold), registered once by
 *    echarts.ts, so the build's SVG and the live chart draw with the same ink;
 *  - the semantic palette: what a colour means (bonus, deduction, the target line, overdue, a rating band,
 *    a star count), which a dashboard names instead of a colour;
 *  - the board screen's colours, which its HTML bars read as CSS variables.
 * Browser-safe and free of ECharts, so the option builder and the board import it without loading ECharts.
 */

const RED = '#c8161d';
const GOLD = '#e0a100';
const BLUE = '#2f6db5';
const GREEN = '#3a9b5c';
const PURPLE = '#8a5cc2';
const ORANGE = '#d9641e';
const TEAL = '#4aa8b8';
const GREY = '#8a8f98';

/** Series without a meaning of their own take these in turn (pie slices, a dimension per series). */
export const PALETTE: readonly string[] = [RED, GOLD, BLUE, GREEN, PURPLE, ORANGE, TEAL, GREY];

/** What a series means; its colour follows from it, the same on every page. */
export const ROLE_COLORS = {
  /** A page's main measure (a score, an average, meetings held). */
  measure: RED,
  /** A second measure read beside the first (attendance beside completion, members per score band). */
  compare: BLUE,
  /** The part read beside the whole (sub-topics beside topics, suggested beside recorded ratings). */
  share: GOLD,
  /** What a measure is read against (the yearly quota). */
  reference: GREY,
  bonus: RED,
  deduction: GREY,
  /** The guidance cap on the excellent ratio, and any target line. */
  target: RED,
  /** The best and the worst of a range (the highest and lowest branch score). */
  high: GREEN,
  low: GOLD,
  /** Tasks and topics: done (on time), done late or still in progress, overdue, not yet due. */
  done: GREEN,
  late: GOLD,
  overdue: RED,
  pending: GREY,
} as const;

export type Role = keyof typeof ROLE_COLORS;

/** A headline figure against its limit (charts/kpi.ts): each state also says itself in words. */
export const KPI_STATE_COLORS = { belowCap: GREEN, nearCap: GOLD, overCap: RED } as const;

/** Branch rating bands (支部考核 优秀/良好/一般/较差), the highest first. */
export const RATING_COLORS: Readonly<Record<string, string>> = { 优秀: RED, 良好: GOLD, 一般: BLUE, 较差: GREY };

/** Star ratings, five to one: a star count keeps its colour whichever counts a period has. */
export const STAR_COLORS: Readonly<Record<string, string>> = { 5: RED, 4: GOLD, 3: BLUE, 2: GREEN, 1: PURPLE };

/**
 * Topic outcome metrics by status (src/sql/topic-tables.ts): met, in progress, gone backwards from the baseline
 * (its own colour, never read as progress), no target. The status is also written as a word beside the colour.
 */
export const OUTCOME_COLORS: Readonly<Record<string, string>> = {
  met: GREEN,
  progressing: BLUE,
  regressed: ORANGE,
  no_target: GREY,
};

/** Colours given to the categories of a chart by their value (a pie of star counts, outcome bars by status). */
export const CATEGORY_COLORS = { stars: STAR_COLORS, rating: RATING_COLORS, outcome: OUTCOME_COLORS } as const;
export type CategoryColors = keyof typeof CATEGORY_COLORS;

/** A stable colour for each basic organisation, the same in every chart of every page (-1: none). */
export function branchColor(index: number): string {
  if (index < 0) return GREY;
  const hue = Math.round((index * 137.508 + 8) % 360);
  return `hsl(${hue}, 58%, ${index % 2 ? 44 : 52}%)`;
}

/** The registered ECharts themes: the site's two, and the board screen's red and gold. */
export type ThemeName = 'light' | 'dark' | 'red';

interface Ink {
  readonly text: string;
  readonly grid: string;
  /** What a downloaded PNG is drawn on (the chart itself is transparent over its panel). */
  readonly paper: string;
  readonly palette: readonly string[];
}

const INK: Record<ThemeName, Ink> = {
  light: { text: '#2b2f36', grid: '#e3e6eb', paper: '#ffffff', palette: PALETTE },
  dark: { text: '#d8dce3', grid: '#3a3f48', paper: '#16191e', palette: PALETTE },
  red: {
    text: '#fff6dc',
    grid: 'rgba(255, 221, 140, 0.35)',
    paper: '#7d0610',
    palette: ['#ffd34d', '#fff6dc', '#f3d9a4', '#e9b730', '#ffe28a', GREY],
  },
};

// Single quotes: ECharts' SSR writes this into a double-quoted style attribute without escaping it.
const FONT = "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

export function paperColor(theme: ThemeName): string {
  return INK[theme].paper;
}

/** The text colour of a theme, for what is drawn beside a chart (a downloaded PNG's heading). */
export function inkColor(theme: ThemeName): string {
  return INK[theme].text;
}

/** The ECharts theme object registered under `name`: text, axes, legend and the default palette. */
export function echartsTheme(name: ThemeName): Record<string, unknown> {
  const { text, grid, palette } = INK[name];
  const axis = {
    axisLabel: { color: text },
    axisLine: { lineStyle: { color: grid } },
    splitLine: { lineStyle: { color: grid } },
  };
  return {
    color: palette,
    backgroundColor: 'transparent',
    textStyle: { color: text, fontFamily: FONT },
    legend: { textStyle: { color: text } },
    categoryAxis: axis,
    valueAxis: axis,
    // Value labels at a bar's end or a point sit on the page, not on the bar: the page's ink (ECharts' own
    // default is a dark grey, unreadable on the dark theme).
    bar: { label: { color: text } },
    line: { label: { color: text } },
    pie: { label: { color: text } },
    funnel: { label: { color: text } },
  };
}

export const THEMES: readonly ThemeName[] = ['light', 'dark', 'red'];

/** The theme of the SVG the build renders for a page's first view (it cannot know the reader's). */
export const BUILD_THEME: ThemeName = 'light';

/** The notice board's screen themes (its `theme` URL parameter), the default first. */
export const SCREEN_THEMES = ['dark', 'red'] as const;
export type ScreenTheme = (typeof SCREEN_THEMES)[number];

/** The top three of a ranking, marked as medals on the board (with their number and name, never colour alone). */
const MEDALS = { '--gold': '#f2c14e', '--silver': '#c9d1db', '--bronze': '#d08a4f', '--on-medal': '#1a1200' };

/** The board's colours as the CSS variables its stylesheet reads (screen.css). */
export const SCREEN_COLORS: Record<ScreenTheme, Readonly<Record<string, string>>> = {
  dark: {
    ...MEDALS,
    '--panel': 'rgba(255, 255, 255, 0.035)',
    '--warn': '#ff8a65',
    '--met': '#7ad39a',
    '--bg': 'radial-gradient(circle at 20% 0%, #1d2433 0%, #0b0e14 70%)',
    '--text': '#f3f4f6',
    '--muted': '#aab2bf',
    '--accent': '#f2c14e',
    '--fill': 'linear-gradient(90deg, #b3121b, #ef4b50)',
    '--track': 'rgba(255, 255, 255, 0.08)',
    '--rule': 'rgba(255, 255, 255, 0.14)',
  },
  red: {
    ...MEDALS,
    '--panel': 'rgba(0, 0, 0, 0.14)',
    '--warn': '#ffe28a',
    '--met': '#fff6dc',
    '--bg': 'linear-gradient(160deg, #b0101c 0%, #7d0610 60%, #5c040b 100%)',
    '--text': INK.red.text,
    '--muted': '#f3d9a4',
    '--accent': '#ffd34d',
    '--fill': 'linear-gradient(90deg, #e9b730, #ffe28a)',
    '--track': 'rgba(255, 255, 255, 0.14)',
    '--rule': INK.red.grid,
  },
};

/** The review deck's ink, on the web (screen.css uses the same values) and in the PowerPoint file (review/pptx.ts). */
export const DECK_INK = {
  /** The band across the top, the headline, a KPI's figure. */
  accent: RED,
  headline: '#b5121b',
  rule: GOLD,
  text: '#22262d',
  muted: '#6b7280',
  paper: '#ffffff',
  /** The cover: a red ground, gold title, cream text. */
  cover: '#a9101a',
  coverTitle: '#ffd34d',
  coverText: '#fff6dc',
} as const;
/** The printed 公示表: black on white for any office printer, one rule colour and the committee's red title. */
export const PRINT_COLORS: Readonly<Record<string, string>> = {
  '--ink': '#000000',
  '--muted': '#4b5563',
  '--rule': '#6b7280',
  '--title': RED,
};
