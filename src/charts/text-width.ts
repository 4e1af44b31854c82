/**
 * About how wide text is drawn, for charts drawn where no font can be measured (the build's SVGs) and for
 * leaving room beside a chart (ECharts places a bar's end label past the grid it is given, and the SVG cuts
 * what runs over). CJK characters, emoji and the arrows a label carries take a full em; the rest a little over half,
 * a shade over the widest of the fonts a page falls back to (DejaVu Sans, Noto Sans CJK's Latin).
 */
const LATIN_EM = 0.6;
const WIDE = /[\u2190-\u27ff\u2e80-\uffff\u{10000}-\u{10ffff}]/u;

/** Whether `text` has a character of a full em (Chinese): such text wraps between any two characters. */
export function hasWideText(text: string): boolean {
  return WIDE.test(text);
}

/** The width of `text` in ems. */
export function emWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : LATIN_EM;
  return em;
}

/** The room `text` takes at a font size, with a little to spare. */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(emWidth(text) * fontSize) + 8;
}

/**
 * The widest word of the names that are written with spaces (English): one a line may not split. Chinese
 * wraps between any two characters, as it is read.
 */
export function widestWord(labels: readonly string[], fontSize: number): number {
  const words = labels.flatMap((l) => l.split(/\s+/)).filter((w) => w && !hasWideText(w));
  return Math.max(0, ...words.map((w) => textWidth(w, fontSize) - 8));
}
