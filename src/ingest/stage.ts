/**
 * Staging: one recognised file or sheet becomes a plain UTF-8 CSV holding
 * only the mapped columns (personal identifiers never reach it), each row
 * prefixed with the row number the user sees. DuckDB then reads that CSV
 * and validates it in SQL.
 */

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { normalizeHeader, type TableName, tableDef } from '../model/schema';
import type { DirectPlan } from './direct-csv';
import { EXAMPLE_ROW_MARK, type HeaderMatch, matchHeader, NOTE_ROW } from './headers';
import { cleanCell, InputError, type Sheet, type SourceRow } from './source';

/** How many rows to search for the header (title rows sit above it). */
const HEADER_SEARCH_ROWS = 30;

export interface StagedSheet {
  readonly sheet: string | null;
  readonly table: TableName;
  readonly headerRow: number;
  readonly rowsRead: number;
  readonly blankRows: number;
  readonly notes: readonly { row: number; text: string }[];
  readonly extraColumns: readonly string[];
  readonly personalColumns: readonly string[];
  /** Where each schema column came from: its header text and 0-based column index. */
  readonly columns: Readonly<Record<string, { header: string; index: number }>>;
  readonly stagedPath: string;
  /** Read by DuckDB itself (src/ingest/direct-csv.ts): the plan, then the temp table it was loaded into. */
  readonly direct?: DirectPlan;
  readonly stagedTable?: string;
}

export type ProgressFn = (rows: number) => void;

export async function stageSheet(
  source: Sheet,
  display: string,
  stagedPath: string,
  progress?: ProgressFn,
): Promise<StagedSheet | null> {
  const iterator = source.rows[Symbol.asyncIterator]();
  const header = await findHeader(iterator);
  if (!header) {
    await iterator.return?.(undefined); // stop reading: closes the file (a workbook's part stream too)
    return null;
  }
  const { match, row: headerRow, cells: headerCells, rest } = header;
  const headerFirst = headerCells.find((c) => c !== '') ?? '';
  const out = createWriteStream(stagedPath, { encoding: 'utf8' });
  const writer = new StagedWriter(out);
  const counts = { rowsRead: 0, blankRows: 0 };
  const notes: { row: number; text: string }[] = [];
  const stageBatch = async (batch: readonly SourceRow[]) => {
    let lines = '';
    for (const row of batch) {
      const kind = classifyRow(row, match, headerFirst);
      if (kind === 'blank') counts.blankRows++;
      else if (kind !== 'data') notes.push({ row: row.row, text: kind.note });
      else {
        counts.rowsRead++;
        lines += stagedLine(row, match);
      }
    }
    await writer.write(lines);
    progress?.(counts.rowsRead);
  };
  try {
    await stageBatch(rest);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) await stageBatch(next.value);
    await writer.close();
  } catch (err) {
    out.destroy();
    if (err instanceof InputError) throw err;
    throw new InputError('read_failed', display, `读取失败 / read failed: ${(err as Error).message}`, source.sheet);
  }
  progress?.(counts.rowsRead);
  return {
    sheet: source.sheet,
    table: match.table,
    headerRow,
    ...counts,
    notes,
    extraColumns: match.extra,
    personalColumns: match.personal,
    columns: columnSources(match, headerCells),
    stagedPath,
  };
}

export function columnSources(match: HeaderMatch, cells: readonly string[]): StagedSheet['columns'] {
  const columns: Record<string, { header: string; index: number }> = {};
  tableDef(match.table).columns.forEach((col, i) => {
    const index = match.sourceIndex[i];
    if (index >= 0) columns[col.name] = { header: cells[index], index };
  });
  return columns;
}

export interface FoundHeader {
  readonly match: HeaderMatch;
  readonly row: number;
  readonly cells: string[];
  /** The rows of the header's batch that follow it. */
  readonly rest: readonly SourceRow[];
  /** A cell at or above the header holds a line break: lines and records differ there. */
  readonly breakAbove: boolean;
}

/** The header row within the first rows. */
export async function findHeader(iterator: AsyncIterator<readonly SourceRow[]>): Promise<FoundHeader | null> {
  let seen = 0;
  let breakAbove = false;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const batch = next.value;
    for (let i = 0; i < batch.length; i++) {
      if (seen++ >= HEADER_SEARCH_ROWS) return null;
      breakAbove ||= batch[i].cells.some((c) => c.includes('\n') || c.includes('\r'));
      const cells = batch[i].cells.map(cleanCell);
      if (cells.filter((c) => c !== '').length < 2) continue;
      const match = matchHeader(cells);
      if (match) return { match, row: batch[i].row, cells, rest: batch.slice(i + 1), breakAbove };
    }
  }
  return null;
}

type RowKind = 'blank' | 'data' | { note: string };

/** Whether a row below the header is data, blank, or a note (or the header again). */
export function classifyRow(row: SourceRow, match: HeaderMatch, headerFirst: string): RowKind {
  let filled = 0;
  let first = '';
  for (const cell of row.cells) {
    const c = cleanCell(cell);
    if (c === '') continue;
    if (filled++ === 0) first = c;
  }
  if (filled === 0) return 'blank';
  if (first === EXAMPLE_ROW_MARK)
    return { note: "导入模板的示例行，未导入 / an import template's example row: not loaded" };
  if (filled <= 2 && NOTE_ROW.test(first)) {
    return {
      note: row.cells
        .map(cleanCell)
        .filter((c) => c !== '')
        .join(' ')
        .slice(0, 200),
    };
  }
  // A header repeated further down (exports pasted together): checked only when the first cell could be one.
  if (first === headerFirst && row.cells.map((c) => normalizeHeader(cleanCell(c))).join('|') === match.signature) {
    return { note: '重复的表头行 / repeated header row' };
  }
  return 'data';
}

const NEEDS_QUOTES = /[",\r\n]/;

function stagedLine(row: SourceRow, match: HeaderMatch): string {
  const cells = row.cells;
  let line = String(row.row);
  for (const index of match.sourceIndex) {
    const value = index >= 0 && index < cells.length ? cleanCell(cells[index]) : '';
    if (value === '') line += ',';
    else if (NEEDS_QUOTES.test(value)) line += `,"${value.replace(/"/g, '""')}"`;
    else line += `,${value}`;
  }
  return `${line}\n`;
}

/** Buffers lines and respects the stream's backpressure, so memory stays flat on big files. */
class StagedWriter {
  private buffer: string[] = [];
  private size = 0;
  constructor(private readonly out: WriteStream) {}

  async write(lines: string): Promise<void> {
    if (!lines) return;
    this.buffer.push(lines);
    this.size += lines.length;
    if (this.size > 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const ok = this.out.write(this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
    if (!ok) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }
}

/** The DuckDB `columns` argument for reading a staged CSV of this table. */
export function stagedColumns(table: TableName): Record<string, string> {
  const cols: Record<string, string> = { _row: 'INTEGER' };
  for (const c of tableDef(table).columns) cols[c.name] = 'VARCHAR';
  return cols;
}
