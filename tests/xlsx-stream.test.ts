/**
 * The streamed XLSX reader gives exactly the rows SheetJS gives (the reader
 * it replaced for XLSX): same sheets, row numbers and cell texts, on the
 * fixtures LibreOffice wrote, the sample workbooks, and random workbooks.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWorkbook, sheetJsRows } from '../src/ingest/read-xlsx';
import { scanFile } from '../src/ingest/scan';
import type { SourceRow } from '../src/ingest/source';
import { FIXTURES, tempDir } from './helpers';

const ROOT = join(import.meta.dirname, '..');

async function all(rows: AsyncIterable<readonly SourceRow[]>): Promise<SourceRow[]> {
  const out: SourceRow[] = [];
  for await (const batch of rows) out.push(...batch);
  return out;
}

async function streamed(path: string) {
  const sheets = await readWorkbook(await scanFile(path, 'f.xlsx'));
  return Promise.all(sheets.map(async (s) => ({ sheet: s.sheet, rows: await all(s.rows) })));
}

async function viaSheetJs(path: string) {
  const book = XLSX.read(readFileSync(path), {
    dense: true,
    cellNF: true,
    cellDates: false,
    cellHTML: false,
    cellStyles: false,
  });
  return Promise.all(
    book.SheetNames.map(async (name) => ({ sheet: name, rows: await all(sheetJsRows(book.Sheets[name])) })),
  );
}

describe('streamed XLSX = SheetJS', () => {
  const files = [
    join(FIXTURES, 'readers', 'ledger-lo.xlsx'),
    ...readdirSync(join(ROOT, 'data', 'sample'))
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => join(ROOT, 'data', 'sample', f)),
  ];
  it.each(files)('%s', async (path) => {
    const mine = await streamed(path);
    expect(mine.reduce((n, s) => n + s.rows.length, 0)).toBeGreaterThan(0);
    expect(mine).toEqual(await viaSheetJs(path));
  });

  // Cells as exports hold them: text with markup, quotes, line breaks and control characters, numbers, dates in
  // date formats (the CJK one WPS writes too), booleans, and holes (missing cells, missing rows).
  const value = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('a&b<c>', '"q"', '行一\r\n行二', '\u0001x', ' 空格 ', '_x000D_', '=1+1'),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.boolean(),
    fc.record({
      day: fc.integer({ min: 1, max: 60000 }),
      z: fc.constantFrom('yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '0.00'),
    }),
    fc.constant(null),
  );
  const sheet = fc.array(fc.array(value, { maxLength: 7 }), { maxLength: 25 });

  it('on 200 random workbooks, with shared strings and with inline strings', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sheets, sst) => {
        const book = XLSX.utils.book_new();
        sheets.forEach((rows, i) => {
          const ws: XLSX.WorkSheet = {};
          let width = 1;
          for (const [r, row] of rows.entries()) {
            for (const [c, v] of row.entries()) {
              if (v === null) continue;
              width = Math.max(width, c + 1);
              ws[XLSX.utils.encode_cell({ r, c })] =
                typeof v === 'object'
                  ? { t: 'n', v: v.day, z: v.z }
                  : typeof v === 'number'
                    ? { t: 'n', v }
                    : typeof v === 'boolean'
                      ? { t: 'b', v }
                      : { t: 's', v };
            }
          }
          ws['!ref'] = XLSX.utils.encode_range({
            s: { r: 0, c: 0 },
            e: { r: Math.max(rows.length - 1, 0), c: width - 1 },
          });
          XLSX.utils.book_append_sheet(book, ws, `表${i + 1}`);
        });
        const path = join(dir, 'random.xlsx');
        writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: sst, compression: true }));
        expect(await streamed(path)).toEqual(await viaSheetJs(path));
      }),
      { numRuns: 200 },
    );
  });
});
