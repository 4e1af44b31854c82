/**
 * Recognises a file or sheet by its header row, not by its name: the row
 * whose cells name all required columns of one table.
 */
import {
  IGNORED_HEADER,
  normalizeHeader,
  PERSONAL_ID_HEADER,
  TABLES,
  type TableDef,
  type TableName,
} from '../model/schema';

export interface HeaderMatch {
  readonly table: TableName;
  /** For each schema column of the table, the cell index it comes from, or -1. */
  readonly sourceIndex: readonly number[];
  /** Header cells not used: extra columns, ignored with a note. */
  readonly extra: readonly string[];
  /** Header cells naming personal identifiers: never read. */
  readonly personal: readonly string[];
  /** The normalised header cells, to spot a header repeated further down. */
  readonly signature: string;
}

const ALIASES: ReadonlyMap<TableName, ReadonlyMap<string, number>> = new Map(
  TABLES.map((t) => [t.name, aliasIndex(t)] as const),
);

function aliasIndex(table: TableDef): Map<string, number> {
  const index = new Map<string, number>();
  table.columns.forEach((col, i) => {
    for (const name of [col.name, col.zh, ...(col.aliases ?? [])]) {
      const key = normalizeHeader(name);
      if (!index.has(key)) index.set(key, i);
    }
  });
  return index;
}

/** The best table for this row of cells, or null when no table's required columns are all present. */
export function matchHeader(cells: readonly string[]): HeaderMatch | null {
  const normalized = cells.map(normalizeHeader);
  let best: { match: HeaderMatch; score: number } | null = null;
  for (const table of TABLES) {
    const match = matchTable(table, cells, normalized);
    if (!match) continue;
    const used = match.sourceIndex.filter((i) => i >= 0).length;
    const score = used * 1000 - match.extra.length;
    if (!best || score > best.score) best = { match, score };
  }
  return best?.match ?? null;
}

function matchTable(table: TableDef, cells: readonly string[], normalized: readonly string[]): HeaderMatch | null {
  const aliases = ALIASES.get(table.name);
  if (!aliases) return null;
  const sourceIndex = table.columns.map(() => -1);
  const extra: string[] = [];
  const personal: string[] = [];
  normalized.forEach((key, cellIndex) => {
    if (key === '') return;
    const col = aliases.get(key);
    if (PERSONAL_ID_HEADER.test(cells[cellIndex])) personal.push(cells[cellIndex]);
    else if (col !== undefined && sourceIndex[col] === -1) sourceIndex[col] = cellIndex;
    else if (!IGNORED_HEADER.test(key)) extra.push(cells[cellIndex]);
  });
  const complete = table.columns.every((c, i) => !c.required || sourceIndex[i] >= 0);
  return complete ? { table: table.name, sourceIndex, extra, personal, signature: normalized.join('|') } : null;
}

/** Rows at the bottom that are notes, not data: 注、说明、制表人、合计 ... */
export const NOTE_ROW = /^(注|备注|说明|附注|制表|填表|审核|审批|合计|总计|小计|负责人签字|签字|盖章|note)/i;

/**
 * The first cell of an example row in an import template (src/templates): such a row is reported as a note
 * and never loaded, so a template filled in below its examples still loads only what was filled in.
 */
export const EXAMPLE_ROW_MARK = '示例（请删除）';
