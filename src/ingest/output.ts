/**
 * Writes the published folder: Parquet per table (Snappy, which the browser
 * decodes without any download), the report and the manifest. Everything
 * goes to a sibling temporary folder that replaces the old one only when
 * complete (folders.ts), so a failed or killed build leaves the previous output whole.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManifestTable, PublishedColumn, TableKind } from '../model/manifest';
import { sqlIdent, sqlString } from '../sql/literal';
import type { Db } from './db';
import { sha256File } from './inputs';

export interface TableOutput {
  readonly name: string;
  readonly kind: TableKind;
  /** null: as stored (the table was created in file order). */
  readonly orderBy: string | null;
  /** Rows per Parquet row group (default 100,000). */
  readonly rowGroupSize?: number;
}

/** Which columns of a table are written, and how (the public profile's projection). */
export type Projection = (table: string, column: PublishedColumn) => 'keep' | 'withhold' | 'pseudonymise';

export async function writeTable(
  db: Db,
  dir: string,
  table: TableOutput,
  projection: Projection = () => 'keep',
  salt = '',
): Promise<ManifestTable> {
  const file = `${table.name}.parquet`;
  const path = join(dir, file);
  const name = sqlIdent(table.name);
  const { select, kept, withheld } = await selectList(db, table.name, table.name, projection, salt);
  await db.exec(
    `COPY (SELECT ${select.join(', ')} FROM ${name}${table.orderBy ? ` ORDER BY ${table.orderBy}` : ''}) TO ${sqlString(path)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${Math.trunc(table.rowGroupSize ?? 100_000)})`,
  );
  const [{ n }] = await db.all(`SELECT CAST(count(*) AS BIGINT)::DOUBLE AS n FROM ${name}`);
  return {
    file,
    kind: table.kind,
    rows: Number(n),
    bytes: (await stat(path)).size,
    sha256: await sha256File(path),
    columns: kept,
    ...(withheld.length ? { withheld } : {}),
  };
}

/** A table's columns as published: every column but the build's own (named with a leading underscore). */
export async function publishedColumns(db: Db, table: string): Promise<PublishedColumn[]> {
  // A table of another schema (schema.table) names both parts.
  const name = table.split('.').map(sqlIdent).join('.');
  return (await db.all(`SELECT column_name, column_type FROM (DESCRIBE ${name})`))
    .map((c) => ({ name: String(c.column_name), type: String(c.column_type) }))
    .filter((c) => !c.name.startsWith('_'));
}

/**
 * The SELECT list writing `source`'s rows as table `name` under the projection: the columns kept (a
 * pseudonymised one as its token) and those withheld.
 */
export async function selectList(
  db: Db,
  name: string,
  source: string,
  projection: Projection,
  salt: string,
): Promise<{ select: string[]; kept: PublishedColumn[]; withheld: PublishedColumn[] }> {
  const treat = (await publishedColumns(db, source)).map((c) => ({ c, how: projection(name, c) }));
  const select = treat
    .filter((t) => t.how !== 'withhold')
    .map(({ c, how }) =>
      how === 'pseudonymise'
        ? `'P' || left(sha256(${sqlString(salt)} || ${sqlIdent(c.name)}), 12) AS ${sqlIdent(c.name)}`
        : sqlIdent(c.name),
    );
  return {
    select,
    kept: treat.filter((t) => t.how !== 'withhold').map((t) => t.c),
    withheld: treat.filter((t) => t.how === 'withhold').map((t) => t.c),
  };
}

export function dataVersion(tables: Record<string, ManifestTable>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(tables).sort()) hash.update(`${name}:${tables[name].sha256}\n`);
  return hash.digest('hex').slice(0, 16);
}
