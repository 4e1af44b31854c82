/**
 * The sample, built, read back with DuckDB, equals the input rows read by an
 * independent path: DuckDB's own CSV reader (after iconv for GBK) and
 * SheetJS for workbooks, normalised here by plain JavaScript.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ID_CARD_TOKEN as ID_CARD, PHONE_TOKEN as PHONE } from '../src/model/personal';
import { build, queryParquet, tempDir } from './helpers';

const SAMPLE = join(import.meta.dirname, '..', 'data', 'sample');
// Raw file bytes are scanned for identifiers standing as tokens (src/model/personal.ts): a sha256 hash in the
// manifest held the digits 289197940659464, in which the bare pattern found "19794065946".
let outDir: string;

beforeAll(async () => {
  const result = await build(SAMPLE);
  expect(result.status).toBe('published');
  outDir = result.outDir;
  for (const i of result.report?.inputs ?? []) expect(i.rowsRead).toBe(i.loaded + i.rejected);
}, 120_000);

/** Independent date normaliser for the four written forms the sample uses. */
function isoDate(text: string): string {
  const m = text.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  if (!m) throw new Error(`unexpected date ${text}`);
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}
const halfWidth = (s: string) => s.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

async function duckCsv(path: string): Promise<Record<string, string>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  const reader = await c.runAndReadAll('SELECT * FROM read_csv(?, header = true, all_varchar = true)', [path]);
  const rows = reader.getRowObjectsJson() as Record<string, string>[];
  c.closeSync();
  instance.closeSync();
  return rows;
}

const sortKey = (r: Record<string, unknown>) => JSON.stringify(Object.values(r));

describe('round trip of the sample', () => {
  it('points: both ledgers (GBK and UTF-8) equal the Parquet rows, value for value', async () => {
    const expected: Record<string, unknown>[] = [];
    for (const file of readdirSync(SAMPLE).filter((f) => f.startsWith('积分台账'))) {
      let path = join(SAMPLE, file);
      const bytes = readFileSync(path);
      if (bytes[0] !== 0xef) {
        path = join(tempDir(), 'utf8.csv');
        writeFileSync(path, iconv.decode(bytes, 'gbk'));
      }
      for (const r of await duckCsv(path)) {
        const points = Number(halfWidth(r.分值));
        expected.push({
          member_id: r.党员编号,
          date: isoDate(r.日期),
          kind: r.积分类型,
          category: r.积分类别,
          points: r.积分类型 === '扣分' ? -Math.abs(points) : points,
          reason: r.事由,
          recorded_by: r.登记人,
        });
      }
    }
    const actual = await queryParquet(
      outDir,
      'SELECT member_id, CAST(date AS VARCHAR) AS date, kind, category, points, reason, recorded_by FROM points',
    );
    expect(actual.length).toBe(expected.length);
    expect(actual.map(sortKey).sort()).toEqual(expected.map(sortKey).sort());
  });

  it('members: the workbook sheet equals the Parquet rows, and no ID or phone column survives', async () => {
    const book = XLSX.read(readFileSync(join(SAMPLE, '基础信息.xlsx')), { cellDates: false });
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.党员, {
      range: 1,
      raw: false,
      dateNF: 'yyyy-mm-dd',
    });
    const expected = rows
      .filter((r) => r.党员编号)
      .map((r) => ({
        member_id: r.党员编号,
        name: r.姓名,
        org_id: r.所在组织编号,
        category: r.党员类别,
        status: r.人员状态,
        role: r.职务,
        joined_on: r.入党日期,
      }));
    const actual = await queryParquet(
      outDir,
      'SELECT member_id, name, org_id, category, status, role, CAST(joined_on AS VARCHAR) AS joined_on FROM members',
    );
    expect(actual.map(sortKey).sort()).toEqual(expected.map(sortKey).sort());
    const columns = await queryParquet(outDir, `SELECT column_name FROM (DESCRIBE members)`);
    expect(columns.map((c) => c.column_name)).not.toContain('身份证号');
  });

  it('meetings: the CSV equals the Parquet rows', async () => {
    const expected = (await duckCsv(join(SAMPLE, '三会一课.csv'))).map((r) => ({
      org_id: r.组织编号,
      date: isoDate(r.日期),
      type: r.会议类型,
      expected: Number(r.应到人数),
      present: Number(r.实到人数),
    }));
    const actual = await queryParquet(
      outDir,
      'SELECT org_id, CAST(date AS VARCHAR) AS date, type, expected, present FROM meetings',
    );
    expect(actual.map(sortKey).sort()).toEqual(expected.map(sortKey).sort());
  });
});

describe('personal identifiers', () => {
  it('are in the sample exports (so this check can fail) and in no output file', () => {
    const book = XLSX.read(readFileSync(join(SAMPLE, '基础信息.xlsx')));
    const csv = XLSX.utils.sheet_to_csv(book.Sheets.党员);
    expect(csv).toMatch(ID_CARD);
    expect(csv).toMatch(PHONE);
    for (const file of readdirSync(outDir)) {
      // Parquet pages are Snappy-compressed, so scan the decoded values too (below) as well as the raw bytes.
      const text = readFileSync(join(outDir, file)).toString('latin1');
      expect(text, file).not.toMatch(ID_CARD);
      expect(text, file).not.toMatch(PHONE);
    }
  });

  it('are in no decoded text value of any published table', async () => {
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
    const pattern = '(^|\\D)([1-9]\\d{5}(19|20)\\d{9}[\\dXx]|1[3-9]\\d{9})(\\D|$)';
    const [probe] = await queryParquet(outDir, 'SELECT regexp_matches(?, ?) AS id, regexp_matches(?, ?) AS phone', [
      '身份证 110101199003071234',
      pattern,
      '电话13812345678',
      pattern,
    ]);
    expect(probe).toEqual({ id: true, phone: true }); // the pattern does catch both
    let checked = 0;
    for (const [name, table] of Object.entries(manifest.tables) as [
      string,
      { columns: { name: string; type: string }[] },
    ][]) {
      for (const col of table.columns.filter((c) => c.type === 'VARCHAR')) {
        const [row] = await queryParquet(
          outDir,
          `SELECT count(*)::INT AS n FROM ${name} WHERE regexp_matches("${col.name}", ?)`,
          [pattern],
        );
        expect(row.n, `${name}.${col.name}`).toBe(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
