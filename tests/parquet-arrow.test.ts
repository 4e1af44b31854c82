/**
 * The page's Parquet → Arrow step, run in Node on a file DuckDB wrote:
 * every type the site publishes, nulls, non-ASCII text, and values equal to
 * what DuckDB reads back from the same file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { parquetToArrow } from '../src/client/parquet-arrow';
import { tempDir } from './helpers';

describe('Parquet to Arrow in the page', () => {
  it('keeps every value, type and null that DuckDB wrote', async () => {
    const file = join(tempDir(), 't.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await db.run(`COPY (
      SELECT i::INTEGER AS n, (i * 1.5)::DOUBLE AS x, (i * 10000000000)::BIGINT AS big, i % 2 = 0 AS even,
        DATE '2024-01-01' + i::INTEGER AS day,
        CASE WHEN i % 3 = 0 THEN NULL ELSE '党员' || i || ' <b>&"' END AS name,
        CASE WHEN i % 4 = 0 THEN NULL ELSE i END::INTEGER AS sometimes,
        -- Few distinct values (Parquet's dictionary encoding), an empty text among them.
        CASE i % 5 WHEN 0 THEN '' WHEN 1 THEN NULL ELSE '第' || (i % 5) || '支部' END AS branch
      FROM range(0, 5000) t(i)) TO '${file}' (FORMAT parquet, ROW_GROUP_SIZE 1000)`);
    const expected = (
      await db.runAndReadAll(`SELECT n, x, big::DOUBLE AS big, even, CAST(day AS VARCHAR) AS day, name, sometimes, branch
        FROM read_parquet('${file}')`)
    ).getRowObjectsJson();
    const columns = (
      await db.runAndReadAll(
        `SELECT column_name AS name, column_type AS type FROM (DESCRIBE SELECT * FROM read_parquet('${file}'))`,
      )
    )
      .getRowObjectsJson()
      .map((r) => ({ name: String(r.name), type: String(r.type) }));
    db.closeSync();
    const bytes = readFileSync(file);
    const table = await parquetToArrow(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      columns,
    );
    expect(table.numRows).toBe(5000);
    const iso = (ms: unknown) => (ms === null ? null : new Date(Number(ms)).toISOString().slice(0, 10));
    const actual = Array.from({ length: table.numRows }, (_, i) => ({
      n: table.getChild('n')?.get(i),
      x: table.getChild('x')?.get(i),
      big: table.getChild('big')?.get(i),
      even: table.getChild('even')?.get(i),
      day: iso(table.getChild('day')?.get(i)),
      name: table.getChild('name')?.get(i),
      sometimes: table.getChild('sometimes')?.get(i),
      branch: table.getChild('branch')?.get(i),
    }));
    expect(actual).toEqual(expected);
  });
});
