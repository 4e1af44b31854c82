/** 总览 Overview: headline figures, the latest ranking and trends. */
import type { Filters } from './filters';
import { bind, type Query } from './types';

export function overviewQueries(f: Filters): Record<string, Query> {
  const v = { org: f.org, period: f.period };
  return {
    kpis: kpisQuery(f, 'listed'),
    // The listed organisations' leading branches, ranked at build time (listed_rankings).
    ranking: bind(
      `SELECT branch_id AS org_id, name, score100, score, max_score, rating, stars, rank, peers
       FROM listed_rankings WHERE org_id = $org AND period = $period ORDER BY score100 DESC, branch_id`,
      v,
      ['listed_rankings'],
    ),
    scoreTrend: bind(
      `SELECT period, avg_score, min_score, max_score FROM listed_period_scores
        WHERE org_id = $org AND period_kind = 'quarter' ORDER BY period`,
      v,
      ['listed_period_scores'],
    ),
    pointsTrend: monthlyPoints(f),
  };
}

/**
 * Headline figures are looked up, not computed: org_year_kpis and org_period_scores hold them for every
 * organisation (src/sql/derived.ts), so a filter change costs a lookup at any scale. Pages whose filter
 * offers listed organisations only read the listed share of those tables.
 */
export function kpisQuery(f: Filters, scope: 'listed' | 'all'): Query {
  const [kpis, scores] =
    scope === 'listed' ? ['listed_year_kpis', 'listed_period_scores'] : ['org_year_kpis', 'org_period_scores'];
  return bind(
    `SELECT k.branches, k.members, k.excellent_ratio, k.excellent, k.rated, r.excellent_cap, s.avg_score,
       k.topics_closed, k.topics_total, k.meeting_completion
     FROM rule_params r
     LEFT JOIN ${kpis} k ON k.org_id = $org AND k.year = $year
     LEFT JOIN ${scores} s ON s.org_id = $org AND s.period = $period`,
    { year: f.year, org: f.org, period: f.period },
    [kpis, scores, 'rule_params'],
  );
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
