/**
 * 党员积分 per listed organisation: the members page's figures, aggregated at build time for each organisation
 * its filter offers (listed_orgs), so the page reads a few thousand rows instead of the member tables. At group
 * scale those are 300,000 members, 600,000 member-years and 8.6 million monthly point sums (38 MB of Parquet):
 * the page took 88 s to answer in the browser. Appended to DERIVED (src/sql/derived.ts); plain SQL text.
 */
import { BASIC_ORG_TYPES } from '../model/schema';
import type { DerivedTable } from './derived';
import { HONOURED } from './honours';
import { inListed } from './listed-subtree';
import { sqlList } from './literal';

/** The width of a band of the year's points total (0–9, 10–19, …): the distribution's bars. */
export const POINTS_BAND = 10;

export const LISTED_MEMBER_TABLES: readonly DerivedTable[] = [
  {
    // 优秀党员占比 of each basic organisation in the subtree, with its name.
    name: 'listed_excellent_ratio',
    sql: `SELECT l.org_id, e.year, e.org_id AS branch_id, o.name, e.excellent_ratio, e.excellent,
        CAST(e.excellent_suggested AS INTEGER) AS excellent_suggested, e.rated, e.excellent_cap, e.over_cap
      FROM ${inListed('excellent_ratio', 'e')} JOIN organizations o ON o.org_id = e.org_id
      WHERE o.type IN ${sqlList(BASIC_ORG_TYPES)}`,
  },
  {
    // Members per rating (民主评议 recorded, or suggested by points) and year.
    name: 'listed_member_ratings',
    sql: `SELECT l.org_id, r.year, r.rating,
        CAST(count(*) FILTER (WHERE r.rating_source = 'recorded') AS INTEGER) AS recorded,
        CAST(count(*) FILTER (WHERE r.rating_source = 'suggested') AS INTEGER) AS suggested
      FROM ${inListed('member_ratings', 'r')} WHERE r.rating IS NOT NULL GROUP BY ALL`,
  },
  {
    // Members per band of ten points of their year's total.
    name: 'listed_points_distribution',
    sql: `SELECT l.org_id, y.year, CAST(floor(y.total / ${POINTS_BAND}) * ${POINTS_BAND} AS INTEGER) AS bucket, CAST(count(*) AS INTEGER) AS members
      FROM ${inListed('member_year_points', 'y')} GROUP BY ALL`,
  },
  {
    // Bonus and deduction points per category and year.
    name: 'listed_point_categories',
    sql: `SELECT l.org_id, m.year, m.kind, m.category, sum(m.points) AS points, CAST(sum(m.entries) AS INTEGER) AS entries
      FROM ${inListed('points_monthly', 'm')} WHERE m.kind IN ('加分', '扣分') GROUP BY ALL`,
  },
  {
    // The honour roll: every honoured member of the year (honours.ts). Whole, not its top: a page shows it a
    // hundred rows at a time, and its CSV and the review deck's count hold every one.
    name: 'listed_honours',
    sql: `SELECT l.org_id, r.year, r.member_id, m.name, r.branch_id, b.name AS branch, r.total, r.rating_source
      FROM ${inListed('member_ratings', 'r')} JOIN members m ON m.member_id = r.member_id
      LEFT JOIN organizations b ON b.org_id = r.branch_id
      WHERE ${HONOURED('r')}`,
  },
];
