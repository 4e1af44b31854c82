/**
 * The fast path for the common export, a UTF-8 CSV of one line per record:
 * DuckDB's own reader loads it straight into the build's database, about four
 * times faster than tokenising it in JavaScript and staging it as a file.
 *
 * It must give exactly what the JavaScript path gives, so it is taken only
 * where the two provably agree, and anything unusual falls back:
 *  - no blank line and no lone CR, so DuckDB's row count is the Excel row number;
 *  - no line break in a cell at or above the header row, so skipping lines skips records;
 *  - every record exactly as wide as the header (DuckDB's strict mode errors otherwise);
 *  - the rare rows that could be blank, notes or a repeated header are handed
 *    to the JavaScript classifier (`classifyRow`), the same one the other path uses.
 * tests/direct-csv.test.ts builds random files both ways and compares.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { sqlIdent } from '../sql/literal';
import { detectDelimiter } from './csv-tokenizer';
import type { Db } from './db';
import { EXAMPLE_ROW_MARK, type HeaderMatch } from './headers';
import type { CsvSheet } from './read-csv';
import { classifyRow, findHeader, type StagedSheet } from './stage';

export interface DirectPlan {
  readonly path: string;
  readonly delimiter: string;
  /** Records above and including the header: DuckDB skips this many lines. */
  readonly headerRow: number;
  readonly width: number;
  readonly headerCells: readonly string[];
  readonly headerFirst: string;
  readonly match: HeaderMatch;
}

/** Characters JavaScript's `\s` matches (cleanCell trims them), for DuckDB's trim(s, characters). */
const JS_SPACE =
  ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Whether a file may take the fast path, and how; null sends it down the JavaScript path. */
export async function planDirect(path: string, csv: CsvSheet): Promise<DirectPlan | null> {
  if (csv.encoding !== 'utf-8' || !(await oneLinePerRecord(path))) return null;
  const delimiter = await firstLineDelimiter(path);
  if (!delimiter) return null;
  const iterator = csv.rows[Symbol.asyncIterator]();
  try {
    const header = await findHeader(iterator);
    if (!header || header.breakAbove) return null;
    const headerFirst = header.cells.find((c) => c !== '') ?? '';
    const { row: headerRow, cells: headerCells, match } = header;
    return { path, delimiter, headerRow, width: headerCells.length, headerCells, headerFirst, match };
  } finally {
    await iterator.return?.(undefined); // closes the file
  }
}

/** No blank line (DuckDB skips them, shifting row numbers) and no lone CR (old Mac line ends). */
async function oneLinePerRecord(path: string): Promise<boolean> {
  let previous = 0x0a; // the start of the file counts as a line start: a leading blank line fails too
  let lastWasCR = false;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    if (bytes.length === 0) continue;
    if (lastWasCR && bytes[0] !== 0x0a) return false;
    if (previous === 0x0a && (bytes[0] === 0x0a || bytes[0] === 0x0d)) return false;
    if (bytes.indexOf('\n\n') >= 0 || bytes.indexOf('\n\r\n') >= 0) return false;
    for (let i = bytes.indexOf(0x0d); i >= 0; i = bytes.indexOf(0x0d, i + 1)) {
      if (i + 1 < bytes.length && bytes[i + 1] !== 0x0a) return false;
    }
    previous = bytes[bytes.length - 1];
    lastWasCR = previous === 0x0d;
  }
  return !lastWasCR;
}

/** The delimiter the JavaScript reader would pick, or null when the first line is too long to see whole. */
async function firstLineDelimiter(path: string): Promise<string | null> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(1 << 16);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const text = new TextDecoder('utf-8').decode(head.subarray(0, bytesRead), { stream: true });
    const complete = bytesRead < head.length || /[\r\n]/.test(text.replace(/^[\s\ufeff]*/, ''));
    return complete ? detectDelimiter(text) : null;
  } finally {
    await fh.close();
  }
}

/**
 * The rows of a loaded table in the staging table's column order. The Excel
 * row number is the table's rowid (its insertion position: the build keeps
 * insertion order) after the header: cheaper than row_number() over the scan.
 */
