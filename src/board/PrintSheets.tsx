/**
 * 党员积分公示表: the tally for the paper notice boards, one sheet per branch (its rows go on over as many
 * pages as they need, the column headings, the 公示 line and the committee's seal and date lines repeated
 * on each). Without names published, one sheet of branch averages.
 */
import type { ReactNode } from 'react';
import { formatValue } from '../charts/format';
import { type Locale, t, tf } from '../i18n/dict';
import { PRINT_SHEETS_MAX } from '../model/limits';
import { orgName } from '../queries/meta';
import type { Columns } from '../queries/types';
import { branchesOf } from './frames';
import { missingFor, SLIDE_NEEDS } from './needs';
import { noticeLine } from './notice';
import type { PrintData } from './print';

interface Props {
  readonly data: PrintData;
  readonly locale: Locale;
}

export function PrintSheets({ data, locale }: Props) {
  const { tally, meta, filters } = data;
  const all = Array.from({ length: tally.name?.length ?? tally.branch_id?.length ?? 0 }, (_, i) => i);
  const named = 'name' in tally;
  const sheets = named ? branchesOf(tally, all) : [{ id: filters.org, name: orgName(meta, filters.org), rows: all }];
  // No ledger: members' base points alone are not a tally to post.
  const missing = missingFor(meta.sources, SLIDE_NEEDS.points, locale);
  if (missing || sheets.length === 0)
    return (
      <Sheet data={data} locale={locale}>
        <Where data={data} locale={locale} title={orgName(meta, filters.org)} />
        <p className="sheet-empty">
          {missingFor(meta.sources, SLIDE_NEEDS.points, locale) ?? t(locale, 'boardNoData')}
        </p>
        <footer>
          <SealLines data={data} locale={locale} />
        </footer>
      </Sheet>
    );
  // A committee of thousands of branches: the first ones, and how many there are (not a page of 300 MB).
  const { drawn, total, shown } = bounded(sheets, named);
  return (
    <>
      {shown < total && (
        <p className="sheet-cut">
          {tf(locale, 'printCut', {
            total: formatValue(total, 'int', locale),
            shown: formatValue(shown, 'int', locale),
          })}
        </p>
      )}
      {drawn.map((sheet) => (
        <Sheet key={sheet.id} data={data} locale={locale}>
          {named ? (
            <MemberTable tally={tally} rows={sheet.rows} data={data} locale={locale} title={sheet.name} />
          ) : (
            <BranchTable tally={tally} rows={sheet.rows} data={data} locale={locale} title={sheet.name} />
          )}
        </Sheet>
      ))}
    </>
  );
}

type BranchSheet = { id: string; name: string; rows: number[] };

/**
 * At most PRINT_SHEETS_MAX branches a page: with names, a sheet each; without, rows of the one sheet of
 * branch averages.
 */
function bounded(sheets: BranchSheet[], named: boolean): { drawn: BranchSheet[]; total: number; shown: number } {
  if (named) {
    const drawn = sheets.slice(0, PRINT_SHEETS_MAX);
    return { drawn, total: sheets.length, shown: drawn.length };
  }
  const [one] = sheets;
  const rows = one.rows.slice(0, PRINT_SHEETS_MAX);
  return { drawn: [{ ...one, rows }], total: one.rows.length, shown: rows.length };
}

function Sheet({ locale, children }: { data: PrintData; locale: Locale; children: ReactNode }) {
  return (
    <article className="sheet">
      <header>
        <h1>{t(locale, 'printTitle')}</h1>
      </header>
      {children}
    </article>
  );
}

/** The branch and the period: in the table's head, so every page a long branch runs over says whose it is. */
function Where({ data, locale, title }: Props & { title: string }) {
  return (
    <p className="sheet-where">
      <span className="org">{title}</span>
      <span className="period">{formatValue(data.filters.period, 'period', locale)}</span>
    </p>
  );
}

