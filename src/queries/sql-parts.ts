/** SQL fragments the page queries share; $org is bound, never spliced. */
export const IN_SUBTREE = (column: string) => `${column} IN (SELECT org_id FROM org_paths WHERE ancestor_id = $org)`;
