/**
 * As-of and provenance (issue 14): a data set speaks for the latest day something it records happened, never
 * the day it was built (a data set of 2017 said 数据截至 <build day>); the rules' asOf wins; a date past the
 * build's day is the build's day. The import report page shows everything report.json holds, its time local.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { localTimestamp } from '../src/charts/format';
import { ReportView } from '../src/components/ReportView';
import { MANIFEST } from '../src/model/manifest';
import { REPORT } from '../src/model/report';
import { build, exportsFolder, FIXTURES, queryParquet } from './helpers';

const NOW = new Date('2026-05-01T10:00:00Z');

describe('the as-of date', () => {
  it('is the latest event in the data, not the day of the build', async () => {
    const inDir = exportsFolder({}, [
      'orgs.csv',
      'members.csv',
      'ledger.csv',
      'meetings.csv',
      'tasks.csv',
      'topics.csv',
    ]);
    const result = await build(inDir, { now: NOW });
    const [{ latest }] = await queryParquet(
      result.outDir,
      `SELECT CAST(greatest((SELECT max(date) FROM points), (SELECT max(date) FROM meetings), (SELECT max(done_on) FROM tasks),
         (SELECT max(set_on) FROM topics), (SELECT max(closed_on) FROM topics)) AS VARCHAR) AS latest`,
    );
    expect(latest).toBe('2024-12-15'); // the last 党小组会; a task due 2025-03-01 is a plan, not an event
    expect(result.manifest).toMatchObject({ asOf: latest, asOfSource: 'data' });
    // What overdue is judged against: the open task due 2024-03-01 is overdue on 2024-12-15, the one due 2025 not.
    const states = await queryParquet(result.outDir, 'SELECT task_id, state FROM task_status ORDER BY task_id');
    expect(states.map((s) => s.state)).toEqual(['done_on_time', 'done_late', 'overdue', 'open']);
  });

  it('is the rules’ asOf where they set one, and never after the build’s day', async () => {
    const ruled = await build(
      exportsFolder({ 'rules.json': readFileSync(join(FIXTURES, 'contract', 'rules.json')) }, ['orgs.csv']),
      { now: NOW },
    );
    expect(ruled.manifest).toMatchObject({ asOf: '2024-12-31', asOfSource: 'rules' });
    const future = await build(
      exportsFolder({ 'meetings.csv': '组织编号,日期,会议类型,应到人数,实到人数\nB1,2099-01-01,支部党员大会,4,3\n' }),
      { now: NOW },
    );
    expect(future.manifest).toMatchObject({ asOf: '2026-05-01', asOfSource: 'build' });
    const none = await build(exportsFolder({}, ['orgs.csv', 'members.csv']), { now: NOW });
    expect(none.manifest).toMatchObject({ asOf: '2026-05-01', asOfSource: 'build' });
  });
});

describe('the import report page', () => {
  it('shows everything report.json holds, the build time in local time', async () => {
    // A ledger with a title row, an ignored column, a dropped phone column, a note row and a bad date.
    const ledger =
      '2024年度党员积分台账\n党员编号,姓名,联系电话,日期,积分类型,积分类别,分值\n' +
      'M1,甲一,13800001111,2024-03-20,加分,学习教育,1\nM2,乙二,,不是日期,加分,学习教育,1\n注：本表由组织委员填写\n';
    const inDir = exportsFolder({ 'ledger.csv': ledger, 'readme.pdf': 'not an export' });
    const result = await build(inDir, { allowRejects: true, now: NOW });
    const report = REPORT.parseText(readFileSync(result.reportPath, 'utf8'));
    const manifest = MANIFEST.parseText(readFileSync(join(result.outDir, 'manifest.json'), 'utf8'));
    const html = renderToStaticMarkup(
      createElement(ReportView, { report, manifest, locale: 'zh', reportHref: '/data/report.json' }),
    );
    const input = report.inputs.find((i) => i.file === 'ledger.csv');
    expect(input).toMatchObject({ extraColumns: ['姓名'], personalColumnsDropped: ['联系电话'], headerRow: 2 });
    expect(html).toContain(localTimestamp(report.generatedAt));
    // The text says the local time; the raw UTC timestamp is only the <time> element's machine-readable value.
    expect(html.replace(/<[^>]+>/g, ' ')).not.toContain(report.generatedAt.slice(0, 19));
    for (const text of [
      '已忽略的列：',
      '姓名',
      '未读取的个人信息列：',
      '联系电话',
      '第 5 行: 注：本表由组织委员填写',
      'readme.pdf',
      'not_an_export',
      '无法识别的日期',
      'bad_date',
      '不是日期',
      manifest.dataVersion,
      `${manifest.asOf}（数据中最晚日期）`,
    ]) {
      expect(html, text).toContain(text);
    }
    for (const i of report.inputs) expect(html).toContain(`data-file="${i.file}"`);
    // A file problem in the page's language (report.json keeps both): 未读取 here, "not read" in English.
    const problems = (h: string) => /id="report-problems"[\s\S]*?<\/section>/.exec(h)?.[0] ?? '';
    expect(problems(html)).toContain('readme.pdf: 不是 CSV 或 Excel 文件，未读取 (not_an_export)');
    expect(problems(html)).not.toContain('not read');
    expect(html).toContain(`${manifest.dataVersion}</code> · 内部版`);
    const en = renderToStaticMarkup(
      createElement(ReportView, { report, manifest, locale: 'en', reportHref: '/data/report.json' }),
    );
    expect(problems(en)).toContain('readme.pdf: not a CSV or Excel file; not read (not_an_export)');
    expect(problems(en)).not.toContain('未读取');
  });
});
