/**
 * 导入报告 Everything the last data build's import report (REPORT.file) holds: when it ran (local time), every input with how
 * it was read, its notes, ignored and dropped columns; the files it could not read and the sheets it skipped;
 * every reject with its file, sheet, row, column, reason, value and the row it duplicates. Rendered by the
 * build, no script: long lists say how much they show, and the published report holds all.
 */
import { localTimestamp } from '../charts/format';
import { ASOF_KEYS, cutNote } from '../charts/sentences';
import { type Locale, t, tf } from '../i18n/dict';
import type { Manifest } from '../model/manifest';
import { REPORT, type Report } from '../model/report';
import { type TableName, tableDef } from '../model/schema';

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
          <code>{manifest.dataVersion}</code> · {manifest.profile}
        </Fact>
      </dl>

      <section className="panel wide" id="report-inputs">
        <h2>{t(locale, 'reportInputs')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t(locale, 'reportFile')}</th>
                <th>{t(locale, 'reportTable')}</th>
                <th>{t(locale, 'reportEncoding')}</th>
                <th>{t(locale, 'reportReader')}</th>
                <th className="n">{t(locale, 'reportHeaderRow')}</th>
                <th className="n">{t(locale, 'reportRead')}</th>
                <th className="n">{t(locale, 'reportLoaded')}</th>
                <th className="n">{t(locale, 'reportRejected')}</th>
                <th className="n">{t(locale, 'reportBlank')}</th>
                <th>{t(locale, 'reportCached')}</th>
              </tr>
            </thead>
            <tbody>
              {report.inputs.map((i) => (
                <tr key={`${i.file}|${i.sheet}`} data-file={i.file} data-sheet={i.sheet ?? ''}>
                  <td>{where(i.file, i.sheet)}</td>
                  <td>{tableName(i.table)}</td>
                  <td>{i.encoding ?? '—'}</td>
                  <td>{i.reader === 'duckdb' ? 'DuckDB' : 'JavaScript'}</td>
                  <td className="n">{i.headerRow ?? '—'}</td>
                  <td className="n">{n(i.rowsRead)}</td>
                  <td className="n">{n(i.loaded)}</td>
                  <td className="n">{n(i.rejected)}</td>
                  <td className="n">{n(i.blankRows)}</td>
                  <td>{t(locale, i.fromCache ? 'reportYes' : 'reportNo')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
                  {`${mark} ${where(p.file, p.sheet)}: ${p.detail} (${p.code})`}
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
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t(locale, 'reportFile')}</th>
                  <th className="n">{t(locale, 'reportRow')}</th>
                  <th>{t(locale, 'reportColumn')}</th>
                  <th>{t(locale, 'reportReason')}</th>
                  <th>{t(locale, 'reportValue')}</th>
                  <th>{t(locale, 'reportDuplicateOf')}</th>
                </tr>
              </thead>
              <tbody>
                {rejects.map((r) => (
                  <tr key={`${r.file}|${r.sheet}|${r.row}|${r.column}|${r.code}`} data-code={r.code}>
                    <td>{where(r.file, r.sheet)}</td>
                    <td className="n">{r.row}</td>
                    <td>{`${r.cell ?? ''} ${r.header ?? r.column}`}</td>
                    <td>{`${locale === 'zh' ? r.reason.zh : r.reason.en} (${r.code})`}</td>
                    <td>{r.value ?? ''}</td>
                    <td>
                      {r.duplicateOf
                        ? `${where(r.duplicateOf.file, r.duplicateOf.sheet)} ${row(r.duplicateOf.row)}`
                        : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
