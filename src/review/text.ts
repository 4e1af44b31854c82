/**
 * The pieces the slides' sentences are made of, in Chinese and English: figures written as the charts write
 * them (charts/format.ts), changes against the year before, charts cut short.
 */
import { type Format, formatValue } from '../charts/format';
import { type CutUnit, cutNote } from '../charts/sentences';
import type { Locale } from '../i18n/dict';
import { type Columns, rows, type Value } from '../queries/types';
import type { ValueFormat } from './model';

/** A figure as the deck writes it: 1,234 · 88.3 · 25.3%. */
export function fig(value: Value, format: ValueFormat | Format, locale: Locale): string {
  return formatValue(value, format, locale);
}

/** An amount as recorded: whole numbers without decimals (19,660), others to one place (12.5). */
export function amount(value: number, locale: Locale): string {
  return fig(value, Number.isInteger(value) ? 'int' : 'num1', locale);
}

/** A number, or null for SQL's NULL (and for a column the query did not return). */
export function num(value: Value | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** The rows of an answer as typed records. */
export function records<T>(columns: Columns | undefined): T[] {
  return columns ? (rows(columns) as unknown as T[]) : [];
}

/** 2025年度 / 2025. */
export function yearLabel(year: number, locale: Locale): string {
  return formatValue(String(year), 'period', locale);
}

/**
 * How a count moved against a period before, as the end of a sentence: 比上年增加 3 个 / 3 more than a year
 * before. `than` names the period compared with (上年, 上年同期); null when there is nothing to compare with.
 */
export function countChange(now: number, before: number | null, locale: Locale, than: 'year' | 'period'): string {
  if (before === null) return '';
  const d = now - before;
  if (locale === 'zh') {
    const ref = than === 'year' ? '上年' : '上年同期';
    if (d === 0) return `，与${ref}持平`;
    return `，比${ref}${d > 0 ? '增加' : '减少'} ${Math.abs(d)} 个`;
  }
  const ref = than === 'year' ? 'the year before' : 'the same period a year before';
  if (d === 0) return `, as many as ${ref}`;
  return `, ${Math.abs(d)} ${d > 0 ? 'more' : 'fewer'} than ${ref}`;
}

/** Names joined as a sentence does: 甲、乙和丙 / A, B and C. */
export function joinNames(names: readonly string[], locale: Locale): string {
  if (names.length <= 1) return names.join('');
  const last = names.at(-1);
  const head = names.slice(0, -1).join(locale === 'zh' ? '、' : ', ');
  return locale === 'zh' ? `${head}和${last}` : `${head} and ${last}`;
}

/** An English ordinal: 1st, 2nd, 3rd, 11th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Bars a chart of organisations draws at most: a committee of 150 branches shows its first 24 and says so. */
export const DECK_BARS = 24;

/** The rows a chart draws, and what it says of those it leaves out (charts/sentences.ts cutNote: 共 150 个 · 显示前 24 个). */
export function bounded<T>(rows: readonly T[], unit: CutUnit, locale: Locale): { shown: T[]; note?: string } {
  const shown = rows.slice(0, DECK_BARS);
  if (shown.length === rows.length) return { shown };
  return { shown, note: cutNote(rows.length, shown.length, unit, locale) };
}
