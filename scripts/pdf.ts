/**
 * npm run pdf -- --out FILE.pdf [--page overview] [--org ID] [--year 2025] [--period 2025Q4] [--lang en]
 * A whole dashboard as a PDF for the meeting folder: the built site (dist/) opened in Chromium (or Edge /
 * Chrome on an office PC), its data answered, then printed as the browser prints it (A4 landscape, the title
 * and the view on every page, page numbers). Written beside the target and renamed: never half a file.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ID_RULE } from '../src/model/schema';
import { serveStatic } from './static-server';

const PAGES = {
  overview: '',
  branches: 'branches/',
  members: 'members/',
  topics: 'topics/',
  work: 'work/',
  org: 'org/',
};
type PageName = keyof typeof PAGES;

const USAGE = `用法 usage: npm run pdf -- --out FILE.pdf [--page ${Object.keys(PAGES).join('|')}] [--org ID] [--year YYYY]
                     [--period 2025Q4|2025-05|2025] [--lang zh|en] [--dist DIR] [--browser PATH] [--force]
  --page     看板 / which dashboard (default overview; org needs --org)
  --org      组织编号 / organisation id: the org page's, or the filter of the others
  --dist     已构建的站点 / the built site (default dist, from npm run build)
  --browser  Chromium、Chrome 或 Edge 的路径 / a Chromium, Chrome or Edge executable
  --force    覆盖已有的文件 / replace a file already there`;

/** Where a browser usually is: Debian's Chromium, then Edge and Chrome on Windows, then macOS. */
const BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

interface Args {
  readonly out: string;
  readonly page: PageName;
  readonly org?: string;
  readonly year?: string;
  readonly period?: string;
  readonly lang: 'zh' | 'en';
  readonly dist: string;
  readonly browser: string;
  readonly force: boolean;
}

class UsageError extends Error {}

function parse(argv: string[]): Args {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      page: { type: 'string', default: 'overview' },
      org: { type: 'string' },
      year: { type: 'string' },
      period: { type: 'string' },
      lang: { type: 'string', default: 'zh' },
      dist: { type: 'string', default: 'dist' },
      browser: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const fail = (zh: string, en: string) => {
    throw new UsageError(`${zh} / ${en}`);
  };
  if (!v.out || !/\.pdf$/i.test(v.out)) fail('--out 须是 .pdf 文件', '--out must name a .pdf file');
  if (!(String(v.page) in PAGES)) fail(`--page 须为 ${Object.keys(PAGES).join('、')}`, 'unknown --page');
  if (
    v.org !== undefined &&
    !(new RegExp(`^${ID_RULE.pattern}$`, 'u').test(v.org) && v.org.length <= ID_RULE.maxLength)
  )
    fail('--org 不是有效的组织编号', '--org is not a valid organisation id');
  if (v.page === 'org' && !v.org) fail('--page org 需要 --org', '--page org needs --org');
  if (v.year !== undefined && !/^(19|20)\d\d$/.test(v.year))
    fail('--year 须为四位年份', '--year must be a year such as 2025');
  if (v.period !== undefined && !/^\d{4}(Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(v.period))
    fail('--period 须为 2025Q4、2025-05 或 2025', '--period must be like 2025Q4, 2025-05 or 2025');
  if (v.lang !== 'zh' && v.lang !== 'en') fail('--lang 须为 zh 或 en', '--lang must be zh or en');
  const browser = v.browser ?? process.env.CHROMIUM_PATH ?? BROWSERS.find((b) => existsSync(b));
  if (!browser || !existsSync(browser))
    fail(
      '找不到浏览器，请用 --browser 指定 Chromium、Chrome 或 Edge',
      'no browser found: name Chromium, Chrome or Edge with --browser',
    );
  return { ...(v as object), browser } as Args;
}

/** The page's address: its path, and the filters in the URL as the site writes them. */
function pageUrl(base: string, a: Args): string {
  const query = new URLSearchParams();
  if (a.year) query.set('year', a.year);
  if (a.period) query.set('period', a.period);
  let path = PAGES[a.page];
  if (a.page === 'org') query.set('id', a.org as string);
  else if (a.org) query.set('org', a.org);
  if (a.lang === 'en') path = `en/${path}`;
  const search = query.toString();
  return new URL(`${path}${search ? `?${search}` : ''}`, base).href;
}

/** A file already there is never replaced unless told to: it may be a PDF someone has annotated or signed. */
function checkTarget(out: string, force: boolean): void {
  if (force || !existsSync(out)) return;
  throw new UsageError(
    `${JSON.stringify(out)} 已存在，未覆盖（确认可以覆盖时加 --force）/ already exists; not overwritten (pass --force to replace it)`,
  );
}

async function main(): Promise<number> {
  let a: Args;
  try {
    a = parse(process.argv.slice(2));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const dist = resolve(a.dist);
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`${dist}: 没有已构建的站点，请先运行 npm run build / no built site here: run npm run build first`);
    return 2;
  }
  const out = resolve(a.out);
  checkTarget(out, a.force);
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: a.browser,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const tmp = join(dirname(out), `.${process.pid}.pdf.tmp`);
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(pageUrl(server.url, a));
    // Figures and charts answered for this view: the same signal the site's tests wait for.
    await page.waitForSelector('.dashboard[data-ready="true"]:not(:has([data-pending]))', { timeout: 180_000 });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: tmp, preferCSSPageSize: true, printBackground: true });
    await rename(tmp, out);
    console.log(`已写出 written → ${out}`);
    return 0;
  } finally {
    await rm(tmp, { force: true });
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    console.error(`错误 error: ${err.message}`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);
