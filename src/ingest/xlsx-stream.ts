/**
 * XLSX read as a stream: the ZIP's parts are inflated as they are read
 * (src/ingest/zip.ts) and their XML parsed by saxes as it arrives, so a
 * million-row sheet never sits in memory whole; only the shared strings and
 * the number formats do. Cells become the same text SheetJS gives them
 * (tests/xlsx-stream.test.ts compares the two): cached values of formulas,
 * numbers in plain notation, date-formatted serials as ISO dates.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { READER_CELL_CAP, WORKBOOK_LIMITS } from '../model/limits';
import type { SourceRow } from './source';
import { isDateFormat, numberText, serialToIso, XLSX_BUILTIN_FORMATS } from './xlsx-cells';
import { type PartLimits, readPart, type ZipEntry } from './zip';

const L = WORKBOOK_LIMITS;
export const SHEET_LIMITS: PartLimits = { maxBytes: L.sheetBytes, maxRatio: L.ratio };
export const STRINGS_LIMITS: PartLimits = { maxBytes: L.sharedStringsBytes, maxRatio: L.ratio };
export const SMALL_LIMITS: PartLimits = { maxBytes: L.otherPartBytes, maxRatio: L.ratio };

const BATCH = 10000;

/** The element name without its namespace prefix (strict OOXML writes x:c). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Feeds a part's XML to a parser as it inflates; yields after each piece, so the caller can hand rows on. */
async function* pump(path: string, entry: ZipEntry, limits: PartLimits, parser: SaxesParser): AsyncGenerator<void> {
  const decoder = new TextDecoder('utf-8');
  for await (const bytes of readPart(path, entry, limits)) {
    parser.write(decoder.decode(bytes, { stream: true }));
    yield;
  }
  parser.write(decoder.decode());
  parser.close();
}

/** Reads a whole (small) part through handlers. */
async function parsePart(
  path: string,
  entry: ZipEntry,
  limits: PartLimits,
  setup: (parser: SaxesParser) => void,
): Promise<void> {
  const parser = new SaxesParser();
  setup(parser);
  for await (const _ of pump(path, entry, limits, parser));
}

/** Text that stops growing past the reader's cap: enough for validation to tell it is too long, never more. */
const capped = (text: string, more: string) =>
  text.length + more.length <= READER_CELL_CAP
    ? text + more
    : text + more.slice(0, Math.max(READER_CELL_CAP - text.length, 0));

class CappedText {
  text = '';
  add(more: string): void {
    this.text = capped(this.text, more);
  }
}

/** OOXML escapes characters XML cannot hold as _xHHHH_; SheetJS also turns CRLF into LF. */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x') && !text.includes('\r')) return text; // nearly every cell: no regular expression
  return text
    .replace(/_x([\da-fA-F]{4})_/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\r\n/g, '\n');
}

/** Attributes of a relationships part: Id → Target, with each Type. */
export async function readRels(path: string, entry: ZipEntry): Promise<Map<string, { target: string; type: string }>> {
  const rels = new Map<string, { target: string; type: string }>();
  await parsePart(path, entry, SMALL_LIMITS, (p) =>
    p.on('opentag', (tag) => {
      if (local(tag.name) === 'Relationship') {
        const a = tag.attributes as Record<string, string>;
        rels.set(a.Id, { target: a.Target ?? '', type: a.Type ?? '' });
      }
    }),
  );
  return rels;
}

export interface WorkbookInfo {
  readonly sheets: readonly { name: string; rel: string }[];
}

export async function readWorkbookXml(path: string, entry: ZipEntry): Promise<WorkbookInfo> {
  const sheets: { name: string; rel: string }[] = [];
  await parsePart(path, entry, SMALL_LIMITS, (p) =>
    p.on('opentag', (tag) => {
      if (local(tag.name) !== 'sheet') return;
      const a = tag.attributes as Record<string, string>;
      const rel = Object.entries(a).find(([k]) => local(k) === 'id' && k !== 'sheetId')?.[1] ?? '';
      sheets.push({ name: a.name ?? '', rel });
    }),
  );
  return { sheets };
}

/** Shared strings: the text of each <si>, phonetic runs (<rPh>) left out, as SheetJS reads them. */
export async function readSharedStrings(path: string, entry: ZipEntry): Promise<string[]> {
  const strings: string[] = [];
  let current: CappedText | null = null;
  let inT = false;
  let phonetic = 0;
  await parsePart(path, entry, STRINGS_LIMITS, (p) => {
    p.on('opentag', (tag) => {
      const name = local(tag.name);
      if (name === 'si') current = new CappedText();
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0 && !tag.isSelfClosing) inT = true;
    });
    p.on('closetag', (tag) => {
      const name = local(tag.name);
      if (name === 'si' && current) {
        strings.push(unescapeOoxml(current.text));
        current = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inT = false;
    });
    const text = (t: string) => {
      if (inT && current) current.add(t);
    };
    p.on('text', text);
    p.on('cdata', text);
  });
  return strings;
}

