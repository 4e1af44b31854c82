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

/** A runner over a data folder, its tables as named by the manifest (parsed by its schema). */
export async function openRunner(dataDir: string): Promise<Runner> {
  const manifest = manifestIn(dataDir);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const [name, table] of Object.entries(manifest.tables)) {
    await connection.run(
      `CREATE VIEW ${sqlIdent(name)} AS SELECT ${['*', ...nullColumns(table.withheld)].join(', ')}
        FROM read_parquet(${sqlString(join(dataDir, table.file))})`,
    );
  }
  return { run: (query) => run(connection, query) };
}

async function run(connection: DuckDBConnection, query: Query): Promise<Columns> {
  const reader = await connection.runAndReadAll(query.sql, [...query.params] as (string | number | boolean | null)[]);
  const columns = reader.getColumnsObjectJson() as Record<string, Value[]>;
  return columns;
}
