/**
 * Builds the report (导入报告, its schema in src/model/report.ts) from what
 * was staged and validated, and prints it for a terminal.
 */
import { REJECT_REASONS, type RejectCode } from '../model/reasons';
import { type FileProblem, type InputReport, REPORT, type RejectReport, type Report } from '../model/report';
import { tableDef } from '../model/schema';
import type { StagedInput } from './inputs';
import type { SkipCode, SkippedFile } from './listing';
import { escapeControls, listShort, shown } from './terminal';
import type { SourceRef, Validation } from './validate';

export type { RejectReport, Report };

const MAX_VALUE = 200;

/** A sheet of 20,000 columns would list them all: the report keeps the first ones and the count. */
const EXTRA_LISTED = 100;

/** Why a file in the input folder was not read. */
const SKIPPED: Record<SkipCode, string> = {
  not_an_export: '不是 CSV 或 Excel 文件，未读取 / not a CSV or Excel file; not read',
  symlink: '符号链接，不跟随、未读取 / a symbolic link: never followed, not read',
  hidden: '以“.”开头的隐藏文件或文件夹，未读取 / a hidden file or folder (name starts with “.”); not read',
  office_lock: 'Office/WPS 的临时锁文件，未读取 / an Office or WPS lock file; not read',
  not_a_file: '不是普通文件（管道或设备），未读取 / not a regular file (a pipe or a device); not read',
};

export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function buildReport(
  staged: readonly StagedInput[],
  validation: Validation,
  skipped: readonly SkippedFile[],
  generatedAt: string,
): Report {
  const inputs: InputReport[] = [];
  for (const source of validation.sources) {
    const input = staged.find((s) => s.file === source.file);
    const count = validation.counts.get(source.src) ?? { loaded: 0, rejected: 0 };
    const s = source.staged;
    if (count.loaded + count.rejected !== s.rowsRead) {
      throw new Error(
        `internal: ${source.file}${s.sheet ? ` [${s.sheet}]` : ''} read ${s.rowsRead} rows but DuckDB accounted for ${count.loaded + count.rejected}`,
      );
    }
    inputs.push({
      file: source.file,
      sheet: s.sheet,
      table: s.table,
      encoding: input?.encoding ?? null,
      headerRow: s.headerRow,
      rowsRead: s.rowsRead,
      ...count,
      blankRows: s.blankRows,
      notes: [...s.notes],
      extraColumns: s.extraColumns.slice(0, EXTRA_LISTED),
      extraColumnsCount: s.extraColumns.length,
      personalColumnsDropped: [...s.personalColumns],
      fromCache: input?.fromCache ?? false,
      reader: s.stagedTable ? 'duckdb' : 'javascript',
    });
  }
  const fileErrors = staged
    .filter((s) => s.error)
    .map((s) => ({
      file: s.file,
      sheet: s.error?.sheet ?? null,
      code: s.error?.code ?? '',
      detail: s.error?.detail ?? '',
    }));
  const warnings: FileProblem[] = [
    ...staged.flatMap((s) =>
      s.error
        ? []
        : s.unrecognisedSheets.map((sheet) => ({
            file: s.file,
            sheet,
            code: 'unrecognised_sheet',
            detail: '工作表没有可识别的表头，已跳过 / sheet has no recognisable header row; skipped',
          })),
    ),
    ...skipped.map(({ file, code }) => ({ file, sheet: null, code, detail: SKIPPED[code] })),
    ...validation.unchecked.map((u) => uncheckedWarning(u, validation.sources)),
  ];
  const rejects = validation.rejects.map((r) => rejectReport(r, validation.sources));
  const totals = inputs.reduce(
    (t, i) => ({ rowsRead: t.rowsRead + i.rowsRead, loaded: t.loaded + i.loaded, rejected: t.rejected + i.rejected }),
    { rowsRead: 0, loaded: 0, rejected: 0 },
  );
  return {
    ok: fileErrors.length === 0 && totals.rejected === 0,
    generatedAt,
    inputs,
    fileErrors,
    warnings,
    rejects,
    rejectsTotal: validation.rejectTotal,
    totals,
  };
}

