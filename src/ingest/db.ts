/** Native DuckDB for the build: one in-memory database per run, spilling to disk when large. */
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { PARSE_MACROS } from '../sql/parse';
import { VALIDATION_MACROS } from './validate-sql';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Row = Record<string, Json>;

export class Db {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    /** The first connection owns the database: closing it closes the database. */
    private readonly owner = true,
  ) {}

  static async open(options: { tempDir?: string; memoryLimit?: string } = {}): Promise<Db> {
    const config: Record<string, string> = { threads: '2', preserve_insertion_order: 'true' };
    if (options.tempDir) config.temp_directory = options.tempDir;
    if (options.memoryLimit) config.memory_limit = options.memoryLimit;
    const instance = await DuckDBInstance.create(':memory:', config);
    const db = new Db(instance, await instance.connect());
    for (const sql of [...PARSE_MACROS, ...VALIDATION_MACROS]) await db.exec(sql);
    return db;
  }

  async exec(sql: string, params?: DuckDBValue[]): Promise<void> {
    await this.connection.run(sql, params);
  }

  async all(sql: string, params?: DuckDBValue[]): Promise<Row[]> {
    const reader = await this.connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJson() as Row[];
  }

  /**
   * Another connection to the same database, for statements run beside this one's: tables (not TEMP ones)
   * and macros are shared. Closed on its own; the database stays open.
   */
  async fork(): Promise<Db> {
    return new Db(this.instance, await this.instance.connect(), false);
  }

  close(): void {
    this.connection.closeSync();
    if (this.owner) this.instance.closeSync();
  }
}

/**
 * Runs `job(db, k)` for every k below `n`, each connection taking the next k as it frees up, so their
 * statements run side by side. The first failure stops what has not started, and is thrown once the others end.
 */
export async function besideEachOther(
  dbs: readonly Db[],
  n: number,
  job: (db: Db, k: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const settled = await Promise.allSettled(
    dbs.map(async (db) => {
      while (!failed && next < n) {
        const k = next++;
        try {
          await job(db, k);
        } catch (err) {
          failed = true;
          throw err;
        }
      }
    }),
  );
  const failure = settled.find((s) => s.status === 'rejected');
  if (failure) throw (failure as PromiseRejectedResult).reason;
}
