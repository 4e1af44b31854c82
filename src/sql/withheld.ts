/**
 * A public build leaves some columns out of its Parquet files (src/model/publish.ts);
 * the queries still name them, so the site reads each one as a NULL column of its type.
 */
import { COLUMN_TYPE_NAME, type PublishedColumn } from '../model/manifest';
import { sqlIdent } from './literal';

/** `NULL::VARCHAR AS "reason", ...`; the type comes from our own manifest and must be a plain type name. */
export function nullColumns(columns: readonly PublishedColumn[] = []): string[] {
  return columns.map((c) => {
    // The manifest's schema checks it already; checked again here, where it becomes SQL text.
    if (!COLUMN_TYPE_NAME.test(c.type)) throw new Error(`manifest: unexpected column type ${c.type}`);
    return `NULL::${c.type} AS ${sqlIdent(c.name)}`;
  });
}
