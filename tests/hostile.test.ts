/**
 * A hostile corpus: each input either gets a clear error naming the file, or
 * loads verbatim as text. Nothing crashes and nothing turns into a formula,
 * markup or SQL.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { build, exportsFolder, queryParquet } from './helpers';

const LEDGER = '党员编号,日期,积分类型,积分类别,分值,事由\n';

describe('hostile files', () => {
  it.each([
    ['empty.csv', Buffer.alloc(0), 'empty_file'],
    ['header-only.csv', Buffer.from(LEDGER), null],
    ['junk.csv', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), randomBytes(4000)]), 'binary_file'],
    ['latin1-ish.csv', Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xff, 0xff, 0x0a]), 'bad_encoding'],
    ['fake.xlsx', Buffer.from('PK\u0003\u0004 this is not a zip'), 'bad_workbook'],
    ['unclosed.csv', Buffer.from(`${LEDGER}M1,2024-01-01,加分,学习,1,"never closed\n`), 'unterminated_quote'],
  ])('%s', async (name, bytes, code) => {
    const result = await build(exportsFolder({ [name]: bytes }));
    if (code === null) {
      // A header and no rows: recognised, zero rows read, nothing rejected.
      expect(result.status).toBe('published');
      expect(result.report?.inputs.find((i) => i.file === name)).toMatchObject({ table: 'points', rowsRead: 0 });
      return;
    }
    expect(result.status).toBe('rejected');
    const error = result.report?.fileErrors.find((e) => e.file === name);
    expect(error?.code).toBe(code);
    expect(error?.detail).toMatch(/[\u4e00-\u9fff].*\/ [a-z]/); // Chinese, then English
    expect(error?.detail).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('loads formulas, markup, quotes and a cell as long as the limit (32,767 characters) verbatim as text', async () => {
    const long = '长'.repeat(32_767);
    const texts = ['=1+1', '@SUM(A1)', '+cmd|calc', "'); DROP TABLE points; --", '<img src=x onerror=alert(1)>', long];
    const rows = texts.map((t, i) => `M1,2024-01-0${i + 1},加分,学习,1,"${t.replace(/"/g, '""')}"`);
    const members =
      '党员编号,姓名,所在组织编号,党员类别\nM60,<script>alert(1)</script>,B1,正式党员\nM61,"=HYPERLINK(""x"")",B1,正式党员\n';
    const result = await build(exportsFolder({ 'ledger.csv': LEDGER + rows.join('\n'), 'extra-members.csv': members }));
    expect(result.status).toBe('published');
    const out = await queryParquet(result.outDir, 'SELECT reason FROM points ORDER BY date');
    expect(out.map((r) => r.reason)).toEqual(texts);
    const names = await queryParquet(
      result.outDir,
      `SELECT name FROM members WHERE member_id IN ('M60', 'M61') ORDER BY 1`,
    );
    expect(names.map((r) => r.name).sort()).toEqual(['<script>alert(1)</script>', '=HYPERLINK("x")'].sort());
  });

  it('a value that looks like SQL in a key column is just an id that breaks the id rule, and unknown', async () => {
    const result = await build(exportsFolder({ 'ledger.csv': `${LEDGER}"M1' OR '1'='1",2024-01-01,加分,学习,1,x\n` }));
    expect(result.status).toBe('rejected');
    expect(result.report?.rejects.map((r) => [r.code, r.value])).toEqual([
      ['bad_id', "M1' OR '1'='1"],
      ['unknown_members', "M1' OR '1'='1"],
    ]);
  });

  it('a folder with no exports is a clear error', async () => {
    const dir = exportsFolder({ 'readme.md': '# nothing' }, []);
    await expect(build(dir)).rejects.toThrow(/no CSV or Excel files/);
  });
});
