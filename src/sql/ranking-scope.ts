/**
 * 排名范围 Where an organisation is ranked: among the basic organisations of its peer scope (org_units.scope_id),
 * which is the organisation itself for a committee (党委), else the nearest committee above it (else the top
 * organisation). A committee's pages number its own branches 1, 2, 3…; a branch, a general branch or a party
 * group shown on its own keeps its place among its committee's (第 11 / 21), never 1 of 1.
 * Plain SQL text: the derived tables use it at build time, the page queries in both engines.
 */

/**
 * CTE `peer_places` over `source` (rows org_id, period, period_kind, period_start, score100): each row's rank
 * among the rows of its scope's subtree in its period, and the same for the previous period of its kind.
 */
export const PEER_PLACES = (source: string) => `in_scopes AS (
    SELECT b.org_id, b.period, p.ancestor_id AS scope_id,
      CAST(rank() OVER (PARTITION BY p.ancestor_id, b.period ORDER BY b.score100 DESC) AS INTEGER) AS peer_rank,
      CAST(count(*) OVER (PARTITION BY p.ancestor_id, b.period) AS INTEGER) AS peers
    FROM ${source} b JOIN org_paths p ON p.org_id = b.org_id
    WHERE p.ancestor_id IN (SELECT scope_id FROM org_units)),
  peer_ranked AS (
    SELECT r.* FROM in_scopes r SEMI JOIN org_units u ON u.org_id = r.org_id AND u.scope_id = r.scope_id),
  period_order AS (
    SELECT period, lag(period) OVER (PARTITION BY period_kind ORDER BY period_start) AS previous_period
    FROM (SELECT DISTINCT period, period_kind, period_start FROM ${source})),
  peer_places AS (
    SELECT c.org_id, c.period, c.scope_id, c.peer_rank, c.peers, o.previous_period,
      p.peer_rank AS previous_peer_rank, p.peers AS previous_peers
    FROM peer_ranked c JOIN period_order o USING (period)
    LEFT JOIN peer_ranked p ON p.org_id = c.org_id AND p.period = o.previous_period)`;

/**
 * The rows of `branch_ratings` in `period` that a view of `$org` ranks: those in the subtree of the view's
 * scope, each with its rank there (`rank`) and their number (`peers`). A query keeps those of the view's own
 * subtree: for a committee its whole ranking, for a branch its place among its committee's.
 */
export const RANKED_IN_SCOPE = (period: string) => `(
  SELECT b.*, CAST(rank() OVER (ORDER BY b.score100 DESC) AS INTEGER) AS scope_rank,
    CAST(count(*) OVER () AS INTEGER) AS scope_size
  FROM branch_ratings b
  WHERE b.period = ${period}
    AND b.org_id IN (SELECT org_id FROM org_paths WHERE ancestor_id = (SELECT scope_id FROM org_units WHERE org_id = $org)))`;
