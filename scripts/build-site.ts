/**
 * npm run build:site [-- --out DIR --force]
 * Builds the Astro site into a temporary folder beside DIR and swaps it in whole, as the data build does:
 * a build that fails midway leaves the previous site as it was, never a half-written folder.
 */
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  assertReplaceable,
  assertSwappable,
  FolderError,
  listFiles,
  type OwnedFiles,
  publish,
  recover,
  tempDirFor,
} from '../src/ingest/folders';
import { acquireLock } from '../src/ingest/lock';
import { readFlags } from './cli';

const USAGE = `用法 usage: npm run build:site -- [--out DIR] [--force]
  --out DIR   站点输出目录 / site output folder (default: dist)
  --force     输出目录不是本工具以前生成的站点（或有其他文件）时仍然替换 /
              replace an output folder that is not an earlier site of this tool (or holds other files)
  数据目录 data: public/data, or SITE_DATA_DIR`;

/** The file in a built site that lists what the build wrote: only those files are replaced without --force. */
const SITE_FILES = 'site-files.json';
const SITE_PRODUCER = 'dangjian-dashboard site build';

const siteFiles: OwnedFiles = async (dir) => {
  try {
    const record = JSON.parse(await readFile(join(dir, SITE_FILES), 'utf8'));
    if (record.producer === SITE_PRODUCER && Array.isArray(record.files)) return new Set([SITE_FILES, ...record.files]);
  } catch {
    // not a record of ours: maybe a site built before the record existed
  }
  // Sites built before the record: csp-header.txt is this build's own file; all they hold is taken as ours.
  try {
    await readFile(join(dir, 'csp-header.txt'));
    return new Set(await listFiles(dir));
  } catch {
    return null;
  }
};

const FLAGS = {
  out: { type: 'string', default: 'dist' },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

async function main(): Promise<number> {
  const args = readFlags(FLAGS, USAGE);
  if (typeof args === 'number') return args;
  const outDir = resolve(args.out);
  const release = await acquireLock(`${outDir}.lock`);
  try {
    await recover(outDir);
    await assertReplaceable(outDir, siteFiles, args.force, { zh: '站点目录', en: 'site folder' });
    await assertSwappable(outDir);
    const tmp = tempDirFor(outDir);
    if (!astroBuild(tmp)) {
      await rm(tmp, { recursive: true, force: true });
      console.error(
        `\n站点构建失败，原有站点 ${outDir} 未改动 / the site build failed; the previous site in ${outDir} is untouched`,
      );
      return 1;
    }
    const files = await listFiles(tmp);
    await writeFile(join(tmp, SITE_FILES), JSON.stringify({ producer: SITE_PRODUCER, files }, null, 1));
    await assertSwappable(outDir);
    await publish(tmp, outDir);
    console.log(`已发布站点 site published → ${outDir} (${files.length} files)`);
    return 0;
  } finally {
    await release();
  }
}

/** Astro's own build, in its own process, into the temporary folder. */
function astroBuild(outDir: string): boolean {
  const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'astro.js');
  const run = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], { stdio: 'inherit' });
  return run.status === 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    console.error(`错误 error: ${err.message}`);
    if (process.env.DEBUG || !(err instanceof FolderError)) console.error(err.stack);
    process.exitCode = 2;
  },
);
