/**
 * The pre-rendered board's own script (src/board/static-screen.js), for the old browsers of TV boxes: it is
 * ES5 (acorn parses it as such), and it reads a screen's URL as the live board does (parseBoardConfig and
 * needsLive), for the URLs people type and thousands fast-check makes up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse } from 'acorn';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardData } from '../src/board/answer';
import { needsLive, parseBoardConfig } from '../src/board/config';
import type { StaticBoard } from '../src/board/static-api';
import type { Locale } from '../src/i18n/dict';
import { staticConfigJson } from '../src/ssr/board';

const SCRIPT = readFileSync(join(import.meta.dirname, '..', 'src', 'board', 'static-screen.js'), 'utf8');
const ROOT_ORG = 'C001';

/** The script run as the page runs it, on a page without the board (it stops after offering its reader). */
function scriptIn(locale: Locale): StaticBoard {
  const board = { version: 'v1', meta: { rootOrg: ROOT_ORG } } as unknown as BoardData;
  const config = staticConfigJson(locale, board, '/data/');
  const window: { BoardStatic?: StaticBoard } = {};
  const document = { getElementById: (id: string) => (id === 'board-static-config' ? { textContent: config } : null) };
  runInNewContext(SCRIPT, { window, document, location: { search: '' } });
  if (!window.BoardStatic) throw new Error('the script offered no window.BoardStatic');
  return window.BoardStatic;
}

/** What the live board makes of a URL, in the script's terms. */
function expected(search: string, locale: Locale) {
  const config = parseBoardConfig(search, locale);
  return { ...config, needsLive: needsLive(config, { locale, rootOrg: ROOT_ORG }) };
}

describe('the pre-rendered board’s script', () => {
  it('is ES5, for browsers without arrow functions, let, const or template strings', () => {
    expect(() => parse(SCRIPT, { ecmaVersion: 5 })).not.toThrow();
    // The check itself can fail: the same parser refuses ES2015.
    expect(() => parse('var f = (x) => x;', { ecmaVersion: 5 })).toThrow();
  });

  it('reads the URLs people type as the live board does', () => {
    const urls = [
      '',
      '?slides=points,ranking,points&interval=20&org=B003&theme=red&lang=en&poll=60&live=off',
      '?slides=nope,<script>&interval=abc&theme=pink&lang=fr&poll=',
      '?interval=0&poll=0',
      '?interval=0.0001',
      '?interval=-1e9&poll=1e9',
      '?interval=%2020%20&slides=%20topics%20,meetings',
      '?slides=overview&slides=points&interval=7&interval=9',
      '?org=&lang=zh&theme=dark',
      `?org=${ROOT_ORG}`,
      '?org=%E7%AC%AC%E4%B8%80%E6%94%AF%E9%83%A8&live=on',
      '?org=a+b&live=ON',
      '?org=a%ZZb%41',
      'slides=honours',
      '?&&=x&slides',
    ];
    for (const locale of ['zh', 'en'] as const) {
      const script = scriptIn(locale);
      for (const url of urls) expect(script.settings(url), `${locale} ${url}`).toEqual(expected(url, locale));
    }
  });

  it('and any URL made of their parts', () => {
    const script = scriptIn('zh');
    const key = fc.constantFrom('slides', 'interval', 'org', 'theme', 'lang', 'poll', 'live', 'x', 'sl%69des');
    const value = fc.oneof(
      fc.constantFrom('', ' ', '5', '4.99', '3600', '1e9', '-0', 'NaN', 'Infinity', '0x10', ' 7 ', 'red', 'dark'),
      fc.constantFrom('en', 'zh', 'off', 'on', 'auto', ROOT_ORG, 'B003', '%20', '+', '%E4%B8%80', '%ZZ'),
      fc
        .array(fc.constantFrom('overview', 'ranking', 'points', 'topics', ' honours', 'bad', ''), { maxLength: 4 })
        .map((list) => list.join(',')),
      fc.string({ maxLength: 6 }).map(encodeURIComponent),
    );
    const search = fc
      .array(fc.tuple(key, value), { maxLength: 6 })
      .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);
    fc.assert(
      fc.property(search, (url) => {
        expect(script.settings(url)).toEqual(expected(url, 'zh'));
      }),
      { numRuns: 3000 },
    );
  });
});
