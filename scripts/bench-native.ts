/** Native DuckDB over a built site's data folder: the bench's figures computed another way, and its targets picked. */
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { readManifest } from '../src/ssr/site-data';

export async function nativeQuery(siteDir: string, sql: string): Promise<Record<string, unknown>[]> {
  const dataDir = join(siteDir, 'data');
  const manifest = readManifest(dataDir);
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  for (const [name, t] of Object.entries(manifest.tables)) {
    await c.run(`CREATE VIEW ${name} AS SELECT * FROM read_parquet('${join(dataDir, t.file).replace(/'/g, "''")}')`);
  }
  const rows = (await c.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  c.closeSync();
  instance.closeSync();
  return rows;
}
