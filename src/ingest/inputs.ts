/**
 * Stages each scanned export: one step plans its reader (the cached result of
 * an unchanged file, DuckDB's CSV reader, or ours), then that reader runs.
 * Every file is read whole once by the scan (src/ingest/scan.ts) and once by
 * its reader; after the reader, the file must still be the one the scan hashed.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { TABLES } from '../model/schema';
import type { Db } from './db';
import { type DirectPlan, loadDirect, planDirect } from './direct-csv';
import { BOOK_EXT, CSV_EXT, type InputFile } from './listing';
import { detectEncoding, readCsv, type TextEncoding } from './read-csv';
import { readWorkbook } from './read-xlsx';
import { assertUnchanged, type Scan } from './scan';
import { InputError, type Sheet } from './source';
import { columnSources, type ProgressFn, type StagedSheet, stageSheet } from './stage';
import { inFolder, readCached, writeCached } from './stage-cache';

export { type InputFile, listInputs } from './listing';
export { InputChangedError, sha256File } from './scan';

/** Bumped when a reader changes how it turns a file into staged rows. */
const READER_VERSION = 4;
const CONTRACT_HASH = createHash('sha256')
  .update(JSON.stringify({ READER_VERSION, TABLES }))
  .digest('hex')
  .slice(0, 12);

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

export interface StageOptions {
  readonly progress?: ProgressFn;
  /** Let a UTF-8 CSV take DuckDB's own reader (see direct-csv.ts) instead of being staged. */
  readonly direct?: boolean;
}

/** The reader a scanned input takes. */
type ReaderPlan =
  | { readonly kind: 'cached'; readonly staged: StagedInput }
  | { readonly kind: 'direct'; readonly plan: DirectPlan }
  | { readonly kind: 'javascript' };

async function planReader(input: InputFile, scan: Scan, cacheDir: string, direct: boolean): Promise<ReaderPlan> {
  const staged = await readCached(cacheDir, input.display);
  if (staged) return { kind: 'cached', staged };
  if (direct && CSV_EXT.has(extname(input.path).toLowerCase())) {
    const plan = await planDirect(scan);
    if (plan) return { kind: 'direct', plan };
  }
  return { kind: 'javascript' };
}

export async function stageInput(
  input: InputFile,
  scan: Scan,
  cacheRoot: string,
  options: StageOptions = {},
): Promise<StagedInput> {
  const cacheDir = join(cacheRoot, `${scan.sha256}-${CONTRACT_HASH}`);
  const reader = await planReader(input, scan, cacheDir, options.direct ?? false);
  const base = { file: input.display, sha256: scan.sha256, bytes: scan.bytes, fromCache: false };
  if (reader.kind === 'cached') return reader.staged;
  if (reader.kind === 'direct') return plannedDirect(reader.plan, base);
  const tmp = `${cacheDir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    const staged = await stageFresh(input, scan, base, tmp, options.progress);
    // A file still being written (an export in progress, a copy from a share) would cache content under the wrong hash.
    await assertUnchanged(scan);
    // Only complete, successful stagings are cached; a failed file is read again next time.
    if (staged.error) return staged;
    await writeCached(staged, tmp);
    await rm(cacheDir, { recursive: true, force: true });
    await rename(tmp, cacheDir);
    return inFolder(staged, cacheDir);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Loads the inputs planned for DuckDB's own reader into temp tables; one it
 * will not read strictly is staged the JavaScript way instead.
 */
export async function loadPlanned(
  db: Db,
  staged: readonly StagedInput[],
  scans: readonly Scan[],
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
      out.push(await stageInput(inputs[k], scans[k], cacheRoot, { progress: progressOf(inputs[k]) }));
      continue;
    }
    // DuckDB read the file after it was scanned: it must still be the file the scan hashed.
    await assertUnchanged(scans[k]);
    progressOf(inputs[k])?.(counts.rowsRead);
    out.push({ ...one, sheets: [{ ...sheet, ...counts, stagedTable: table }] });
  }
  return out;
}

type InputBase = Pick<StagedInput, 'file' | 'sha256' | 'bytes' | 'fromCache'>;

/** A CSV DuckDB can read itself: nothing is staged now; the build loads it (and checks it again) later. */
function plannedDirect(plan: DirectPlan, base: InputBase): StagedInput {
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
    stagedPath: plan.path,
    direct: plan,
  };
  return { ...base, encoding: 'utf-8', sheets: [sheet], unrecognisedSheets: [], error: null };
}

async function stageFresh(
  input: InputFile,
  scan: Scan,
  base: InputBase,
  dir: string,
  progress?: ProgressFn,
): Promise<StagedInput> {
  let encoding: StagedInput['encoding'] = null;
  try {
    let sheets: Sheet[];
    if (BOOK_EXT.has(extname(input.path).toLowerCase())) {
      sheets = await readWorkbook(scan);
      encoding = 'xlsx';
    } else {
      const csv = readCsv(scan);
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
      // The rows were not read to the end: a text file not proven GB18030 yet is checked before it is called unrecognised.
      if (encoding === 'gb18030') await detectEncoding(input.path, input.display);
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
