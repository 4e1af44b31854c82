import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll } from 'vitest';
import { type BuildOptions, type BuildResult, buildData } from '../src/ingest/build';
import { loadMeta, type Meta } from '../src/queries/meta';
import type { Columns, Runner } from '../src/queries/types';
import { readManifest } from '../src/ssr/site-data';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'djd-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A folder of exports: the contract fixture's organisations and members, plus the given files. */
export function exportsFolder(
  files: Record<string, string | Buffer>,
  base: string[] = ['orgs.csv', 'members.csv'],
): string {
  const dir = tempDir('djd-in-');
  for (const f of base) cpSync(join(FIXTURES, 'contract', f), join(dir, f));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export async function build(
  inDir: string,
  extra: Partial<BuildOptions> = {},
): Promise<BuildResult & { outDir: string }> {
  const work = tempDir('djd-out-');
  const outDir = join(work, 'data');
  const result = await buildData({ inDir, outDir, cacheDir: join(work, 'cache'), ...extra });
  return { ...result, outDir };
}

/** Runs SQL with native DuckDB over the Parquet files of an output folder, each registered as a view. */
export async function queryParquet(
  outDir: string,
  sql: string,
  params: (string | number)[] = [],
): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const manifest = (await import('node:fs')).readFileSync(join(outDir, 'manifest.json'), 'utf8');
    for (const [name, table] of Object.entries(JSON.parse(manifest).tables as Record<string, { file: string }>)) {
      const path = join(outDir, table.file).replace(/'/g, "''");
      await connection.run(`CREATE VIEW ${name} AS SELECT * FROM read_parquet('${path}')`);
    }
    const reader = await connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The site's queries run by native DuckDB over a build's Parquet files, answered as the page's columns. */
export function runnerOver(outDir: string): Runner {
  return {
    run: async (q) => {
      const rows = await queryParquet(outDir, q.sql, [...q.params] as (string | number)[]);
      const columns: Columns = {};
      for (const row of rows) {
        for (const [k, v] of Object.entries(row)) {
          columns[k] ??= [];
          columns[k].push(v as never);
        }
      }
      return columns;
    },
  };
}

/** The pages' metadata of a build's output: its queries over the Parquet, and its manifest's tables. */
export function metaOver(outDir: string): Promise<Meta> {
  return loadMeta(runnerOver(outDir), readManifest(outDir));
}

/** Exports written by the sample generator (scripts/generate-sample.ts) with these options, in a folder of their own. */
export function generatedExports(options: Record<string, string>): string {
  const inDir = join(tempDir(), 'in');
  const args = Object.entries(options).flatMap(([k, v]) => [`--${k}`, v]);
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-sample.ts', '--out', inDir, ...args], {
    cwd: join(import.meta.dirname, '..'),
    stdio: 'ignore',
  });
  return inDir;
}
