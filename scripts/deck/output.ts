/**
 * The PowerPoint file `npm run deck` writes: to a temporary file beside it, renamed over it only once whole, and
 * only over a file this tool wrote and nobody has saved since (its author and last editor are still
 * DECK_PRODUCER: PowerPoint and WPS write the person who saved it), unless --force.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import JSZip from 'jszip';
import { DECK_PRODUCER } from '../../src/review/pptx';

export class DeckFileError extends Error {}

/** Why an existing file is not one this tool may replace; null when it is. */
export async function notOurs(path: string): Promise<string | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(await readFile(path));
  } catch {
    return '不是 PPTX 文件 / not a PPTX file';
  }
  const core = await zip.file('docProps/core.xml')?.async('string');
  const field = (name: string) => core?.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1];
  if (field('dc:creator') !== DECK_PRODUCER) return '不是本工具生成的 / not written by this tool';
  if (field('cp:lastModifiedBy') !== DECK_PRODUCER)
    return `已被 “${field('cp:lastModifiedBy') ?? '?'}” 编辑保存过 / saved since by “${field('cp:lastModifiedBy') ?? '?'}”`;
  return null;
}

export async function writeDeckFile(path: string, bytes: Uint8Array, force: boolean): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing) {
    if (!existing.isFile()) throw new DeckFileError(`${path}: 不是文件 / not a file`);
    const why = force ? null : await notOurs(path);
    if (why)
      throw new DeckFileError(
        `${path}: ${why}；不会覆盖，如确需覆盖请加 --force / will not overwrite it; add --force to replace it anyway`,
      );
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw new DeckFileError(`${path}: 无法写入 / cannot write (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
}
