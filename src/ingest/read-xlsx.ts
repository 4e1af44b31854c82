/**
 * XLSX / XLS workbooks through SheetJS. Every sheet is offered to header
 * recognition; cells become the text a user sees: numbers in plain notation,
 * date-formatted serials as ISO dates, formulas by their cached value.
 */
import { readFile } from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import type { Scan } from './scan';
import { InputError, type Sheet, type SourceRow } from './source';

export async function readWorkbook(scan: Scan): Promise<Sheet[]> {
  const { path, display } = scan;
  const bytes = await readFile(path);
  if (bytes.length === 0) throw new InputError('empty_file', display, '文件为空 / the file is empty');
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, { dense: true, cellNF: true, cellDates: false, cellHTML: false, cellStyles: false });
  } catch (err) {
    throw new InputError(
      'bad_workbook',
      display,
      `无法读取的 Excel 文件 / unreadable workbook (${String((err as Error).message ?? err).slice(0, 200)})`,
    );
  }
  return book.SheetNames.map((name) => ({ sheet: name, rows: sheetRows(book.Sheets[name]) }));
}

async function* sheetRows(ws: XLSX.WorkSheet): AsyncGenerator<SourceRow[]> {
  const data = (ws as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? [];
  let batch: SourceRow[] = [];
  for (let r = 0; r < data.length; r++) {
    const line = data[r] ?? []; // an empty row is still a row the user sees
    const cells: string[] = [];
    for (let c = 0; c < line.length; c++) cells.push(cellText(line[c]));
    batch.push({ row: r + 1, cells });
    if (batch.length === 10000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      if (cell.z && XLSX.SSF.is_date(String(cell.z))) return serialToIso(v);
      return numberText(v);
    }
    case 'd': {
      const d = cell.v as Date;
      return Number.isNaN(d.getTime()) ? (cell.w ?? '') : d.toISOString().slice(0, 10);
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#ERROR';
    default:
      return String(cell.v);
  }
}

/** Plain notation for what Excel shows as a number: no exponent for ordinary magnitudes, no float noise. */
export function numberText(v: number): string {
  // Excel shows 15 significant digits: a 16-digit integer cell already lost its last digit there.
  const shown = Number.parseFloat(v.toPrecision(15));
  if (Number.isInteger(shown) && Math.abs(shown) < 1e21) return shown.toFixed(0);
  return String(shown);
}

/** Excel serial (days since 1899-12-30) to YYYY-MM-DD, time of day dropped. */
export function serialToIso(serial: number): string {
  const ms = Math.round((Math.floor(serial) - 25569) * 86400000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString().slice(0, 10);
}
