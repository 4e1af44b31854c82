/**
 * 导入报告 Everything the last data build's import report (REPORT.file) holds: when it ran (local time), every input with how
 * it was read, its notes, ignored and dropped columns; the files it could not read and the sheets it skipped;
 * every reject with its file, sheet, row, column, reason, value and the row it duplicates. Rendered by the
 * build, no script: long lists say how much they show, and the published report holds all.
 */
import type { ReactNode } from 'react';
import { localTimestamp } from '../charts/format';
import { ASOF_KEYS, cutNote } from '../charts/sentences';
import { type Locale, t, tf } from '../i18n/dict';
import type { Manifest } from '../model/manifest';
import { REPORT, type Report } from '../model/report';
import { type TableName, tableDef } from '../model/schema';
import { type StackColumn, StackTable } from './StackTable';

type Input = Report['inputs'][number];
type Reject = Report['rejects'][number];

interface Props {
  readonly report: Report;
  readonly manifest: Manifest;
  readonly locale: Locale;
  /** Where the published report file is, for the whole list. */
  readonly reportHref: string;
}

/** Rejects listed on the page; the published report lists them all (up to the build's own limit). */
export const SHOWN_REJECTS = 500;

const where = (file: string, sheet: string | null) => (sheet ? `${file} [${sheet}]` : file);

