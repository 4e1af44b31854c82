/**
 * Property tests of the readers and parsers, 10,000 random inputs each
 * (fast-check): none crashes, each reads back what was written when the
 * input is well formed, and each says no (NULL, a reject reason) rather
 * than guessing when it is not. A failure prints the shrunk input and the
 * seed to replay it.
 */

import type * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvTokenizer } from '../src/ingest/csv-tokenizer';
import { Db } from '../src/ingest/db';
import { matchHeader } from '../src/ingest/headers';
import { cellText, numberText, serialToIso } from '../src/ingest/read-xlsx';
import { TABLES } from '../src/model/schema';
import { build, exportsFolder } from './helpers';

const RUNS = 10_000;
const params = { numRuns: RUNS };

let db: Db;
beforeAll(async () => {
  db = await Db.open();
});
afterAll(() => db.close());

/** Runs a parse macro over many values in one statement; returns its results in order. */
async function parseAll(macro: string, values: readonly string[]): Promise<(string | null)[]> {
  // One text parameter split on the unit separator (no generated value contains it).
  const rows = await db.all(
    `WITH l AS (SELECT string_split(?, chr(31)) AS xs)
     SELECT CAST(${macro}(l.xs[i]) AS VARCHAR) AS r FROM l, range(1, len(l.xs) + 1) t(i) ORDER BY i`,
    [values.join('\u001f')],
  );
  return rows.map((r) => (r.r === null ? null : String(r.r)));
}

/** Draws `RUNS` samples of an arbitrary (fast-check's own generator and seed). */
const sample = <T>(arb: fc.Arbitrary<T>): T[] => fc.sample(arb, RUNS);
const noSeparator = (s: string) => s.replaceAll('\u001f', ' ');

// ---- CSV tokenizer -------------------------------------------------------

const csvField = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '=', '　', '\t', 'é') });

function toCsv(rows: string[][], eol: string): string {
  const quote = (f: string) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
}

function tokenize(text: string, cuts: number[]): { rows: string[][]; unterminated: boolean } {
  const tokenizer = new CsvTokenizer(',');
  const rows: string[][] = [];
  let at = 0;
  for (const cut of [...cuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b), text.length]) {
    tokenizer.push(text.slice(at, cut), rows);
    at = Math.max(at, cut);
  }
  tokenizer.end(rows);
  return { rows, unterminated: tokenizer.unterminated };
}

describe('CSV tokenizer', () => {
  it('reads back any table written with RFC 4180 quoting, however the stream is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(csvField, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 5 }),
        (rows, eol, cuts) => {
          expect(tokenize(toCsv(rows, eol), cuts).rows).toEqual(rows);
        },
      ),
      params,
    );
  });

  it('never throws on arbitrary text, and reads it the same however the stream is cut', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.nat(), { maxLength: 4 }), (text, cuts) => {
        const whole = tokenize(text, []);
        expect(tokenize(text, cuts)).toEqual(whole);
        // A quote opens a quoted field only at a field's start (mid-field it is text),
        // so only text without any quote is sure to end outside one.
        if (!text.includes('"')) expect(whole.unterminated).toBe(false);
      }),
      params,
    );
  });

  it('flags a quoted field left open at the end, and only then', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(csvField, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.string({ unit: fc.constantFrom('a', '中', ',', '\n', '\r', ' ') }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (rows, tail, cuts) => {
          const closed = toCsv(rows, '\r\n');
          expect(tokenize(closed, cuts).unterminated).toBe(false);
          const open = tokenize(`${closed}"${tail}`, cuts);
          expect(open.unterminated).toBe(true);
          // An empty open field at the very end makes no record (the flag still says so).
          expect(open.rows).toEqual(tail === '' ? rows : [...rows, [tail]]);
        },
      ),
      params,
    );
  });
});

// ---- XLSX cells ----------------------------------------------------------

describe('XLSX cells', () => {
  const cell = fc.oneof(
    fc.record({
      t: fc.constant('n' as const),
      v: fc.double(),
      z: fc.option(fc.constantFrom('yyyy-mm-dd', '0.00', 'General')),
    }),
    fc.record({ t: fc.constant('s' as const), v: fc.string() }),
    fc.record({ t: fc.constant('b' as const), v: fc.boolean() }),
    fc.record({ t: fc.constant('e' as const), v: fc.integer(), w: fc.option(fc.constantFrom('#N/A', '#DIV/0!')) }),
    fc.record({
      t: fc.constant('d' as const),
      v: fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01') }),
    }),
    fc.record({ t: fc.constant('z' as const), v: fc.constant(undefined) }),
  );

  it('turns any cell into text without throwing', () => {
    fc.assert(
      fc.property(cell, (c) => {
        expect(typeof cellText({ ...c, z: c.t === 'n' ? (c.z ?? undefined) : undefined } as XLSX.CellObject)).toBe(
          'string',
        );
      }),
      params,
    );
  });

  it('writes numbers so that they read back to the value Excel shows (15 significant digits)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const text = numberText(v);
        if (Math.abs(v) >= 1e-6 && Math.abs(v) < 1e21) expect(text).not.toMatch(/e/i);
        expect(Number(text)).toBe(Number.parseFloat(v.toPrecision(15)));
      }),
      params,
    );
  });

  it('turns every date serial from 1900 to 2200 into the same calendar day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 109_574 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (day, time) => {
        const iso = serialToIso(day + time);
        const expected = new Date(Date.UTC(1899, 11, 30) + day * 86_400_000).toISOString().slice(0, 10);
        expect(iso).toBe(expected);
      }),
      params,
    );
  });
});

