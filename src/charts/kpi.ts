/**
 * What a headline figure says beside its value: the change since the year (or period) before, and its
 * state against a limit. Pure, shared by the pages and their tests.
 */
import { type Locale, t, tf } from '../i18n/dict';
import type { Value } from '../queries/types';
import { formatValue, periodLabel } from './format';
import type { KpiSpec } from './spec';

/** The excellent ratio against its guidance cap: below it, within a tenth of it, or over it. */
export type KpiState = 'belowCap' | 'nearCap' | 'overCap';
export const NEAR_CAP = 0.9;

export function kpiState(spec: KpiSpec, row: Record<string, Value>): KpiState | null {
  if (!spec.capField) return null;
  const [value, cap] = [row[spec.field], row[spec.capField]];
  if (value == null || cap == null || Number(cap) <= 0) return null;
  const share = Number(value) / Number(cap);
  return share > 1 ? 'overCap' : share >= NEAR_CAP ? 'nearCap' : 'belowCap';
}

export interface KpiChange {
  /** The change in the figure's own unit (a ratio's in percentage points ×100). */
  readonly delta: number;
  readonly text: string;
}

/** "▲ 2.3 个百分点 较2024年" — or null when the data has no earlier figure to compare with. */
export function kpiChange(spec: KpiSpec, row: Record<string, Value>, locale: Locale): KpiChange | null {
  if (!spec.previous) return null;
  const [now, before, when] = [row[spec.field], row[spec.previous.field], row[spec.previous.when]];
  if (now == null || before == null || when == null) return null;
  const raw = Number(now) - Number(before);
  const delta = spec.format === 'pct' ? Math.round(raw * 1000) / 10 : Math.round(raw * 10) / 10;
  const arrow = delta > 0 ? '▲' : delta < 0 ? '▼' : '';
  const amount =
    delta === 0
      ? t(locale, 'changeNone')
      : spec.format === 'pct'
        ? tf(locale, 'changePoints', { n: formatValue(Math.abs(delta), 'num1', locale) })
        : formatValue(Math.abs(delta), spec.format === 'int' ? 'int' : 'num1', locale);
  const against =
    spec.previous.kind === 'year'
      ? tf(locale, 'againstYear', { year: String(when) })
      : tf(locale, 'againstPeriod', { period: periodLabel(String(when), locale) });
  return { delta, text: `${arrow}${arrow ? ' ' : ''}${amount} ${against}` };
}
