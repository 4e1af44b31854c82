/**
 * Loads one branch's slice of a sliced table into DuckDB-WASM: the index says
 * which rows (src/sql/branch-slices.ts), and hyparquet fetches only the row
 * groups holding them, by HTTP range requests into the one Parquet file. A
 * group's ledger (10 million rows a year) is never downloaded whole.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { type AsyncBuffer, asyncBufferFromUrl, cachedAsyncBuffer, type FileMetaData } from 'hyparquet';
import type { Slice } from '../queries/types';
import { type SlicedTable, sliceIndex } from '../sql/branch-slices';
import { type ColumnType, parquetRowsToArrow, readFooter } from './parquet-arrow';

export interface SlicedFile {
  readonly file: string;
  readonly bytes: number;
  readonly columns: ColumnType[];
}

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

  constructor(
    private readonly host: SliceHost,
    private readonly name: SlicedTable,
    private readonly table: SlicedFile,
  ) {}

  load(slice: Slice): Promise<void> {
    const key = slice.branch ?? '\u0000';
    let pending = this.loaded.get(key);
    if (!pending) {
      pending = this.fetch(slice.branch);
      this.loaded.set(key, pending);
      pending.catch(() => this.loaded.delete(key));
    }
    return pending;
  }

  settled(): Promise<unknown> {
    return Promise.allSettled([...this.loaded.values(), this.inserts]);
  }

  private async fetch(branch: string | null): Promise<void> {
    const index = sliceIndex(this.name);
    await this.host.ensure([index]);
    const statement = await this.host.connection.prepare(
      `SELECT CAST(row_start AS DOUBLE) AS s, CAST(row_count AS DOUBLE) AS n FROM ${index}
       WHERE branch_id IS NOT DISTINCT FROM ?`,
    );
    const range = await statement.query(branch);
    await statement.close();
    const start = Number(range.getChild('s')?.get(0) ?? 0);
    const count = Number(range.getChild('n')?.get(0) ?? 0);
    const { buffer, metadata } = await this.open();
    const arrow = await parquetRowsToArrow(buffer, metadata, this.table.columns, start, start + count);
    const insert = this.inserts.then(async () => {
      await this.host.insert(this.name, arrow, !this.created);
      this.created = true;
    });
    this.inserts = insert.catch(() => {});
    await insert;
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