// ---- header recognition ------------------------------------------------------

describe('header recognition', () => {
  it('never throws on arbitrary header rows', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 12 }), (cells) => {
        const m = matchHeader(cells);
        if (m) expect(m.sourceIndex.every((i) => i >= -1 && i < cells.length)).toBe(true);
      }),
      params,
    );
  });

  it('recognises each table from its headers in any order, any accepted name, with full-width, spaces and extra columns', () => {
    const table = fc.constantFrom(...TABLES);
    fc.assert(
      fc.property(
        table,
        fc.infiniteStream(fc.nat()),
        fc.array(fc.constantFrom('备用', 'extra', '序号', ''), { maxLength: 3 }),
        (t, picks, extras) => {
          const it = picks[Symbol.iterator]();
          const next = () => it.next().value as number;
          const wanted = t.columns.filter((c) => c.required || next() % 2 === 0);
          const names = wanted.map((c) => {
            const options = [c.zh, c.name, ...(c.aliases ?? [])];
            const name = options[next() % options.length];
            const styled = next() % 3 === 0 ? fullWidth(name) : name;
            return next() % 4 === 0 ? ` ${styled}　` : styled;
          });
          const cells = shuffle([...names, ...extras], next);
          const m = matchHeader(cells);
          expect(m?.table).toBe(t.name);
          for (const c of wanted) {
            const found = m?.sourceIndex[t.columns.indexOf(c)] ?? -1;
            expect(found).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      params,
    );
  });
});

function fullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// ---- date, number and period parsers (the SQL macros the validation uses) ----

const anyText = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({
    unit: fc.constantFrom(...'0123456789-/.年月日季度第Qq一二三四 ０１２３４５６７８９,，+−-eE%'),
    maxLength: 16,
  }),
);

