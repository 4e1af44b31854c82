/**
 * Loads one organisation's slice of a sliced table into DuckDB-WASM: the index
 * says which run of rows holds its subtree (src/sql/branch-slices.ts), and
 * hyparquet fetches only the row groups holding them, by HTTP range requests
 * into the one Parquet file. A group's ledger (10 million rows a year) is never
 * downloaded whole. Slices overlap (a committee's holds its branches'): rows
 * already loaded are not fetched or inserted again.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { type AsyncBuffer, asyncBufferFromUrl, cachedAsyncBuffer, type FileMetaData } from 'hyparquet';
import type { ManifestTable } from '../model/manifest';
import type { Slice } from '../queries/types';
import { type SlicedTable, sliceIndex } from '../sql/branch-slices';
import { parquetRowsToArrow, readFooter } from './parquet-arrow';

export interface SliceHost {
  readonly connection: AsyncDuckDBConnection;
  /** Loads a whole (small) table, such as the index. */
  ensure(names: readonly string[]): Promise<void>;
  /** The versioned URL of a published file. */
  url(file: string): string;
  /** Inserts Arrow rows into a table of the version's schema, creating it the first time. */
  insert(name: string, arrow: Table, create: boolean): Promise<void>;
}

export class SliceLoader {
  private readonly loaded = new Map<string, Promise<void>>();
  private file: Promise<{ buffer: AsyncBuffer; metadata: FileMetaData }> | null = null;
  /** Inserts run one after another: the first creates the table, the others append. */
  private inserts: Promise<unknown> = Promise.resolve();
  private created = false;
  /** Runs of rows loaded or being loaded, [start, end), each with the load that brings it. */
  private held: { run: [number, number]; done: Promise<void> }[] = [];

  constructor(
    private readonly host: SliceHost,
    private readonly name: SlicedTable,
    private readonly table: ManifestTable,
  ) {}

  load(slice: Slice): Promise<void> {
    const key = slice.org ?? '\u0000';
    let pending = this.loaded.get(key);
    if (!pending) {
      pending = this.fetch(slice.org);
      this.loaded.set(key, pending);
      pending.catch(() => this.loaded.delete(key));
    }
    return pending;
  }

  settled(): Promise<unknown> {
    return Promise.allSettled([...this.loaded.values(), this.inserts]);
  }

  private async fetch(org: string | null): Promise<void> {
    const index = sliceIndex(this.name);
    await this.host.ensure([index]);
    const statement = await this.host.connection.prepare(
      `SELECT CAST(row_start AS DOUBLE) AS s, CAST(row_count AS DOUBLE) AS n FROM ${index}
       WHERE org_id IS NOT DISTINCT FROM ?`,
    );
    const range = await statement.query(org);
    await statement.close();
    const start = Number(range.getChild('s')?.get(0) ?? 0);
    const count = Number(range.getChild('n')?.get(0) ?? 0);
    const run: [number, number] = [start, start + count];
    // Claimed before any await, so two slices fetched at once never both take the same rows; a slice
    // whose rows another load is bringing waits for that load.
    const others = this.held.filter((h) => h.run[0] < run[1] && run[0] < h.run[1]).map((h) => h.done);
    const held = this.held.map((h) => h.run);
    const missing = subtract(run, held);
    // The first slice creates the table, even when empty: the queries then find it.
    const own = this.insertRuns(missing.length || this.held.length ? missing : [[start, start]]);
    const claims = missing.map((m) => ({ run: m, done: own }));
    this.held.push(...claims);
    own.catch(() => {
      this.held = this.held.filter((h) => !claims.includes(h));
    });
    await Promise.all([own, ...others]);
  }

  private async insertRuns(runs: readonly [number, number][]): Promise<void> {
    if (runs.length === 0) return;
    const { buffer, metadata } = await this.open();
    for (const [from, to] of runs) {
      const arrow = await parquetRowsToArrow(buffer, metadata, this.table.columns, from, to);
      const insert = this.inserts.then(async () => {
        await this.host.insert(this.name, arrow, !this.created);
        this.created = true;
      });
      this.inserts = insert.catch(() => {});
      await insert;
    }
  }

  /** The file's footer is read once; byte ranges already fetched are kept. */
  private open(): Promise<{ buffer: AsyncBuffer; metadata: FileMetaData }> {
    this.file ??= (async () => {
      const remote = await asyncBufferFromUrl({ url: this.host.url(this.table.file), byteLength: this.table.bytes });
      const buffer = cachedAsyncBuffer(remote);
      return { buffer, metadata: await readFooter(buffer) };
    })();
    this.file.catch(() => {
      this.file = null;
    });
    return this.file;
  }
}

/** The parts of run `[start, end)` that none of `held` covers. */
export function subtract(run: [number, number], held: readonly [number, number][]): [number, number][] {
  let parts: [number, number][] = run[1] > run[0] ? [run] : [];
  for (const [a, b] of held) {
    parts = parts.flatMap(([s, e]): [number, number][] => {
      if (b <= s || a >= e) return [[s, e]];
      return [...(a > s ? [[s, a] as [number, number]] : []), ...(b < e ? [[b, e] as [number, number]] : [])];
    });
  }
  return parts;
}
