/** Headline figures. Each carries its raw value in data-value, so tests compare numbers, not text. */
import { formatValue } from '../charts/format';
import type { KpiSpec } from '../charts/spec';
import { type Locale, t } from '../i18n/dict';
import { type Columns, rows } from '../queries/types';

export function Kpis({ specs, data, locale }: { specs: readonly KpiSpec[]; data: Columns; locale: Locale }) {
  const row = rows(data)[0] ?? {};
  return (
    <dl className="kpis">
      {specs.map((k) => (
        <div className="kpi" key={k.field} data-kpi={k.field} data-value={row[k.field] ?? ''}>
          <dt>{t(locale, k.label)}</dt>
          <dd>
            <span className="value">{formatValue(row[k.field] ?? null, k.format, locale)}</span>
            {k.detail && <span className="detail">{k.detail(row)}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
