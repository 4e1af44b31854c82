/** The accessible alternative of every chart: its data as a table, names as text (React escapes them). */
import { formatValue } from '../charts/format';
import type { ColumnSpec } from '../charts/spec';
import { type Locale, t } from '../i18n/dict';
import { type Columns, rowCount } from '../queries/types';
import { orgHref, type SiteLinks } from './links';

interface Props {
  readonly columns: readonly ColumnSpec[];
  readonly data: Columns;
  readonly locale: Locale;
  readonly links: SiteLinks;
  readonly caption: string;
  readonly onMember?: (memberId: string) => void;
}

export function DataTable({ columns, data, locale, links, caption, onMember }: Props) {
  const n = rowCount(data);
  if (n === 0) return <p className="empty">{t(locale, 'noData')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.field} scope="col" className={isNumeric(c) ? 'n' : undefined}>
                {t(locale, c.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: n }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in a query result, replaced whole
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.field} className={isNumeric(c) ? 'n' : undefined}>
                  {cell(c, data, i, locale, links, onMember)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function isNumeric(c: ColumnSpec): boolean {
  return ['int', 'num1', 'pct', 'signed'].includes(c.format ?? 'text');
}

function cell(
  c: ColumnSpec,
  data: Columns,
  i: number,
  locale: Locale,
  links: SiteLinks,
  onMember?: (id: string) => void,
) {
  const text = formatValue(data[c.field]?.[i] ?? null, c.format ?? 'text', locale);
  const orgId = c.linkOrg ? data[c.linkOrg]?.[i] : null;
  if (orgId) return <a href={orgHref(links, String(orgId))}>{text}</a>;
  const memberId = c.linkMember ? data[c.linkMember]?.[i] : null;
  if (memberId) {
    const id = String(memberId);
    return (
      <a
        href={`?member=${encodeURIComponent(id)}`}
        onClick={(e) => {
          if (!onMember) return;
          e.preventDefault();
          onMember(id);
        }}
      >
        {text}
      </a>
    );
  }
  return text;
}
