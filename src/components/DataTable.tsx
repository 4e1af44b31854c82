/** The accessible alternative of every chart: its data as a table, names as text (React escapes them). */
import { useState } from 'react';
import { TABLE_PAGE, tablePage } from '../charts/bounds';
import { formatPlace, formatValue } from '../charts/format';
import type { ColumnSpec } from '../charts/spec';
import { type Locale, t, tf } from '../i18n/dict';
import { type Columns, rowCount } from '../queries/types';
import { orgHref, type SiteLinks } from './links';

interface Props {
  readonly columns: readonly ColumnSpec[];
  readonly data: Columns;
  readonly locale: Locale;
  readonly links: SiteLinks;
  readonly caption: string;
  readonly onMember?: (memberId: string) => void;
  /** Rows of the whole answer, when `data` holds only the first view's share of them. */
  readonly total?: number;
  /** Pager buttons (the static first view shows its first page only). */
  readonly interactive?: boolean;
  /** What an empty answer says (default: 暂无数据). */
  readonly emptyText?: string;
}

export function DataTable({ columns, data, locale, links, caption, onMember, total, interactive, emptyText }: Props) {
  // The page belongs to the answer it pages through: a new answer starts at its first page.
  const [paged, setPaged] = useState({ data, page: 0 });
  const page = paged.data === data ? paged.page : 0;
  const all = total ?? rowCount(data);
  if (all === 0) return <p className="empty">{emptyText ?? t(locale, 'noData')}</p>;
  const pages = Math.ceil(rowCount(data) / TABLE_PAGE);
  const current = Math.min(page, pages - 1);
  const shown = tablePage(data, current);
  const n = rowCount(shown);
  return (
    <div className="table-wrap">
      {all > TABLE_PAGE && (
        <Pager
          locale={locale}
          from={current * TABLE_PAGE + 1}
          to={current * TABLE_PAGE + n}
          total={all}
          onPage={interactive && total === undefined ? (step) => setPaged({ data, page: current + step }) : undefined}
          last={current === pages - 1}
        />
      )}
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
                  {cell(c, shown, i, locale, links, onMember)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface PagerProps {
  readonly locale: Locale;
  readonly from: number;
  readonly to: number;
  readonly total: number;
  readonly last: boolean;
  readonly onPage?: (step: number) => void;
}

/** "Rows 101–200 of 15,000" with previous / next; the CSV download holds every row. */
function Pager({ locale, from, to, total, last, onPage }: PagerProps) {
  const f = (v: number) => formatValue(v, 'int', locale);
  return (
    <p className="pager">
      <span>{tf(locale, 'tableRows', { from: f(from), to: f(to), total: f(total) })}</span>
      {onPage && (
        <>
          <button type="button" disabled={from === 1} onClick={() => onPage(-1)}>
            {t(locale, 'pagePrevious')}
          </button>
          <button type="button" disabled={last} onClick={() => onPage(1)}>
            {t(locale, 'pageNext')}
          </button>
        </>
      )}
    </p>
  );
}

function isNumeric(c: ColumnSpec): boolean {
  return c.of !== undefined || ['int', 'num1', 'pct', 'signed', 'move'].includes(c.format ?? 'text');
}

/** A cell's text: its value formatted, or with its second column a place (第 11 / 21) or a fraction (3 / 4). */
export function cellText(c: ColumnSpec, data: Columns, i: number, locale: Locale): string {
  const value = data[c.field]?.[i] ?? null;
  if (!c.of) return formatValue(value, c.format ?? 'text', locale);
  const of = data[c.of.field]?.[i] ?? null;
  if (c.of.as === 'place') return formatPlace(value, of, locale);
  if (value === null || of === null || Number(of) === 0) return '—';
  return `${formatValue(value, 'int', locale)} / ${formatValue(of, 'int', locale)}`;
}

function cell(
  c: ColumnSpec,
  data: Columns,
  i: number,
  locale: Locale,
  links: SiteLinks,
  onMember?: (id: string) => void,
) {
  const text = cellText(c, data, i, locale);
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
