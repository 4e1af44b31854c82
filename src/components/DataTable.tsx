/**
 * The accessible alternative of every chart: its data as a table, names as text (React escapes them). It
 * says what it holds (共 50 行, or 第 1–100 行，共 15,000 行 when it pages or the query lists the first few);
 * its columns sort by a click or a key; on a phone the first columns show and a button brings the rest.
 */
import { useMemo, useState } from 'react';
import { TABLE_PAGE, tablePage } from '../charts/bounds';
import { formatPlace, formatValue } from '../charts/format';
import type { ColumnSpec } from '../charts/spec';
import { type Locale, t, tf } from '../i18n/dict';
import { type Columns, rowCount } from '../queries/types';
import { orgHref, pageHref, type SiteLinks } from './links';
import { type Sort, sortColumns } from './sort-rows';

interface Props {
  readonly columns: readonly ColumnSpec[];
  readonly data: Columns;
  readonly locale: Locale;
  readonly links: SiteLinks;
  readonly caption: string;
  readonly onMember?: (memberId: string) => void;
  /** Rows of the whole answer, when `data` holds only the first view's share of them. */
  readonly total?: number;
  /** A column holding how many rows there are in all, when the query lists the first few only. */
  readonly totalField?: string;
  /** Pager and sort buttons (the static first view shows its first page, in the query's order). */
  readonly interactive?: boolean;
  /** What an empty answer says (default: 暂无数据). */
  readonly emptyText?: string;
}

/** Columns a phone shows before "show all": the first few, any that link somewhere, and a rating's source. */
const PHONE_COLUMNS = 3;

