/** How a figure is written on a page, in a table and in a CSV. */
import { type Locale, type MessageKey, t, valueLabel } from '../i18n/dict';
import type { Value } from '../queries/types';
import type { AttentionReason } from '../sql/attention';
import { POINTS_BAND } from '../sql/listed-members';
import type { OutcomeStatus } from '../sql/topic-tables';

export type Format =
  | 'text'
  | 'value'
  | 'int'
  | 'num1'
  | 'qty'
  | 'pct'
  | 'signed'
  | 'stars'
  | 'month'
  | 'band'
  | 'source'
  | 'period'
  | 'move'
  | 'outcome'
  | 'reasons';

export function formatValue(value: Value, format: Format, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  switch (format) {
    case 'int':
      return numberFormat(locale, 0).format(Math.round(Number(value)));
    case 'num1':
      return numberFormat(locale, 1).format(Number(value));
    case 'qty':
      // A quantity as recorded (72,000 件, 96.5%): decimals only where it has them, two at most.
      return numberFormat(locale, 0, 2).format(Number(value));
    case 'pct':
      return `${(Number(value) * 100).toFixed(1)}%`;
    case 'signed': {
      const n = Math.round(Number(value) * 10) / 10;
      return n > 0 ? `+${n}` : String(n);
    }
    case 'stars':
      return '★'.repeat(Number(value));
    case 'month':
      return locale === 'zh' ? `${Number(value)}月` : MONTHS_EN[Number(value) - 1];
    case 'band':
      return `${value}–${Number(value) + POINTS_BAND - 1}`;
    case 'source':
      return t(
        locale,
        value === 'recorded' ? 'sourceRecorded' : value === 'suggested' ? 'sourceSuggested' : 'sourceNotRated',
      );
    case 'period':
      return periodLabel(String(value), locale);
    case 'move':
      return formatMove(Number(value), locale);
    case 'outcome':
      return t(locale, OUTCOME_WORDS[String(value) as OutcomeStatus] ?? 'outcomeNoTarget');
    case 'value':
      return valueLabel(locale, String(value));
    case 'reasons':
      return String(value)
        .split(',')
        .filter(Boolean)
        .map((code) => t(locale, `attention_${code as AttentionReason}`))
        .join(locale === 'zh' ? '、' : '; ');
    default:
      return String(value);
  }
}

// toLocaleString with a locale builds a new Intl.NumberFormat on every call: a ledger of 600 rows spent
// 100 ms there. One formatter per locale and precision, made once.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: 0 | 1, most: number = digits): Intl.NumberFormat {
  const key = `${locale}${digits}-${most}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: most,
    });
    formats.set(key, f);
  }
  return f;
}

/** Places gained since the previous period (previous place − place): ▲2, ▼1, or unchanged. */
const QUARTERS_ZH = ['一', '二', '三', '四'];
/** One spelling of each month everywhere (the runtime's own short names differ: "Sep" or "Sept"). */
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2025Q4 → 2025年第四季度 / 2025 Q4; 2025-05 → 2025年5月 / May 2025; 2025 → 2025年度. */
export function periodLabel(period: string, locale: Locale): string {
  const q = /^(\d{4})Q([1-4])$/.exec(period);
  if (q) return locale === 'zh' ? `${q[1]}年第${QUARTERS_ZH[Number(q[2]) - 1]}季度` : `${q[1]} Q${q[2]}`;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return locale === 'zh' ? `${m[1]}年${Number(m[2])}月` : `${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}`;
  if (/^\d{4}$/.test(period)) return locale === 'zh' ? `${period}年度` : period;
  return period;
}

/** A place among peers: 第 11 / 21 (11 of 21); just the place when the number of peers is unknown. */
export function formatPlace(rank: Value, of: Value, locale: Locale): string {
  if (rank === null || rank === undefined) return '—';
  const place = formatValue(rank, 'int', locale);
  if (of === null || of === undefined) return place;
  const peers = formatValue(of, 'int', locale);
  return locale === 'zh' ? `第 ${place} / ${peers}` : `${place} of ${peers}`;
}

/** A change of place since the previous period: ▲2 moved up two places, ▼1 down one, = the same. */
export function formatMove(places: number, locale: Locale): string {
  if (!Number.isFinite(places)) return '—';
  if (places === 0) return locale === 'zh' ? '= 持平' : '= same';
  return `${places > 0 ? '▲' : '▼'}${Math.abs(places)}`;
}

/** The word of an outcome metric's status (src/sql/topic-tables.ts), never a colour alone. */
export const OUTCOME_WORDS: Readonly<Record<OutcomeStatus, MessageKey>> = {
  met: 'outcomeMet',
  progressing: 'outcomeProgressing',
  regressed: 'outcomeRegressed',
  no_target: 'outcomeNoTarget',
};

/**
 * An instant (an ISO timestamp in UTC, as the build records it) in the local time of the machine that renders
 * it, with its offset so that no reader mistakes it: 2026-05-01 18:32 (UTC+08:00).
 */
export function localTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (v: number) => String(v).padStart(2, '0');
  const offset = -d.getTimezoneOffset();
  const zone = `UTC${offset < 0 ? '−' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())} (${zone})`;
}
