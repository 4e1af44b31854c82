/**
 * Build-time runner: native DuckDB over the published Parquet, so each page's
 * default view is rendered into its HTML with the same SQL the page runs later.
 */
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { Columns, Query, Runner, Value } from '../queries/types';
import { sqlIdent, sqlString } from '../sql/literal';
import { nullColumns } from '../sql/withheld';
import { SITE_DATA_DIR } from './data-dir';
import { manifestIn } from './site-data';

let shared: Promise<Runner> | null = null;

/** One runner per build process, over the data folder the site is built from. */
export function buildRunner(dataDir = SITE_DATA_DIR): Promise<Runner> {
  shared ??= openRunner(dataDir);
  return shared;
}

/**
 * Parquet bytes read into memory once, smallest tables first; the rest are read from their files by each query.
 * A page asks a dozen queries and a site has hundreds of pages: over views every query opened its files again,
 * and the sample site's build spent 27 of its 70 s waiting on them (0.5 MB of Parquet in all). Held in memory a
 * table takes some 16 times its Parquet: at the group size (300 MB of Parquet) the build took 184 s and 1,372 MiB
 * over views, 156 s and 1,633 MiB with 16 MB held, 122 s and 2,187 MiB with 64 MB. The ledger stays on disk.
 */
export const IN_MEMORY_BYTES = 16 * 2 ** 20;

/** A runner over a data folder, its tables as named by the manifest (parsed by its schema). */
export async function openRunner(dataDir: string): Promise<Runner> {
  const manifest = manifestIn(dataDir);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  let held = 0;
  for (const [name, table] of Object.entries(manifest.tables).sort((a, b) => a[1].bytes - b[1].bytes)) {
    const inMemory = held + table.bytes <= IN_MEMORY_BYTES;
    if (inMemory) held += table.bytes;
    await connection.run(
      `CREATE ${inMemory ? 'TABLE' : 'VIEW'} ${sqlIdent(name)} AS
        SELECT ${['*', ...nullColumns(table.withheld)].join(', ')} FROM read_parquet(${sqlString(join(dataDir, table.file))})`,
    );
  }
  return { run: (query) => run(connection, query) };
}

async function run(connection: DuckDBConnection, query: Query): Promise<Columns> {
  const reader = await connection.runAndReadAll(query.sql, [...query.params] as (string | number | boolean | null)[]);
  const columns = reader.getColumnsObjectJson() as Record<string, Value[]>;
  return columns;
}
