/**
 * DuckDB's own CSV reader (the fast path) must give exactly what the
 * JavaScript reader gives: the same rows with the same Excel row numbers and
 * cleaned cells, the same blank rows, notes and repeated headers. Random
 * messy files are read both ways and compared; files the fast path declines
 * are counted, so the comparison cannot pass by declining everything.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../src/ingest/build';
import { Db } from '../src/ingest/db';
import { directRows, loadDirect, planDirect } from '../src/ingest/direct-csv';
import { readCsv } from '../src/ingest/read-csv';
import { scanFile } from '../src/ingest/scan';
import { InputError } from '../src/ingest/source';
import { stagedColumns, stageSheet } from '../src/ingest/stage';
import { exportsFolder, tempDir } from './helpers';

let db: Db;
beforeAll(async () => {
  db = await Db.open();
});
afterAll(() => db.close());

const RUNS = 1000;
const HEADER = ['序号', '党员编号', '日期', '积分类型', '分值', '事由'];
const COLUMNS = Object.keys(stagedColumns('points'));

/** Cells exports really hold: padded, quoted, multi-line, full-width, empty, note words, the header's own words. */
const cell = fc.oneof(
  fc.constantFrom('', ' ', '\u3000', 'M1', ' M2 ', '\u00a0M3\u3000', '2024-01-05', '2024年1月5日', '１２', '-1'),
  fc.constantFrom('加分', '扣 分', '合计', '备注：以上为本月', '序号', '党员编号', 'a"b', '"q"', 'x,y', '行一\n行二'),
  fc.string({ maxLength: 6 }),
);

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

const file = fc.record({
  title: fc.boolean(),
  rows: fc.array(fc.array(cell, { minLength: HEADER.length, maxLength: HEADER.length }), { maxLength: 12 }),
  repeatHeader: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  /** Cells written as they are, unquoted: stray quotes and commas, as hand-made files have them. */
  verbatim: fc.boolean(),
});

function render(f: typeof file extends fc.Arbitrary<infer T> ? T : never): string {
  const lines = [
    ...(f.title ? ['2024年积分台账,,,,,'] : []),
    HEADER.join(','),
    ...f.rows.map((r) => r.map(f.verbatim ? (c: string) => c : csvCell).join(',')),
    ...(f.repeatHeader ? [HEADER.join(',')] : []),
  ];
  return `${f.bom ? '\ufeff' : ''}${lines.join(f.crlf ? '\r\n' : '\n')}${f.crlf ? '\r\n' : '\n'}`;
}

/** The JavaScript path: stage to a file, then read the staged rows back as the build does. */
async function viaJavascript(path: string) {
  let staged: Awaited<ReturnType<typeof stageSheet>>;
  try {
    staged = await stageSheet(readCsv(await scanFile(path, 'f.csv')), 'f.csv', `${path}.staged.csv`);
  } catch (err) {
    if (err instanceof InputError) return { fileError: err.code };
    throw err;
  }
  if (!staged) return null;
  const rows = await db.all(
    `SELECT * FROM read_csv(?, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"',
       new_line = '\\n', columns = {${Object.entries(stagedColumns('points'))
         .map(([c, t]) => `'${c}': '${t}'`)
         .join(', ')}}) ORDER BY _row`,
    [`${path}.staged.csv`],
  );
  return { rowsRead: staged.rowsRead, blankRows: staged.blankRows, notes: staged.notes, rows };
}

async function viaDuckdb(path: string) {
  const plan = await planDirect(await scanFile(path, 'f.csv'));
  if (!plan) return null;
  const counts = await loadDirect(db, plan, 'direct_t');
  if (!counts) return null;
  const rows = await db.all(`SELECT ${directRows(plan.headerRow)} FROM direct_t ORDER BY _row`);
  await db.exec('DROP TABLE direct_t');
  const named = rows.map((r) => Object.fromEntries(COLUMNS.map((c, i) => [c, r[i === 0 ? '_row' : `m${i - 1}`]])));
  return { ...counts, rows: named };
}

describe('DuckDB reader = JavaScript reader', () => {
  it(`on ${RUNS} random messy files: same rows, row numbers, cells, blanks and notes`, async () => {
    const dir = tempDir();
    let compared = 0;
    let declined = 0;
    await fc.assert(
      fc.asyncProperty(file, async (f) => {
        const path = join(dir, 'f.csv');
        writeFileSync(path, render(f));
        const js = await viaJavascript(path);
        const duck = await viaDuckdb(path);
        // A file the JavaScript reader refuses whole (an unclosed quote) must not load the other way either.
        if (js && 'fileError' in js) expect(duck).toBeNull();
        if (!duck) {
          declined++;
          return;
        }
        compared++;
        expect(duck).toEqual(js);
      }),
      { numRuns: RUNS },
    );
    // Multi-line cells and padding make some files decline; most must still be compared.
    expect(compared).toBeGreaterThan(RUNS / 3);
    expect(compared + declined).toBe(RUNS);
  });

  it('numbers the rows of a file big enough to be read in parallel as Excel does', async () => {
    // Each row's reason names its own Excel row number; a note and an all-empty row sit in the middle.
    const lines = [HEADER.join(',')];
    for (let row = 2; row <= 1_000_001; row++) {
      if (row === 500_000) lines.push('备注：以下为下半年,,,,,');
      else if (row === 900_000) lines.push(',,,,,');
      else lines.push(`${row},M${row % 97},2024-01-05,加分,1,事由${row}`);
    }
    const path = join(tempDir(), 'big.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const plan = await planDirect(await scanFile(path, 'big.csv'));
    expect(plan).not.toBeNull();
    const counts = plan && (await loadDirect(db, plan, 'direct_big'));
    expect(counts).toMatchObject({ rowsRead: 999_998, blankRows: 1, notes: [{ row: 500_000 }] });
    // 事由 (the reason, m5) carries the row number too: 事由<row>.
    const [check] = await db.all(
      `SELECT CAST(count(*) FILTER (WHERE CAST(substr(m5, 3) AS INTEGER) <> _row) AS INTEGER) AS wrong,
         CAST(count(*) AS INTEGER) AS n
       FROM (SELECT ${directRows(1)} FROM direct_big)`,
    );
    expect(check).toEqual({ wrong: 0, n: 999_998 });
  });

  it('declines what it cannot read as the JavaScript reader does, and the build falls back', async () => {
    const cases = {
      'blank-line.csv': `${HEADER.join(',')}\nx,M1,2024-01-01,加分,1,a\n\nx,M1,2024-01-02,加分,1,b\n`,
      'ragged.csv': `${HEADER.join(',')}\nx,M1,2024-01-01,加分,1\nx,M1,2024-01-02,加分,1,b,extra\n`,
      'lone-cr.csv': `${HEADER.join(',')}\rx,M1,2024-01-01,加分,1,a\r`,
    };
    const inDir = exportsFolder(cases);
    const out = join(tempDir(), 'data');
    const result = await buildData({ inDir, outDir: out, cacheDir: join(tempDir(), 'cache'), allowRejects: true });
    const byFile = Object.fromEntries(result.report?.inputs.map((i) => [i.file, i]) ?? []);
    for (const name of Object.keys(cases)) expect(byFile[name].reader).toBe('javascript');
    expect(byFile['blank-line.csv']).toMatchObject({ rowsRead: 2, blankRows: 1 });
    expect(byFile['ragged.csv'].rowsRead).toBe(2);
    expect(byFile['lone-cr.csv'].rowsRead).toBe(1);
  });
});