export function ReportView({ report, manifest, locale, reportHref }: Props) {
  const tableName = (name: TableName | null) =>
    name ? (locale === 'zh' ? tableDef(name).zh : tableDef(name).en) : '—';
  const n = (v: number) => v.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB');
  const row = (r: number) => tf(locale, 'reportRowN', { row: String(r) });
  const details = report.inputs.filter(
    (i) => i.notes.length || i.extraColumns.length || i.personalColumnsDropped.length,
  );
  const rejects = report.rejects.slice(0, SHOWN_REJECTS);
  const outcome = report.ok ? 'reportOk' : manifest.rejectsAllowed ? 'reportRejectsAllowed' : 'reportNotOk';
  const col = <R,>(label: Parameters<typeof t>[1], cell: (r: R) => ReactNode, numeric = false): StackColumn<R> => ({
    label: t(locale, label),
    cell,
    numeric,
  });
  const inputColumns: StackColumn<Input>[] = [
    col('reportFile', (i) => where(i.file, i.sheet)),
    col('reportTable', (i) => tableName(i.table)),
    col('reportEncoding', (i) => i.encoding ?? '—'),
    col('reportReader', (i) => (i.reader === 'duckdb' ? 'DuckDB' : 'JavaScript')),
    col('reportHeaderRow', (i) => i.headerRow ?? '—', true),
    col('reportRead', (i) => n(i.rowsRead), true),
    col('reportLoaded', (i) => n(i.loaded), true),
    col('reportRejected', (i) => n(i.rejected), true),
    col('reportBlank', (i) => n(i.blankRows), true),
    col('reportCached', (i) => t(locale, i.fromCache ? 'reportYes' : 'reportNo')),
  ];
  const rejectColumns: StackColumn<Reject>[] = [
    col('reportFile', (r) => where(r.file, r.sheet)),
    col('reportRow', (r) => r.row, true),
    col('reportColumn', (r) => `${r.cell ?? ''} ${r.header ?? r.column}`),
    col('reportReason', (r) => `${locale === 'zh' ? r.reason.zh : r.reason.en} (${r.code})`),
    col('reportValue', (r) => r.value ?? ''),
    col('reportDuplicateOf', (r) =>
      r.duplicateOf ? `${where(r.duplicateOf.file, r.duplicateOf.sheet)} ${row(r.duplicateOf.row)}` : '',
    ),
  ];
  return (
    <div className="dashboard report">
      <h1>{t(locale, 'navReport')}</h1>
      <dl className="report-facts">
        <Fact label={t(locale, 'reportBuiltAt')}>
          <time dateTime={report.generatedAt}>{localTimestamp(report.generatedAt)}</time>
        </Fact>
        <Fact label={t(locale, 'dataAsOf')}>
          {manifest.asOf}
          {manifest.asOfSource && tf(locale, 'parenthesised', { text: t(locale, ASOF_KEYS[manifest.asOfSource]) })}
        </Fact>
        <Fact label={t(locale, 'reportOutcome')}>{t(locale, outcome)}</Fact>
        <Fact label={t(locale, 'reportTotals')}>
          {`${t(locale, 'reportRead')} ${n(report.totals.rowsRead)} = ${t(locale, 'reportLoaded')} ${n(report.totals.loaded)} + ${t(locale, 'reportRejected')} ${n(report.totals.rejected)}`}
        </Fact>
        <Fact label={t(locale, 'dataVersion')}>
          <code>{manifest.dataVersion}</code> ·{' '}
          {t(locale, manifest.profile === 'public' ? 'profilePublic' : 'profileInternal')}
        </Fact>
      </dl>

      <section className="panel wide" id="report-inputs">
        <h2>{t(locale, 'reportInputs')}</h2>
        <StackTable
          columns={inputColumns}
          rows={report.inputs}
          rowKey={(i) => `${i.file}|${i.sheet}`}
          rowAttrs={(i) => ({ 'data-file': i.file, 'data-sheet': i.sheet ?? '' })}
        />
      </section>

      {details.length > 0 && (
        <section className="panel wide" id="report-details">
          <h2>{t(locale, 'reportDetails')}</h2>
          {details.map((i) => (
            <div className="report-input" key={`${i.file}|${i.sheet}`}>
              <h3>{where(i.file, i.sheet)}</h3>
              {i.extraColumns.length > 0 && (
                <p>
                  <strong>{t(locale, 'reportIgnored')}</strong> {i.extraColumns.join('、')}
                </p>
              )}
              {i.personalColumnsDropped.length > 0 && (
                <p>
                  <strong>{t(locale, 'reportPersonal')}</strong> {i.personalColumnsDropped.join('、')}
                </p>
              )}
              {i.notes.length > 0 && (
                <>
                  <p>
                    <strong>{t(locale, 'reportNotes')}</strong>
                  </p>
                  <ul className="report-notes">
                    {i.notes.map((note) => (
                      <li key={note.row}>{`${row(note.row)}: ${note.text}`}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          ))}
        </section>
      )}

      {(report.fileErrors.length > 0 || report.warnings.length > 0) && (
        <section className="panel wide" id="report-problems">
          <h2>{t(locale, 'reportProblems')}</h2>
          <ul>
            {[...report.fileErrors.map((e) => ['✗', e] as const), ...report.warnings.map((w) => ['!', w] as const)].map(
              ([mark, p]) => (
                <li key={`${mark}${p.file}|${p.sheet}|${p.code}`} data-code={p.code}>
                  {`${mark} ${where(p.file, p.sheet)}: ${inLocale(p.detail, locale)} (${p.code})`}
                </li>
              ),
            )}
          </ul>
        </section>
      )}

      {report.rejectsTotal > 0 && (
        <section className="panel wide" id="report-rejects">
          <h2>{t(locale, 'reportRejectedRows')}</h2>
          <p className="note">
            {cutNote(report.rejectsTotal, rejects.length, 'rows', locale)}
            {rejects.length < report.rejectsTotal && (
              <>
                {' · '}
                <a href={reportHref}>{REPORT.file}</a>
              </>
            )}
          </p>
          <StackTable
            columns={rejectColumns}
            rows={rejects}
            rowKey={(r) => `${r.file}|${r.sheet}|${r.row}|${r.column}|${r.code}`}
            rowAttrs={(r) => ({ 'data-code': r.code })}
          />
        </section>
      )}
    </div>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * A file problem's detail in the page's language: the build writes it in both ("工作表没有可识别的表头，已跳过 /
 * sheet has no recognisable header row; skipped"), the report.json and the console keep both. A detail not of
 * that shape (Chinese, " / ", then no Chinese) is shown whole.
 */
export function inLocale(detail: string, locale: Locale): string {
  const both = /^(.*?[\u4e00-\u9fff].*?) \/ ([^\u4e00-\u9fff]+)$/s.exec(detail);
  if (!both) return detail;
  return locale === 'zh' ? both[1] : both[2];
}
