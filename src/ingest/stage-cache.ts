/**
 * The staging cache (.cache/ingest): a folder per file content and reader
 * contract, holding the staged CSVs and meta.json (the StagedInput with paths
 * relative to the folder). Only complete, successful stagings are written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { StagedInput } from './inputs';

export async function readCached(dir: string, display: string): Promise<StagedInput | null> {
  try {
    const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as StagedInput;
    return { ...inFolder(meta, dir), file: display, fromCache: true };
  } catch {
    return null;
  }
}

/** Writes meta.json beside the staged sheets (all in `dir`). */
export async function writeCached(staged: StagedInput, dir: string): Promise<void> {
  const meta = { ...staged, sheets: staged.sheets.map((s) => ({ ...s, stagedPath: basename(s.stagedPath) })) };
  await writeFile(join(dir, 'meta.json'), JSON.stringify(meta));
}

/** The staged sheets' paths once they live in `dir`. */
export function inFolder(staged: StagedInput, dir: string): StagedInput {
  return { ...staged, sheets: staged.sheets.map((s) => ({ ...s, stagedPath: join(dir, basename(s.stagedPath)) })) };
}
