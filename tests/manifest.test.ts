/**
 * The published files' contracts (src/model/manifest.ts, src/model/report.ts): the build writes what the
 * schemas accept, and every reader (the site's build-time loader, the node runner, the page's loader, the
 * notice board's feed, the report page's loader) parses with them, so a manifest missing a field fails with
 * one error naming it. No other file reads manifest.json or report.json by hand.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseBoardConfig } from '../src/board/config';
import { type FeedState, startFeed } from '../src/client/board-feed';
import { fetchManifest } from '../src/client/manifest';
import { MANIFEST } from '../src/model/manifest';
import { REPORT } from '../src/model/report';
import { openRunner } from '../src/ssr/node-runner';
import { manifestIn, readManifest, readReport } from '../src/ssr/site-data';
import { build, FIXTURES, tempDir } from './helpers';

let published: string;
/** The manifest the build wrote, as JSON. */
let good: Record<string, unknown> & { tables: Record<string, Record<string, unknown>> };

beforeAll(async () => {
  const result = await build(join(FIXTURES, 'contract'));
  expect(result.status).toBe('published');
  published = result.outDir;
  good = JSON.parse(readFileSync(join(published, MANIFEST.file), 'utf8'));
}, 120_000);

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The built manifest without the points table's file name: a writer's slip, or a half-edited file. */
function withoutPointsFile(): unknown {
  const { file: _dropped, ...points } = good.tables.points;
  return { ...good, tables: { ...good.tables, points } };
}

/** A data folder holding the built manifest with one field dropped. */
function brokenFolder(): string {
  const dir = tempDir('djd-manifest-');
  writeFileSync(join(dir, MANIFEST.file), JSON.stringify(withoutPointsFile()));
  return dir;
}

const MISSING = /tables\.points\.file: 缺少字段 \/ missing field/;

/** The error's problem lines: exactly one, the field that is missing. */
function problems(message: string): string[] {
  return message.split('\n').filter((l) => l.startsWith('  - '));
}

describe('the manifest schema', () => {
  it('accepts what the build wrote, and gives it back unchanged', () => {
    expect(MANIFEST.parse(good)).toEqual(good);
  });

  it('names the one missing field, in Chinese and English', () => {
    let message = '';
    try {
      MANIFEST.parse(withoutPointsFile(), 'data/manifest.json');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^data\/manifest\.json: 数据清单有误 \/ invalid data manifest:/);
    expect(problems(message)).toEqual(['  - tables.points.file: 缺少字段 / missing field']);
  });

  it('names a wrong value by its path, and text that is not JSON as such', () => {
    expect(() => MANIFEST.parse({ ...good, asOf: '2025-13-01' })).toThrow(/asOf: 格式不对/);
    expect(() => MANIFEST.parse({ ...good, profile: 'everyone' })).toThrow(/profile: 应为 "internal", "public" 之一/);
    const hostile = { ...good.tables.points, file: '../../etc/passwd' };
    expect(() => MANIFEST.parse({ ...good, tables: { ...good.tables, points: hostile } })).toThrow(
      /tables\.points\.file/,
    );
    const types = [{ name: 'x', type: 'VARCHAR); DROP TABLE points; --' }];
    const withheld = { ...good.tables.points, withheld: types };
    expect(() => MANIFEST.parse({ ...good, tables: { ...good.tables, points: withheld } })).toThrow(
      /tables\.points\.withheld\.0\.type/,
    );
  });
});

