/**
 * 党员积分 Members and points: excellent ratio, ratings, points, categories, the honour roll (光荣榜).
 * The filter offers listed organisations only, so every figure is read from the tables aggregated per listed
 * organisation at build time (src/sql/listed-members.ts), never from the member tables themselves.
 */
import { ATTENTION_REASONS } from '../sql/attention';
import { POINTS_BAND } from '../sql/listed-members';
import type { Filters } from './filters';
import { monthlyPoints } from './overview';
import { bind, type Query } from './types';

export function memberQueries(f: Filters): Record<string, Query> {
  const v = { year: f.year, org: f.org };
  return {
    ratio: bind(
      `SELECT branch_id AS org_id, name, excellent_ratio, excellent, excellent_suggested, rated, excellent_cap, over_cap
       FROM listed_excellent_ratio WHERE org_id = $org AND year = $year
       ORDER BY excellent_ratio DESC NULLS LAST, branch_id`,
      v,
      ['listed_excellent_ratio'],
    ),
    ratings: bind(
      `WITH levels(rating, ord) AS (VALUES ('优秀', 1), ('合格', 2), ('基本合格', 3), ('不合格', 4))
       SELECT l.rating, CAST(coalesce(r.recorded, 0) AS INTEGER) AS recorded,
         CAST(coalesce(r.suggested, 0) AS INTEGER) AS suggested
       FROM levels l LEFT JOIN listed_member_ratings r ON r.rating = l.rating AND r.year = $year AND r.org_id = $org
       ORDER BY l.ord`,
      v,
      ['listed_member_ratings'],
    ),
    distribution: bind(
      // Every band from the lowest to the highest total, an empty one as 0 members: a histogram with no gaps
      // hidden (a band no member's total falls in is a true 0, not missing data).
      `WITH d AS (SELECT bucket, members FROM listed_points_distribution WHERE org_id = $org AND year = $year),
         bands AS (SELECT CAST(range AS INTEGER) AS bucket
           FROM range(coalesce((SELECT min(bucket) FROM d), 0), coalesce((SELECT max(bucket) FROM d) + ${POINTS_BAND}, 0), ${POINTS_BAND}))
       SELECT b.bucket, CAST(coalesce(d.members, 0) AS INTEGER) AS members FROM bands b LEFT JOIN d USING (bucket)
       ORDER BY b.bucket`,
      v,
      ['listed_points_distribution'],
    ),
    monthly: monthlyPoints(f),
    categories: bind(
      `SELECT kind, CASE WHEN category = '' THEN '—' ELSE category END AS category, abs(points) AS points, entries
       FROM listed_point_categories WHERE org_id = $org AND year = $year ORDER BY kind, abs(points) DESC`,
      v,
      ['listed_point_categories'],
    ),
    // 后进党员 per basic organisation: internal builds only (the table is empty in a public one).
    attention: bind(
      `SELECT branch_id AS org_id, name, flagged, ${ATTENTION_REASONS.join(', ')}, members FROM listed_attention
       WHERE org_id = $org AND year = $year ORDER BY flagged DESC, branch_id`,
      v,
      ['listed_attention'],
    ),
    honours: bind(
      `SELECT member_id, name, branch_id, branch, year, total, rating_source FROM listed_honours
       WHERE org_id = $org AND year = $year ORDER BY total DESC, member_id`,
      v,
      ['listed_honours'],
    ),
  };
}
