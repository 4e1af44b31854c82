/**
 * The ledger is published in branch slices: every row inside its branch's
 * range of the index, and a branch read by ranges (as the page reads it)
 * gives exactly that branch's rows while fetching a fraction of the file.
 */
import { openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AsyncBuffer } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { parquetRowsToArrow, readFooter } from '../src/client/parquet-arrow';
import { subtract } from '../src/client/slices';
import { SLICED_TABLES, type SlicedTable, sliceIndex } from '../src/sql/branch-slices';
import { build, generatedExports, queryParquet } from './helpers';

let outDir: string;
let inDir: string;
let columns: { name: string; type: string }[];

beforeAll(async () => {
  // 120,000 ledger rows: six row groups of the ledger's 20,000. Three second-tier committees over the eight,
  // their branches interleaved by id (B001 → S001, B002 → S002...): only the tree's depth-first order makes
  // each committee's rows one run.
  inDir = generatedExports({
    ...{ members: '300', 'basic-orgs': '8', groups: '16', tiers: '3' },
    ...{ 'ledger-rows': '120000', years: '2025', 'ledger-encoding': 'utf-8' },
  });
  const result = await build(inDir, { allowRejects: true });
  outDir = result.outDir;
  columns = [...(result.manifest?.tables.points.columns ?? [])];
}, 120_000);

/** A file read by ranges, counting the bytes it hands out. */
function countingFile(path: string): AsyncBuffer & { read: number } {
  const fd = openSync(path, 'r');
  const file = {
    byteLength: statSync(path).size,
    read: 0,
    slice(start: number, end?: number): ArrayBuffer {
      const stop = end ?? file.byteLength;
      const bytes = Buffer.alloc(stop - start);
      readSync(fd, bytes, 0, bytes.length, start);
      file.read += bytes.length;
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    },
  };
  return file;
}

