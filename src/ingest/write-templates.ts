/**
 * `npm run templates`: writes the import templates (src/templates) into a folder, whole: beside it first, then
 * swapped in (folders.ts), so a run that fails leaves the previous templates as they were. A folder is replaced
 * only when it is empty or an earlier run's output holding nothing else (its templates.json lists what it
 * wrote): no run deletes a file it did not write. Node only.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { allTemplates } from '../templates/templates';
import { assertReplaceable, assertSwappable, type OwnedFiles, publish, recover, tempDirFor } from './folders';

/** The list of what a run wrote, kept beside the templates. */
export const TEMPLATES_LIST = 'templates.json';
const PRODUCER = 'dangjian-dashboard import templates';

export async function writeTemplates(outDir: string, force = false): Promise<string[]> {
  const out = resolve(outDir);
  await recover(out);
  await assertReplaceable(out, ownTemplates, force, { zh: '导入模板目录', en: 'import templates folder' });
  await assertSwappable(out);
  const tmp = tempDirFor(out);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    const files: string[] = [];
    for (const t of allTemplates()) {
      await writeFile(join(tmp, t.fileName), t.bytes);
      files.push(t.fileName);
    }
    await writeFile(join(tmp, TEMPLATES_LIST), JSON.stringify({ producer: PRODUCER, files }, null, 2));
    await publish(tmp, out);
    return files;
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** The files an earlier run wrote into `dir`, from its list; null when the folder is not one. */
const ownTemplates: OwnedFiles = async (dir) => {
  try {
    const list = JSON.parse(await readFile(join(dir, TEMPLATES_LIST), 'utf8'));
    if (list?.producer !== PRODUCER || !Array.isArray(list.files)) return null;
    return new Set([TEMPLATES_LIST, ...list.files.map(String)]);
  } catch {
    return null;
  }
};