/** The number format of each cell style (cellXfs index), custom formats first, then Excel's built-in ones. */
export async function readStyles(path: string, entry: ZipEntry): Promise<string[]> {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await parsePart(path, entry, SMALL_LIMITS, (p) => {
    p.on('opentag', (tag) => {
      const name = local(tag.name);
      const a = tag.attributes as Record<string, string>;
      if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = !tag.isSelfClosing;
      else if (name === 'xf' && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    });
    p.on('closetag', (tag) => {
      if (local(tag.name) === 'cellXfs') inCellXfs = false;
    });
  });
  return xfFormats.map((id) => custom.get(id) ?? XLSX_BUILTIN_FORMATS[id] ?? 'General');
}

export interface SheetContext {
  readonly strings: readonly string[];
  /** For each style index, whether its number format shows a date. */
  readonly dateStyles: readonly boolean[];
}

/** Excel's error values that SheetJS knows; any other error text reads as empty. */
const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#WTF?']);

export function dateStylesOf(formats: readonly string[]): boolean[] {
  return formats.map(isDateFormat);
}

/** A cell being read: its attributes, its value and whether it holds a formula. */
interface CellState {
  col: number;
  row: number;
  type: string | null;
  style: number;
  value: string | null;
  inline: string | null;
  formula: boolean;
}

/**
 * A worksheet's rows as SheetJS's dense array holds them: every row up to the
 * last one with a value (rows between without values come as empty rows), each
 * as long as its last cell with a value.
 */
export async function* sheetRows(path: string, entry: ZipEntry, ctx: SheetContext): AsyncGenerator<SourceRow[]> {
  const parser = new SaxesParser();
  let batch: SourceRow[] = [];
  let emitted = 0; // rows handed on so far: 1..emitted
  let rowNumber = 0;
  let cells: string[] = [];
  let rowHasValue = false;
  let column = -1;
  let cell: CellState | null = null;
  let target: 'v' | 't' | 'f' | null = null;
  let phonetic = 0;
  let failure: Error | null = null;

  const finishRow = () => {
    if (!rowHasValue) return;
    if (rowNumber <= emitted) failure ??= new Error(`row ${rowNumber} comes after row ${emitted}`);
    for (let r = emitted + 1; r < rowNumber; r++) batch.push({ row: r, cells: [] });
    batch.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') }); // holes are empty cells
    emitted = rowNumber;
  };

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    const a = tag.attributes;
    switch (name) {
      case 'row':
        rowNumber = a.r ? Number.parseInt(a.r, 10) : rowNumber + 1;
        cells = [];
        rowHasValue = false;
        column = -1;
        break;
      case 'c': {
        const ref = a.r ? parseRef(a.r) : null;
        column = ref ? ref.col : column + 1;
        cell = {
          col: column,
          row: ref?.row ?? rowNumber,
          type: a.t ?? null,
          style: a.s === undefined ? -1 : Number(a.s),
          value: null,
          inline: null,
          formula: false,
        };
        break;
      }
      case 'v':
        if (cell) {
          cell.value = '';
          target = 'v';
        }
        break;
      case 'f':
        // A shared formula's followers are empty <f t="shared" si=".."/>: still formulas.
        if (cell && (a.t === 'shared' || !tag.isSelfClosing)) target = 'f';
        if (cell && a.t === 'shared') cell.formula = true;
        break;
      case 'is':
        if (cell) cell.inline = '';
        break;
      case 'rPh':
        phonetic++;
        break;
      case 't':
        if (cell && cell.inline !== null && phonetic === 0) target = 't';
        break;
    }
  });
  const onText = (text: string) => {
    if (!cell || target === null) return;
    if (target === 'v') cell.value = capped(cell.value ?? '', text);
    else if (target === 't') cell.inline = capped(cell.inline ?? '', text);
    else if (target === 'f' && text !== '') cell.formula = true;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    if (name === 'v' || name === 't' || name === 'f') target = null;
    else if (name === 'rPh') phonetic--;
    else if (name === 'c' && cell) {
      const text = cellValue(cell, ctx);
      if (text !== null) {
        if (cell.row !== rowNumber) failure ??= new Error(`cell of row ${cell.row} inside row ${rowNumber}`);
        cells[cell.col] = text;
        rowHasValue = true;
      }
      cell = null;
    } else if (name === 'row') finishRow();
  });

  for await (const _ of pump(path, entry, SHEET_LIMITS, parser)) {
    if (failure) throw failure;
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (failure) throw failure;
  if (batch.length) yield batch;
}

/** "AB12" → column 27 (0-based), row 12. */
function parseRef(ref: string): { col: number; row: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) - 64;
    if (code < 1 || code > 26) break;
    col = col * 26 + code;
  }
  const row = Number.parseInt(ref.slice(i), 10);
  return i === 0 ? null : { col: col - 1, row: Number.isNaN(row) ? 0 : row };
}

/** The cell's text as SheetJS would give it (see cellText), or null when SheetJS makes no cell of it. */
function cellValue(cell: CellState, ctx: SheetContext): string | null {
  const raw = cell.value ?? undefined;
  const v = raw === '' ? undefined : raw; // SheetJS ignores an empty <v/>
  switch (cell.type) {
    case null:
    case 'n': {
      // A formula with no cached value reads as 0 (an explicit t="n" does not).
      if (v === undefined) return cell.type === null && cell.formula ? '0' : null;
      const n = Number.parseFloat(v);
      return ctx.dateStyles[cell.style] ? serialToIso(n) : numberText(n);
    }
    case 's': {
      if (v === undefined) return null;
      const s = ctx.strings[Number.parseInt(v, 10)];
      if (s === undefined) throw new Error(`shared string ${v} does not exist`);
      return s;
    }
    case 'str':
      return v === undefined ? '' : unescapeOoxml(v);
    case 'inlineStr':
      return cell.inline === null ? '' : unescapeOoxml(cell.inline);
    case 'b':
      return v === '1' || v === 'true' ? 'TRUE' : 'FALSE';
    case 'e':
      return v !== undefined && ERRORS.has(v) ? v : '';
    case 'd': {
      const ms = Date.parse(v ?? '');
      if (Number.isNaN(ms)) return '';
      const serial = ms / 86400000 + 25569;
      return ctx.dateStyles[cell.style] ? serialToIso(serial) : numberText(serial);
    }
    default:
      return v ?? '';
  }
}
