/**
 * Derived tables (派生表), computed by DuckDB from the published tables and
 * the rule tables. Plain SQL text with no parameters, run by the build's
 * native DuckDB, whose parse macros (src/sql/parse.ts) it may call.
 * Order matters: each statement may read the ones before it.
 */
export interface DerivedTable {
  readonly name: string;
  readonly sql: string;
}

import { BASIC_ORG_TYPES, BRANCH_RATINGS, MAX_TREE_DEPTH } from '../model/schema';
import { ATTENTION_TABLES } from './attention';
import { LISTED_MEMBER_TABLES } from './listed-members';
import { LISTED_SUBTREE } from './listed-subtree';
import { LISTED_WORK_TABLES } from './listed-work';
import { sqlList, sqlString } from './literal';
import { PEER_PLACES } from './ranking-scope';
import { TOPIC_TABLES } from './topic-tables';

const BRANCH_TYPES = sqlList(BASIC_ORG_TYPES);

/** Basic organisations of each type (BASIC_ORG_TYPES, in its order: basic_0 党支部 …): "14 个党支部 · 6 个党工委". */
const BASIC_TYPE_COUNTS = BASIC_ORG_TYPES.map(
  (type, k) => `CAST(count(*) FILTER (WHERE o.type = ${sqlString(type)}) AS INTEGER) AS basic_${k}`,
).join(', ');
const BASIC_TYPE_COLUMNS = (alias: string) =>
  BASIC_ORG_TYPES.map((_, k) => `coalesce(${alias}.basic_${k}, 0) AS basic_${k}`).join(', ');

/** How many organisations every page carries at most (see listed_orgs). */
export const LISTED_ORGS = 500;

/** The overview shows the leading branches only: a group's 15,000 are the 支部考核 page's. */
export const OVERVIEW_RANKING_ROWS = 30;

/** Branch ratings the overview calls out as needing attention, and how many of them it names. */
export const LAGGING_RATINGS = BRANCH_RATINGS.slice(BRANCH_RATINGS.indexOf('一般'));
export const LAGGING_NAMED = 8;

