/** What a query returns, whichever engine runs it: one array per column. */
import type { SlicedTable } from '../sql/branch-slices';

export type Value = string | number | boolean | null;
export type Columns = Record<string, Value[]>;

export interface Query {
  readonly sql: string;
  /** Bound to $1, $2, ... : every value from a filter or the URL travels here, never in the SQL text. */
  readonly params: readonly Value[];
  /** Tables the query reads, so the browser loads just those (tests/query-tables.test.ts runs each query with only these). */
  readonly tables: readonly string[];
  /**
   * Tables published in slices (src/sql/branch-slices.ts) of which the query reads one organisation's rows:
   * the browser fetches those alone. The build-time runner reads the whole file anyway.
   */
  readonly slices?: readonly Slice[];
}

export interface Slice {
  readonly table: SlicedTable;
  /** The organisation whose subtree's rows are wanted (null: the rows of no branch). */
  readonly org: string | null;
}

/** Runs a query: native DuckDB at build time, DuckDB-WASM in the page. */
export interface Runner {
  run(query: Query): Promise<Columns>;
  /** Loads what the queries read without running them (in the page: their tables into DuckDB-WASM). */
  load?(queries: readonly Query[]): Promise<void>;
}

export function rowCount(columns: Columns): number {
  const first = Object.values(columns)[0];
  return first ? first.length : 0;
}

export function rows(columns: Columns): Record<string, Value>[] {
  const names = Object.keys(columns);
  return Array.from({ length: rowCount(columns) }, (_, i) => Object.fromEntries(names.map((n) => [n, columns[n][i]])));
}

/**
 * Writes a query with named placeholders ($year, $org, ...) and turns them
 * into positional ones with the values alongside, so each statement binds
 * exactly the values it uses, in both engines.
 */
export function bind(sql: string, values: Record<string, Value>, tables: readonly string[]): Query {
  const order: string[] = [];
  const text = sql.replace(/\$([a-z][a-z_]*)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`query names $${name} but no value was given`);
    let index = order.indexOf(name);
    if (index === -1) index = order.push(name) - 1;
    return `$${index + 1}`;
  });
  return { sql: text, params: order.map((n) => values[n]), tables };
}
