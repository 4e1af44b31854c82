/**
 * SQL text is only ever built from this project's own constants (schema,
 * rule names). Values from exports and URLs are bound as parameters, never
 * spliced; this quoting exists for the constants alone.
 */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** An identifier from our own schema, checked rather than trusted. */
export function sqlIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a schema identifier: ${name}`);
  return name;
}

/** A parenthesised list of our own constants, for `IN`. */
export function sqlList(values: readonly string[]): string {
  return `(${values.map(sqlString).join(', ')})`;
}
