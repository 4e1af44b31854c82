/**
 * A public build leaves some columns out of its Parquet files (src/model/publish.ts);
 * the queries still name them, so the site reads each one as a NULL column of its type.
 */
import { sqlIdent } from './literal';

export interface WithheldColumn {
  readonly name: string;
  readonly type: string;
}

/** `NULL::VARCHAR AS "reason", ...`; the type comes from our own manifest and must be a plain type name. */
export function nullColumns(columns: readonly WithheldColumn[] = []): string[] {
  return columns.map((c) => {
    if (!/^[A-Z][A-Z0-9_]*$/.test(c.type)) throw new Error(`manifest: unexpected column type ${c.type}`);
    return `NULL::${c.type} AS ${sqlIdent(c.name)}`;
  });
}
