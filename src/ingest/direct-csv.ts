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
import { open } from 'node:fs/promises';
import { READER_CELL_CAP } from '../model/limits';
import { sqlIdent } from '../sql/literal';
import { CsvTokenizer, detectDelimiter } from './csv-tokenizer';
import type { Db } from './db';
import { EXAMPLE_ROW_MARK, type HeaderMatch } from './headers';
import { CHUNK, type Scan } from './scan';
import type { SourceRow } from './source';
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

/** DuckDB's max_line_size for the fast path. */
const MAX_LINE_BYTES = 16777216;

/** Characters JavaScript's `\s` matches (cleanCell trims them), for DuckDB's trim(s, characters). */
const JS_SPACE =
  ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * Whether a file may take the fast path, and how; null sends it down the
 * JavaScript path. Decided from the scan and the file's first MiB, where the
 * header must lie (the JavaScript reader picks its delimiter from that MiB too).
 */
export async function planDirect(scan: Scan): Promise<DirectPlan | null> {
  if (!scan.utf8 || !scan.oneLinePerRecord || scan.bytes === 0 || scan.bom || scan.binary) return null;
  // A line DuckDB would refuse: it would buffer much of it first (900 MiB for a 210 MB line) and fail.
  if (scan.longestLine > MAX_LINE_BYTES) return null;
  const text = await headText(scan);
  // The first line must be whole in what is seen, or its delimiter is a guess.
  if (scan.bytes > CHUNK && !/[\r\n]/.test(text.replace(/^[\s\ufeff]*/, ''))) return null;
  const delimiter = detectDelimiter(text);
  const rows = headRows(text, delimiter, scan.bytes <= CHUNK);
  const header = await findHeader(oneBatch(rows));
  if (!header || header.breakAbove) return null;
  const headerFirst = header.cells.find((c) => c !== '') ?? '';
  const { row: headerRow, cells: headerCells, match } = header;
  return { path: scan.path, delimiter, headerRow, width: headerCells.length, headerCells, headerFirst, match };
}

/** The first MiB as text, as the JavaScript reader decodes it (the BOM dropped, a split character held back). */
async function headText(scan: Scan): Promise<string> {
  const fh = await open(scan.path, 'r');
  try {
    const head = Buffer.alloc(Math.min(CHUNK, scan.bytes));
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    return new TextDecoder('utf-8').decode(head.subarray(0, bytesRead), { stream: true });
  } finally {
    await fh.close();
  }
}

/** The complete records of the head; the last one may run past it unless the head is the whole file. */
function headRows(text: string, delimiter: string, whole: boolean): SourceRow[] {
  const records: string[][] = [];
  const tokenizer = new CsvTokenizer(delimiter, READER_CELL_CAP);
  tokenizer.push(text, records);
  if (whole) tokenizer.end(records);
  return records.map((cells, i) => ({ row: i + 1, cells }));
}

async function* oneBatch(rows: readonly SourceRow[]): AsyncGenerator<readonly SourceRow[]> {
  yield rows;
}

/**
 * The rows of a loaded table in the staging table's column order. The Excel
 * row number is the table's rowid (its insertion position: the build keeps
 * insertion order) after the header: cheaper than row_number() over the scan.
 */
export const directRows = (headerRow: number) => `${directRow(headerRow)} AS _row, * EXCLUDE (_cells)`;
/** A loaded row's line number in its file (the header's line, then one a row). */
export const directRow = (headerRow: number) => `CAST(rowid + ${Math.trunc(headerRow) + 1} AS INTEGER)`;

const column = (i: number) => `c${i}`;
const cleaned = (i: number) => `k${i}`;
// trim(s, characters) is slow (about 0.1 s per million cells): it runs only on the rare cell with space at an edge.
const EDGE = `'^[${JS_SPACE}]|[${JS_SPACE}]$'`;
const clean = (i: number) =>
  `nullif(CASE WHEN regexp_matches(${column(i)}, ${EDGE}) THEN trim(${column(i)}, '${JS_SPACE}') ELSE ${column(i)} END, '')`;
/**
 * Whether any cell of the row may have space at an edge: one regular expression over the row's cells joined by
 * U+0001, not one a cell (a 10-million-row ledger: 5.4–5.7 s read and cleaned, against 6.4–7.0). A U+0001 in a
 * cell can only make it say yes where no cell has space, and then each cell is cleaned exactly (clean).
 */
const rowEdge = (width: number) =>
  `regexp_matches(concat_ws(chr(1), ${Array.from({ length: width }, (_, i) => column(i)).join(', ')}),
     '(^|\\x01)[${JS_SPACE}]|[${JS_SPACE}](\\x01|$)')`;
const cleanIn = (i: number) => `CASE WHEN _edge THEN ${clean(i)} ELSE nullif(${column(i)}, '') END`;

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
       FROM (SELECT *, ${all.map((i) => `${cleanIn(i)} AS ${cleaned(i)}`).join(', ')}
         FROM (SELECT *, ${rowEdge(plan.width)} AS _edge
           FROM read_csv($2, header = false, skip = ${plan.headerRow}, auto_detect = false, delim = $3, quote = '"',
             escape = '"', strict_mode = true, null_padding = false, max_line_size = ${MAX_LINE_BYTES}, columns = ${columns})))`,
      [plan.headerFirst, plan.path, plan.delimiter, EXAMPLE_ROW_MARK],
    );
  } catch {
    await db.exec(`DROP TABLE IF EXISTS ${name}`);
    return null;
  }
  const candidates = await db.all(
    `SELECT ${directRow(plan.headerRow)} AS _row, _cells FROM ${name} WHERE _cells IS NOT NULL ORDER BY _row`,
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
      `DELETE FROM ${name} WHERE ${directRow(plan.headerRow)} IN (SELECT CAST(unnest(string_split($1, ',')) AS INTEGER))`,
      [skipped.join(',')],
    );
  const [{ n }] = await db.all(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${name}`);
  return { rowsRead: Number(n), blankRows, notes };
}
