/**
 * Parquet parts joined into one file (src/ingest/parquet-splice.ts): the same rows in the same order, readable
 * by DuckDB and by the page's reader (hyparquet), its bloom filters still found, and the footer's Thrift read
 * and written back byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { spliceParquet } from '../src/ingest/parquet-splice';
import { readStruct, writeStruct } from '../src/ingest/thrift-compact';
import { tempDir } from './helpers';

let dir: string;
let parts: string[];

async function sql(statements: string[]): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const c = await instance.connect();
  try {
    let rows: Record<string, unknown>[] = [];
    for (const s of statements) rows = (await c.runAndReadAll(s)).getRowObjectsJson() as Record<string, unknown>[];
    return rows;
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}

beforeAll(async () => {
  dir = tempDir('djd-splice-');
  parts = [0, 1, 2].map((k) => join(dir, `part-${k}.parquet`));
  // Three parts of uneven size, a dictionary column (with its bloom filter) and a text column with nulls.
  await sql([
    `CREATE TABLE t AS SELECT i, 'm' || (i // 37)::VARCHAR AS m, CASE WHEN i % 5 = 0 THEN NULL ELSE repeat('字', i % 9) END AS r,
       CASE WHEN i < 7000 THEN 0 WHEN i < 61000 THEN 1 ELSE 2 END AS k FROM range(90000) r(i)`,
    ...parts.map(
      (p, k) =>
        `COPY (SELECT i, m, r FROM t WHERE k = ${k} ORDER BY i) TO '${p}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 20000)`,
    ),
  ]);
});

describe('spliceParquet', () => {
  it('joins the parts: the same rows in the same order, a row group per part’s row group, the checksum of what it wrote', async () => {
    const out = join(dir, 'joined.parquet');
    const spliced = await spliceParquet(parts, out);
    expect(spliced.rows).toBe(90_000);
    const [check] = await sql([
      `SELECT (SELECT count(*) FROM read_parquet('${out}'))::INT AS n,
         (SELECT count(*) FROM (SELECT row_number() OVER () AS k, * FROM read_parquet('${out}')) a
            FULL JOIN (SELECT row_number() OVER () AS k, * FROM read_parquet([${parts.map((p) => `'${p}'`).join(', ')}])) b USING (k)
          WHERE a IS DISTINCT FROM b)::INT AS moved,
         (SELECT count(DISTINCT row_group_id) FROM parquet_metadata('${out}'))::INT AS groups,
         (SELECT count(DISTINCT (file_name, row_group_id)) FROM parquet_metadata([${parts.map((p) => `'${p}'`).join(', ')}]))::INT AS partGroups`,
    ]);
    expect(check).toEqual({ n: 90_000, moved: 0, groups: check.partGroups, partGroups: check.groups });
    expect(check.groups).toBeGreaterThan(3);
    const bytes = readFileSync(out);
    expect(spliced.bytes).toBe(bytes.length);
    expect(spliced.sha256).toBe((await import('node:crypto')).createHash('sha256').update(bytes).digest('hex'));
  });

  it('keeps the bloom filters where the joined file says they are, and the page’s reader reads it by row groups', async () => {
    const out = join(dir, 'joined-2.parquet');
    await spliceParquet(parts, out);
    // m900 lies in the last part: its bloom filter must be found at its moved offset, and exclude it elsewhere.
    const probes = await sql([
      `SELECT row_group_id, bloom_filter_excludes FROM parquet_bloom_probe('${out}', 'm', 'm900') ORDER BY row_group_id`,
    ]);
    const holding = await sql([
      `SELECT DISTINCT row_group_id FROM (SELECT m, (file_row_number // 1) AS r FROM read_parquet('${out}', file_row_number = true))
       JOIN (SELECT row_group_id, sum(row_group_num_rows) OVER (ORDER BY row_group_id) - row_group_num_rows AS s,
               row_group_num_rows AS n FROM (SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('${out}')))
         ON r >= s AND r < s + n WHERE m = 'm900'`,
    ]);
    const excluded = probes.filter((p) => p.bloom_filter_excludes).map((p) => p.row_group_id);
    const kept = probes.filter((p) => !p.bloom_filter_excludes).map((p) => p.row_group_id);
    expect(kept).toEqual(holding.map((h) => h.row_group_id));
    expect(excluded.length).toBeGreaterThan(0);
    const [{ n }] = await sql([`SELECT count(*)::INT AS n FROM read_parquet('${out}') WHERE m = 'm900'`]);
    expect(n).toBe(37);
    const file = readFileSync(out);
    const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
    const meta = parquetMetadata(buffer);
    expect(Number(meta.num_rows)).toBe(90_000);
    const rows = await parquetReadObjects({ file: buffer, rowStart: 61_990, rowEnd: 62_010, columns: ['i', 'm'] });
    expect(rows.map((r) => Number(r.i))).toEqual(Array.from({ length: 20 }, (_, k) => 61_990 + k));
  });

  it('refuses parts of different schemas', async () => {
    const other = join(dir, 'other.parquet');
    await sql([`COPY (SELECT 1 AS i, 'x' AS m) TO '${other}' (FORMAT parquet)`]);
    await expect(spliceParquet([parts[0], other], join(dir, 'bad.parquet'))).rejects.toThrow(/another schema/);
  });

  it('reads and writes a footer’s Thrift back byte for byte', () => {
    const bytes = readFileSync(parts[1]);
    const length = bytes.readUInt32LE(bytes.length - 8);
    const footer = bytes.subarray(bytes.length - 8 - length, bytes.length - 8);
    const { struct, end } = readStruct(footer);
    expect(end).toBe(footer.length);
    expect(Buffer.from(writeStruct(struct)).equals(footer)).toBe(true);
  });
});