export const directRows = (headerRow: number) => `${ROW(headerRow)} AS _row, * EXCLUDE (_cells)`;
const ROW = (headerRow: number) => `CAST(rowid + ${Math.trunc(headerRow) + 1} AS INTEGER)`;

const column = (i: number) => `c${i}`;
const cleaned = (i: number) => `k${i}`;
// trim(s, characters) is slow (about 0.1 s per million cells): it runs only on the rare cell with space at an edge.
const EDGE = `'^[${JS_SPACE}]|[${JS_SPACE}]$'`;
const clean = (i: number) =>
  `nullif(CASE WHEN regexp_matches(${column(i)}, ${EDGE}) THEN trim(${column(i)}, '${JS_SPACE}') ELSE ${column(i)} END, '')`;

/**
 * Loads a planned file into temp table `table`: the table's columns as text
 * (m0, m1, ...) and `_cells` (read it with `directRows`); null when
 * DuckDB will not read it strictly (the caller falls back).
 */
export async function loadDirect(
  db: Db,
  plan: DirectPlan,
  table: string,
): Promise<Pick<StagedSheet, 'rowsRead' | 'blankRows' | 'notes'> | null> {
  const name = sqlIdent(table);
  const columns = `{${Array.from({ length: plan.width }, (_, i) => `'${column(i)}': 'VARCHAR'`).join(', ')}}`;
  const all = Array.from({ length: plan.width }, (_, i) => i);
  const filled = all.map((i) => `(${cleaned(i)} IS NOT NULL)::INTEGER`).join(' + ');
  const first = plan.width > 1 ? `coalesce(${all.map(cleaned).join(', ')})` : cleaned(0);
  const mapped = plan.match.sourceIndex.map((index) => (index >= 0 ? cleaned(index) : 'NULL::VARCHAR'));
  try {
    // Rows that may not be data (too few cells filled, the header again, a template's example row) keep their
    // raw cells for the classifier.
    await db.exec(
      `CREATE OR REPLACE TEMP TABLE ${name} AS
       SELECT ${mapped.map((m, i) => `${m} AS m${i}`).join(', ')},
         CASE WHEN (${filled}) <= 2 OR ${first} = $1 OR ${first} = $4 THEN [${all.map(column).join(', ')}] END AS _cells
       FROM (SELECT *, ${all.map((i) => `${clean(i)} AS ${cleaned(i)}`).join(', ')}
         FROM read_csv($2, header = false, skip = ${plan.headerRow}, auto_detect = false, delim = $3, quote = '"',
           escape = '"', strict_mode = true, null_padding = false, max_line_size = 16777216, columns = ${columns}))`,
      [plan.headerFirst, plan.path, plan.delimiter, EXAMPLE_ROW_MARK],
    );
  } catch {
    await db.exec(`DROP TABLE IF EXISTS ${name}`);
    return null;
  }
  const candidates = await db.all(
    `SELECT ${ROW(plan.headerRow)} AS _row, _cells FROM ${name} WHERE _cells IS NOT NULL ORDER BY _row`,
  );
  const notes: { row: number; text: string }[] = [];
  const skipped: number[] = [];
  let blankRows = 0;
  for (const c of candidates) {
    const row = Number(c._row);
    const cells = (c._cells as (string | null)[]).map((v) => v ?? '');
    const kind = classifyRow({ row, cells }, plan.match, plan.headerFirst);
    if (kind === 'data') continue;
    skipped.push(row);
    if (kind === 'blank') blankRows++;
    else notes.push({ row, text: kind.note });
  }
  // The skipped row numbers travel as one bound text: our own numbers, never spliced into SQL.
  if (skipped.length)
    await db.exec(
      `DELETE FROM ${name} WHERE ${ROW(plan.headerRow)} IN (SELECT CAST(unnest(string_split($1, ',')) AS INTEGER))`,
      [skipped.join(',')],
    );
  const [{ n }] = await db.all(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${name}`);
  return { rowsRead: Number(n), blankRows, notes };
}
