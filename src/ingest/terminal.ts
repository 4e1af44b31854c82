/**
 * Text from the input folder (file and sheet names, header cells, values)
 * shown on a terminal. Control characters in it would move the cursor, clear
 * the screen or retitle the window, and bidirectional controls reverse what
 * follows: such text is shown quoted, with those characters escaped. The
 * report (report.json) keeps the real text as data.
 */
const CLASS = '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]';
const UNSAFE = new RegExp(CLASS, 'g');
const UNSAFE_ONE = new RegExp(CLASS);

const escaped = (c: string) =>
  c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with every unsafe character written as an escape. */
export function escapeControls(text: string): string {
  return UNSAFE_ONE.test(text) ? text.replace(UNSAFE, escaped) : text;
}

/** A name as it can be shown: as it is when harmless, else quoted with its unsafe characters escaped. */
export function shown(name: string): string {
  return UNSAFE_ONE.test(name) ? `"${name.replace(/["\\]/g, '\\$&').replace(UNSAFE, escaped)}"` : name;
}

/** A long list cut to its first few (each cut short too), then how many more of `total` there are. */
export function listShort(items: readonly string[], total = items.length, first = 10, each = 40): string {
  const cut = items.slice(0, first).map((s) => shown(s.length > each ? `${s.slice(0, each)}…` : s));
  const more = total - cut.length;
  return more > 0 ? `${cut.join(', ')} … 及另外 ${more} 项 / and ${more} more` : cut.join(', ');
}
