/** 党员积分 Members and points: excellent ratio, ratings, points, categories, the honour roll (光荣榜). */
import type { Filters } from './filters';
import { monthlyPoints } from './overview';
import { BRANCH_TYPE_LIST, IN_SUBTREE } from './sql-parts';
import { bind, type Query } from './types';

export function memberQueries(f: Filters): Record<string, Query> {
  const v = { year: f.year, org: f.org };
  return {
    ratio: bind(
      `SELECT e.org_id, o.name, e.excellent_ratio, e.excellent, e.rated, e.excellent_cap, e.over_cap
       FROM excellent_ratio e JOIN organizations o USING (org_id)
       WHERE e.year = $year AND o.type IN ${BRANCH_TYPE_LIST} AND ${IN_SUBTREE('e.org_id')}
       ORDER BY e.excellent_ratio DESC NULLS LAST, e.org_id`,
      v,
      ['excellent_ratio', 'organizations', 'org_paths'],
    ),
    ratings: bind(
      `WITH levels(rating, ord) AS (VALUES ('优秀', 1), ('合格', 2), ('基本合格', 3), ('不合格', 4))
       SELECT l.rating,
         CAST(count(r.member_id) FILTER (WHERE r.rating_source = 'recorded') AS INTEGER) AS recorded,
         CAST(count(r.member_id) FILTER (WHERE r.rating_source = 'suggested') AS INTEGER) AS suggested
       FROM levels l LEFT JOIN member_ratings r ON r.rating = l.rating AND r.year = $year AND ${IN_SUBTREE('r.org_id')}
       GROUP BY l.rating, l.ord ORDER BY l.ord`,
      v,
      ['member_ratings', 'org_paths'],
    ),
    distribution: bind(
      `SELECT CAST(floor(total / 10) * 10 AS INTEGER) AS bucket, CAST(count(*) AS INTEGER) AS members
       FROM member_year_points WHERE year = $year AND ${IN_SUBTREE('org_id')}
       GROUP BY bucket ORDER BY bucket`,
      v,
      ['member_year_points', 'org_paths'],
    ),
    monthly: monthlyPoints(f),
    categories: bind(
      `SELECT kind, CASE WHEN category = '' THEN '—' ELSE category END AS category,
         abs(sum(points)) AS points, CAST(sum(entries) AS INTEGER) AS entries
       FROM points_monthly WHERE year = $year AND kind IN ('加分', '扣分') AND ${IN_SUBTREE('org_id')}
       GROUP BY kind, category ORDER BY kind, points DESC`,
      v,
      ['points_monthly', 'org_paths'],
    ),
    honours: bind(
      `SELECT r.member_id, m.name, b.name AS branch, r.total, r.rating_source
       FROM member_ratings r JOIN members m USING (member_id) LEFT JOIN organizations b ON b.org_id = r.branch_id
       WHERE r.year = $year AND r.rating = '优秀' AND ${IN_SUBTREE('r.org_id')}
       ORDER BY r.total DESC, r.member_id LIMIT 60`,
      v,
      ['member_ratings', 'members', 'organizations', 'org_paths'],
    ),
  };
}
