/**
 * What a build publishes, table by table, and what each published table
 * depends on: the one list both the full build and the rebuild write from.
 */
import { createHash } from 'node:crypto';
import { TABLES } from '../model/schema';
import {
  INDEX_FILE_ORDER,
  isSliced,
  SLICE_FILE_ORDER,
  SLICED_TABLES,
  type SlicedTable,
  sliceIndex,
  sliceSql,
} from '../sql/branch-slices';
import { DERIVED } from '../sql/derived';
import { PARSE_MACROS } from '../sql/parse';
import { CHUNKED_TABLES, isChunked, placementSql } from './chunks';
import type { TableOutput } from './output';
import { acceptedSql, checkedSql, typedSql } from './validate-sql';

/** Bumped when the build's output changes in a way the SQL below does not show (a writer, a file layout). */
const OUTPUT_VERSION = 2;

/** What the output depends on besides inputs and rules: a change to any of it rebuilds. */
export const CODE_HASH = createHash('sha256')
  .update(
    JSON.stringify({
      OUTPUT_VERSION,
      TABLES,
      DERIVED,
      PARSE_MACROS,
      slices: Object.keys(SLICED_TABLES).flatMap((t) => sliceSql(t as SlicedTable)),
      chunks: [CHUNKED_TABLES, placementSql(), INDEX_FILE_ORDER],
      validation: TABLES.map((t) => [typedSql(t), checkedSql(t), acceptedSql(t)]),
    }),
  )
  .digest('hex')
  .slice(0, 16);

/** Sliced tables that are not chunked: re-created in slice order with their index (chunked ones: chunks.ts). */
export const SLICED_WHOLE = (Object.keys(SLICED_TABLES) as SlicedTable[]).filter((t) => !isChunked(t));

/** File order of the tables not sorted by their key; every other table by its key, or by every column. */
const ORDER: Record<string, string | null> = {
  ...Object.fromEntries(Object.keys(SLICED_TABLES).map((t) => [t, SLICE_FILE_ORDER])),
  ...Object.fromEntries(Object.keys(SLICED_TABLES).map((t) => [sliceIndex(t as SlicedTable), INDEX_FILE_ORDER])),
  // Every column: two meetings of one organisation, day and type are written in the same order by every build.
  meetings: 'org_id, date, type, expected, present',
  assessments: 'org_id, period, dimension',
};

/** Every published table in manifest order, with how it is written (chunked tables: by chunks.ts). */
export function outputTables(rulesTableNames: readonly string[]): TableOutput[] {
  const rowGroupSize = (name: string) => (isSliced(name) ? SLICED_TABLES[name].rowGroup : undefined);
  return [
    ...TABLES.map((t) => ({
      name: t.name,
      kind: 'source' as const,
      orderBy: t.name in ORDER ? ORDER[t.name] : (t.key?.join(', ') ?? 'ALL'),
      rowGroupSize: rowGroupSize(t.name),
    })),
    ...DERIVED.map((d) => ({
      name: d.name,
      kind: 'derived' as const,
      orderBy: d.name in ORDER ? ORDER[d.name] : 'ALL',
      rowGroupSize: rowGroupSize(d.name),
    })),
    ...Object.keys(SLICED_TABLES).map((t) => ({
      name: sliceIndex(t as SlicedTable),
      kind: 'derived' as const,
      orderBy: INDEX_FILE_ORDER,
    })),
    ...rulesTableNames.map((name) => ({ name, kind: 'rules' as const, orderBy: 'ALL' })),
  ];
}

/** The tables a derived table's SQL names (any word that is a table's name: more is safe, never fewer). */
function namedIn(sql: string, names: readonly string[]): string[] {
  const words = new Set(sql.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
  return names.filter((n) => words.has(n));
}

/** The derived tables that depend, directly or through others, on one of `seeds`, and their slice indexes. */
function dependents(seeds: Iterable<string>, isSeed: (sql: string) => boolean = () => false): Set<string> {
  const names = [...TABLES.map((t) => t.name), ...DERIVED.map((d) => d.name)];
  const dependent = new Set<string>(seeds);
  for (const d of DERIVED)
    if (isSeed(d.sql) || namedIn(d.sql, names).some((n) => dependent.has(n))) dependent.add(d.name);
  for (const t of Object.keys(SLICED_TABLES) as SlicedTable[]) if (dependent.has(t)) dependent.add(sliceIndex(t));
  return dependent;
}

/**
 * The derived tables that read the as-of date (rule_params.as_of: overdue tasks and topics), directly or
 * through others: a rebuild whose ledger moves the as-of date derives these again.
 */
export const AS_OF_DEPENDENT: ReadonlySet<string> = dependents([], (sql) => /\bas_of\b/.test(sql));

/**
 * The published tables that depend, directly or through others, on a chunked table (the ledger and the
 * member-level tables): a rebuild recomputes these; every other table it takes from the last build.
 */
export const CHUNK_DEPENDENT: ReadonlySet<string> = dependents(CHUNKED_TABLES);