/** The head of a sheet's table, repeated on each page: the branch and period, then the column headings. */
function Head({ data, locale, title, span, children }: Props & { title: string; span: number; children: ReactNode }) {
  return (
    <thead>
      <tr>
        <th colSpan={span} className="sheet-where-cell">
          <Where data={data} locale={locale} title={title} />
        </th>
      </tr>
      <tr>{children}</tr>
    </thead>
  );
}

/** What the year's total means, the data version, and the committee's seal and date lines. */
function SealLines({ data, locale }: Props) {
  return (
    <>
      <p className="sheet-note">
        {`${tf(locale, 'printYearTotalNote', { date: data.asOf })} ${t(locale, 'dataVersion')} ${data.version}`}
      </p>
      <p className="sheet-seal">
        <span>{`${orgName(data.meta, data.meta.rootOrg)}${t(locale, 'printSeal')}`}</span>
        <span>{t(locale, 'printDate')}</span>
      </p>
    </>
  );
}

interface TableProps {
  readonly tally: Columns;
  readonly rows: readonly number[];
  readonly data: PrintData;
  readonly locale: Locale;
  readonly title: string;
}

/**
 * The 公示 line and the seal lines in the table's foot: a browser prints them at the foot of every page the
 * table runs over, so each loose page on a notice board carries them, and they never go on a page of their own
 * after the last rows (a footer after the table did, for a branch of 36 on A4).
 */
function NoticeFoot({ data, locale, span }: { data: PrintData; locale: Locale; span: number }) {
  return (
    <tfoot>
      <tr>
        <td colSpan={span} className="sheet-notice">
          {noticeLine(data.meta.notice, locale)}
        </td>
      </tr>
      <tr>
        <td colSpan={span} className="sheet-foot">
          <SealLines data={data} locale={locale} />
        </td>
      </tr>
    </tfoot>
  );
}

function MemberTable({ tally, rows, data, locale, title }: TableProps) {
  const breakdown = 'bonus' in tally;
  const span = breakdown ? 6 : 4;
  return (
    <table className="sheet-table">
      <Head data={data} locale={locale} title={title} span={span}>
        <th scope="col">{t(locale, 'printIndex')}</th>
        <th scope="col">{t(locale, 'boardName')}</th>
        {breakdown && <th scope="col">{t(locale, 'boardBonus')}</th>}
        {breakdown && <th scope="col">{t(locale, 'boardDeduction')}</th>}
        <th scope="col">{t(locale, 'boardPeriodPoints')}</th>
        <th scope="col">{t(locale, 'boardYearTotal')}</th>
      </Head>
      <NoticeFoot data={data} locale={locale} span={span} />
      <tbody>
        {rows.map((i, n) => (
          <tr key={i}>
            <td>{n + 1}</td>
            <td className="name">{String(tally.name[i] ?? '—')}</td>
            {breakdown && <td>{formatValue(tally.bonus[i], 'num1', locale)}</td>}
            {breakdown && <td>{formatValue(tally.deduction[i], 'num1', locale)}</td>}
            <td>{formatValue(tally.period_points[i], 'signed', locale)}</td>
            <td className="total">{formatValue(tally.total[i], 'num1', locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BranchTable({ tally, rows, data, locale, title }: TableProps) {
  return (
    <table className="sheet-table">
      <Head data={data} locale={locale} title={title} span={5}>
        <th scope="col">{t(locale, 'printIndex')}</th>
        <th scope="col">{t(locale, 'colName')}</th>
        <th scope="col">{t(locale, 'boardMembersCount')}</th>
        <th scope="col">{`${t(locale, 'boardAverage')} ${t(locale, 'boardPeriodPoints')}`}</th>
        <th scope="col">{`${t(locale, 'boardAverage')} ${t(locale, 'boardYearTotal')}`}</th>
      </Head>
      <NoticeFoot data={data} locale={locale} span={5} />
      <tbody>
        {rows.map((i, n) => (
          <tr key={i}>
            <td>{n + 1}</td>
            <td className="name">{String(tally.branch[i] ?? '—')}</td>
            <td>{String(tally.members[i])}</td>
            <td>{formatValue(tally.period_points[i], 'signed', locale)}</td>
            <td className="total">{formatValue(tally.total[i], 'num1', locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