describe('ledger slices', () => {
  it('every organisation’s run holds exactly the rows of its subtree; the branches’ runs cover the file once', async () => {
    // For each indexed organisation: its subtree's rows counted by the tree, and those inside its run.
    const runs = await queryParquet(
      outDir,
      `WITH f AS (SELECT p.member_id, row_number() OVER () - 1 AS pos FROM points p),
       rows AS (SELECT x.ancestor_id AS org_id, f.pos FROM f JOIN members m USING (member_id)
                JOIN org_paths x ON x.org_id = m.org_id)
       SELECT i.org_id, o.type, i.row_count AS n,
         CAST(count(r.pos) AS INTEGER) AS subtree,
         CAST(count(r.pos) FILTER (WHERE r.pos >= i.row_start AND r.pos < i.row_start + i.row_count) AS INTEGER) AS inside
       FROM points_index i JOIN organizations o USING (org_id) LEFT JOIN rows r USING (org_id)
       GROUP BY ALL ORDER BY i.org_id`,
    );
    const [{ total, branches, covered }] = await queryParquet(
      outDir,
      `SELECT (SELECT CAST(count(*) AS INTEGER) FROM points) AS total,
         CAST(count(*) AS INTEGER) AS branches, CAST(sum(row_count) AS INTEGER) AS covered
       FROM points_index WHERE org_id IN (SELECT branch_id FROM org_units)`,
    );
    expect(total).toBeGreaterThan(100_000);
    expect([branches, covered]).toEqual([8, total]);
    // Committees too (the root and its three second-tier 党委), not only branches.
    expect(runs.filter((r) => r.type === '党委').length).toBe(4);
    for (const r of runs) expect([r.org_id, r.inside, r.subtree]).toEqual([r.org_id, r.n, r.n]);
  });

  it.each(Object.keys(SLICED_TABLES) as SlicedTable[])(
    'every sliced table: %s — each indexed organisation’s run holds exactly its subtree’s rows',
    async (table) => {
      // Each row's place in the file, its organisation found the table's own way, its ancestors by the tree.
      const { org, join: joined } = SLICED_TABLES[table];
      const runs = await queryParquet(
        outDir,
        `WITH t AS (SELECT * FROM read_parquet(?, file_row_number = true)),
         f AS (SELECT ${org} AS org_id, t.file_row_number AS pos FROM t ${joined}),
         rows AS (SELECT x.ancestor_id AS org_id, f.pos FROM f JOIN org_paths x ON x.org_id = f.org_id)
         SELECT i.org_id, o.type, i.row_count AS n, CAST(count(r.pos) AS INTEGER) AS subtree,
           CAST(count(r.pos) FILTER (WHERE r.pos >= i.row_start AND r.pos < i.row_start + i.row_count) AS INTEGER) AS inside
         FROM ${sliceIndex(table)} i JOIN organizations o USING (org_id) LEFT JOIN rows r USING (org_id)
         GROUP BY ALL ORDER BY i.org_id`,
        [join(outDir, `${table}.parquet`)],
      );
      const [{ n: rows }] = await queryParquet(outDir, `SELECT CAST(count(*) AS INTEGER) AS n FROM ${table}`);
      expect(rows).toBeGreaterThan(0);
      // The root's run is the whole table: nothing is left outside the tree.
      const root = runs.find((r) => r.type === '党委' && r.n === rows);
      expect(root).toBeDefined();
      expect(runs.filter((r) => r.type === '党委').length).toBe(4);
      for (const r of runs) expect([r.org_id, r.inside, r.subtree]).toEqual([r.org_id, r.n, r.n]);
    },
  );

  it('within a member, the ledger keeps the export’s row order', async () => {
    // Each member's reasons in file order, against the same member's rows in the CSV, numbered the same way.
    const [r] = await queryParquet(
      outDir,
      `WITH file AS (SELECT member_id, reason, row_number() OVER (PARTITION BY member_id ORDER BY file_row_number) AS k
                     FROM read_parquet(?, file_row_number = true)),
       csv AS (SELECT line, "党员编号" AS member_id, "事由" AS reason FROM
                 (SELECT row_number() OVER () AS line, * FROM read_csv(?, all_varchar = true))),
       exported AS (SELECT member_id, reason, row_number() OVER (PARTITION BY member_id ORDER BY line) AS k FROM csv)
       SELECT CAST((SELECT count(*) FROM file) AS INTEGER) AS n,
         CAST((SELECT count(*) FROM (SELECT * FROM file EXCEPT ALL SELECT * FROM exported)) AS INTEGER) AS moved`,
      [join(outDir, 'points.parquet'), join(inDir, '积分台账-2025.csv')],
    );
    expect(r.n).toBeGreaterThan(100_000);
    expect(r.moved).toBe(0);
  });

  it('a branch read by ranges gives exactly its rows and fetches a fraction of the file', async () => {
    const [slice] = await queryParquet(
      outDir,
      `SELECT org_id AS branch_id, CAST(row_start AS INTEGER) AS s, row_count AS n FROM points_index
       WHERE org_id IN (SELECT branch_id FROM org_units) ORDER BY row_start DESC LIMIT 1`,
    );
    const path = join(outDir, 'points.parquet');
    const file = countingFile(path);
    const metadata = await readFooter(file);
    const arrow = await parquetRowsToArrow(file, metadata, columns, Number(slice.s), Number(slice.s) + Number(slice.n));
    expect(arrow.numRows).toBe(slice.n);
    // The same rows, counted another way: the branch's members' entries by SQL.
    const [expected] = await queryParquet(
      outDir,
      `SELECT CAST(count(*) AS INTEGER) AS n, sum(p.points) AS total FROM points p
       JOIN members m USING (member_id) JOIN org_units u ON u.org_id = m.org_id WHERE u.branch_id = ?`,
      [String(slice.branch_id)],
    );
    const points = arrow.getChild('points')?.toArray() as Float64Array;
    expect(arrow.numRows).toBe(expected.n);
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(Number(expected.total), 6);
    const members = new Set(arrow.getChild('member_id')?.toArray() as string[]);
    const [{ n: outsiders }] = await queryParquet(
      outDir,
      `SELECT CAST(count(*) AS INTEGER) AS n FROM members m JOIN org_units u ON u.org_id = m.org_id
       WHERE list_contains(string_split(?, ','), m.member_id) AND u.branch_id IS DISTINCT FROM ?`,
      [[...members].join(','), String(slice.branch_id)],
    );
    expect(outsiders).toBe(0);
    // One branch of eight, read whole row groups at a time: well under half the file.
    expect(file.read).toBeLessThan(file.byteLength / 2);
  });
});

describe('overlapping slices', () => {
  it('a run minus the runs already held leaves exactly the rows not held (1,000 random cases against a row-by-row count)', () => {
    for (let k = 0; k < 1000; k++) {
      const r = () => Math.floor(Math.random() * 50);
      const run: [number, number] = [r(), r()].sort((a, b) => a - b) as [number, number];
      const held = Array.from({ length: k % 5 }, () => [r(), r()].sort((a, b) => a - b) as [number, number]);
      const parts = subtract(run, held);
      const want = Array.from({ length: 50 }, (_, i) => i).filter(
        (i) => i >= run[0] && i < run[1] && !held.some(([a, b]) => i >= a && i < b),
      );
      expect(parts.flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i))).toEqual(want);
    }
    expect(
      subtract(
        [0, 10],
        [
          [2, 4],
          [6, 12],
        ],
      ),
    ).toEqual([
      [0, 2],
      [4, 6],
    ]);
  });
});
