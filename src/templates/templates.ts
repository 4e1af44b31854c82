/**
 * 导入模板 A blank import template per table, from the one schema (src/model/schema.ts): the table's columns
 * under their Chinese headers (* marks the required ones), example rows marked to be deleted, drop-down lists
 * for the columns that take one of a few values, and a 填写说明 sheet with each column's meaning and the values
 * it accepts. A template filled in as told loads with no reject; example rows left in are reported, not loaded.
 */
import { EXAMPLE_ROW_MARK } from '../ingest/headers';
import { MAX_CELL_CHARS } from '../model/limits';
import {
  COLUMN_TYPE_NAMES,
  type ColumnDef,
  ID_RULE,
  TABLE_NAMES,
  type TableDef,
  type TableName,
  tableDef,
} from '../model/schema';
import { TEMPLATE_EXAMPLES } from './examples';
import { type Cell, type RowStyle, type Validation, writeXlsx } from './xlsx';

/** Rows under the header that the drop-down lists and number checks cover. */
export const TEMPLATE_ROWS = 5000;

/** The helper column in front: a row's number, or the mark of an example row (a 序号 column is never read). */
const ROW_NUMBER_HEADER = '序号';

export interface Template {
  readonly table: TableName;
  /** The file a user keeps (导入模板-组织.xlsx). */
  readonly fileName: string;
  /** The file's name on the site: ASCII, a plain path segment (organizations.xlsx). */
  readonly urlName: string;
  readonly bytes: Uint8Array;
}

export function templateFileName(table: TableName): string {
  return `导入模板-${tableDef(table).zh}.xlsx`;
}

export function templateUrlName(table: TableName): string {
  return `${table}.xlsx`;
}

/** The header cell of a column in a template: its Chinese name, * when it must be filled. */
export function templateHeader(c: ColumnDef): string {
  return c.required ? `${c.zh}*` : c.zh;
}

/** Every table's template, in the schema's order (organisations first: the others refer to them). */
export function allTemplates(): Template[] {
  return TABLE_NAMES.map(template);
}

export function template(table: TableName): Template {
  const def = tableDef(table);
  const bytes = writeXlsx([dataSheet(def), instructionsSheet(def)]);
  return { table, fileName: templateFileName(table), urlName: templateUrlName(table), bytes };
}

function dataSheet(def: TableDef): Parameters<typeof writeXlsx>[0][number] {
  const header = [ROW_NUMBER_HEADER, ...def.columns.map(templateHeader)];
  const examples = TEMPLATE_EXAMPLES[def.name].map((row) => [
    EXAMPLE_ROW_MARK,
    ...def.columns.map((c) => row[c.name] ?? ''),
  ]);
  const validations = def.columns.flatMap((c, i): Validation[] => {
    const at = { column: i + 1, fromRow: 2, toRow: TEMPLATE_ROWS + 1, prompt: c.hint };
    if (c.type === 'enum' && c.values) return [{ ...at, list: [...c.values, ...(c.nullValues ?? []).slice(0, 1)] }];
    if (c.type === 'int') return [{ ...at, whole: { min: 0, max: 1_000_000 } }];
    if (c.type === 'year') return [{ ...at, whole: { min: 1900, max: 2100 } }];
    return [];
  });
  return {
    name: def.zh,
    rows: [header, ...examples],
    rowStyles: ['header', ...examples.map((): RowStyle => 'example')],
    widths: [
      14,
      ...def.columns.map((c) => Math.min(40, Math.max(12, c.zh.length * 2 + 4, c.type === 'text' ? 20 : 0))),
    ],
    // Ids stay text (an id 001 typed into a number cell would become 1); dates read as dates.
    columnFormats: [
      'general',
      ...def.columns.map((c) => (c.type === 'id' ? 'text' : c.type === 'date' ? 'date' : 'general')),
    ],
    validations,
    freezeHeader: true,
  };
}

function instructionsSheet(def: TableDef): Parameters<typeof writeXlsx>[0][number] {
  const rows: Cell[][] = [
    [`${def.zh}（${def.en}）导入模板 · 填写说明`],
    [
      `1. 在「${def.zh}」工作表第 1 行表头下逐行填写，每行一条记录；表头请勿修改，列的顺序可以调整，带 * 的列必须填写。`,
    ],
    [`2. 标有「${EXAMPLE_ROW_MARK}」的行是示例，填写前请删除；未删除的示例行不会导入，会在导入报告中列出。`],
    [`3. ${ROW_NUMBER_HEADER}列可填行号或留空，不会导入。`],
    ['4. 日期可写 2025-05-20、2025/5/20、2025.05.20、2025年5月20日，或用 Excel 的日期格式。'],
    [
      `5. 编号只能由字母、数字和 . _ - 组成（以字母或数字开头，最多 ${ID_RULE.maxLength} 个字符），不要填身份证号或手机号：编号会成为网页地址的一部分。`,
    ],
    ['6. 身份证号、联系电话等列不要加入；即使加入也不会读取。'],
    [],
    ['列名', '必填', '类型', '说明', '可填写的值', '示例'],
    ...def.columns.map((c) => [
      c.zh,
      c.required ? '必填' : '可选',
      COLUMN_TYPE_NAMES[c.type].zh,
      c.hint,
      accepted(c),
      TEMPLATE_EXAMPLES[def.name].map((r) => r[c.name]).find((v) => v) ?? '',
    ]),
  ];
  const table = rows.findIndex((r) => r[0] === '列名');
  const styles = rows.map(
    (_, i): RowStyle => (i === 0 ? 'heading' : i < table ? 'line' : i === table ? 'header' : 'plain'),
  );
  return { name: '填写说明', rows, rowStyles: styles, widths: [16, 8, 8, 44, 56, 24], wrap: true };
}

/** What a column accepts, in words. */
function accepted(c: ColumnDef): string {
  const parts: string[] = [];
  if (c.values) parts.push(`${c.values.join('、')} 之一`);
  if (c.synonyms)
    parts.push(
      `也接受 ${Object.entries(c.synonyms)
        .map(([a, b]) => `${a}（即${b}）`)
        .join('、')}`,
    );
  if (c.nullValues) parts.push(`${c.nullValues.join('、')} 视为空`);
  if (c.type === 'date') parts.push('日期');
  if (c.type === 'period') parts.push('月 2025-05、季度 2025Q2 或 2025年第二季度、年度 2025');
  if (c.type === 'year') parts.push('四位年份，如 2025');
  if (c.type === 'int') parts.push('不小于 0 的整数');
  if (c.type === 'number') parts.push('数字');
  if (c.type === 'id') parts.push(`字母、数字和 . _ -，最多 ${ID_RULE.maxLength} 个字符`);
  if (c.type === 'text') parts.push(`最多 ${c.maxLength ?? MAX_CELL_CHARS} 个字符`);
  if (c.ref) parts.push(`须为「${tableDef(c.ref.table).zh}」表中已有的编号`);
  return parts.join('；');
}
