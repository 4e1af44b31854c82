/**
 * Staging: one recognised file or sheet becomes a plain UTF-8 CSV holding
 * only the mapped columns (personal identifiers never reach it), each row
 * prefixed with the row number the user sees. DuckDB then reads that CSV
 * and validates it in SQL.
 */

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { normalizeHeader, type TableName, tableDef } from '../model/schema';
import { type HeaderMatch, matchHeader, NOTE_ROW } from './headers';
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
  if (!header) return null;
  const { match, row: headerRow, cells: headerCells } = header;
  const out = createWriteStream(stagedPath, { encoding: 'utf8' });
  const writer = new StagedWriter(out);
  const counts = { rowsRead: 0, blankRows: 0 };
  const notes: { row: number; text: string }[] = [];
  try {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const kind = classify(next.value, match);
      if (kind === 'blank') counts.blankRows++;
      else if (kind !== 'data') notes.push({ row: next.value.row, text: kind.note });
      else {
        counts.rowsRead++;
        await writer.write(stagedLine(next.value, match));
        if (progress && counts.rowsRead % 50000 === 0) progress(counts.rowsRead);
      }
    }
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

function columnSources(match: HeaderMatch, cells: readonly string[]): StagedSheet['columns'] {
  const columns: Record<string, { header: string; index: number }> = {};
  tableDef(match.table).columns.forEach((col, i) => {
    const index = match.sourceIndex[i];
    if (index >= 0) columns[col.name] = { header: cells[index], index };
  });
  return columns;
}

async function findHeader(
  iterator: AsyncIterator<SourceRow>,
): Promise<{ match: HeaderMatch; row: number; cells: string[] } | null> {
  for (let seen = 0; seen < HEADER_SEARCH_ROWS; seen++) {
    const next = await iterator.next();
    if (next.done) return null;
    const cells = next.value.cells.map(cleanCell);
    if (cells.filter((c) => c !== '').length < 2) continue;
    const match = matchHeader(cells);
    if (match) return { match, row: next.value.row, cells };
  }
  return null;
}

type RowKind = 'blank' | 'data' | { note: string };

function classify(row: SourceRow, match: HeaderMatch): RowKind {
  const filled = row.cells.map(cleanCell).filter((c) => c !== '');
  if (filled.length === 0) return 'blank';
  if (filled.length <= 2 && NOTE_ROW.test(filled[0])) return { note: filled.join(' ').slice(0, 200) };
  if (row.cells.map((c) => normalizeHeader(cleanCell(c))).join('|') === match.signature) {
    return { note: '重复的表头行 / repeated header row' };
  }
  return 'data';
}

function stagedLine(row: SourceRow, match: HeaderMatch): string {
  let line = String(row.row);
  for (const index of match.sourceIndex) {
    const value = index >= 0 && index < row.cells.length ? cleanCell(row.cells[index]) : '';
    line += value === '' ? ',' : `,"${value.replace(/"/g, '""')}"`;
  }
  return `${line}\n`;
}

/** Buffers lines and respects the stream's backpressure, so memory stays flat on big files. */
class StagedWriter {
  private buffer: string[] = [];
  private size = 0;
  constructor(private readonly out: WriteStream) {}

  async write(line: string): Promise<void> {
    this.buffer.push(line);
    this.size += line.length;
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
