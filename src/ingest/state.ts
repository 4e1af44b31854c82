/**
 * The build state (.cache/ingest/state/<output>): what a rebuild needs of the
 * last build into the same output folder, so that a month's new ledger file
 * costs its own rows, not the whole ledger's. It holds every table that does
 * not depend on the ledger (Parquet as published), the ledger's source sheets
 * with their counts, rejects, chunks and years, and the chunked tables' parts
 * with each chunk's runs (for the indexes) and provenance (which source each
 * ledger row came from). Written whole beside the old state and swapped in;
 * anything missing or unreadable means no state, and the build runs whole.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { AsOfSource, ManifestTable } from '../model/manifest';
import type { TableName } from '../model/schema';
import type { ChunkedTable } from './chunks';
import type { StagedInput } from './inputs';

/** Bumped when the state's layout changes: an older state is ignored. */
const STATE_VERSION = 2;

/** A reject as a source keeps it: its other row named by source key, not by position in one build's list. */
export interface StoredReject {
  readonly row: number;
  readonly column: string;
  readonly code: string;
  readonly value: string | null;
  readonly otherKey: string | null;
  readonly otherRow: number | null;
}

/** One recognised sheet of an input, as the build validated it. */
export interface SourceState {
  readonly key: string;
  readonly table: TableName;
  readonly loaded: number;
  readonly rejected: number;
  /** Rows with at least one reject (a row may have several). */
  readonly rejectRows: number;
  /** Its first rejects, by row, column and code (at most REJECT_LIST_LIMIT). */
  readonly rejects: readonly StoredReject[];
  /** A chunked table's source: the chunks its accepted rows lie in, and the years of their dates. */
  readonly chunks: readonly number[];
  readonly years: readonly number[];
  /** Its accepted rows' latest date (the as-of date is the data's latest event). */
  readonly latest: string | null;
}

export interface BuildState {
  readonly version: number;
  /** Code, rules, options and every input that is not the chunked table's alone: a rebuild needs them equal. */
  readonly baseKey: string;
  /** Every input, with what staging found (sheets, tables, counts), in the listing's order. */
  readonly inputs: readonly StagedInput[];
  readonly sources: readonly SourceState[];
  /** The published tables that do not depend on a chunked table: `base/<name>.parquet`. */
  readonly base: Readonly<Record<string, ManifestTable>>;
  /** The chunks each chunked table has a part for: `parts/<table>-<chunk>.parquet`. */
  readonly parts: Readonly<Record<ChunkedTable, readonly number[]>>;
  /** The years of the chunked source's dates, over every source. */
  readonly years: readonly number[];
  /** The as-of date the last build published, and the latest event of every table but the chunked source. */
  readonly asOf: string;
  readonly asOfSource: AsOfSource;
  readonly latestOther: string | null;
  /** Rows loaded without an unchecked optional reference, by source key (src/ingest/validate-sql.ts). */
  readonly unchecked: readonly { key: string; table: TableName; column: string; rows: number }[];
}

/** A source's key: its file, content and place in the file; never a position in one build's list of sources. */
export function sourceKey(file: string, sha256: string, sheet: number): string {
  return createHash('sha256').update(`${file}\0${sha256}\0${sheet}`).digest('hex').slice(0, 24);
}

/** The state folder of an output folder. */
export function stateDirFor(cacheDir: string, outDir: string): string {
  return join(cacheDir, 'state', createHash('sha256').update(outDir).digest('hex').slice(0, 16));
}

export const stateFiles = (dir: string) => ({
  json: join(dir, 'state.json'),
  base: (name: string) => join(dir, 'base', `${name}.parquet`),
  checked: (table: string) => join(dir, 'checked', `${table}.parquet`),
  parts: join(dir, 'parts'),
  runs: (table: string) => join(dir, 'runs', `${table}.parquet`),
  provenance: join(dir, 'provenance.parquet'),
});

export async function readState(dir: string): Promise<BuildState | null> {
  try {
    const state = JSON.parse(await readFile(stateFiles(dir).json, 'utf8')) as BuildState;
    return state.version === STATE_VERSION ? state : null;
  } catch {
    return null;
  }
}

/** A fresh folder beside the state to write the next one into. */
export async function newStateDir(dir: string): Promise<string> {
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  for (const sub of ['base', 'checked', 'parts', 'runs']) await mkdir(join(tmp, sub), { recursive: true });
  return tmp;
}

/** Writes state.json into the new folder and swaps it in for the old state. */
export async function commitState(tmp: string, dir: string, state: Omit<BuildState, 'version'>): Promise<void> {
  await writeFile(stateFiles(tmp).json, JSON.stringify({ version: STATE_VERSION, ...state }));
  const old = `${dir}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  await rename(dir, old).catch(() => {});
  await rename(tmp, dir);
  await rm(old, { recursive: true, force: true });
}

/** Removes what an earlier build left half-made beside the state (a crash between its renames). */
export async function clearStale(dir: string): Promise<void> {
  const parent = dirname(dir);
  const name = basename(dir);
  let entries: string[];
  try {
    entries = await readdir(parent);
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.startsWith(`${name}.tmp-`) || e.startsWith(`${name}.old-`))
      await rm(join(parent, e), { recursive: true, force: true });
  }
}

/** A hard link where the filesystem allows one (no copy of a 200 MB part), else a copy. */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}
