/**
 * The bench's workbook figure: the ledger CSVs of the run written as one XLSX
 * sheet (SheetJS, as a WPS or Excel export holds them), then built with the
 * JavaScript heap capped at 2 GB, as on an office PC with 8 GB of memory.
 * Rows loaded are checked against the rows of the CSVs.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { REPORT } from '../src/model/report';
import { readReport } from '../src/ssr/site-data';

export interface XlsxFigures {
  readonly rows: number;
  readonly seconds: number;
  /** The whole build's peak: reading the workbook, then DuckDB validating and deriving (as for the CSVs). */
  readonly peakMiB: number;
  readonly loaded: number;
  readonly heapCapMiB: number;
  /** Reading the workbook alone (scripts/read-workbook.ts): the streamed reader's own peak, against the target. */
  readonly readSeconds: number;
  readonly readPeakMiB: number;
  readonly readPeakTargetMiB: number;
}

export const XLSX_HEAP_CAP_MIB = 2048;
/** Issue 17: a million-row sheet read in under 1 GiB resident. */
export const XLSX_READ_PEAK_TARGET_MIB = 1024;

/** Writes `<root>/xlsx`: the ledger as one workbook, with the members workbook and the rules beside it. */
export function writeLedgerWorkbook(input: string, root: string): { dir: string; rows: number } {
  const dir = join(root, 'xlsx');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rows: string[][] = [];
  let header: string[] = [];
  for (const file of readdirSync(input).filter((f) => f.startsWith('积分台账') && f.endsWith('.csv'))) {
    // The generator writes these files without quoted commas: a split is a faithful parse here.
    const lines = readFileSync(join(input, file), 'utf8')
      .replace(/^\ufeff/, '')
      .split(/\r?\n/);
    header = lines[0].split(',');
    for (const line of lines.slice(1)) if (line) rows.push(line.split(','));
  }
  const sheet = XLSX.utils.aoa_to_sheet([header, ...rows], { dense: true });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '积分台账');
  writeFileSync(join(dir, '积分台账.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));
  for (const f of readdirSync(input).filter((f) => !f.startsWith('积分台账') && !f.endsWith('.csv')))
    copyFileSync(join(input, f), join(dir, f));
  // The other CSV exports come along, so the members and organisations the ledger refers to are there.
  for (const f of readdirSync(input).filter((f) => f.endsWith('.csv') && !f.startsWith('积分台账')))
    copyFileSync(join(input, f), join(dir, f));
  return { dir, rows: rows.length };
}

/** Rows the build loaded from the workbook, from its report. */
export function loadedFromWorkbook(outDir: string): number {
  if (!existsSync(join(outDir, REPORT.file))) return 0;
  return readReport(outDir)
    .inputs.filter((i) => i.file === '积分台账.xlsx')
    .reduce((sum, i) => sum + i.loaded, 0);
}
