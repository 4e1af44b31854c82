/**
 * Finds the exports in a folder and stages each one, reusing the staged
 * result of an unchanged file (same content hash, same contract).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { TABLES } from '../model/schema';
import type { Db } from './db';
import { loadDirect, planDirect } from './direct-csv';
import { readCsv, type TextEncoding } from './read-csv';
import { readWorkbook } from './read-xlsx';
import { InputError, type Sheet } from './source';
import { columnSources, type ProgressFn, type StagedSheet, stageSheet } from './stage';

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

export interface StageOptions {
  readonly progress?: ProgressFn;
  /** Plan a UTF-8 CSV for DuckDB's own reader instead of staging it (see direct-csv.ts). */
  readonly direct?: boolean;
  /** The content hash when the caller has just computed it. */
  readonly sha256?: string;
}

export async function stageInput(
  input: InputFile,
  cacheRoot: string,
  options: StageOptions = {},
): Promise<StagedInput> {
  const [sha256, info] = await Promise.all([options.sha256 ?? sha256File(input.path), stat(input.path)]);
  const dir = join(cacheRoot, `${sha256}-${CONTRACT_HASH}`);
  const cached = await readCached(dir, input.display);
  if (cached) return cached;
  const base = { file: input.display, sha256, bytes: info.size, fromCache: false };
  if (options.direct && CSV_EXT.has(extname(input.path).toLowerCase())) {
    const planned = await plannedDirect(input, base);
    if (planned) return planned;
  }
  const progress = options.progress;
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const staged = await stageFresh(input, base, tmp, progress);
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

/**
 * Loads the inputs planned for DuckDB's own reader into temp tables; one it
 * will not read strictly is staged the JavaScript way instead.
 */
export async function loadPlanned(
  db: Db,
  staged: readonly StagedInput[],
  inputs: readonly InputFile[],
  cacheRoot: string,
  progressOf: (input: InputFile) => ProgressFn | undefined,
): Promise<StagedInput[]> {
  const out: StagedInput[] = [];
  for (const [k, one] of staged.entries()) {
    const sheet = one.sheets[0];
    if (!sheet?.direct) {
      out.push(one);
      continue;
    }
    const table = `direct_${k}`;
    const counts = await loadDirect(db, sheet.direct, table);
    if (!counts) {
      out.push(await stageInput(inputs[k], cacheRoot, { progress: progressOf(inputs[k]), sha256: one.sha256 }));
      continue;
    }
    // DuckDB read the file after it was hashed: the hash must still describe what it read.
    if ((await sha256File(inputs[k].path)) !== one.sha256) throw new InputChangedError(one.file);
    progressOf(inputs[k])?.(counts.rowsRead);
    out.push({ ...one, sheets: [{ ...sheet, ...counts, stagedTable: table }] });
  }
  return out;
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

type InputBase = Pick<StagedInput, 'file' | 'sha256' | 'bytes' | 'fromCache'>;

/** A CSV DuckDB can read itself: nothing is staged now; the build loads it (and re-checks its hash) later. */
async function plannedDirect(input: InputFile, base: InputBase): Promise<StagedInput | null> {
  let csv: Awaited<ReturnType<typeof readCsv>>;
  try {
    csv = await readCsv(input.path, input.display);
  } catch (err) {
    if (err instanceof InputError) return null; // the JavaScript path reports it
    throw err;
  }
  const plan = await planDirect(input.path, csv);
  if (!plan) return null;
  const sheet: StagedSheet = {
    sheet: null,
    table: plan.match.table,
    headerRow: plan.headerRow,
    rowsRead: 0,
    blankRows: 0,
    notes: [],
    extraColumns: plan.match.extra,
    personalColumns: plan.match.personal,
    columns: columnSources(plan.match, plan.headerCells),
    stagedPath: input.path,
    direct: plan,
  };
  return { ...base, encoding: 'utf-8', sheets: [sheet], unrecognisedSheets: [], error: null };
}

async function stageFresh(input: InputFile, base: InputBase, dir: string, progress?: ProgressFn): Promise<StagedInput> {
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
