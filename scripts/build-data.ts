/**
 * npm run data [-- --in DIR --out DIR --rules FILE --allow-rejects --profile internal|public]
 * Builds a folder of exports into Parquet + manifest.json + report.json.
 */
import { writeFileSync } from 'node:fs';
import { buildData } from '../src/ingest/build';
import { terminalProgress } from '../src/ingest/progress';
import { formatReport } from '../src/ingest/report';
import { BUILD_MEMORY_GB, outOfMemoryHint } from '../src/model/limits';
import { PUBLISH_PROFILES, type PublishProfile } from '../src/model/publish';
import { readFlags } from './cli';

const USAGE = `用法 usage: npm run data -- [--in DIR] [--out DIR] [--rules FILE] [--allow-rejects] [--force] [--profile public] [--full] [--memory GB]
  --in DIR          导出文件所在目录 / folder of exports (default: $DATA_DIR or data/sample)
  --out DIR         输出目录 / output folder (default: public/data)
  --rules FILE      规则配置 / rules file (default: DIR/rules.json if present, else built-in defaults)
  --allow-rejects   有被拒绝的行时仍然发布 / publish even when rows are rejected
  --force           输出目录不是本工具以前的输出（或有其他文件）时仍然替换 /
                    replace an output folder that is not an earlier output of this tool (or holds other files)
  --timings FILE    把各阶段用时写入 FILE（供 npm run bench）/ write each phase's time to FILE (for npm run bench)
  --full            完整构建，不按上次构建增量重建 / build everything, not only what changed since the last build
  --memory GB       DuckDB 内存上限，超出部分写入缓存目录（默认 1，0.5–64；一个省的数据约需 3）/
                    DuckDB's memory limit, past which it spills to the cache folder (default 1, 0.5–64; a province: about 3)
  --profile public  公开版：只写规则 publish 一节允许的列，党员编号换为随机代号 /
                    public build: only the columns the rules' publish section allows, member ids pseudonymised`;

const FLAGS = {
  in: { type: 'string' },
  out: { type: 'string' },
  rules: { type: 'string' },
  'allow-rejects': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  profile: { type: 'string', default: 'internal' },
  timings: { type: 'string' },
  full: { type: 'boolean', default: false },
  memory: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The memory limit the build ran with, for the hint after an out-of-memory error. */
let memoryInUse: number = BUILD_MEMORY_GB.default;

async function main(): Promise<number> {
  const args = readFlags(FLAGS, USAGE);
  if (typeof args === 'number') return args;
  if (!(PUBLISH_PROFILES as readonly string[]).includes(args.profile)) {
    console.error(`--profile: internal 或 public / internal or public, not "${args.profile}"\n${USAGE}`);
    return 2;
  }
  const memoryGB = Number(args.memory ?? BUILD_MEMORY_GB.default);
  if (!(memoryGB >= BUILD_MEMORY_GB.min && memoryGB <= BUILD_MEMORY_GB.max)) {
    console.error(
      `--memory: ${BUILD_MEMORY_GB.min} 到 ${BUILD_MEMORY_GB.max} 之间的 GB 数 / a number of GB from ${BUILD_MEMORY_GB.min} to ${BUILD_MEMORY_GB.max}, not "${args.memory}"\n${USAGE}`,
    );
    return 2;
  }
  const inDir = args.in ?? process.env.DATA_DIR ?? 'data/sample';
  const outDir = args.out ?? 'public/data';
  const progress = terminalProgress(process.stderr);
  const phases: { phase: string; ms: number; cpuMs: number }[] = [];
  const started = performance.now();
  // For npm run bench: where the build's own time went, apart from starting Node; written on a failure too,
  // with the phases that ended before it (which is where a province's build ran out of memory).
  const writeTimings = (error?: string) => {
    if (args.timings)
      writeFileSync(
        args.timings,
        JSON.stringify({ buildMs: performance.now() - started, phases, ...(error ? { error } : {}) }, null, 2),
      );
  };
  memoryInUse = memoryGB;
  const result = await buildData({
    inDir,
    outDir,
    rulesFile: args.rules,
    allowRejects: args['allow-rejects'],
    force: args.force,
    profile: args.profile as PublishProfile,
    onProgress: progress?.update,
    full: args.full,
    memoryGB,
    onPhase: (phase, ms, cpuMs) => phases.push({ phase, ms, cpuMs }),
  }).catch((err: Error) => {
    writeTimings(err.message);
    throw err;
  });
  progress?.done();
  writeTimings();
  if (result.status === 'unchanged') {
    console.log(
      `数据未变化，沿用 ${outDir} / inputs unchanged; ${outDir} is up to date (data version ${result.manifest?.dataVersion})`,
    );
    return 0;
  }
  if (result.report) console.log(formatReport(result.report));
  if (result.status === 'rejected') {
    console.error(
      `\n构建失败：有被拒绝的行或无法读取的文件，原有输出未改动。报告：${result.reportPath}\n` +
        `Build failed: rows were rejected or files could not be read; the previous output is untouched. Report: ${result.reportPath}\n` +
        '修正后重新构建，或加 --allow-rejects 发布并列出被拒绝的行 / fix and rebuild, or pass --allow-rejects to publish with the rejects listed.',
    );
    return 1;
  }
  const m = result.manifest;
  console.log(
    `\n已发布 published → ${outDir} (data version ${m?.dataVersion}, ${Object.keys(m?.tables ?? {}).length} tables, ${m?.profile} profile)`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    console.error(`错误 error: ${err.message}`);
    // DuckDB's own words name its setting, not ours: say which flag raises the limit.
    if (/Out of Memory Error/.test(err.message)) console.error(outOfMemoryHint(memoryInUse));
    if (process.env.DEBUG) console.error(err.stack);
    process.exitCode = 2;
  },
);