describe('date, number and period parsers', () => {
  it('parse_date: arbitrary text gives a date between 1900 and 2100 or NULL, never an error', async () => {
    const values = sample(anyText).map(noSeparator);
    const out = await parseAll('parse_date', values);
    expect(out).toHaveLength(RUNS);
    for (const d of out) if (d !== null) expect(d >= '1900-01-01' && d <= '2100-12-31').toBe(true);
  });

  it('parse_date: a real day written in any accepted style reads as that day', async () => {
    const day = fc.date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    const style = fc.constantFrom('iso', 'slash', 'dot', 'zh', 'zhFull', 'compact', 'serial');
    const cases = sample(fc.tuple(day, style));
    const written = cases.map(([d, s]) => writeDate(d, s));
    const out = await parseAll('parse_date', written);
    out.forEach((got, i) => {
      expect([written[i], got]).toEqual([written[i], cases[i][0].toISOString().slice(0, 10)]);
    });
  });

  it('parse_number: arbitrary text gives a finite number or NULL; written numbers read back', async () => {
    const out = await parseAll('parse_number', sample(anyText).map(noSeparator));
    for (const n of out) if (n !== null) expect(Number.isFinite(Number(n))).toBe(true);
    const numbers = sample(
      fc.tuple(fc.integer({ min: -9_999_999, max: 9_999_999 }), fc.integer({ min: 0, max: 99 }), fc.boolean()),
    );
    const written = numbers.map(([whole, cents, grouped]) => writeNumber(whole, cents, grouped));
    const read = await parseAll('parse_number', written);
    read.forEach((got, i) => {
      const [whole, cents] = numbers[i];
      const expected = whole + (Math.sign(whole || 1) * cents) / 100;
      expect([written[i], Number(got)]).toEqual([written[i], expect.closeTo(expected, 6)]);
    });
  });

  it('parse_period: arbitrary text gives a month, quarter or year label or NULL; written periods read back', async () => {
    const out = await parseAll('parse_period', sample(anyText).map(noSeparator));
    for (const p of out) if (p !== null) expect(p).toMatch(/^\d{4}(Q[1-4]|-(0[1-9]|1[0-2]))?$/);
    const periods = sample(
      fc.tuple(
        fc.integer({ min: 1990, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('month', 'quarter', 'year'),
        fc.nat(),
      ),
    );
    const written = periods.map(([y, m, kind, n]) => writePeriod(y, m, kind, n));
    const read = await parseAll('parse_period', written);
    read.forEach((got, i) => {
      const [y, m, kind] = periods[i];
      const q = Math.ceil(m / 3);
      const expected =
        kind === 'month' ? `${y}-${String(m).padStart(2, '0')}` : kind === 'quarter' ? `${y}Q${q}` : String(y);
      expect([written[i], got]).toEqual([written[i], expected]);
    });
  });
});

function writeDate(d: Date, style: string): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const p = (n: number) => String(n).padStart(2, '0');
  switch (style) {
    case 'iso':
      return `${y}-${p(m)}-${p(day)}`;
    case 'slash':
      return `${y}/${m}/${day}`;
    case 'dot':
      return `${y}.${p(m)}.${p(day)}`;
    case 'zh':
      return `${y}年${m}月${day}日`;
    case 'zhFull':
      return fullWidth(`${y}年${m}月${day}日`);
    case 'compact':
      return `${y}${p(m)}${p(day)}`;
    default:
      return String(Math.floor((d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000));
  }
}

function writeNumber(whole: number, cents: number, grouped: boolean): string {
  const sign = whole < 0 ? '-' : '';
  const digits = String(Math.abs(whole));
  const body = grouped ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : digits;
  return `${sign}${body}.${String(cents).padStart(2, '0')}`;
}

const QUARTER_ZH = ['一', '二', '三', '四'];

function writePeriod(y: number, m: number, kind: string, n: number): string {
  const q = Math.ceil(m / 3);
  if (kind === 'year') return [`${y}`, `${y}年`, `${y}年度`][n % 3];
  if (kind === 'quarter') return [`${y}Q${q}`, `${y}q${q}`, `${y}年第${QUARTER_ZH[q - 1]}季度`, `${y}-Q${q}`][n % 4];
  return [`${y}-${String(m).padStart(2, '0')}`, `${y}年${m}月`, `${y}/${m}`][n % 3];
}

// ---- a whole ledger through the build: every row loaded or rejected -------------

describe('a random ledger through the whole build', () => {
  const messy = fc.oneof(fc.string({ maxLength: 10 }), anyText, fc.constantFrom('', ' ', '=1+1', '<b>', '"', '\n'));
  const cellOf = (good: fc.Arbitrary<string>) =>
    fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: messy });
  const row = fc.tuple(
    cellOf(fc.constantFrom('M1', 'M2', 'M3', 'M4')),
    cellOf(fc.constantFrom('2024-03-20', '2024/6/1', '2024年7月8日', '45432')),
    cellOf(fc.constantFrom('加分', '扣分', '基础分')),
    cellOf(fc.constantFrom('学习教育', '客户投诉', '')),
    cellOf(fc.integer({ min: -20, max: 20 }).map(String)),
    fc.string({ maxLength: 8 }),
  );
  // 10,000 random rows in 20 files of 500, four files to a build: a build's fixed cost is most of its time.
  const FILES = 20;
  const FILES_PER_BUILD = 4;
  const ROWS = 500;

  it('accounts for every row read: loaded, or rejected with file, row, column and a reason', async () => {
    const ledgers = fc.sample(fc.array(row, { minLength: ROWS, maxLength: ROWS }), { numRuns: FILES, seed: 4242 });
    for (let b = 0; b < FILES; b += FILES_PER_BUILD) {
      const files: Record<string, string> = {};
      for (const [k, rows] of ledgers.slice(b, b + FILES_PER_BUILD).entries()) {
        const csv = toCsv([['党员编号', '日期', '积分类型', '积分类别', '分值', '事由'], ...rows], '\r\n');
        files[`ledger-${k + 1}.csv`] = `\uFEFF${csv}`;
      }
      const result = await build(exportsFolder(files), { allowRejects: true });
      const report = result.report;
      expect(report).toBeDefined();
      for (const file of Object.keys(files)) {
        const input = report?.inputs.find((i) => i.file === file);
        expect(input?.table).toBe('points');
        const read = (input?.rowsRead ?? 0) + (input?.blankRows ?? 0) + (input?.notes.length ?? 0);
        expect(read).toBe(ROWS);
        expect((input?.loaded ?? 0) + (input?.rejected ?? 0)).toBe(input?.rowsRead);
        const rejects = report?.rejects.filter((r) => r.file === file) ?? [];
        expect(new Set(rejects.map((r) => r.row)).size).toBe(input?.rejected);
        for (const r of rejects) {
          expect(r.row).toBeGreaterThanOrEqual(2);
          expect(['member_id', 'date', 'kind', 'category', 'points', 'reason', 'recorded_by']).toContain(r.column);
          if (r.cell !== null) expect(r.cell).toMatch(/^[A-F]$/); // the Excel column letter
          expect(r.reason.zh.length * r.reason.en.length).toBeGreaterThan(0);
        }
      }
    }
  }, 300_000);
});
