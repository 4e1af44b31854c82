/**
 * npm run templates [-- --out DIR --force]
 * Writes a blank import template per table (导入模板-组织.xlsx, …) from the schema; the site offers the same
 * files at /templates/.
 */
import { FolderError } from '../src/ingest/folders';
import { writeTemplates } from '../src/ingest/write-templates';
import { readFlags } from './cli';

const FLAGS = {
  out: { type: 'string' },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const USAGE = `用法 usage: npm run templates -- [--out DIR] [--force]
  --out DIR   输出目录 / output folder (default: templates)
  --force     目录不是本命令以前的输出（或有其他文件）时仍然替换 /
              replace a folder that is not an earlier output of this command (or holds other files)`;

async function main(): Promise<number> {
  const args = readFlags(FLAGS, USAGE);
  if (typeof args === 'number') return args;
  const out = args.out ?? 'templates';
  const files = await writeTemplates(out, args.force);
  console.log(`已写出导入模板 import templates written → ${out}\n${files.map((f) => `  ${f}`).join('\n')}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    console.error(`错误 error: ${err.message}`);
    process.exitCode = err instanceof FolderError ? 2 : 1;
  },
);
