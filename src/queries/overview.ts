/** 总览 Overview: headline figures, the latest ranking and trends. */
import { OVERVIEW_RANKING_ROWS, rankingQuery } from './branches';
import type { Filters } from './filters';
import { bind, type Query } from './types';

export function overviewQueries(f: Filters): Record<string, Query> {
  const v = { year: f.year, org: f.org, period: f.period };
  return {
    // Headline figures are looked up, not computed: org_year_kpis and org_period_scores hold them for every
    // organisation (src/sql/derived.ts), so a filter change costs a lookup at any scale.
    kpis: bind(
      `SELECT k.branches, k.members, k.excellent_ratio, k.excellent, k.rated, r.excellent_cap, s.avg_score,
         k.topics_closed, k.topics_total, k.meeting_completion
       FROM rule_params r
       LEFT JOIN org_year_kpis k ON k.org_id = $org AND k.year = $year
       LEFT JOIN org_period_scores s ON s.org_id = $org AND s.period = $period`,
      v,
      ['org_year_kpis', 'org_period_scores', 'rule_params'],
    ),
    ranking: rankingQuery(f, OVERVIEW_RANKING_ROWS),
    scoreTrend: bind(
      `SELECT period, avg_score, min_score, max_score FROM org_period_scores
        WHERE org_id = $org AND period_kind = 'quarter' ORDER BY period`,
      v,
      ['org_period_scores'],
    ),
    pointsTrend: monthlyPoints(f),
  };
}

/** Bonus and deduction points per month of the year, for the subtree. */
export function monthlyPoints(f: Filters): Query {
  return bind(
    `WITH months AS (SELECT CAST(range AS INTEGER) AS month FROM range(1, 13))
      SELECT m.month, coalesce(p.bonus, 0) AS bonus, coalesce(p.deduction, 0) AS deduction
      FROM months m LEFT JOIN org_points_monthly p ON p.month = m.month AND p.year = $year AND p.org_id = $org
      ORDER BY m.month`,
    { year: f.year, org: f.org },
    ['org_points_monthly'],
  );
}