describe('every manifest reader parses with the schema', () => {
  it('the build-time loader: the folder’s manifest, or one error naming the file and the field', () => {
    expect(readManifest(published)).toEqual(good);
    const dir = brokenFolder();
    expect(() => readManifest(dir)).toThrow(MISSING);
    expect(() => readManifest(dir)).toThrow(join(dir, MANIFEST.file));
    expect(() => readManifest(join(dir, 'nowhere'))).toThrow(/无法读取 \/ cannot read/);
  });

  it('the build-time loader reads a folder once per build, not on every page', () => {
    const dir = tempDir('djd-manifest-');
    writeFileSync(join(dir, MANIFEST.file), JSON.stringify(good));
    const first = manifestIn(dir);
    writeFileSync(join(dir, MANIFEST.file), JSON.stringify(withoutPointsFile()));
    expect(manifestIn(dir)).toBe(first);
  });

  it('the node runner (first views, review decks)', async () => {
    await expect(openRunner(brokenFolder())).rejects.toThrow(MISSING);
    const runner = await openRunner(published);
    const answer = await runner.run({ sql: 'SELECT count(*)::INT AS n FROM points', params: [], tables: ['points'] });
    expect(answer.n[0]).toBe(good.tables.points.rows);
  });

  it('the page’s loader: fetched past the HTTP cache, then parsed', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(good)));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchManifest('/data/')).toEqual(good);
    expect(fetch).toHaveBeenCalledWith('/data/manifest.json', { cache: 'no-cache' });
    fetch.mockImplementation(async () => new Response(JSON.stringify(withoutPointsFile())));
    await expect(fetchManifest('/data/')).rejects.toThrow(MISSING);
    fetch.mockImplementation(async () => new Response('{"dataVersion": "half-writ'));
    await expect(fetchManifest('/data/')).rejects.toThrow(
      /数据清单不是有效的 JSON \/ the data manifest is not valid JSON/,
    );
  });

  it('the notice board’s feed: a manifest missing a field is a failed update that says which field', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(withoutPointsFile())));
    const state = await new Promise<FeedState>((resolve) => {
      const stop = startFeed('/data/', parseBoardConfig('', 'zh'), (s) => {
        stop();
        resolve(s);
      });
    });
    expect(state.current).toBeNull();
    expect(state.failure?.message).toMatch(MISSING);
  });
});

describe('the report schema', () => {
  it('accepts what the build wrote; the report page’s loader names a missing field', () => {
    const written = JSON.parse(readFileSync(join(published, REPORT.file), 'utf8'));
    expect(readReport(published)).toEqual(written);
    const { rowsRead: _dropped, ...input } = written.inputs[0];
    const dir = tempDir('djd-report-');
    writeFileSync(join(dir, REPORT.file), JSON.stringify({ ...written, inputs: [input, ...written.inputs.slice(1)] }));
    expect(() => readReport(dir)).toThrow(
      /导入报告有误 \/ invalid import report:\n {2}- inputs\.0\.rowsRead: 缺少字段/,
    );
    expect(() => REPORT.parse({ ...written, totals: { ...written.totals, loaded: -1 } })).toThrow(/totals\.loaded/);
  });
});

describe('no file reads the manifest or the report by hand', () => {
  const ROOT = join(import.meta.dirname, '..');
  const code = (dir: string) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx|astro|mjs)$/.test(f))
      .map((f) => join(dir, f));
  /** The file's code without its comments (a comment may name the file). */
  const source = (file: string) =>
    readFileSync(join(ROOT, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
  const files = [...code('src'), ...code('scripts')].map((f) => ({
    file: relative(ROOT, join(ROOT, f)),
    text: source(f),
  }));

  it.each([
    {
      name: MANIFEST.file,
      constant: 'MANIFEST.file',
      schema: 'src/model/manifest.ts',
      parse: /MANIFEST\.parse|readManifest|manifestIn|siteManifest/,
    },
    {
      name: REPORT.file,
      constant: 'REPORT.file',
      schema: 'src/model/report.ts',
      parse: /REPORT\.parse|readReport|siteReport/,
    },
  ])('$name is named in its schema file only, and whoever opens it parses it', ({ name, constant, schema, parse }) => {
    const literal = new RegExp(`(?<![\\w-])${name.replace('.', '\\.')}`);
    expect(files.filter((f) => literal.test(f.text)).map((f) => f.file)).toEqual([schema]);
    // A file that names it and reads files or fetches (the terminal report only mentions report.json).
    const opening = files.filter(
      (f) => f.file !== schema && f.text.includes(constant) && /readFile|fetch\(/.test(f.text),
    );
    expect(opening.length).toBeGreaterThanOrEqual(2);
    expect(opening.filter((f) => !parse.test(f.text)).map((f) => f.file)).toEqual([]);
  });
});
