/**
 * The import templates (src/templates) from the schema: a template per table with Chinese headers, a
 * 填写说明 sheet, example rows marked to be deleted and drop-down lists written as data validation. Filled in
 * as told by a real spreadsheet program (LibreOffice Calc, headless, converting the filled-in rows to XLSX),
 * the ten templates load with no reject; left with their examples, they load nothing and report each example.
 * The command writes them into a folder it owns, and refuses one it does not.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ROW_MARK } from '../src/ingest/headers';
import { writeTemplates } from '../src/ingest/write-templates';
import { TABLE_NAMES, TABLES, tableDef } from '../src/model/schema';
import { TEMPLATE_EXAMPLES } from '../src/templates/examples';
import { allTemplates, templateFileName } from '../src/templates/templates';
import { build, queryParquet, tempDir } from './helpers';

/** A template's sheets as rows of text, read back by SheetJS. */
function readBook(bytes: Uint8Array): Record<string, string[][]> {
  const book = XLSX.read(bytes, { dense: true });
  return Object.fromEntries(
    book.SheetNames.map((name) => [
      name,
      XLSX.utils.sheet_to_json<string[]>(book.Sheets[name], { header: 1, raw: false, defval: '' }),
    ]),
  );
}

/** The first sheet's XML, where the data validations are. */
function sheetXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

describe('import templates', () => {
  it('one per table from the schema: headers, instructions, examples marked, drop-down lists', () => {
    const templates = allTemplates();
    expect(templates.map((t) => t.table)).toEqual([...TABLE_NAMES]);
    for (const t of templates) {
      const def = tableDef(t.table);
      const sheets = readBook(t.bytes);
      expect(Object.keys(sheets), t.table).toEqual([def.zh, '填写说明']);
      const [header, ...rows] = sheets[def.zh];
      expect(header).toEqual(['序号', ...def.columns.map((c) => (c.required ? `${c.zh}*` : c.zh))]);
      expect(rows.length).toBe(TEMPLATE_EXAMPLES[t.table].length);
      for (const row of rows) expect(row[0]).toBe(EXAMPLE_ROW_MARK);
      // Each column is explained, with its meaning from the schema.
      const instructions = sheets.填写说明.map((r) => r.join('|'));
      for (const c of def.columns)
        expect(instructions.some((line) => line.startsWith(`${c.zh}|`) && line.includes(c.hint))).toBe(true);
      // A drop-down of the accepted values for every column that takes one of a few.
      const xml = sheetXml(t.bytes);
      for (const c of def.columns.filter((x) => x.type === 'enum')) {
        expect(xml, `${t.table}.${c.name}`).toContain(`<formula1>&quot;${c.values?.join(',')}`);
      }
      expect((xml.match(/<dataValidation /g) ?? []).length).toBe(
        def.columns.filter((c) => ['enum', 'int', 'year'].includes(c.type)).length,
      );
    }
  });

  it('filled in as told in a spreadsheet program, the ten load with no reject', async () => {
    // As a user would: the examples' marks replaced by row numbers, typed into Calc, saved as XLSX.
    const work = tempDir('djd-tpl-');
    const csvDir = join(work, 'csv');
    const inDir = join(work, 'in');
    mkdirSync(csvDir);
    mkdirSync(inDir);
    for (const t of allTemplates()) {
      const [header, ...rows] = readBook(t.bytes)[tableDef(t.table).zh];
      const filled = rows.map((row, i) => [String(i + 1), ...row.slice(1)]);
      const text = [header, ...filled].map((r) => r.map(csvCell).join(',')).join('\n');
      writeFileSync(join(csvDir, `${t.table}.csv`), `${text}\n`);
    }
    // Comma, double quote, UTF-8 (76), from line 1, zh-CN (2052): Calc reads the dates as dates, as a user's would.
    execFileSync(
      'soffice',
      [
        '--headless',
        '--infilter=CSV:44,34,76,1,,2052,false,true,false,false,false',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        inDir,
        ...TABLE_NAMES.map((name) => join(csvDir, `${name}.csv`)),
      ],
      { stdio: 'ignore', timeout: 120_000, env: { ...process.env, HOME: work } },
    );
    expect(readdirSync(inDir).sort()).toEqual(TABLE_NAMES.map((name) => `${name}.xlsx`).sort());
    const result = await build(inDir);
    expect(result.report?.rejectsTotal).toBe(0);
    expect(result.status).toBe('published');
    for (const name of TABLE_NAMES) {
      const input = result.report?.inputs.find((i) => i.file === `${name}.xlsx`);
      expect(input, name).toMatchObject({ table: name, rejected: 0, loaded: TEMPLATE_EXAMPLES[name].length });
    }
    // The values arrive as written: dates typed into Calc, ids kept as text.
    const [topic] = await queryParquet(
      result.outDir,
      `SELECT CAST(closed_on AS VARCHAR) AS d FROM topics WHERE topic_id = 'T01-1'`,
    );
    expect(topic.d).toBe('2025-09-30');
  }, 180_000);

  it('left with its example rows, loads nothing and reports each example', async () => {
    const inDir = join(tempDir('djd-tpl-'), 'in');
    mkdirSync(inDir);
    for (const t of allTemplates()) writeFileSync(join(inDir, t.fileName), t.bytes);
    const result = await build(inDir);
    expect(result.report?.rejectsTotal).toBe(0);
    for (const def of TABLES) {
      const input = result.report?.inputs.find((i) => i.file === templateFileName(def.name));
      expect(input, def.name).toMatchObject({ table: def.name, loaded: 0, rejected: 0 });
      expect(input?.notes.map((n) => n.row)).toEqual(TEMPLATE_EXAMPLES[def.name].map((_, i) => i + 2));
    }
  });

  it('npm run templates writes them into a folder of its own, and refuses one that is not', async () => {
    const out = join(tempDir('djd-tpl-'), 'templates');
    const files = await writeTemplates(out);
    expect(readdirSync(out).sort()).toEqual([...files, 'templates.json'].sort());
    expect(
      readFileSync(join(out, templateFileName('organizations')))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await writeTemplates(out); // its own earlier output: replaced
    writeFileSync(join(out, '我的笔记.txt'), 'not a template');
    await expect(writeTemplates(out)).rejects.toThrow(/我的笔记\.txt/);
    expect(existsSync(join(out, '我的笔记.txt'))).toBe(true);
  });
});
