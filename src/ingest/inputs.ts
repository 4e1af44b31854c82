/**
 * Finds the exports in a folder and stages each one, reusing the staged
 * result of an unchanged file (same content hash, same contract).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { TABLES } from '../model/schema';
import { readCsv, type TextEncoding } from './read-csv';
import { readWorkbook } from './read-xlsx';
import { InputError, type Sheet } from './source';
import { type ProgressFn, type StagedSheet, stageSheet } from './stage';

const CSV_EXT = new Set(['.csv', '.txt', '.tsv']);
const BOOK_EXT = new Set(['.xlsx', '.xlsm', '.xls']);

/** Bumped when a reader changes how it turns a file into staged rows. */
const READER_VERSION = 3;
const CONTRACT_HASH = createHash('sha256')
  .update(JSON.stringify({ READER_VERSION, TABLES }))
  .digest('hex')
  .slice(0, 12);

export interface InputFile {
  readonly path: string;
  /** Path relative to the input folder, as reports show it. */
  readonly display: string;
}

export interface StagedInput {
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly encoding: TextEncoding | 'xlsx' | null;
  readonly sheets: readonly StagedSheet[];
  /** Sheets of a workbook that no table's header matched (dictionary sheets, notes). */
  readonly unrecognisedSheets: readonly string[];
  readonly error: { readonly code: string; readonly detail: string; readonly sheet: string | null } | null;
  readonly fromCache: boolean;
}

export async function listInputs(dir: string): Promise<{ inputs: InputFile[]; skipped: string[] }> {
  const inputs: InputFile[] = [];
  const skipped: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const display = relative(dir, path);
    const ext = extname(entry.name).toLowerCase();
    // Office lock files, dotfiles and the rules file are not exports.
    if (entry.name.startsWith('~$') || entry.name.startsWith('.') || entry.name === 'rules.json') continue;
    if (CSV_EXT.has(ext) || BOOK_EXT.has(ext)) inputs.push({ path, display });
    else skipped.push(display);
  }
  inputs.sort((a, b) => a.display.localeCompare(b.display));
  return { inputs, skipped: skipped.sort() };
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export class InputChangedError extends Error {
  constructor(readonly file: string) {
    super(
      `${file}: 文件在构建过程中被修改，原有输出未改动；请在文件写完后重新构建 / the file changed while the build read it; the previous output is untouched; rebuild once the file is complete`,
    );
  }
}

export async function stageInput(input: InputFile, cacheRoot: string, progress?: ProgressFn): Promise<StagedInput> {
  const [sha256, info] = await Promise.all([sha256File(input.path), stat(input.path)]);
  const dir = join(cacheRoot, `${sha256}-${CONTRACT_HASH}`);
  const cached = await readCached(dir, input.display);
  if (cached) return cached;
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const staged = await stageFresh(input, sha256, info.size, tmp, progress);
  // A file still being written (an export in progress, a copy from a share) would cache
  // content under the wrong hash: read it again once it stops changing.
  if ((await sha256File(input.path)) !== sha256) {
    await rm(tmp, { recursive: true, force: true });
    throw new InputChangedError(input.display);
  }
  // Only complete, successful stagings are cached; a failed file is read again next time.
  if (staged.error) {
    await rm(tmp, { recursive: true, force: true });
    return staged;
  }
  const meta = { ...staged, sheets: staged.sheets.map((s) => ({ ...s, stagedPath: basename(s.stagedPath) })) };
  await writeFile(join(tmp, 'meta.json'), JSON.stringify(meta));
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  return { ...staged, sheets: staged.sheets.map((s) => ({ ...s, stagedPath: join(dir, basename(s.stagedPath)) })) };
}

async function readCached(dir: string, display: string): Promise<StagedInput | null> {
  try {
    const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as StagedInput;
    const sheets = meta.sheets.map((s) => ({ ...s, stagedPath: join(dir, s.stagedPath) }));
    return { ...meta, file: display, sheets, fromCache: true };
  } catch {
    return null;
  }
}

async function stageFresh(
  input: InputFile,
  sha256: string,
  bytes: number,
  dir: string,
  progress?: ProgressFn,
): Promise<StagedInput> {
  const base = { file: input.display, sha256, bytes, fromCache: false };
  let encoding: StagedInput['encoding'] = null;
  try {
    const ext = extname(input.path).toLowerCase();
    let sheets: Sheet[];
    if (BOOK_EXT.has(ext)) {
      sheets = await readWorkbook(input.path, input.display);
      encoding = 'xlsx';
    } else {
      const csv = await readCsv(input.path, input.display);
      encoding = csv.encoding;
      sheets = [csv];
    }
    const staged: StagedSheet[] = [];
    const unrecognised: string[] = [];
    for (const [i, sheet] of sheets.entries()) {
      const result = await stageSheet(sheet, input.display, join(dir, `sheet-${i}.csv`), progress);
      if (result) staged.push(result);
      else unrecognised.push(sheet.sheet ?? '');
    }
    if (staged.length === 0) {
      const detail =
        '没有找到可识别的表头行（见 docs/import-contract.md）/ no recognisable header row (see docs/import-contract.md)';
      return {
        ...base,
        encoding,
        sheets: [],
        unrecognisedSheets: unrecognised,
        error: { code: 'unrecognised', detail, sheet: null },
      };
    }
    return { ...base, encoding, sheets: staged, unrecognisedSheets: unrecognised, error: null };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return {
      ...base,
      encoding,
      sheets: [],
      unrecognisedSheets: [],
      error: { code: err.code, detail: err.detail, sheet: err.sheet },
    };
  }
}