export const DERIVED: readonly DerivedTable[] = [
  {
    // Every organisation with each of its ancestors (itself at depth 0).
    name: 'org_paths',
    sql: `WITH RECURSIVE up(org_id, ancestor_id, depth) AS (
        SELECT org_id, org_id, 0 FROM organizations
        UNION ALL
        SELECT up.org_id, o.parent_id, up.depth + 1
        FROM up JOIN organizations o ON o.org_id = up.ancestor_id
        WHERE o.parent_id IS NOT NULL AND up.depth < ${MAX_TREE_DEPTH})
      SELECT org_id, ancestor_id, CAST(depth AS INTEGER) AS depth FROM up`,
  },
  {
    // The basic organisation (支部 / 总支 / 党工委) and party group each organisation belongs to, and its peer
    // scope: the organisation whose basic organisations it is ranked among (ranking-scope.ts).
    name: 'org_units',
    sql: `SELECT p.org_id,
        arg_min(p.ancestor_id, p.depth) FILTER (WHERE a.type IN ${BRANCH_TYPES}) AS branch_id,
        max(CASE WHEN p.depth = 0 AND a.type = '党小组' THEN a.org_id END) AS group_id,
        coalesce(arg_min(p.ancestor_id, p.depth) FILTER (WHERE a.type = '党委'), arg_max(p.ancestor_id, p.depth))
          AS scope_id
      FROM org_paths p JOIN organizations a ON a.org_id = p.ancestor_id
      GROUP BY p.org_id`,
  },
  {
    // Member-year totals: base + bonuses - deductions, yearly caps per category, veto zeroes the year.
    name: 'member_year_points',
    sql: `WITH entries AS (
        SELECT member_id, CAST(year(date) AS INTEGER) AS year, kind, coalesce(category, '') AS category, points
        FROM points),
      by_category AS (
        SELECT e.member_id, e.year, e.kind, e.category, sum(e.points) AS raw, max(abs(e.points)) AS largest,
          any_value(c.yearly_cap) AS cap, bool_or(coalesce(c.veto, false)) AS veto
        FROM entries e LEFT JOIN rule_categories c ON c.kind = e.kind AND c.category = e.category
        GROUP BY e.member_id, e.year, e.kind, e.category),
      applied AS (
        SELECT *, CASE WHEN cap IS NULL THEN raw
                       WHEN kind = '加分' THEN least(raw, cap)
                       WHEN kind = '扣分' THEN greatest(raw, -cap)
                       ELSE raw END AS applied
        FROM by_category),
      totals AS (
        SELECT member_id, year,
          sum(applied) FILTER (WHERE kind = '基础分') AS base_recorded,
          coalesce(sum(applied) FILTER (WHERE kind = '加分'), 0) AS bonus,
          coalesce(-sum(applied) FILTER (WHERE kind = '扣分'), 0) AS deduction,
          sum(abs(raw - applied)) AS capped,
          coalesce(max(largest) FILTER (WHERE kind = '扣分'), 0) AS largest_deduction,
          bool_or(veto AND kind = '扣分') AS vetoed
        FROM applied GROUP BY member_id, year),
      years AS (
        SELECT DISTINCT CAST(year(date) AS INTEGER) AS year FROM points
        UNION SELECT DISTINCT year FROM evaluations)
      SELECT m.member_id, y.year, m.org_id, u.branch_id, u.group_id,
        coalesce(t.base_recorded, r.base_points) AS base,
        coalesce(t.bonus, 0) AS bonus,
        coalesce(t.deduction, 0) AS deduction,
        CASE WHEN coalesce(t.vetoed, false) THEN 0
             ELSE coalesce(t.base_recorded, r.base_points) + coalesce(t.bonus, 0) - coalesce(t.deduction, 0) END AS total,
        coalesce(t.capped, 0) AS capped,
        coalesce(t.largest_deduction, 0) AS largest_deduction,
        coalesce(t.vetoed, false) AS vetoed
      FROM members m CROSS JOIN years y CROSS JOIN rule_params r
      LEFT JOIN totals t ON t.member_id = m.member_id AND t.year = y.year
      LEFT JOIN org_units u ON u.org_id = m.org_id
      WHERE m.joined_on IS NULL OR year(m.joined_on) <= y.year OR t.member_id IS NOT NULL`,
  },
  {
    // Points per organisation, month, kind and category: what the charts read, so pages never scan the ledger.
    name: 'points_monthly',
    sql: `SELECT m.org_id, CAST(year(p.date) AS INTEGER) AS year, CAST(month(p.date) AS INTEGER) AS month,
        p.kind, coalesce(p.category, '') AS category,
        sum(p.points) AS points, CAST(count(*) AS INTEGER) AS entries
      FROM points p JOIN members m ON m.member_id = p.member_id
      GROUP BY ALL`,
  },
  {
    // Ratings: the recorded evaluation, else one suggested from points; probationary and exempt members are not rated.
    name: 'member_ratings',
    sql: `WITH base AS (
        SELECT p.member_id, p.year, p.org_id, p.branch_id, p.group_id, p.base, p.total, p.largest_deduction, p.vetoed,
          m.category, m.status,
          m.category IN (SELECT value FROM rule_rated WHERE dimension = 'category')
            AND coalesce(m.status, '在职') IN (SELECT value FROM rule_rated WHERE dimension = 'status') AS eligible,
          e.member_id IS NOT NULL AS has_evaluation, e.rating AS recorded_rating
        FROM member_year_points p JOIN members m ON m.member_id = p.member_id
        LEFT JOIN evaluations e ON e.member_id = p.member_id AND e.year = p.year),
      ranked AS (
        SELECT *, row_number() OVER (PARTITION BY branch_id, year, eligible ORDER BY total DESC, member_id) AS position,
          count(*) OVER (PARTITION BY branch_id, year, eligible) AS peers
        FROM base),
      suggested AS (
        SELECT k.*, CASE
            WHEN k.vetoed AND r.veto_is_unqualified THEN '不合格'
            WHEN k.total < k.base OR k.largest_deduction >= r.major_deduction THEN '基本合格'
            WHEN k.position <= floor(k.peers * r.excellent_top_share) AND k.total > k.base THEN '优秀'
            ELSE '合格' END AS suggested_rating
        FROM ranked k CROSS JOIN rule_params r)
      SELECT member_id, year, org_id, branch_id, group_id, category, status, total, eligible,
        recorded_rating, suggested_rating,
        CASE WHEN NOT eligible THEN NULL WHEN has_evaluation THEN recorded_rating ELSE suggested_rating END AS rating,
        CASE WHEN NOT eligible THEN 'not_rated'
             WHEN has_evaluation AND recorded_rating IS NULL THEN 'not_rated'
             WHEN has_evaluation THEN 'recorded' ELSE 'suggested' END AS rating_source
      FROM suggested`,
  },
  {
    // 优秀党员占比 = excellent / rated members, for every organisation's subtree and year.
    name: 'excellent_ratio',
    sql: `SELECT p.ancestor_id AS org_id, r.year,
        CAST(count(*) AS INTEGER) AS members,
        CAST(count(r.rating) AS INTEGER) AS rated,
        CAST(count(*) FILTER (WHERE r.rating = '优秀') AS INTEGER) AS excellent,
        CAST(count(*) FILTER (WHERE r.rating = '优秀' AND r.rating_source = 'suggested') AS INTEGER) AS excellent_suggested,
        count(*) FILTER (WHERE r.rating = '优秀') / nullif(count(r.rating), 0) AS excellent_ratio,
        any_value(k.excellent_cap) AS excellent_cap,
        coalesce(count(*) FILTER (WHERE r.rating = '优秀') / nullif(count(r.rating), 0) > any_value(k.excellent_cap), false) AS over_cap
      FROM member_ratings r JOIN org_paths p ON p.org_id = r.org_id CROSS JOIN rule_params k
      GROUP BY p.ancestor_id, r.year`,
  },
  {
    // Branch score per period (dimensions summed), on a 100-point scale, with rating band, stars and rank.
    name: 'branch_ratings',
    sql: `WITH scored AS (
        SELECT org_id, period, any_value(period_kind) AS period_kind, any_value(period_start) AS period_start,
          sum(score) AS score,
          CASE WHEN count(max_score) = count(*) THEN sum(max_score) END AS max_score,
          any_value(rating) FILTER (WHERE dimension = '') AS recorded_rating,
          CAST(count(*) AS INTEGER) AS dimensions
        FROM assessments GROUP BY org_id, period),
      normalized AS (
        SELECT *, CASE WHEN max_score > 0 THEN score * 100.0 / max_score ELSE score END AS score100 FROM scored),
      banded AS (
        SELECT n.*,
          (SELECT arg_max(b.rating, b.min_score) FROM rule_bands b WHERE n.score100 >= b.min_score) AS band_rating,
          (SELECT arg_max(s.stars, s.min_score) FROM rule_stars s WHERE n.score100 >= s.min_score) AS band_stars,
          CAST(rank() OVER (PARTITION BY period ORDER BY score100 DESC) AS INTEGER) AS rank,
          CAST(count(*) OVER (PARTITION BY period) AS INTEGER) AS ranked_orgs,
          row_number() OVER (PARTITION BY period ORDER BY score100 DESC, org_id) AS position
        FROM normalized n),
      ${PEER_PLACES('banded')}
      SELECT b.org_id, b.period, b.period_kind, b.period_start, b.score, b.max_score, b.score100, b.dimensions,
        coalesce(b.recorded_rating, b.band_rating) AS rating,
        CASE WHEN b.recorded_rating IS NOT NULL THEN 'recorded' ELSE 'band' END AS rating_source,
        CAST(CASE WHEN b.band_stars = 5 AND r.five_star_cap IS NOT NULL
                   AND b.position > greatest(1, floor(b.ranked_orgs * r.five_star_cap)) THEN 4
             ELSE b.band_stars END AS INTEGER) AS stars,
        b.rank, b.ranked_orgs, x.scope_id, x.peer_rank, x.peers, x.previous_period, x.previous_peer_rank, x.previous_peers
      FROM banded b CROSS JOIN rule_params r LEFT JOIN peer_places x ON x.org_id = b.org_id AND x.period = b.period`,
  },
  {
    // Each member's bonus and deduction in every period a ranking defines: the notice board's tally (张榜公布)
    // reads these, sliced by organisation, never the ledger (a group's is 20 million rows). Entries are summed
    // by member, year and period number first, then each sum labelled with its period of each kind the
    // rankings use (period_label, the build's parse macros: the labels the assessments were read with):
    // labelling the 2 million sums and not the 20 million entries halves the time.
    name: 'member_period_points',
    sql: `WITH periods AS (SELECT DISTINCT period FROM branch_ratings),
      kinds AS (SELECT DISTINCT period_kind FROM branch_ratings),
      summed AS (
        SELECT p.member_id, k.period_kind, CAST(year(p.date) AS INTEGER) AS year,
          CASE k.period_kind WHEN 'month' THEN month(p.date) ELSE quarter(p.date) END AS n,
          sum(p.points) FILTER (WHERE p.kind = '加分') AS bonus,
          sum(p.points) FILTER (WHERE p.kind = '扣分') AS deduction
        FROM points p CROSS JOIN kinds k
        GROUP BY ALL),
      labelled AS (
        SELECT member_id, period_label(CAST(year AS VARCHAR), period_kind, CAST(n AS VARCHAR)) AS period, bonus, deduction
        FROM summed)
      SELECT l.member_id, x.org_id, l.period,
        coalesce(sum(l.bonus), 0) AS bonus,
        coalesce(-sum(l.deduction), 0) AS deduction
      FROM labelled l SEMI JOIN periods USING (period) JOIN members x ON x.member_id = l.member_id
      GROUP BY ALL`,
  },
  ...TOPIC_TABLES,
  {
    // Each task's state against its deadline (三定: requirement, person, time).
    name: 'task_status',
    sql: `SELECT t.task_id, t.org_id, u.branch_id, t.area, t.due_on, t.done_on,
        CASE WHEN t.done_on IS NOT NULL AND t.done_on <= t.due_on THEN 'done_on_time'
             WHEN t.done_on IS NOT NULL THEN 'done_late'
             WHEN t.due_on < r.as_of THEN 'overdue'
             ELSE 'open' END AS state
      FROM tasks t CROSS JOIN rule_params r LEFT JOIN org_units u ON u.org_id = t.org_id`,
  },
  {
    name: 'task_rollup',
    sql: `SELECT branch_id, coalesce(area, '') AS area,
        CAST(count(*) AS INTEGER) AS tasks,
        CAST(count(*) FILTER (WHERE state IN ('done_on_time', 'done_late')) AS INTEGER) AS done,
        CAST(count(*) FILTER (WHERE state = 'done_on_time') AS INTEGER) AS done_on_time,
        CAST(count(*) FILTER (WHERE state = 'overdue') AS INTEGER) AS overdue,
        CAST(count(*) FILTER (WHERE state = 'open') AS INTEGER) AS open,
        count(*) FILTER (WHERE state IN ('done_on_time', 'done_late')) / count(*) AS completion
      FROM task_status GROUP BY ALL`,
  },
  {
    // 三会一课 per organisation, year and meeting type against the yearly quota; 党小组会 is a party group's,
    // the others a basic organisation's. Organisations that held none still appear, with zero.
    name: 'meeting_rollup',
    sql: `WITH years AS (SELECT DISTINCT CAST(year(date) AS INTEGER) AS year FROM meetings),
      duties AS (
        SELECT o.org_id, y.year, q.type, q.per_year
        FROM organizations o CROSS JOIN years y JOIN rule_meeting_quotas q
          ON (q.type = '党小组会') = (o.type = '党小组')
        WHERE o.type <> '党委' AND q.per_year > 0),
      held AS (
        SELECT org_id, CAST(year(date) AS INTEGER) AS year, type, CAST(count(*) AS INTEGER) AS held,
          CAST(sum(expected) AS INTEGER) AS expected, CAST(sum(present) AS INTEGER) AS present
        FROM meetings GROUP BY ALL)
      SELECT coalesce(d.org_id, h.org_id) AS org_id, coalesce(d.year, h.year) AS year, coalesce(d.type, h.type) AS type,
        coalesce(d.per_year, 0) AS quota, coalesce(h.held, 0) AS held,
        CASE WHEN d.per_year > 0 THEN least(coalesce(h.held, 0), d.per_year) / d.per_year END AS completion,
        coalesce(h.expected, 0) AS expected, coalesce(h.present, 0) AS present,
        h.present / nullif(h.expected, 0) AS attendance
      FROM duties d FULL JOIN held h ON h.org_id = d.org_id AND h.year = d.year AND h.type = d.type`,
  },
  // Pre-aggregated per organisation's subtree: what the overview and the headline figures read, so that a group
  // of 15,000 branches loads kilobytes per organisation, never the member-level tables (see docs/performance.md).
  {
    // The organisations every page lists (filter choices, breadcrumbs, a page each): whole levels from the
    // root while they number at most LISTED_ORGS. A unit's few hundred are all listed; of a group's 55,000
    // the committees. The others are reached by links and open on the one org page (org/?id=).
    name: 'listed_orgs',
    sql: `WITH levels AS (SELECT org_id, max(depth) AS level FROM org_paths GROUP BY org_id),
      sizes AS (SELECT level, count(*) AS n FROM levels GROUP BY level),
      running AS (SELECT level, sum(n) OVER (ORDER BY level) AS listed FROM sizes)
      SELECT l.org_id FROM levels l JOIN running r USING (level) WHERE r.listed <= ${LISTED_ORGS} OR r.level = 0`,
  },
  {
    // The years the data covers, from every dated table: the year filter's choices and the review decks.
    name: 'data_years',
    sql: `SELECT DISTINCT CAST(year AS INTEGER) AS year FROM (
        SELECT year(date) AS year FROM points UNION SELECT year FROM evaluations
        UNION SELECT year FROM meeting_rollup UNION SELECT year(period_start) FROM branch_ratings
        UNION SELECT year FROM topic_progress UNION SELECT year(due_on) FROM tasks)
      WHERE year IS NOT NULL ORDER BY year`,
  },
  {
    // 总览 headline figures of every organisation's subtree and year (the average score is per period: below).
    name: 'org_year_kpis',
    sql: `WITH branches AS (
        SELECT p.ancestor_id AS org_id, CAST(count(*) AS INTEGER) AS branches, ${BASIC_TYPE_COUNTS}
        FROM org_paths p JOIN organizations o ON o.org_id = p.org_id
        WHERE o.type IN ${BRANCH_TYPES} GROUP BY p.ancestor_id),
      headcount AS (
        SELECT p.ancestor_id AS org_id, CAST(count(*) AS INTEGER) AS members
        FROM members m JOIN org_paths p ON p.org_id = m.org_id GROUP BY p.ancestor_id),
      -- A topic without an organisation is the whole committee's: it counts in every subtree.
      topic_years AS (
        SELECT t.org_id, y.year, t.stage FROM topic_progress t, data_years y WHERE coalesce(t.year, y.year) = y.year),
      topic_orgs AS (
        SELECT p.ancestor_id AS org_id, t.year, t.stage FROM topic_years t JOIN org_paths p ON p.org_id = t.org_id
        UNION ALL
        SELECT o.org_id, t.year, t.stage FROM topic_years t CROSS JOIN organizations o WHERE t.org_id IS NULL),
      topic_counts AS (
        SELECT org_id, year, CAST(count(*) FILTER (WHERE stage = '结题') AS INTEGER) AS topics_closed,
          CAST(count(*) AS INTEGER) AS topics_total
        FROM topic_orgs GROUP BY org_id, year),
      meeting_counts AS (
        SELECT p.ancestor_id AS org_id, r.year, sum(least(r.held, r.quota)) / nullif(sum(r.quota), 0) AS meeting_completion
        FROM meeting_rollup r JOIN org_paths p ON p.org_id = r.org_id WHERE r.quota > 0
        GROUP BY p.ancestor_id, r.year),
      -- Head counts need no dated table: a data set of organisations and members alone has its as-of year.
      years AS (
        SELECT year FROM data_years
        UNION ALL SELECT CAST(year(as_of) AS INTEGER) FROM rule_params WHERE NOT EXISTS (SELECT 1 FROM data_years))
      SELECT o.org_id, y.year, coalesce(b.branches, 0) AS branches, ${BASIC_TYPE_COLUMNS('b')}, coalesce(h.members, 0) AS members,
        e.excellent_ratio, CAST(e.excellent AS INTEGER) AS excellent, CAST(e.rated AS INTEGER) AS rated,
        -- Of the excellent, those only suggested from points: every figure of the ratio says how many.
        CAST(e.excellent_suggested AS INTEGER) AS excellent_suggested,
        -- No topic in the subtree that year: NULL, not 0 of 0, so no card compares it ("持平") or draws it as 0.
        t.topics_closed, t.topics_total,
        m.meeting_completion
      FROM organizations o CROSS JOIN years y
      LEFT JOIN branches b ON b.org_id = o.org_id
      LEFT JOIN headcount h ON h.org_id = o.org_id
      LEFT JOIN excellent_ratio e ON e.org_id = o.org_id AND e.year = y.year
      LEFT JOIN topic_counts t ON t.org_id = o.org_id AND t.year = y.year
      LEFT JOIN meeting_counts m ON m.org_id = o.org_id AND m.year = y.year`,
  },
  {
    // Branch scores of every organisation's subtree per period: average, lowest, highest.
    name: 'org_period_scores',
    sql: `SELECT p.ancestor_id AS org_id, b.period, any_value(b.period_kind) AS period_kind,
        avg(b.score100) AS avg_score, min(b.score100) AS min_score, max(b.score100) AS max_score
      FROM branch_ratings b JOIN org_paths p ON p.org_id = b.org_id
      GROUP BY p.ancestor_id, b.period`,
  },
  // The overview's filter offers listed organisations only: their share of the tables above is all it loads
  // (at group scale a few hundred rows instead of 110,000; the one org page reads the whole tables).
  {
    name: 'listed_year_kpis',
    sql: 'SELECT k.* FROM org_year_kpis k SEMI JOIN listed_orgs l ON l.org_id = k.org_id',
  },
  {
    name: 'listed_period_scores',
    sql: 'SELECT s.* FROM org_period_scores s SEMI JOIN listed_orgs l ON l.org_id = s.org_id',
  },
  {
    // The leading branches of each listed organisation's subtree per period, with their names; each ranked in
    // the organisation's scope, as the 支部考核 page ranks them (ranking-scope.ts): a branch listed on its own
    // keeps its place among its committee's.
    name: 'listed_rankings',
    // previous_rank: the branch's place in its scope in the previous period of the same kind (NULL: not ranked then).
    sql: `WITH scoped AS (
        SELECT l.org_id, b.period, b.org_id AS branch_id, b.score100, b.score, b.max_score, b.rating, b.stars,
          CAST(rank() OVER (PARTITION BY l.org_id, b.period ORDER BY b.score100 DESC) AS INTEGER) AS rank,
          CAST(count(*) OVER (PARTITION BY l.org_id, b.period) AS INTEGER) AS peers
        FROM listed_orgs l JOIN org_units s ON s.org_id = l.org_id
        JOIN org_paths p ON p.ancestor_id = s.scope_id JOIN branch_ratings b ON b.org_id = p.org_id),
      ranked AS (
        SELECT c.*, o.name,
          row_number() OVER (PARTITION BY c.org_id, c.period ORDER BY c.score100 DESC, c.branch_id) AS place
        FROM scoped c JOIN organizations o ON o.org_id = c.branch_id
        SEMI JOIN org_paths q ON q.org_id = c.branch_id AND q.ancestor_id = c.org_id),
      periods AS (
        SELECT period, lag(period) OVER (PARTITION BY period_kind ORDER BY period_start) AS previous
        FROM (SELECT DISTINCT period, period_kind, period_start FROM branch_ratings))
      SELECT r.* EXCLUDE (place), pr.rank AS previous_rank
      FROM ranked r JOIN periods q ON q.period = r.period
      LEFT JOIN scoped pr ON pr.org_id = r.org_id AND pr.branch_id = r.branch_id AND pr.period = q.previous
      WHERE r.place <= ${OVERVIEW_RANKING_ROWS}`,
  },
  {
    // Branches rated 一般 or below in each listed organisation's subtree per period: the overview calls them
    // out. The lowest-scoring few by name; `lagging` counts them all.
    name: 'listed_lagging',
    sql: `WITH low AS (
        SELECT l.org_id, b.period, b.org_id AS branch_id, o.name, b.score100, b.rating,
          row_number() OVER (PARTITION BY l.org_id, b.period ORDER BY b.score100, b.org_id) AS place,
          CAST(count(*) OVER (PARTITION BY l.org_id, b.period) AS INTEGER) AS lagging
        FROM ${LISTED_SUBTREE}
        JOIN branch_ratings b ON b.org_id = p.org_id JOIN organizations o ON o.org_id = b.org_id
        WHERE b.rating IN ${sqlList(LAGGING_RATINGS)})
      SELECT * EXCLUDE (place) FROM low WHERE place <= ${LAGGING_NAMED}`,
  },
  {
    // Bonus and deduction points per month of every organisation's subtree.
    name: 'org_points_monthly',
    sql: `SELECT p.ancestor_id AS org_id, m.year, m.month,
        sum(m.points) FILTER (WHERE m.kind = '加分') AS bonus,
        -sum(m.points) FILTER (WHERE m.kind = '扣分') AS deduction
      FROM points_monthly m JOIN org_paths p ON p.org_id = m.org_id
      -- Pages offer listed organisations only: a group's 40,000 party groups would make this table megabytes.
      SEMI JOIN listed_orgs l ON l.org_id = p.ancestor_id
      GROUP BY p.ancestor_id, m.year, m.month`,
  },
  ...LISTED_MEMBER_TABLES,
  ...ATTENTION_TABLES,
  ...LISTED_WORK_TABLES,
];
