/** Native DuckDB over a built site's data folder: the bench's figures computed another way, and its targets picked. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

export async function nativeQuery(siteDir: string, sql: string): Promise<Record<string, unknown>[]> {
  const dataDir = join(siteDir, 'data');
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8'));
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  for (const [name, t] of Object.entries(manifest.tables as Record<string, { file: string }>)) {
    await c.run(`CREATE VIEW ${name} AS SELECT * FROM read_parquet('${join(dataDir, t.file).replace(/'/g, "''")}')`);
  }
  const rows = (await c.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  c.closeSync();
  instance.closeSync();
  return rows;
}