export function DataTable(props: Props) {
  const { columns, data, locale, links, caption, onMember, interactive } = props;
  // The page and the order belong to the answer they apply to: a new answer starts at its first page.
  const [view, setView] = useState<{ data: Columns; page: number; sort: Sort | null }>({ data, page: 0, sort: null });
  const [allColumns, setAllColumns] = useState(false);
  const fresh = view.data === data;
  const sort = fresh ? view.sort : null;
  const sorted = useMemo(() => (sort ? sortColumns(data, sort) : data), [data, sort]);
  const held = rowCount(data);
  const declared = props.totalField ? Number(data[props.totalField]?.[0] ?? held) : held;
  const all = props.total ?? Math.max(held, declared);
  if (held === 0) return <p className="empty">{props.emptyText ?? t(locale, 'noData')}</p>;
  const pages = Math.ceil(held / TABLE_PAGE);
  const current = Math.min(fresh ? view.page : 0, pages - 1);
  const shown = tablePage(sorted, current);
  const n = rowCount(shown);
  const canPage = interactive && props.total === undefined;
  // A rating's source stays too: a suggested rating is never to read as a recorded one.
  const onPhone = (c: ColumnSpec, k: number) =>
    c.phone ?? (k < PHONE_COLUMNS || !!c.linkOrg || !!c.linkMember || c.format === 'source');
  const hidden = columns.filter((c, k) => !onPhone(c, k)).length;
  return (
    <div className={`table-wrap phone-cols${allColumns ? ' all-cols' : ''}`}>
      <Count
        locale={locale}
        from={current * TABLE_PAGE + 1}
        to={current * TABLE_PAGE + n}
        total={all}
        onPage={canPage && held > TABLE_PAGE ? (step) => setView({ data, page: current + step, sort }) : undefined}
        last={current === pages - 1}
      />
      {hidden > 0 && (
        <button type="button" className="cols-toggle" onClick={() => setAllColumns(!allColumns)}>
          {allColumns ? t(locale, 'columnsFewer') : tf(locale, 'columnsMore', { n: String(hidden) })}
        </button>
      )}
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, k) => (
              <th
                key={c.field}
                scope="col"
                className={classes(c, onPhone(c, k))}
                aria-sort={sort?.field === c.field ? (sort.descending ? 'descending' : 'ascending') : undefined}
              >
                {interactive ? (
                  <button
                    type="button"
                    className="sort"
                    onClick={() => setView({ data, page: 0, sort: nextSort(sort, c.field) })}
                  >
                    {t(locale, c.label)}
                    <span aria-hidden="true">{sort?.field === c.field ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                ) : (
                  t(locale, c.label)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: n }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in a query result, replaced whole
            <tr key={i}>
              {columns.map((c, k) => (
                <td key={c.field} className={classes(c, onPhone(c, k))}>
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

/** First a column ascending (descending for figures: the highest first), then the other way, then as answered. */
function nextSort(sort: Sort | null, field: string): Sort | null {
  if (sort?.field !== field) return { field, descending: false };
  return sort.descending ? null : { field, descending: true };
}

interface CountProps {
  readonly locale: Locale;
  readonly from: number;
  readonly to: number;
  readonly total: number;
  readonly last: boolean;
  readonly onPage?: (step: number) => void;
}

/** "共 50 行" when every row is here; "第 101–200 行，共 15,000 行" with previous / next when not. */
function Count({ locale, from, to, total, last, onPage }: CountProps) {
  const f = (v: number) => formatValue(v, 'int', locale);
  const whole = from === 1 && to === total;
  return (
    <p className="pager" data-rows={to - from + 1} data-total={total}>
      <span>
        {whole
          ? tf(locale, 'tableRowsAll', { total: f(total) })
          : tf(locale, 'tableRows', { from: f(from), to: f(to), total: f(total) })}
      </span>
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
  return c.of !== undefined || ['int', 'num1', 'qty', 'pct', 'signed', 'move'].includes(c.format ?? 'text');
}

/** A cell's text: its value formatted, or with its second column a place (第 11 / 21) or a fraction (3 / 4). */
export function cellText(c: ColumnSpec, data: Columns, i: number, locale: Locale): string {
  const value = data[c.field]?.[i] ?? null;
  if (!c.of) return formatValue(value, c.format ?? 'text', locale);
  const of = data[c.of.field]?.[i] ?? null;
  if (c.of.as === 'place') return formatPlace(value, of, locale);
  if (c.of.none && of !== null && Number(of) === 0) return t(locale, c.of.none);
  if (value === null || of === null || Number(of) === 0) return '—';
  return `${formatValue(value, 'int', locale)} / ${formatValue(of, 'int', locale)}`;
}

function classes(c: ColumnSpec, onPhone: boolean): string | undefined {
  return (
    [isNumeric(c) ? 'n' : '', isToken(c) ? 'token' : '', onPhone ? '' : 'opt'].filter(Boolean).join(' ') || undefined
  );
}

/**
 * A cell read as one token, never broken across lines on a phone ("T05-" over "2"): an id, a date, a period,
 * by the schema's names (topic_id, due_on, period).
 */
function isToken(c: ColumnSpec): boolean {
  return /(^|_)(id|on|date|period|month)$/.test(c.field) || c.format === 'month' || c.format === 'period';
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
    const at = c.ledgerAt ? ledgerHref(c.ledgerAt, data, i, id, links) : null;
    if (at) return <a href={at}>{text}</a>;
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

/** A member's ledger on their branch's page (the org page opens it from ?member=), for the year of the row. */
function ledgerHref(at: NonNullable<ColumnSpec['ledgerAt']>, data: Columns, i: number, id: string, links: SiteLinks) {
  const org = data[at.org]?.[i];
  if (org == null) return null;
  // The root's own page is the overview, which has no ledger: its members open on the one org page.
  const href =
    String(org) === links.rootOrg
      ? pageHref(links, `org/?id=${encodeURIComponent(String(org))}`)
      : orgHref(links, String(org));
  const params = new URLSearchParams({ year: String(data[at.year]?.[i] ?? ''), member: id });
  return `${href}${href.includes('?') ? '&' : '?'}${params}`;
}
