/**
 * Writes the published folder: Parquet per table (Snappy, which the browser
 * decodes without any download), report.json and manifest.json. Everything
 * goes to a sibling temporary folder that replaces the old one only when
 * complete (folders.ts), so a failed or killed build leaves the previous output whole.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sqlIdent, sqlString } from '../sql/literal';
import type { Db } from './db';
import type { OwnedFiles } from './folders';
import { sha256File } from './inputs';

export interface TableOutput {
  readonly name: string;
  readonly kind: 'source' | 'derived' | 'rules';
  /** null: as stored (the table was created in file order). */
  readonly orderBy: string | null;
  /** Rows per Parquet row group (default 100,000). */
  readonly rowGroupSize?: number;
}

export interface ColumnInfo {
  readonly name: string;
  readonly type: string;
}

export interface ManifestTable {
  readonly file: string;
  readonly kind: TableOutput['kind'];
  readonly rows: number;
  readonly bytes: number;
  readonly sha256: string;
  readonly columns: readonly ColumnInfo[];
  /** Columns a public build did not write; the site reads them as NULL. */
  readonly withheld?: readonly ColumnInfo[];
}

/** Which columns of a table are written, and how (the public profile's projection). */
export type Projection = (table: string, column: ColumnInfo) => 'keep' | 'withhold' | 'pseudonymise';

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
  const all = (await db.all(`SELECT column_name, column_type FROM (DESCRIBE ${name})`)).map((c) => ({
    name: String(c.column_name),
    type: String(c.column_type),
  }));
  const treat = all.map((c) => ({ c, how: projection(table.name, c) }));
  const select = treat
    .filter((t) => t.how !== 'withhold')
    .map(({ c, how }) =>
      how === 'pseudonymise'
        ? `'P' || left(sha256(${sqlString(salt)} || ${sqlIdent(c.name)}), 12) AS ${sqlIdent(c.name)}`
        : sqlIdent(c.name),
    );
  await db.exec(
    `COPY (SELECT ${select.join(', ')} FROM ${name}${table.orderBy ? ` ORDER BY ${table.orderBy}` : ''}) TO ${sqlString(path)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${Math.trunc(table.rowGroupSize ?? 100_000)})`,
  );
  const [{ n }] = await db.all(`SELECT CAST(count(*) AS BIGINT)::DOUBLE AS n FROM ${name}`);
  const withheld = treat.filter((t) => t.how === 'withhold').map((t) => t.c);
  return {
    file,
    kind: table.kind,
    rows: Number(n),
    bytes: (await stat(path)).size,
    sha256: await sha256File(path),
    columns: treat.filter((t) => t.how !== 'withhold').map((t) => t.c),
    ...(withheld.length ? { withheld } : {}),
  };
}

export function dataVersion(tables: Record<string, ManifestTable>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(tables).sort()) hash.update(`${name}:${tables[name].sha256}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** The manifest's mark of a data folder this tool wrote: only such a folder is replaced without --force. */
export const DATA_PRODUCER = 'dangjian-dashboard data build';

/**
 * The files an earlier data build wrote into `dir`, from its manifest; null when the folder is not one.
 * Manifests written before the mark existed are known by their shape (a fingerprint and a table list).
 */
export const dataOutputFiles: OwnedFiles = async (dir) => {
  let manifest: { producer?: unknown; fingerprint?: unknown; tables?: Record<string, { file?: unknown }> };
  try {
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
  const ours = manifest.producer === DATA_PRODUCER || typeof manifest.fingerprint === 'string';
  if (!ours || typeof manifest.tables !== 'object' || manifest.tables === null) return null;
  const files = Object.values(manifest.tables).map((t) => String(t.file));
  return new Set(['manifest.json', 'report.json', ...files]);
};
