/**
 * Which files of the input folder are exports. Everything else is listed as
 * skipped with why, so nothing in the folder goes unmentioned; symbolic links
 * are never followed (one could point anywhere on the machine).
 */
import { readdir } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';

export const CSV_EXT = new Set(['.csv', '.txt', '.tsv']);
export const BOOK_EXT = new Set(['.xlsx', '.xlsm', '.xls']);

/** The rules file sits beside the exports and is read as rules, not as data. */
const RULES_FILE = 'rules.json';

export interface InputFile {
  readonly path: string;
  /** Path relative to the input folder, as reports show it. */
  readonly display: string;
}

export type SkipCode = 'not_an_export' | 'symlink' | 'hidden' | 'office_lock' | 'not_a_file';

export interface SkippedFile {
  readonly file: string;
  readonly code: SkipCode;
}

export async function listInputs(dir: string): Promise<{ inputs: InputFile[]; skipped: SkippedFile[] }> {
  const inputs: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const display = relative(dir, path);
      const code = skipCode(entry);
      if (code === 'folder') await walk(path);
      else if (code === 'rules') continue;
      else if (code) skipped.push({ file: display, code });
      else inputs.push({ path, display });
    }
  };
  await walk(dir);
  const byName = (a: string, b: string) => a.localeCompare(b);
  inputs.sort((a, b) => byName(a.display, b.display));
  skipped.sort((a, b) => byName(a.file, b.file));
  return { inputs, skipped };
}

interface Entry {
  readonly name: string;
  isSymbolicLink(): boolean;
  isDirectory(): boolean;
  isFile(): boolean;
}

/** Why an entry is not read (null: it is an export), or that it is a folder to look into. */
function skipCode(entry: Entry): SkipCode | 'folder' | 'rules' | null {
  if (entry.isSymbolicLink()) return 'symlink';
  // Dot files and folders: .DS_Store, .git, an editor's swap files; a hidden folder is listed once, not entered.
  if (entry.name.startsWith('.')) return 'hidden';
  if (entry.isDirectory()) return 'folder';
  if (!entry.isFile()) return 'not_a_file'; // a pipe or a device would block or never end
  if (entry.name.startsWith('~$')) return 'office_lock';
  if (entry.name === RULES_FILE) return 'rules';
  const ext = extname(entry.name).toLowerCase();
  return CSV_EXT.has(ext) || BOOK_EXT.has(ext) ? null : 'not_an_export';
}
