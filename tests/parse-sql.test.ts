import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../src/ingest/db';

let db: Db;
beforeAll(async () => {
  db = await Db.open();
});
afterAll(() => db.close());

async function one(expr: string, value: string | null): Promise<unknown> {
  const [row] = await db.all(`SELECT CAST(${expr}(?::VARCHAR) AS VARCHAR) AS v`, [value]);
  return row.v;
}

describe('parse_date', () => {
  it.each([
    ['2024-05-20', '2024-05-20'],
    ['2024/5/20', '2024-05-20'],
    ['2024.05.20', '2024-05-20'],
    ['2024年5月20日', '2024-05-20'],
    ['２０２４年５月２０日', '2024-05-20'],
    ['2024-05-20 08:30:00', '2024-05-20'],
    ['20240520', '2024-05-20'],
    ['45432', '2024-05-20'], // Excel serial
    [' 2024 - 5 - 20 ', '2024-05-20'],
  ])('reads %s', async (input, expected) => {
    expect(await one('parse_date', input)).toBe(expected);
  });

  it.each(['2024-02-30', '2024-13-01', '20/05/2024', 'yesterday', 'infinity', '1800-01-01', '2024-05', '99999999', ''])(
    'rejects %s',
    async (input) => {
      expect(await one('parse_date', input)).toBeNull();
    },
  );
});

describe('parse_number and parse_int', () => {
  it.each([
    ['12', '12.0'],
    ['-3.5', '-3.5'],
    ['+2', '2.0'],
    ['１,２００', '1200.0'],
    ['−5', '-5.0'],
    ['1e3', '1000.0'],
  ])('number %s', async (input, expected) => {
    expect(await one('parse_number', input)).toBe(expected);
  });
  it.each(['abc', '1.2.3', '', '--1', '5分', 'NaN', 'inf', '1e999', '-9e400'])('not a number: %s', async (input) => {
    expect(await one('parse_number', input)).toBeNull();
  });
  it('ints', async () => {
    expect(await one('parse_int', '12')).toBe('12');
    expect(await one('parse_int', '12.0')).toBe('12');
    expect(await one('parse_int', '12.5')).toBeNull();
    expect(await one('parse_int', '99999999999')).toBeNull();
  });
});

describe('parse_period', () => {
  it.each([
    ['2024-05', '2024-05', 'month', '2024-05-01'],
    ['2024年5月', '2024-05', 'month', '2024-05-01'],
    ['2024/5', '2024-05', 'month', '2024-05-01'],
    ['2024Q2', '2024Q2', 'quarter', '2024-04-01'],
    ['2024-q4', '2024Q4', 'quarter', '2024-10-01'],
    ['2024年第二季度', '2024Q2', 'quarter', '2024-04-01'],
    ['2024年3季度', '2024Q3', 'quarter', '2024-07-01'],
    ['2024', '2024', 'year', '2024-01-01'],
    ['2024年度', '2024', 'year', '2024-01-01'],
    ['２０２４年', '2024', 'year', '2024-01-01'],
  ])('reads %s', async (input, label, kind, start) => {
    const [row] = await db.all(
      'SELECT parse_period(?::VARCHAR) AS l, period_kind(parse_period(?::VARCHAR)) AS k, CAST(period_start(parse_period(?::VARCHAR)) AS VARCHAR) AS s',
      [input, input, input],
    );
    expect(row).toEqual({ l: label, k: kind, s: start });
  });
  it.each(['2024-13', '2024Q5', '2024年第五季度', 'Q2', '二〇二四', '2024上半年', ''])('rejects %s', async (input) => {
    expect(await one('parse_period', input)).toBeNull();
  });
});

describe('parse_year', () => {
  it('reads years and refuses others', async () => {
    expect(await one('parse_year', '2024')).toBe('2024');
    expect(await one('parse_year', '2024年度')).toBe('2024');
    expect(await one('parse_year', '24')).toBeNull();
    expect(await one('parse_year', '3024')).toBeNull();
  });
});
