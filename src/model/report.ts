/**
 * report.json, the build report (导入报告): for every input file and sheet,
 * rows read = rows loaded + rows rejected, and every reject with file, sheet,
 * the row and column the user sees in Excel, and the reason in Chinese and
 * English. This schema is its one definition: the build validates the report
 * before writing it, the report page parses it. Browser-safe.
 */
import { z } from 'zod/mini';
import { jsonContract } from './json-contract';
import { TABLE_NAMES } from './schema';

const count = z.int().check(z.nonnegative());
const row = z.int().check(z.positive());
const sheet = z.nullable(z.string());

const inputReportSchema = z.object({
  file: z.string(),
  sheet,
  table: z.nullable(z.enum(TABLE_NAMES)),
  encoding: z.nullable(z.string()),
  headerRow: z.nullable(row),
  rowsRead: count,
  loaded: count,
  rejected: count,
  blankRows: count,
  notes: z.array(z.object({ row, text: z.string() })),
  /** The first columns no table uses (at most 100); extraColumnsCount says how many there are. */
  extraColumns: z.array(z.string()),
  extraColumnsCount: count,
  personalColumnsDropped: z.array(z.string()),
  fromCache: z.boolean(),
  /** Who read the file: DuckDB's CSV reader (the fast path) or the JavaScript readers. */
  reader: z.enum(['duckdb', 'javascript']),
});
export type InputReport = z.infer<typeof inputReportSchema>;

const rejectReportSchema = z.object({
  file: z.string(),
  sheet,
  row,
  table: z.enum(TABLE_NAMES),
  column: z.string(),
  /** The header text in the file and the Excel column letter. */
  header: z.nullable(z.string()),
  cell: z.nullable(z.string()),
  code: z.string(),
  reason: z.object({ zh: z.string(), en: z.string() }),
  /** The rejected value (at most 200 characters); null in a public build's report. */
  value: z.nullable(z.string()),
  duplicateOf: z.nullable(z.object({ file: z.string(), sheet, row })),
});
export type RejectReport = z.infer<typeof rejectReportSchema>;

const fileProblemSchema = z.object({ file: z.string(), sheet, code: z.string(), detail: z.string() });
export type FileProblem = z.infer<typeof fileProblemSchema>;

export const reportSchema = z.object({
  ok: z.boolean(),
  generatedAt: z.iso.datetime(),
  inputs: z.array(inputReportSchema),
  fileErrors: z.array(fileProblemSchema),
  warnings: z.array(fileProblemSchema),
  /** The rejects listed (the first of them, when there are very many); `rejectsTotal` counts them all. */
  rejects: z.array(rejectReportSchema),
  rejectsTotal: count,
  totals: z.object({ rowsRead: count, loaded: count, rejected: count }),
});
export type Report = z.infer<typeof reportSchema>;

/** report.json: its name, and the one way to read it (throws one error naming each field that is wrong). */
export const REPORT = jsonContract(reportSchema, 'report.json', { zh: '导入报告', en: 'import report' });
