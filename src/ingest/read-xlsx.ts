/**
 * Workbooks. XLSX / XLSM (a ZIP) are streamed (src/ingest/xlsx-stream.ts):
 * a part that would inflate past its limits is refused before it is
 * inflated, naming the sheet. Anything else (.xls, an XML or HTML table saved
 * as .xls) goes through SheetJS, which holds it whole: such files are small.
 * Every sheet is offered to header recognition.
 */
import { open, readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Scan } from './scan';
import { InputError, type Sheet, type SourceRow } from './source';
import { cellText } from './xlsx-cells';
import {
  dateStylesOf,
  readRels,
  readSharedStrings,
  readStyles,
  readWorkbookXml,
  SHEET_LIMITS,
  type SheetContext,
  SMALL_LIMITS,
  STRINGS_LIMITS,
  sheetRows,
} from './xlsx-stream';
import { checkDeclared, type PartLimits, readZipDirectory, type ZipEntry, ZipError } from './zip';

export { cellText, numberText, serialToIso } from './xlsx-cells';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';
const relType = (type: string) => type.replace(REL, '').replace(STRICT_REL, '');

export async function readWorkbook(scan: Scan): Promise<Sheet[]> {
  if (scan.bytes === 0) throw new InputError('empty_file', scan.display, '文件为空 / the file is empty');
  if (!(await startsLikeZip(scan.path))) return sheetJsWorkbook(scan);
  try {
    return await streamedWorkbook(scan);
  } catch (err) {
    throw asInputError(err, scan.display, null);
  }
}

async function startsLikeZip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    await fh.read(head, 0, 4, 0);
    return head.readUInt32LE(0) === 0x04034b50;
  } finally {
    await fh.close();
  }
}

function asInputError(err: unknown, display: string, sheet: string | null): InputError {
  if (err instanceof InputError) return err;
  const message = String((err as Error).message ?? err).slice(0, 300);
  if (err instanceof ZipError && err.code === 'too_large') {
    return new InputError(
      'workbook_too_large',
      display,
      `解压后过大，疑似压缩炸弹，未读取 / too large once inflated, refused unread as a likely zip bomb (${message})`,
      sheet,
    );
  }
  return new InputError('bad_workbook', display, `无法读取的 Excel 文件 / unreadable workbook (${message})`, sheet);
}

async function streamedWorkbook(scan: Scan): Promise<Sheet[]> {
  const { path, display } = scan;
  const entries = await readZipDirectory(path, scan.bytes);
  const part = (name: string, limits: PartLimits): ZipEntry | undefined => {
    const entry = entries.get(name);
    if (entry) checkDeclared(entry, limits);
    return entry;
  };
  const rootRels = part('_rels/.rels', SMALL_LIMITS);
  const office = rootRels
    ? [...(await readRels(path, rootRels)).values()].find((r) => relType(r.type) === 'officeDocument')
    : null;
  const bookPath = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  const book = part(bookPath, SMALL_LIMITS);
  if (!book) throw new ZipError('not_zip', `${bookPath} is missing`);
  const bookDir = posix.dirname(bookPath);
  const relsEntry = part(posix.join(bookDir, '_rels', `${posix.basename(bookPath)}.rels`), SMALL_LIMITS);
  const rels = relsEntry ? await readRels(path, relsEntry) : new Map<string, { target: string; type: string }>();
  const targetOf = (type: string) => [...rels.values()].find((r) => relType(r.type) === type)?.target;
  const { sheets } = await readWorkbookXml(path, book);

  // Every sheet's declaration is checked before anything is inflated: a bomb anywhere refuses the file, naming its sheet.
  const planned = sheets.map((s) => {
    const rel = rels.get(s.rel);
    const entry =
      rel && relType(rel.type) === 'worksheet' ? entries.get(resolveTarget(bookDir, rel.target)) : undefined;
    try {
      if (entry) checkDeclared(entry, SHEET_LIMITS);
    } catch (err) {
      throw asInputError(err, display, s.name);
    }
    return { name: s.name, entry, isWorksheet: !!rel && relType(rel.type) === 'worksheet' };
  });
  const stringsTarget = targetOf('sharedStrings');
  const stylesTarget = targetOf('styles');
  const stringsEntry = stringsTarget ? part(resolveTarget(bookDir, stringsTarget), STRINGS_LIMITS) : undefined;
  const stylesEntry = stylesTarget ? part(resolveTarget(bookDir, stylesTarget), SMALL_LIMITS) : undefined;
  const ctx: SheetContext = {
    strings: stringsEntry ? await readSharedStrings(path, stringsEntry) : [],
    dateStyles: stylesEntry ? dateStylesOf(await readStyles(path, stylesEntry)) : [],
  };
  return planned.map(({ name, entry, isWorksheet }) => {
    if (isWorksheet && !entry) throw asInputError(new Error('the sheet part is missing'), display, name);
    return { sheet: name, rows: entry ? namedErrors(sheetRows(path, entry, ctx), display, name) : noRows() };
  });
}

/** A relationship target, relative to the part's folder unless it starts with "/". */
function resolveTarget(dir: string, target: string): string {
  return target.startsWith('/') ? posix.normalize(target.slice(1)) : posix.normalize(posix.join(dir, target));
}

/** A chart sheet or a dialog sheet: no cells. */
async function* noRows(): AsyncGenerator<SourceRow[]> {}

/** Any failure while a sheet streams becomes a file error naming the sheet. */
async function* namedErrors(
  rows: AsyncGenerator<SourceRow[]>,
  display: string,
  sheet: string,
): AsyncGenerator<SourceRow[]> {
  try {
    yield* rows;
  } catch (err) {
    throw asInputError(err, display, sheet);
  }
}

async function sheetJsWorkbook(scan: Scan): Promise<Sheet[]> {
  const { path, display } = scan;
  const bytes = await readFile(path);
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, { dense: true, cellNF: true, cellDates: false, cellHTML: false, cellStyles: false });
  } catch (err) {
    throw asInputError(err, display, null);
  }
  return book.SheetNames.map((name) => ({ sheet: name, rows: sheetJsRows(book.Sheets[name]) }));
}

/** The rows of a sheet SheetJS has read, as its dense array holds them. */
export async function* sheetJsRows(ws: XLSX.WorkSheet | undefined): AsyncGenerator<SourceRow[]> {
  const data = (ws as { '!data'?: (XLSX.CellObject | undefined)[][] } | undefined)?.['!data'] ?? [];
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
