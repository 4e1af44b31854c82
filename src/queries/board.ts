/**
 * 公示栏 The notice-board screen's figures. Ranking, topics and meetings are
 * the dashboards' own queries, so a screen and a page never disagree; the
 * points tally (张榜公布) and the honour roll show names only when the
 * rules' publish section allows it, else branch totals.
 */
import { HONOURED } from '../sql/honours';
import { meetingBranches } from '../sql/listed-work';
import { branchQueries } from './branches';
import type { Filters } from './filters';
import type { PublishFlags } from './meta';
import { inView, type OrgView } from './org';
import { IN_SUBTREE } from './sql-parts';
import { topicQueries } from './topics';
import { bind, type Query } from './types';
import { meetingsFrom, workQueries } from './work';

export const BOARD_SLIDES = ['ranking', 'points', 'honours', 'topics', 'meetings'] as const;
export type BoardSlide = (typeof BOARD_SLIDES)[number];

/** Each member's bonus and deduction in the period, and the year's total so far. */
const MEMBER_TALLY = `WITH tally AS (
    SELECT y.member_id, y.branch_id, m.name, coalesce(q.bonus, 0) AS bonus, coalesce(q.deduction, 0) AS deduction,
      coalesce(q.bonus, 0) - coalesce(q.deduction, 0) AS period_points, y.total
    FROM member_year_points y JOIN members m USING (member_id)
    LEFT JOIN member_period_points q ON q.member_id = y.member_id AND q.period = $period
    WHERE y.year = $year AND ${IN_SUBTREE('y.org_id')})`;

const TALLY_TABLES = ['member_period_points', 'member_year_points', 'members', 'organizations', 'org_paths'];

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

/** Every honoured member this year (src/sql/honours.ts: recorded ratings; suggested ones only where the rules say). */
function honourRoll(f: Filters, publish: PublishFlags): Query {
  const v = { year: f.year, org: f.org };
  const tables = ['member_ratings', 'members', 'organizations', 'org_paths', 'rule_params'];
  const excellent = `FROM member_ratings r JOIN members m USING (member_id) LEFT JOIN organizations b ON b.org_id = r.branch_id
     WHERE r.year = $year AND ${HONOURED('r')} AND ${IN_SUBTREE('r.org_id')}`;
  if (!publish.memberNames)
    return bind(
      `SELECT r.branch_id, b.name AS branch, CAST(count(*) AS INTEGER) AS members ${excellent}
       GROUP BY r.branch_id, b.name ORDER BY members DESC, r.branch_id`,
      v,
      tables,
    );
  return bind(
    `SELECT m.name, b.name AS branch, r.total, r.rating_source ${excellent} ORDER BY r.total DESC, r.member_id`,
    v,
    tables,
  );
}

/** One organisation and its subtree, in the form meetingBranches takes (src/sql/listed-work.ts). */
const ONE_ORG = '(SELECT CAST($org AS VARCHAR) AS org_id) l JOIN org_paths p ON p.ancestor_id = l.org_id';

/**
 * The screen's queries. `view` says how its organisation is read, as for its org page: a screen set up for
 * an organisation with no page of its own (not listed) has its meetings summed here, and one below the root
 * reads the sliced tables as its own rows, so a branch's screen in a group fetches its branch's rows only.
 */
export function boardQueries(f: Filters, publish: PublishFlags, view: OrgView): Record<BoardSlide, Query> {
  const v = { year: f.year, org: f.org };
  const queries = {
    ranking: branchQueries(f).ranking,
    points: pointsTally(f, publish),
    honours: honourRoll(f, publish),
    topics: topicQueries(f).progress,
    meetings: view.listed
      ? workQueries(f).meetings
      : meetingsFrom(v, `(${meetingBranches(ONE_ORG)})`, ['organizations', 'org_paths', 'meeting_rollup']),
  };
  return inView<BoardSlide>(queries, view);
}
