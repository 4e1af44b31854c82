/**
 * The floor under the ingest ratio: DuckDB's own COPY of each CSV file to Parquet, as in the baseline, but with
 * its SELECT typing every mapped cell through the build's parsers (src/sql/parse.ts, by validate-sql's
 * typedExpr). No trimming, no checks, no references, no ordering, no derived tables, no slices: the build
 * cannot go below this while it keeps those parsers. Measured beside the plain COPY in the same run.
 */
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { matchHeader } from '../src/ingest/headers';
import { typedExpr } from '../src/ingest/validate-sql';
import { tableDef } from '../src/model/schema';
import { sqlString } from '../src/sql/literal';
import { PARSE_MACROS } from '../src/sql/parse';

export async function parsersFloor(input: string, files: readonly string[], out: string): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const c = await instance.connect();
  try {
    for (const macro of PARSE_MACROS) await c.run(macro);
    const t0 = performance.now();
    for (const [i, file] of files.entries()) {
      const path = sqlString(join(input, file)); // our own file paths, as SQL text
      // The header's cells choose the columns; they are matched in JavaScript, never spliced into SQL.
      const first = await c.runAndReadAll(
        `SELECT * FROM read_csv(${path}, header = false, all_varchar = true) LIMIT 1`,
      );
      const cells = (first.getRowsJS()[0] ?? []).map((v) => String(v ?? '').trim());
      const match = matchHeader(cells);
      if (!match) throw new Error(`${file}: no table's header`);
      const columns = `{${cells.map((_, k) => `'c${k}': 'VARCHAR'`).join(', ')}}`;
      const def = tableDef(match.table);
      const raw = def.columns.map((col, k) => {
        const index = match.sourceIndex[k];
        return `${index >= 0 ? `c${index}` : 'NULL::VARCHAR'} AS ${col.name}`;
      });
      const typed = def.columns.map((col) => `${typedExpr(col)} AS ${col.name}`);
      const source = `read_csv(${path}, header = false, skip = 1, columns = ${columns})`;
      const target = sqlString(join(out, `floor-${i}.parquet`));
      await c.run(
        `COPY (SELECT ${typed.join(', ')} FROM (SELECT ${raw.join(', ')} FROM ${source})) TO ${target} (FORMAT parquet)`,
      );
    }
    return (performance.now() - t0) / 1000;
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}
