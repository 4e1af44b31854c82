/** Writes exports the way Excel and WPS do: GBK or BOM-marked CSV, workbooks with title rows, 序号 and notes. */

import { once } from 'node:events';
import { createWriteStream, writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';

export type Cell = string | number | null;
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gbk';

function csvField(v: Cell): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Streams rows to a CSV file in the given encoding, with CRLF line ends as Windows programs write them. */
export async function writeCsv(
  path: string,
  header: readonly string[],
  rows: Iterable<readonly Cell[]>,
  encoding: CsvEncoding,
): Promise<number> {
  const out = createWriteStream(path);
  const encode = (s: string) => (encoding === 'gbk' ? iconv.encode(s, 'gbk') : Buffer.from(s, 'utf8'));
  if (encoding === 'utf-8-bom') out.write(Buffer.from([0xef, 0xbb, 0xbf]));
  let buffer = `${header.map(csvField).join(',')}\r\n`;
  let count = 0;
  for (const row of rows) {
    buffer += `${row.map(csvField).join(',')}\r\n`;
    count++;
    if (buffer.length > 1 << 20) {
      if (!out.write(encode(buffer))) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(encode(buffer));
  await once(out, 'finish');
  return count;
}

export interface SheetSpec {
  readonly name: string;
  /** A merged title row above the header, as exported reports have. */
  readonly title?: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Add a 序号 column in front. */
  readonly serial?: boolean;
  /** Note rows at the bottom (注：...). */
  readonly notes?: readonly string[];
  /** Header names of columns to store as real Excel dates (serial numbers with a date format). */
  readonly dateColumns?: readonly string[];
}

export function writeWorkbook(path: string, sheets: readonly SheetSpec[]): void {
  const book = XLSX.utils.book_new();
  for (const spec of sheets) {
    const header = spec.serial ? ['序号', ...spec.header] : [...spec.header];
    const body = spec.rows.map((r, i) => (spec.serial ? [i + 1, ...r] : [...r]));
    const aoa: Cell[][] = [
      ...(spec.title ? [[spec.title]] : []),
      header,
      ...body,
      ...(spec.notes ?? []).map((n) => [n]),
    ];
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    const top = spec.title ? 1 : 0;
    if (spec.title) ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: header.length - 1 } }];
    for (const name of spec.dateColumns ?? []) {
      const c = header.indexOf(name);
      for (let r = 0; r < body.length; r++) {
        const addr = XLSX.utils.encode_cell({ r: r + top + 1, c });
        const v = ws[addr]?.v;
        if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))
          ws[addr] = { t: 'n', v: isoToSerial(v), z: 'yyyy-mm-dd' };
      }
    }
    XLSX.utils.book_append_sheet(book, ws, spec.name);
  }
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}

function isoToSerial(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86400000 + 25569;
}
