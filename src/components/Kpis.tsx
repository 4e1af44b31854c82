/**
 * Headline figures. Each carries its raw value in data-value, so tests compare numbers, not text. A figure the
 * data cannot make (no meetings table: no completion rate) is left out, not shown as 0 or —.
 */
import { formatValue } from '../charts/format';
import type { KpiSpec } from '../charts/spec';
import { type Locale, t } from '../i18n/dict';
import { meets, type Sources } from '../queries/needs';
import { type Columns, rows } from '../queries/types';

interface Props {
  readonly specs: readonly KpiSpec[];
  readonly data: Columns;
  readonly locale: Locale;
  readonly sources: Sources;
}

export function Kpis({ specs, data, locale, sources }: Props) {
  const row = rows(data)[0] ?? {};
  return (
    <dl className="kpis">
      {shownKpis(specs, sources).map((k) => (
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

/** The figures the data can make. */
export function shownKpis(specs: readonly KpiSpec[], sources: Sources): KpiSpec[] {
  return specs.filter((k) => meets(sources, k.needs));
}
