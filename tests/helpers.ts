import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  let db = await viewsOver(outDir);
  while (db.closed) db = await viewsOver(outDir); // closed as idle while this query waited for it
  db.inUse++;
  const connection = await db.instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    db.inUse--;
    db.usedAt = ++clock;
  }
}

interface Views {
  readonly instance: DuckDBInstance;
  inUse: number;
  usedAt: number;
  closed: boolean;
}

/**
 * One in-memory DuckDB per output folder and manifest, its views made once: a fresh instance and its 60 views
 * cost some 90 ms a query (1.7 ms on one kept), and the tests ask thousands. Keyed by the manifest's text, which
 * names every file with its checksum, so a folder built again is read afresh. The least recently used idle ones
 * are closed past a few.
 */
const views = new Map<string, Promise<Views>>();
let clock = 0;
const KEPT_IDLE = 6;

function viewsOver(outDir: string): Promise<Views> {
  const manifest = readFileSync(join(outDir, 'manifest.json'), 'utf8');
  const key = `${outDir}\u0000${manifest}`;
  let db = views.get(key);
  if (!db) {
    db = openViews(outDir, manifest);
    views.set(key, db);
    void db.then(() => closeIdle(key));
  }
  return db;
}

async function openViews(outDir: string, manifest: string): Promise<Views> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const [name, table] of Object.entries(JSON.parse(manifest).tables as Record<string, { file: string }>)) {
      const path = join(outDir, table.file).replace(/'/g, "''");
      await connection.run(`CREATE VIEW ${name} AS SELECT * FROM read_parquet('${path}')`);
    }
  } finally {
    connection.closeSync();
  }
  return { instance, inUse: 0, usedAt: ++clock, closed: false };
}

async function closeIdle(keep: string): Promise<void> {
  const idle: [string, Views][] = [];
  for (const [key, db] of views) if (key !== keep) idle.push([key, await db]);
  // Not one another call closed while this one awaited the list (two calls at once would close it twice).
  const closable = idle.filter(([, db]) => db.inUse === 0 && !db.closed).sort((a, b) => a[1].usedAt - b[1].usedAt);
  for (const [key, db] of closable.slice(0, Math.max(0, views.size - 1 - KEPT_IDLE))) {
    views.delete(key);
    db.closed = true;
    db.instance.closeSync();
  }
}

afterAll(async () => {
  for (const db of views.values()) {
    const open = await db;
    open.closed = true;
    open.instance.closeSync();
  }
  views.clear();
});

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
