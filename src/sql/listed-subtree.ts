/** The join every table aggregated per listed organisation starts from (listed-*.ts, listed_rankings). */

/** Each listed organisation (`l`) with every organisation of its subtree (`p.org_id`). */
export const LISTED_SUBTREE = 'listed_orgs l JOIN org_paths p ON p.ancestor_id = l.org_id';

/** The same, with the rows of `table` (as `alias`) about those organisations. */
export const inListed = (table: string, alias: string) =>
  `${LISTED_SUBTREE} JOIN ${table} ${alias} ON ${alias}.org_id = p.org_id`;
