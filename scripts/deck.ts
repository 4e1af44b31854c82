/**
 * npm run deck -- --year 2025 --org B003 --out 2025-B003.pptx [--lang en] [--data DIR] [--title ...]
 *   [--presenter ...] [--date ...] [--org-name ...] [--force]
 * One organisation's review deck for a year as an editable PowerPoint file, from a published data folder:
 * the same slides, headlines, charts and notes as the web deck (review/deck.ts, review/pptx.ts).
 */
import { resolve } from 'node:path';
import { ID_RULE } from '../src/model/schema';
import { loadMeta } from '../src/queries/meta';
import { type CoverField, type CoverSettings, cleanCoverValue } from '../src/review/cover';
import { buildDeckData, deckDoc, UnknownOrgError } from '../src/review/deck';
import { writeDeckPptx } from '../src/review/pptx';
import { SITE_DATA_DIR } from '../src/ssr/data-dir';
import { openRunner } from '../src/ssr/node-runner';
import { readManifest } from '../src/ssr/site-data';
import { readFlags } from './cli';
import { DeckFileError, writeDeckFile } from './deck/output';

const USAGE = `用法 usage: npm run deck -- --out FILE.pptx [--year YYYY] [--org ID] [--lang zh|en] [--data DIR]
    [--title 标题] [--presenter 汇报人] [--date 日期] [--org-name 单位] [--force]
  --out FILE.pptx  输出文件 / the file to write (.pptx)
  --year YYYY      年度，默认数据中最近一年 / the year (default: the data's latest)
  --org ID         组织编号，默认整个党委 / an organisation id (default: the whole committee)
  --lang zh|en     语言 / language (default zh)
  --data DIR       已发布的数据目录 / a published data folder (default: ${SITE_DATA_DIR})
  --title, --presenter, --date, --org-name   封面 / the cover (plain text, bounded length)
  --force          覆盖不是本工具生成、或已被编辑保存过的文件 / replace a file this tool did not write or that was saved since`;

const FLAGS = {
  out: { type: 'string' },
  year: { type: 'string' },
  org: { type: 'string' },
  lang: { type: 'string', default: 'zh' },
  data: { type: 'string', default: SITE_DATA_DIR },
  title: { type: 'string' },
  presenter: { type: 'string' },
  date: { type: 'string' },
  'org-name': { type: 'string' },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

class UsageError extends Error {}

const COVER_FLAGS: Record<CoverField, keyof typeof FLAGS> = {
  title: 'title',
  org: 'org-name',
  presenter: 'presenter',
  date: 'date',
};

async function main(): Promise<number> {
  const values = readFlags(FLAGS, USAGE);
  if (typeof values === 'number') return values;
  try {
    const out = values.out;
    if (!out) throw new UsageError('缺少 --out / --out is required');
    if (!/\.pptx$/i.test(out) || out.length > 1000)
      throw new UsageError(`--out ${out.slice(0, 80)}: 须为 .pptx 文件 / must name a .pptx file`);
    if (values.lang !== 'zh' && values.lang !== 'en') throw new UsageError(`--lang ${values.lang}: zh 或 / or en`);
    if (values.year !== undefined && !/^\d{4}$/.test(values.year))
      throw new UsageError(`--year ${values.year.slice(0, 20)}: 四位年份 / a four-digit year`);
    const org = values.org;
    if (org !== undefined && (org.length > ID_RULE.maxLength || !new RegExp(`^${ID_RULE.pattern}$`, 'u').test(org)))
      throw new UsageError(`--org ${org.slice(0, 80)}: 不是组织编号 / not an organisation id`);
    const cover: CoverSettings = {};
    for (const field of Object.keys(COVER_FLAGS) as CoverField[]) {
      const raw = values[COVER_FLAGS[field]];
      if (typeof raw !== 'string') continue;
      const clean = cleanCoverValue(field, raw);
      for (const p of clean.problems) console.error(`--${COVER_FLAGS[field]}: ${p}`);
      if (clean.value) cover[field] = clean.value;
    }

    const runner = await openRunner(resolve(values.data));
    const meta = await loadMeta(runner, readManifest(resolve(values.data)));
    const year = values.year === undefined ? meta.years.at(-1) : Number(values.year);
    if (year === undefined || !meta.years.includes(year))
      throw new UsageError(
        `--year ${year ?? ''}: 数据中的年度为 / the data's years are ${meta.years.join(', ') || '—'}`,
      );
    const doc = deckDoc(await buildDeckData(runner, meta, { year, org }), values.lang);
    const bytes = await writeDeckPptx(doc, cover);
    await writeDeckFile(resolve(out), bytes, values.force);
    console.log(
      `已写出 written ${out}: ${doc.org.name} ${year}, ${doc.slides.length + 1} 页 slides, ${bytes.length} bytes`,
    );
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n${USAGE}`);
      return 2;
    }
    if (err instanceof UnknownOrgError || err instanceof DeckFileError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}

process.exitCode = await main();
