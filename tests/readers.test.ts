import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../src/ingest/read-csv';
import { build, exportsFolder, FIXTURES, queryParquet } from './helpers';

const READERS = join(FIXTURES, 'readers');
const fixture = (name: string) => readFileSync(join(READERS, name));

/** What every variant of the messy ledger must load as: the same five rows (45436 is Excel's serial for 2024-05-24). */
const EXPECTED = [
  { member_id: 'M1', date: '2024-05-20', kind: '加分', category: '学习教育', points: 10, reason: '参加集中学习' },
  {
    member_id: 'M2',
    date: '2024-05-21',
    kind: '加分',
    category: '参与公益活动',
    points: 3,
    reason: '社区服务，\n第二行说明',
  },
  { member_id: 'M3', date: '2024-05-22', kind: '扣分', category: '客户投诉', points: -2, reason: '被投诉' },
  { member_id: 'M5', date: '2024-05-23', kind: '加分', category: '服务表现突出', points: 1.5, reason: '表扬信 "好"' },
  { member_id: 'M8', date: '2024-05-24', kind: '加分', category: '执行组织决定', points: 4, reason: '值守' },
];

describe.each([
  ['ledger-utf8.csv', 'utf-8'],
  ['ledger-bom.csv', 'utf-8'],
  ['ledger-gbk.csv', 'gb18030'],
  ['ledger-lo.xlsx', 'xlsx'],
])('%s', (file, encoding) => {
  it('loads every data row, drops the phone column, reports title, blank and note rows', async () => {
    const result = await build(exportsFolder({ [file]: fixture(file) }));
    expect(result.status).toBe('published');
    const input = result.report?.inputs.find((i) => i.file === file);
    expect(input).toMatchObject({
      table: 'points',
      encoding,
      headerRow: 2,
      rowsRead: 5,
      loaded: 5,
      rejected: 0,
      blankRows: 1,
      personalColumnsDropped: ['联系电话'],
      extraColumns: ['备注'],
    });
    expect(input?.notes).toEqual([{ row: 9, text: '注：本表积分以党委审核为准' }]);
    const rows = await queryParquet(
      result.outDir,
      'SELECT member_id, CAST(date AS VARCHAR) AS date, kind, category, points, reason FROM points ORDER BY member_id',
    );
    expect(rows).toEqual(EXPECTED);
    // The phone numbers are nowhere in the output folder.
    const manifest = readFileSync(join(result.outDir, 'manifest.json'), 'utf8');
    expect(manifest).not.toContain('联系电话');
    const everything = ['points.parquet', 'report.json', 'manifest.json'].map((f) =>
      readFileSync(join(result.outDir, f)).toString('latin1'),
    );
    for (const text of everything) expect(text).not.toContain('13812345678');
  });
});

describe('encoding detection', () => {
  it('tells UTF-8, GBK and UTF-16 apart and refuses binary junk', async () => {
    const dir = exportsFolder({
      'u16.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n', 'utf16le')]),
      'junk.csv': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 1, 2, 3]),
    });
    expect(await detectEncoding(join(READERS, 'ledger-gbk.csv'), 'x')).toBe('gb18030');
    expect(await detectEncoding(join(READERS, 'ledger-bom.csv'), 'x')).toBe('utf-8');
    expect(await detectEncoding(join(dir, 'u16.csv'), 'x')).toBe('utf-16le');
    await expect(detectEncoding(join(dir, 'junk.csv'), 'junk.csv')).rejects.toThrow(/not a text file/);
  });

  it('reads a UTF-16 tab-separated export (Excel "Unicode text")', async () => {
    const text = '党员编号\t日期\t分值\r\nM1\t2024-05-20\t7\r\n';
    const file = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = await build(exportsFolder({ 'unicode.txt': file }));
    expect(result.status).toBe('published');
    const rows = await queryParquet(result.outDir, 'SELECT member_id, points, kind FROM points');
    expect(rows).toEqual([{ member_id: 'M1', points: 7, kind: '加分' }]);
  });
});

describe('header recognition', () => {
  it('recognises a table by its English header as well as the Chinese one', async () => {
    const csv = 'member_id,year,rating\nM1,2024,优秀\nM2,2024,合格\n';
    const result = await build(exportsFolder({ 'whatever-name.csv': csv }));
    expect(result.report?.inputs.find((i) => i.file === 'whatever-name.csv')?.table).toBe('evaluations');
  });

  it('accepts header variants: spaces, full-width, units in brackets, required markers', async () => {
    const csv = '＊党员编号, 日 期 ,分值（分）,积分类型\nM1,2024-01-02,3,加分\n';
    const result = await build(exportsFolder({ 'v.csv': csv }));
    expect(result.report?.inputs.find((i) => i.file === 'v.csv')).toMatchObject({ table: 'points', loaded: 1 });
  });

  it('reports a workbook sheet it cannot recognise as a warning, and an unrecognised file as an error', async () => {
    const result = await build(exportsFolder({ 'notes.csv': '说明,内容\n这是,说明\n' }));
    expect(result.status).toBe('rejected');
    expect(result.report?.fileErrors).toEqual([
      expect.objectContaining({ file: 'notes.csv', code: 'unrecognised', detail: expect.stringContaining('header') }),
    ]);
  });
});
