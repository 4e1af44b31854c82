/**
 * Every reject reason, each from a fixture row, reported with file, sheet,
 * the row and column the user sees, and the reason in both languages.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { RejectReport } from '../src/ingest/report';
import { REJECT_REASONS } from '../src/model/reasons';
import { build, exportsFolder, queryParquet } from './helpers';

const LEDGER = '党员编号,日期,积分类型,积分类别,分值\n';

async function rejectsOf(files: Record<string, string | Buffer>): Promise<RejectReport[]> {
  const result = await build(exportsFolder(files));
  expect(result.status).toBe('rejected');
  for (const i of result.report?.inputs ?? []) expect(i.loaded + i.rejected).toBe(i.rowsRead);
  return [...(result.report?.rejects ?? [])];
}

const pick = (r: RejectReport) => ({
  file: r.file,
  row: r.row,
  cell: r.cell,
  header: r.header,
  code: r.code,
  value: r.value,
});

describe('reject reasons', () => {
  it('bad date, bad number, bad enum, unknown member, required value, sign mismatch', async () => {
    const csv =
      LEDGER +
      'M1,2024-13-01,加分,学习,1\n' + // row 2
      'M1,2024-01-01,加分,学习,abc\n' + // row 3
      'M1,2024-01-01,奖励,学习,1\n' + // row 4
      'M99,2024-01-01,加分,学习,1\n' + // row 5
      ',2024-01-01,加分,学习,1\n' + // row 6
      'M1,2024-01-01,加分,学习,-3\n' + // row 7
      'M1,2024-01-01,加分,学习,2\n'; // row 8: fine
    expect((await rejectsOf({ 'ledger.csv': csv })).map(pick)).toEqual([
      { file: 'ledger.csv', row: 2, cell: 'B', header: '日期', code: 'bad_date', value: '2024-13-01' },
      { file: 'ledger.csv', row: 3, cell: 'E', header: '分值', code: 'bad_number', value: 'abc' },
      { file: 'ledger.csv', row: 4, cell: 'C', header: '积分类型', code: 'bad_enum', value: '奖励' },
      { file: 'ledger.csv', row: 5, cell: 'A', header: '党员编号', code: 'unknown_members', value: 'M99' },
      { file: 'ledger.csv', row: 6, cell: 'A', header: '党员编号', code: 'required', value: null },
      { file: 'ledger.csv', row: 7, cell: 'E', header: '分值', code: 'sign_mismatch', value: '-3.0' },
    ]);
  });

  it('duplicate id, naming the first occurrence, across files', async () => {
    const rejects = await rejectsOf({
      'tasks-a.csv': '任务编号,组织编号,任务内容,完成时限\nT1,B1,任务,2024-05-01\n',
      'tasks-b.csv': '任务编号,组织编号,任务内容,完成时限\nT2,B1,任务,2024-05-01\nT1,B2,任务,2024-06-01\n',
    });
    expect(rejects.map(pick)).toEqual([
      { file: 'tasks-b.csv', row: 3, cell: 'A', header: '任务编号', code: 'duplicate', value: 'T1' },
    ]);
    expect(rejects[0].duplicateOf).toEqual({ file: 'tasks-a.csv', sheet: null, row: 2 });
  });

  it('unknown organisation, rating not in the list, unparseable period, bad year', async () => {
    const rejects = await rejectsOf({
      'evals.csv': '党员编号,年度,评议等次\nM1,2024,特优\nM2,24年,合格\n',
      'assess.csv': '组织编号,考核周期,得分\nB1,2024上半年,90\nB9,2024Q1,90\nB1,2024Q1,120\n',
    });
    expect(rejects.map(pick)).toEqual([
      { file: 'assess.csv', row: 2, cell: 'B', header: '考核周期', code: 'bad_period', value: '2024上半年' },
      { file: 'assess.csv', row: 3, cell: 'A', header: '组织编号', code: 'unknown_organizations', value: 'B9' },
      { file: 'evals.csv', row: 2, cell: 'C', header: '评议等次', code: 'bad_enum', value: '特优' },
      { file: 'evals.csv', row: 3, cell: 'B', header: '年度', code: 'bad_year', value: '24年' },
    ]);
  });

  it('meeting counts, score over maximum, member in a committee, self parent, unknown topic', async () => {
    const rejects = await rejectsOf({
      'meetings.csv':
        '组织编号,日期,会议类型,应到人数,实到人数\nB1,2024-01-05,支委会,5,6\nB1,2024-01-06,支委会,-1,0\nB1,2024-01-07,支委会,5.5,3\n',
      'assess.csv': '组织编号,考核周期,得分,满分\nB1,2024Q1,60,50\n',
      'more-members.csv': '党员编号,姓名,所在组织编号,党员类别\nM50,某某,C1,正式党员\n',
      'more-orgs.csv': '组织编号,组织名称,组织类型,上级组织编号\nX1,自指,党支部,X1\n',
      'outcomes.csv': '课题编号,指标,实际值\nNOPE,销售额,5\n',
    });
    const codes = rejects.map((r) => `${r.file}:${r.row}:${r.code}`);
    expect(codes).toEqual([
      'assess.csv:2:score_exceeds_max',
      'meetings.csv:2:present_exceeds_expected',
      'meetings.csv:3:negative',
      'meetings.csv:3:present_exceeds_expected', // 0 present of -1 expected: both reasons are listed
      'meetings.csv:4:bad_int',
      'more-members.csv:2:member_org_not_branch',
      'more-orgs.csv:2:self_parent',
      // The export holds no topics table to look NOPE up in: said as such, not as an unknown topic.
      'outcomes.csv:2:no_topics',
    ]);
  });

  it('names the sheet and the Excel row in a workbook, below a title row', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['民主评议结果'],
      ['序号', '党员编号', '年度', '评议等次'],
      [1, 'M1', 2024, '优秀'],
      [2, 'M2', 2024, '很好'],
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['说明'], ['字典']]), '说明');
    XLSX.utils.book_append_sheet(book, ws, '评议');
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const rejects = await rejectsOf({ 'book.xlsx': bytes });
    expect(rejects.map((r) => ({ sheet: r.sheet, row: r.row, cell: r.cell, code: r.code }))).toEqual([
      { sheet: '评议', row: 4, cell: 'D', code: 'bad_enum' },
    ]);
  });

  it('has a message in Chinese and English for every code', () => {
    for (const reason of Object.values(REJECT_REASONS)) {
      expect(reason.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(reason.en).toMatch(/^[a-z][a-z' ]+[a-z]/);
    }
  });
});

describe('--allow-rejects', () => {
  it('publishes the accepted rows and lists the rejects in report.json', async () => {
    const dir = exportsFolder({ 'ledger.csv': `${LEDGER}M1,2024-01-01,加分,学习,1\nM1,bad,加分,学习,1\n` });
    const result = await build(dir, { allowRejects: true });
    expect(result.status).toBe('published');
    expect(result.manifest?.rejectsAllowed).toBe(1);
    expect(result.manifest?.tables.points.rows).toBe(1);
    const report = JSON.parse((await import('node:fs')).readFileSync(result.reportPath, 'utf8'));
    expect(report.rejects).toHaveLength(1);
    expect(report.rejects[0]).toMatchObject({ row: 3, code: 'bad_date', reason: { en: 'not a date' } });
  });
});

describe('personal identifiers in the data', () => {
  const ID = '110101199003071234';
  const MOBILE = '13812345678';

  it('are masked in free text, refused as ids, and kept out of report.json', async () => {
    const dir = exportsFolder({
      'ledger.csv': `${LEDGER.trimEnd()},事由\nM1,2024-01-01,加分,学习,1,联系${MOBILE}核实，身份证${ID}\nM1,${MOBILE},加分,学习,1,x\n`,
      'tasks.csv': `任务编号,组织编号,工作领域,任务内容,工作要求,责任人,完成时限,完成日期\n${ID},B1,组织建设,任务,按期,甲一,2024-06-30,\n`,
    });
    const result = await build(dir, { allowRejects: true });
    expect(result.status).toBe('published');
    const rejects = (result.report?.rejects ?? []).map(pick);
    expect(rejects).toEqual([
      { file: 'ledger.csv', row: 3, cell: 'B', header: '日期', code: 'bad_date', value: '[电话已隐去]' },
      { file: 'tasks.csv', row: 2, cell: 'A', header: '任务编号', code: 'personal_id', value: null },
    ]);
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const [entry] = await queryParquet(result.outDir, 'SELECT reason FROM points');
    expect(entry.reason).toBe('联系[电话已隐去]核实，身份证[身份证号已隐去]');
    const reportText = readFileSync(result.reportPath, 'utf8');
    expect(reportText).not.toContain(MOBILE);
    expect(reportText).not.toContain(ID);
    for (const file of readdirSync(result.outDir)) {
      const bytes = readFileSync(join(result.outDir, file)).toString('latin1');
      expect(bytes, file).not.toContain(MOBILE);
      expect(bytes, file).not.toContain(ID);
    }
  });
});
