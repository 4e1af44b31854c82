/** 支部考核 Branch ratings: ranking per period, stars, trends, dimensions, the quarterly report (季通报). */
import type { Filters } from './filters';
import { IN_SUBTREE } from './sql-parts';
import { bind, type Query } from './types';

/**
 * A branch's rank among the branches the view shows (the selected organisation's subtree): a committee's
 * ranking and its 季通报 number its own branches 1, 2, 3…, not their places among all of a group's. A branch's
 * own page shows its place among all (branch_ratings.rank of ranked_orgs).
 */
const LOCAL_RANK = (score: string) => `CAST(rank() OVER (ORDER BY ${score} DESC) AS INTEGER)`;

/** Branches of the subtree by score for the period. */
function rankingQuery(f: Filters): Query {
  return bind(
    `SELECT b.org_id, o.name, b.score100, b.score, b.max_score, b.rating, b.stars, ${LOCAL_RANK('b.score100')} AS rank
     FROM branch_ratings b JOIN organizations o USING (org_id)
     WHERE b.period = $period AND ${IN_SUBTREE('b.org_id')}
     ORDER BY b.score100 DESC, b.org_id`,
    { org: f.org, period: f.period },
    ['branch_ratings', 'organizations', 'org_paths'],
  );
}

export function branchQueries(f: Filters): Record<string, Query> {
  const v = { year: f.year, org: f.org, period: f.period };
  return {
    ranking: rankingQuery(f),
    stars: bind(
      `WITH levels AS (SELECT CAST(range AS INTEGER) AS stars FROM range(1, 6))
       SELECT l.stars, CAST(count(b.org_id) AS INTEGER) AS branches
       FROM levels l LEFT JOIN branch_ratings b ON b.stars = l.stars AND b.period = $period AND ${IN_SUBTREE('b.org_id')}
       GROUP BY l.stars ORDER BY l.stars DESC`,
      v,
      ['branch_ratings', 'org_paths'],
    ),
    // Every period of the selected period's kind in the selected year, one row per branch and period.
    trend: bind(
      `SELECT b.period, b.org_id, o.name, b.score100
       FROM branch_ratings b JOIN organizations o USING (org_id)
       WHERE year(b.period_start) = $year
         AND b.period_kind = (SELECT any_value(period_kind) FROM branch_ratings WHERE period = $period)
         AND ${IN_SUBTREE('b.org_id')}
       ORDER BY b.period, b.org_id`,
      v,
      ['branch_ratings', 'organizations', 'org_paths'],
    ),
    dimensions: bind(
      `SELECT a.org_id, o.name, CASE WHEN a.dimension = '' THEN '—' ELSE a.dimension END AS dimension, a.score, a.max_score
       FROM assessments a JOIN organizations o USING (org_id)
       WHERE a.period = $period AND ${IN_SUBTREE('a.org_id')}
       -- Branches by their total, highest first: a chart bounded to its first branches shows the leading ones.
       ORDER BY sum(a.score) OVER (PARTITION BY a.org_id) DESC, a.org_id, a.dimension`,
      v,
      ['assessments', 'organizations', 'org_paths'],
    ),
    // 季通报: this period's ranking beside the previous period of the same kind.
    report: bind(
      `WITH cur AS (SELECT * FROM branch_ratings WHERE period = $period),
       prev_period AS (
         SELECT b.period FROM branch_ratings b,
           (SELECT any_value(period_kind) AS kind, any_value(period_start) AS start FROM cur) c
         WHERE b.period_kind = c.kind AND b.period_start < c.start
         ORDER BY b.period_start DESC LIMIT 1),
       prev AS (
         SELECT org_id, score100, ${LOCAL_RANK('score100')} AS rank FROM branch_ratings
         WHERE period = (SELECT period FROM prev_period) AND ${IN_SUBTREE('org_id')})
       SELECT ${LOCAL_RANK('c.score100')} AS rank, c.org_id, o.name, c.score100, c.rating, c.stars,
         p.rank AS previous_rank, c.score100 - p.score100 AS change, (SELECT period FROM prev_period) AS previous_period
       FROM cur c JOIN organizations o USING (org_id) LEFT JOIN prev p USING (org_id)
       WHERE ${IN_SUBTREE('c.org_id')}
       ORDER BY c.score100 DESC, c.org_id`,
      v,
      ['branch_ratings', 'organizations', 'org_paths'],
    ),
  };
}
