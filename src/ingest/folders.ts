/**
 * Output folders this project writes whole (the published data, the built site): written beside, swapped
 * in by two renames, cleaned up on the next run. A folder is replaced only when it is this project's own
 * earlier output holding nothing else, so no command deletes what it did not write. Node only; used by
 * the data build and by scripts/build-site.ts.
 */
import { constants } from 'node:fs';
import { access, chmod, lstat, mkdir, readdir, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** A refusal to touch a folder, with the reason in both languages (the CLI prints it and exits 2). */
export class FolderError extends Error {}

/** What a folder holds that its owner wrote: the file list an earlier output recorded, or null (not ours). */
export type OwnedFiles = (dir: string) => Promise<ReadonlySet<string> | null>;

const quote = (path: string) => JSON.stringify(path);

/** The path with symlinks resolved as far as it exists (a folder not made yet resolves through its parent). */
async function realish(path: string): Promise<string> {
  const full = resolve(path);
  try {
    return await realpath(full);
  } catch {
    const parent = dirname(full);
    return parent === full ? full : join(await realish(parent), basename(full));
  }
}

const within = (inner: string, outer: string) =>
  inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

/** The output must not be, contain or lie inside the input: replacing it would delete the exports. */
export async function assertApart(inDir: string, outDir: string): Promise<void> {
  const [input, output] = await Promise.all([realish(inDir), realish(outDir)]);
  if (within(output, input) || within(input, output)) {
    throw new FolderError(
      `输出目录 ${quote(outDir)} 与输入目录 ${quote(inDir)} 重叠（相同、包含或位于其中）；发布会替换整个输出目录，导出文件会被删除。请另选输出目录。\n` +
        `The output folder ${quote(outDir)} overlaps the input folder ${quote(inDir)} (the same, containing it or inside it); ` +
        'publishing replaces the whole output folder and would delete the exports. Choose another output folder.',
    );
  }
}

/**
 * The output may be replaced: it does not exist, is empty, or is an earlier output of ours holding only
 * what that output wrote. Anything else is refused unless forced, naming what would be lost.
 */
export async function assertReplaceable(
  outDir: string,
  owned: OwnedFiles,
  force: boolean,
  what: { zh: string; en: string },
): Promise<void> {
  let entries: string[];
  try {
    const info = await lstat(outDir);
    if (!info.isDirectory() && !info.isSymbolicLink())
      throw new FolderError(
        `${quote(outDir)} 不是目录 / is not a folder: the ${what.en} is written as a folder in its place`,
      );
    entries = await listFiles(outDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  if (entries.length === 0 || force) return;
  const known = await owned(outDir);
  const foreign = known ? entries.filter((f) => !known.has(f)) : entries;
  if (foreign.length === 0) return;
  const shown = foreign.slice(0, 5).map(quote).join(', ') + (foreign.length > 5 ? ` … (+${foreign.length - 5})` : '');
  const why = known
    ? { zh: `其中有不是上次构建写入的文件：${shown}`, en: `it holds files an earlier build did not write: ${shown}` }
    : {
        zh: `它不是本工具以前生成的${what.zh}（${shown}）`,
        en: `it is not an earlier ${what.en} of this tool (${shown})`,
      };
  throw new FolderError(
    `拒绝替换 ${quote(outDir)}：${why.zh}。发布会替换整个目录；请选择空目录或新目录，确认可以删除时加 --force。\n` +
      `Refusing to replace ${quote(outDir)}: ${why.en}. Publishing replaces the whole folder; choose an empty or new ` +
      'folder, or pass --force if its contents may be deleted.',
  );
}

/** Every file under a folder, as relative paths with '/' (links listed, never followed). */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) continue;
    out.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return out.sort();
}

/**
 * The swap can complete: the parent takes new entries and the old folder (every folder in it) lets its
 * entries be deleted. Checked before a build starts, so a read-only folder fails with nothing published.
 */
export async function assertSwappable(outDir: string): Promise<void> {
  const parent = dirname(resolve(outDir));
  const dirs = [parent];
  try {
    if ((await lstat(outDir)).isDirectory()) {
      dirs.push(outDir);
      for (const e of await readdir(outDir, { withFileTypes: true, recursive: true }))
        if (e.isDirectory()) dirs.push(join(e.parentPath, e.name));
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  for (const dir of dirs) {
    try {
      await access(dir, constants.W_OK | constants.X_OK);
    } catch {
      throw new FolderError(
        `无法写入 ${quote(dir)}（只读或无权限）；发布需要在其中新建和删除文件，原有输出未改动。\n` +
          `Cannot write to ${quote(dir)} (read-only or no permission); publishing must create and delete files there. ` +
          'The previous output is untouched.',
      );
    }
  }
}

export function tempDirFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.tmp-${process.pid}`);
}

/**
 * Swap the finished folder in. Only the two renames touch the published path; the old folder is deleted
 * after, and if that fails (its permissions changed under us) the new output stays published and the next
 * run's `recover` tries again.
 */
export async function publish(tmpDir: string, outDir: string): Promise<void> {
  const old = join(dirname(outDir), `.${basename(outDir)}.old-${process.pid}`);
  let hadOld = false;
  try {
    await rename(outDir, old);
    hadOld = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await rename(tmpDir, outDir);
  if (hadOld) await removeLeftover(old);
}

/**
 * After a run killed between the two renames of `publish`, the previous output sits in a `.old-*` folder:
 * put it back. Leftover temporary and old folders (ours by their names) go.
 */
export async function recover(outDir: string): Promise<void> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  await mkdir(parent, { recursive: true });
  const entries = await readdir(parent);
  let outExists = entries.includes(name);
  for (const entry of entries) {
    const path = join(parent, entry);
    if (entry.startsWith(`.${name}.old-`) && !outExists) {
      await rename(path, outDir);
      outExists = true;
    } else if (entry.startsWith(`.${name}.old-`) || entry.startsWith(`.${name}.tmp-`)) await removeLeftover(path);
  }
}

/** Deletes a folder of ours; one made read-only is made writable first. Never fails the run: it warns. */
async function removeLeftover(path: string): Promise<void> {
  try {
    await rm(path, { recursive: true, force: true });
    return;
  } catch {
    // A read-only copy of our own earlier output: open its folders for deletion, then try once more.
  }
  try {
    await chmodTree(path);
    await rm(path, { recursive: true, force: true });
  } catch (err) {
    process.emitWarning(
      `无法删除旧输出 ${quote(path)}，下次构建会再试 / could not delete the old output ${quote(path)}; the next build tries again (${(err as Error).message})`,
    );
  }
}

async function chmodTree(path: string): Promise<void> {
  await chmod(path, 0o700);
  for (const e of await readdir(path, { withFileTypes: true }))
    if (e.isDirectory()) await chmodTree(join(path, e.name));
}
