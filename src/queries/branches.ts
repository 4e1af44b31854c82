/** 支部考核 Branch ratings: ranking per period, stars, trends, dimensions, the quarterly report (季通报). */
import { RANKED_IN_SCOPE } from '../sql/ranking-scope';
import type { Filters } from './filters';
import { IN_SUBTREE } from './sql-parts';
import { bind, type Query } from './types';

/** What a ranking reads: the rated rows of the view's scope (ranking-scope.ts), its names and its tree. */
const RANKING_TABLES = ['branch_ratings', 'organizations', 'org_paths', 'org_units'];

/**
 * Branches of the subtree by score for the period, each with its place among its peers: a committee numbers
 * its own branches 1, 2, 3…; a branch selected on its own is shown at its place among its committee's.
 */
function rankingQuery(f: Filters): Query {
  return bind(
    `SELECT b.org_id, o.name, b.score100, b.score, b.max_score, b.rating, b.stars, b.scope_rank AS rank,
       b.scope_size AS peers
     FROM ${RANKED_IN_SCOPE('$period')} b JOIN organizations o USING (org_id)
     WHERE ${IN_SUBTREE('b.org_id')}
     ORDER BY b.score100 DESC, b.org_id`,
    { org: f.org, period: f.period },
    RANKING_TABLES,
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
    // Every period of the selected period's kind in the selected year, one row per branch and period; branch by
    // branch, the selected period's best first (the chart's first lines are theirs), then those it did not rate.
    trend: bind(
      `WITH selected AS (SELECT org_id, score100 FROM branch_ratings WHERE period = $period)
       SELECT b.period, CAST(b.period_start AS VARCHAR) AS period_start, b.org_id, o.name, b.score100
       FROM branch_ratings b JOIN organizations o USING (org_id) LEFT JOIN selected s USING (org_id)
       WHERE year(b.period_start) = $year
         AND b.period_kind = (SELECT any_value(period_kind) FROM branch_ratings WHERE period = $period)
         AND ${IN_SUBTREE('b.org_id')}
       ORDER BY s.score100 DESC NULLS LAST, b.org_id, b.period_start`,
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
    // 季通报: this period's places beside the previous period's of the same kind, both among the same peers.
    report: bind(
      `WITH previous AS (SELECT any_value(previous_period) AS period FROM branch_ratings WHERE period = $period),
       cur AS ${RANKED_IN_SCOPE('$period')},
       prev AS ${RANKED_IN_SCOPE('(SELECT period FROM previous)')}
       SELECT c.scope_rank AS rank, c.scope_size AS peers, c.org_id, o.name, c.score100, c.rating, c.stars,
         p.scope_rank AS previous_rank, p.scope_size AS previous_peers, p.scope_rank - c.scope_rank AS rank_change,
         c.score100 - p.score100 AS change, (SELECT period FROM previous) AS previous_period
       FROM cur c JOIN organizations o USING (org_id) LEFT JOIN prev p USING (org_id)
       WHERE ${IN_SUBTREE('c.org_id')}
       ORDER BY c.score100 DESC, c.org_id`,
      v,
      RANKING_TABLES,
    ),
  };
}
