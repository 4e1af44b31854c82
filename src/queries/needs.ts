/**
 * What a figure needs from the data: the source tables it is made of. A page shows a figure only when the
 * data holds them, and otherwise says plainly what is missing (本数据未包含积分台账) instead of drawing a chart
 * of zeros that stands for "missing". What the data holds comes from the manifest (Meta.sources): a table with
 * no rows, or none at all, is missing.
 */
import { type Locale, t, tf } from '../i18n/dict';
import { type TableName, tableDef } from '../model/schema';

/** Each entry must be present; an entry that is a list is met by any one of its tables. */
export type Needs = readonly (TableName | readonly TableName[])[];

/** Rows of each source table. */
export type Sources = Readonly<Partial<Record<TableName, number>>>;

/** The first need the data does not meet (its tables), or null when every one is met. */
export function unmetNeed(sources: Sources, needs: Needs | undefined): readonly TableName[] | null {
  for (const need of needs ?? []) {
    const any = typeof need === 'string' ? [need] : need;
    if (!any.some((table) => (sources[table] ?? 0) > 0)) return any;
  }
  return null;
}

/** Whether the data meets every need. */
export const meets = (sources: Sources, needs: Needs | undefined): boolean => unmetNeed(sources, needs) === null;

/** The tables' names in running text (积分台账; points ledger). */
export function tableNames(locale: Locale, tables: readonly TableName[]): string[] {
  return tables.map((name) => (locale === 'zh' ? tableDef(name).zh : tableDef(name).en.toLowerCase()));
}

/** 本数据未包含积分台账 / no points ledger in this data (several: 民主评议或积分台账). */
export function missingText(locale: Locale, tables: readonly TableName[]): string {
  return tf(locale, 'notInData', { tables: tableNames(locale, tables).join(t(locale, 'orWord')) });
}
