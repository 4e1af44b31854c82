/** 总览 Overview: headline figures, the latest ranking and trends. */
import { BASIC_ORG_TYPES } from '../model/schema';
import type { Filters } from './filters';
import { outcomesQuery } from './topics';
import { bind, type Query } from './types';

export function overviewQueries(f: Filters): Record<string, Query> {
  const v = { org: f.org, period: f.period };
  return {
    kpis: kpisQuery(f, 'listed'),
    ...kpiTrendQueries(f, 'listed'),
    // The listed organisations' leading branches, ranked at build time (listed_rankings), with the places
    // each gained or lost since the previous period.
    ranking: bind(
      `SELECT branch_id AS org_id, name, score100, score, max_score, rating, stars, rank, peers,
         previous_rank, previous_rank - rank AS place_change
       FROM listed_rankings WHERE org_id = $org AND period = $period ORDER BY score100 DESC, branch_id`,
      v,
      ['listed_rankings'],
    ),
    // Branches rated 一般 or below: the lowest-scoring few by name, and how many there are.
    lagging: bind(
      `SELECT branch_id AS org_id, name, score100, rating, lagging
       FROM listed_lagging WHERE org_id = $org AND period = $period ORDER BY score100, branch_id`,
      v,
      ['listed_lagging'],
    ),
    scoreTrend: bind(
      `SELECT period, avg_score, min_score, max_score FROM listed_period_scores
        WHERE org_id = $org AND period_kind = 'quarter' ORDER BY period`,
      v,
      ['listed_period_scores'],
    ),
    pointsTrend: monthlyPoints(f),
    // The topic campaign against its targets: the topics page's answer, for the overview's third question.
    outcomes: outcomesQuery(f),
  };
}

/**
 * Headline figures are looked up, not computed: org_year_kpis and org_period_scores hold them for every
 * organisation (src/sql/derived.ts), so a filter change costs a lookup at any scale. Pages whose filter
 * offers listed organisations only read the listed share of those tables. Each figure comes with its value
 * a year (or a period of the same kind) before, when the data has one: the cards show the change.
 */
export function kpisQuery(f: Filters, scope: 'listed' | 'all'): Query {
  const { kpis, scores } = kpiTables(scope);
  return bind(
    `-- The previous period of the same kind. Periods of one kind sort as text (2025Q3 < 2025Q4, 2025-05 < 2025-06).
     -- Looked up once here, not as the join's condition: in DuckDB-WASM that halved the query (7 → 3 ms).
     WITH prev AS (
       SELECT max(period) AS period FROM ${scores} WHERE org_id = $org AND period < $period
         AND period_kind = (SELECT any_value(period_kind) FROM ${scores} WHERE period = $period))
     SELECT k.branches, ${BASIC_ORG_TYPES.map((_, i) => `k.basic_${i}`).join(', ')}, k.members, k.excellent_ratio, k.excellent, k.excellent_suggested, k.rated, r.excellent_cap, s.avg_score,
       k.topics_closed, k.topics_total, k.meeting_completion,
       pk.year AS prev_year, pk.excellent_ratio AS prev_excellent_ratio, pk.topics_closed AS prev_topics_closed,
       pk.meeting_completion AS prev_meeting_completion, ps.period AS prev_period, ps.avg_score AS prev_avg_score
     FROM rule_params r CROSS JOIN prev
     LEFT JOIN ${kpis} k ON k.org_id = $org AND k.year = $year
     LEFT JOIN ${kpis} pk ON pk.org_id = $org AND pk.year = $year - 1
     LEFT JOIN ${scores} s ON s.org_id = $org AND s.period = $period
     LEFT JOIN ${scores} ps ON ps.org_id = $org AND ps.period = prev.period`,
    { year: f.year, org: f.org, period: f.period },
    [kpis, scores, 'rule_params'],
  );
}

/** The headline figures over the years (and the average score over the periods of its kind) up to the view's. */
export function kpiTrendQueries(f: Filters, scope: 'listed' | 'all'): Record<'kpiYears' | 'kpiPeriods', Query> {
  const { kpis, scores } = kpiTables(scope);
  return {
    kpiYears: bind(
      `SELECT year, excellent_ratio, topics_closed, meeting_completion FROM ${kpis}
       WHERE org_id = $org AND year <= $year ORDER BY year`,
      { year: f.year, org: f.org },
      [kpis],
    ),
    kpiPeriods: bind(
      `SELECT period, avg_score FROM ${scores}
       WHERE org_id = $org AND period <= $period
         AND period_kind = (SELECT any_value(period_kind) FROM ${scores} WHERE period = $period)
       ORDER BY period`,
      { org: f.org, period: f.period },
      [scores],
    ),
  };
}

function kpiTables(scope: 'listed' | 'all') {
  return scope === 'listed'
    ? { kpis: 'listed_year_kpis', scores: 'listed_period_scores' }
    : { kpis: 'org_year_kpis', scores: 'org_period_scores' };
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
