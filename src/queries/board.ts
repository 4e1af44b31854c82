/**
 * 公示栏 The notice-board screen's figures. Ranking, topics and meetings are
 * the dashboards' own queries, so a screen and a page never disagree; the
 * points tally (张榜公布) and the honour roll show names only when the
 * rules' publish section allows it, else branch totals.
 */
import { branchQueries } from './branches';
import type { Filters } from './filters';
import type { PublishFlags } from './meta';
import { IN_SUBTREE } from './sql-parts';
import { topicQueries } from './topics';
import { bind, type Query } from './types';
import { workQueries } from './work';

export const BOARD_SLIDES = ['ranking', 'points', 'honours', 'topics', 'meetings'] as const;
export type BoardSlide = (typeof BOARD_SLIDES)[number];

/** The span of the selected period, from the branch ratings that define it. */
const PERIOD_SPAN = `span AS (
  SELECT any_value(period_start) AS s,
    any_value(period_start) + CASE any_value(period_kind) WHEN 'month' THEN INTERVAL 1 MONTH
      WHEN 'quarter' THEN INTERVAL 3 MONTH ELSE INTERVAL 12 MONTH END AS e
  FROM branch_ratings WHERE period = $period)`;

/** Each member's bonus and deduction in the period, and the year's total so far. */
const MEMBER_TALLY = `WITH ${PERIOD_SPAN},
  q AS (
    SELECT p.member_id,
      coalesce(sum(p.points) FILTER (WHERE p.kind = '加分'), 0) AS bonus,
      coalesce(-sum(p.points) FILTER (WHERE p.kind = '扣分'), 0) AS deduction
    FROM points p, span WHERE p.date >= span.s AND p.date < span.e GROUP BY p.member_id),
  tally AS (
    SELECT y.member_id, y.branch_id, m.name, coalesce(q.bonus, 0) AS bonus, coalesce(q.deduction, 0) AS deduction,
      coalesce(q.bonus, 0) - coalesce(q.deduction, 0) AS period_points, y.total
    FROM member_year_points y JOIN members m USING (member_id) LEFT JOIN q USING (member_id)
    WHERE y.year = $year AND ${IN_SUBTREE('y.org_id')})`;

const TALLY_TABLES = ['branch_ratings', 'points', 'member_year_points', 'members', 'organizations', 'org_paths'];

function pointsTally(f: Filters, publish: PublishFlags): Query {
  const v = { year: f.year, org: f.org, period: f.period };
  if (!publish.memberNames)
    return bind(
      `${MEMBER_TALLY}
       SELECT t.branch_id, b.name AS branch, CAST(count(*) AS INTEGER) AS members,
         avg(t.period_points) AS period_points, avg(t.total) AS total
       FROM tally t JOIN organizations b ON b.org_id = t.branch_id
       GROUP BY t.branch_id, b.name ORDER BY t.branch_id`,
      v,
      TALLY_TABLES,
    );
  const breakdown = publish.pointsBreakdown ? 't.bonus, t.deduction,' : '';
  return bind(
    `${MEMBER_TALLY}
     SELECT t.branch_id, b.name AS branch, t.name, ${breakdown} t.period_points, t.total
     FROM tally t JOIN organizations b ON b.org_id = t.branch_id
     ORDER BY t.branch_id, t.total DESC, t.member_id`,
    v,
    TALLY_TABLES,
  );
}

/** Every member rated 优秀 this year (the dashboards' honour roll shows the top of the same list). */
function honourRoll(f: Filters, publish: PublishFlags): Query {
  const v = { year: f.year, org: f.org };
  const tables = ['member_ratings', 'members', 'organizations', 'org_paths'];
  const excellent = `FROM member_ratings r JOIN members m USING (member_id) LEFT JOIN organizations b ON b.org_id = r.branch_id
     WHERE r.year = $year AND r.rating = '优秀' AND ${IN_SUBTREE('r.org_id')}`;
  if (!publish.memberNames)
    return bind(
      `SELECT r.branch_id, b.name AS branch, CAST(count(*) AS INTEGER) AS members ${excellent}
       GROUP BY r.branch_id, b.name ORDER BY members DESC, r.branch_id`,
      v,
      tables,
    );
  return bind(`SELECT m.name, b.name AS branch, r.total ${excellent} ORDER BY r.total DESC, r.member_id`, v, tables);
}

export function boardQueries(f: Filters, publish: PublishFlags): Record<BoardSlide, Query> {
  return {
    ranking: branchQueries(f).ranking,
    points: pointsTally(f, publish),
    honours: honourRoll(f, publish),
    topics: topicQueries(f).progress,
    meetings: workQueries(f).meetings,
  };
}
