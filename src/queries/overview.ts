/** 总览 Overview: headline figures, the latest ranking and trends. */
import { branchQueries } from './branches';
import type { Filters } from './filters';
import { BRANCH_TYPE_LIST, IN_SUBTREE } from './sql-parts';
import { bind, type Query } from './types';

export function overviewQueries(f: Filters): Record<string, Query> {
  const v = { year: f.year, org: f.org, period: f.period };
  return {
    kpis: bind(
      `SELECT
        (SELECT CAST(count(*) AS INTEGER) FROM organizations WHERE type IN ${BRANCH_TYPE_LIST} AND ${IN_SUBTREE('org_id')}) AS branches,
        (SELECT CAST(count(*) AS INTEGER) FROM members WHERE ${IN_SUBTREE('org_id')}) AS members,
        (SELECT excellent_ratio FROM excellent_ratio WHERE org_id = $org AND year = $year) AS excellent_ratio,
        (SELECT CAST(excellent AS INTEGER) FROM excellent_ratio WHERE org_id = $org AND year = $year) AS excellent,
        (SELECT CAST(rated AS INTEGER) FROM excellent_ratio WHERE org_id = $org AND year = $year) AS rated,
        (SELECT excellent_cap FROM rule_params) AS excellent_cap,
        (SELECT avg(score100) FROM branch_ratings WHERE period = $period AND ${IN_SUBTREE('org_id')}) AS avg_score,
        (SELECT CAST(count(*) FILTER (WHERE stage = '结题') AS INTEGER) FROM topics
          WHERE (org_id IS NULL OR ${IN_SUBTREE('org_id')}) AND coalesce(year(set_on), $year) = $year) AS topics_closed,
        (SELECT CAST(count(*) AS INTEGER) FROM topics
          WHERE (org_id IS NULL OR ${IN_SUBTREE('org_id')}) AND coalesce(year(set_on), $year) = $year) AS topics_total,
        (SELECT sum(least(held, quota)) / nullif(sum(quota), 0) FROM meeting_rollup
          WHERE year = $year AND quota > 0 AND ${IN_SUBTREE('org_id')}) AS meeting_completion`,
      v,
      [
        'organizations',
        'members',
        'excellent_ratio',
        'rule_params',
        'branch_ratings',
        'topics',
        'meeting_rollup',
        'org_paths',
      ],
    ),
    ranking: branchQueries(f).ranking,
    scoreTrend: bind(
      `SELECT period, avg(score100) AS avg_score, min(score100) AS min_score, max(score100) AS max_score
        FROM branch_ratings WHERE period_kind = 'quarter' AND ${IN_SUBTREE('org_id')}
        GROUP BY period ORDER BY period`,
      v,
      ['branch_ratings', 'org_paths'],
    ),
    pointsTrend: monthlyPoints(f),
  };
}

/** Bonus and deduction points per month of the year, for the subtree. */
export function monthlyPoints(f: Filters): Query {
  return bind(
    `WITH months AS (SELECT CAST(range AS INTEGER) AS month FROM range(1, 13))
      SELECT m.month,
        coalesce(sum(p.points) FILTER (WHERE p.kind = '加分'), 0) AS bonus,
        coalesce(-sum(p.points) FILTER (WHERE p.kind = '扣分'), 0) AS deduction
      FROM months m LEFT JOIN points_monthly p
        ON p.month = m.month AND p.year = $year AND ${IN_SUBTREE('p.org_id')}
      GROUP BY m.month ORDER BY m.month`,
    { year: f.year, org: f.org },
    ['points_monthly', 'org_paths'],
  );
}
