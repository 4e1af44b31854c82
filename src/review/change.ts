/** How a headline figure moved against the year before: percentage points for ratios, plain difference otherwise. */
import { formatValue } from '../charts/format';
import type { Locale } from '../i18n/dict';
import type { ChangeRow } from './deck';

export function changeText(row: ChangeRow, locale: Locale): { text: string; direction: 'up' | 'down' | 'same' } {
  if (row.previous === null || row.current === null) return { text: '—', direction: 'same' };
  const delta = Number(row.current) - Number(row.previous);
  const direction = Math.abs(delta) < 1e-9 ? 'same' : delta > 0 ? 'up' : 'down';
  const arrow = direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : '';
  if (row.kpi.format === 'pct') {
    const points = Math.round(delta * 1000) / 10;
    return { text: `${arrow}${points > 0 ? '+' : ''}${points} ${locale === 'zh' ? '个百分点' : 'pp'}`, direction };
  }
  return { text: `${arrow}${formatValue(delta, 'signed', locale)}`, direction };
}