function rejectReport(r: Validation['rejects'][number], sources: readonly SourceRef[]): RejectReport {
  const source = sources[r.src];
  const where = source.staged.columns[r.column];
  const other = r.otherSrc === null ? null : sources[r.otherSrc];
  const reason = REJECT_REASONS[r.code as RejectCode] ?? { zh: r.code, en: r.code };
  const value = r.value === null ? null : r.value.length > MAX_VALUE ? `${r.value.slice(0, MAX_VALUE)}…` : r.value;
  return {
    file: source.file,
    sheet: source.staged.sheet,
    row: r.row,
    table: r.table,
    column: r.column,
    header: where?.header ?? tableDef(r.table).columns.find((c) => c.name === r.column)?.zh ?? null,
    cell: where ? columnLetter(where.index) : null,
    code: r.code,
    reason,
    value,
    duplicateOf: other && r.otherRow !== null ? { file: other.file, sheet: other.staged.sheet, row: r.otherRow } : null,
  };
}

/** Where a row or file is, as a terminal shows it. */
const where = (file: string, sheet: string | null) =>
  `${shown(file)}${sheet !== null && sheet !== '' ? ` [${shown(sheet)}]` : ''}`;

/** The report as a person reads it on a terminal: every text that came from the files shown safely. */
export function formatReport(report: Report, maxRejects = 30): string {
  const lines: string[] = ['导入报告 / import report'];
  for (const i of report.inputs) {
    const table = i.table ? `${tableDef(i.table).zh} ${i.table}` : '?';
    lines.push(
      `  ${where(i.file, i.sheet)} → ${table}: 读取 read ${i.rowsRead} = 导入 loaded ${i.loaded} + 拒绝 rejected ${i.rejected}` +
        `${i.blankRows ? `; 空行 blank ${i.blankRows}` : ''}${i.notes.length ? `; 备注行 notes ${i.notes.length}` : ''}` +
        `${i.encoding ? ` (${i.encoding}${i.fromCache ? ', cached' : ''}${i.reader === 'duckdb' ? ', DuckDB' : ''})` : ''}`,
    );
    if (i.personalColumnsDropped.length)
      lines.push(
        `      已丢弃个人身份信息列 / personal identifier columns dropped: ${listShort(i.personalColumnsDropped)}`,
      );
    if (i.extraColumnsCount)
      lines.push(`      已忽略的列 / ignored columns: ${listShort(i.extraColumns, i.extraColumnsCount)}`);
    for (const n of i.notes)
      lines.push(`      第 ${n.row} 行为备注，未导入 / row ${n.row} is a note, not data: ${escapeControls(n.text)}`);
  }
  for (const e of report.fileErrors) lines.push(`  ✗ ${where(e.file, e.sheet)}: ${escapeControls(e.detail)}`);
  for (const w of report.warnings) lines.push(`  ! ${where(w.file, w.sheet)}: ${escapeControls(w.detail)}`);
  const t = report.totals;
  lines.push(`  合计 total: 读取 read ${t.rowsRead} = 导入 loaded ${t.loaded} + 拒绝 rejected ${t.rejected}`);
  for (const r of report.rejects.slice(0, maxRejects)) lines.push(`  ${formatReject(r)}`);
  if (report.rejectsTotal > Math.min(maxRejects, report.rejects.length)) {
    lines.push(
      `  … 共 ${report.rejectsTotal} 行被拒绝，详见 ${REPORT.file} / ${report.rejectsTotal} rejected rows in all, see ${REPORT.file}`,
    );
  }
  return lines.join('\n');
}

export function formatReject(r: RejectReport): string {
  const at = `${where(r.file, r.sheet)} 第 ${r.row} 行 row ${r.row}`;
  const col = `${r.cell ? `${r.cell} 列 ` : ''}「${escapeControls(r.header ?? r.column)}」`;
  const value = r.value === null ? '' : ` "${escapeControls(r.value)}"`;
  const dup = r.duplicateOf
    ? ` (第 ${r.duplicateOf.row} 行 / row ${r.duplicateOf.row} of ${shown(r.duplicateOf.file)})`
    : '';
  return `✗ ${at} ${col}: ${r.reason.zh} / ${r.reason.en}${value}${dup}`;
}

/** Rows loaded without an optional reference that could not be checked: said, with how many rows. */
function uncheckedWarning(u: Validation['unchecked'][number], sources: readonly SourceRef[]): FileProblem {
  const source = sources[u.src];
  const column = tableDef(u.table).columns.find((c) => c.name === u.column);
  const ref = column?.ref ? tableDef(column.ref.table) : null;
  return {
    file: source?.file ?? '',
    sheet: source?.staged.sheet ?? null,
    code: 'unchecked_ref',
    detail:
      `${u.rows} 行的「${column?.zh ?? u.column}」未使用：本数据未包含${ref?.zh ?? ''}表，无法核对 / ` +
      `${u.rows} rows loaded without their ${u.column}: this data holds no ${ref?.name ?? ''} table to check it against`,
  };
}
