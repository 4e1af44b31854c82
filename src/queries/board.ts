/**
 * 公示栏 The notice board screen's figures. Ranking, topics, meetings and the headline figures are the
 * dashboards' own queries, so a screen and a page never disagree; the points tally (张榜公布) and the honour
 * roll show names only when the rules' publish section allows it, else branch totals. The composite
 * overview frame reads several of them at once (SLIDE_QUERIES).
 */
import { BASIC_ORG_TYPES, BRANCH_RATINGS } from '../model/schema';
import { HONOURED } from '../sql/honours';
import { meetingBranches } from '../sql/listed-work';
import { sqlList } from '../sql/literal';
import { branchQueries } from './branches';
import type { Filters } from './filters';
import type { PublishFlags } from './meta';
import { inView, type OrgView } from './org';
import { kpisQuery } from './overview';
import { IN_SUBTREE } from './sql-parts';
import { topicQueries } from './topics';
import { bind, type Query } from './types';
import { meetingsFrom, workQueries } from './work';

export const BOARD_SLIDES = ['overview', 'ranking', 'points', 'honours', 'topics', 'meetings'] as const;
export type BoardSlide = (typeof BOARD_SLIDES)[number];

export const BOARD_QUERIES = [
  'kpis',
  'ranking',
  'stages',
  'attention',
  'points',
  'honours',
  'topics',
  'meetings',
] as const;
export type BoardQuery = (typeof BOARD_QUERIES)[number];

/** What each slide reads: a slide's own list, or the overview's key figures, ranking, topics and call-outs. */
export const SLIDE_QUERIES: Record<BoardSlide, readonly BoardQuery[]> = {
  overview: ['kpis', 'ranking', 'stages', 'attention'],
  ranking: ['ranking'],
  points: ['points'],
  honours: ['honours'],
  topics: ['topics'],
  meetings: ['meetings'],
};

/** Each member's bonus and deduction in the period, and the year's total so far. */
const MEMBER_TALLY = `WITH tally AS (
    SELECT y.member_id, y.branch_id, m.name, coalesce(q.bonus, 0) AS bonus, coalesce(q.deduction, 0) AS deduction,
      coalesce(q.bonus, 0) - coalesce(q.deduction, 0) AS period_points, y.total
    FROM member_year_points y JOIN members m USING (member_id)
    LEFT JOIN member_period_points q ON q.member_id = y.member_id AND q.period = $period
    WHERE y.year = $year AND ${IN_SUBTREE('y.org_id')})`;

const TALLY_TABLES = ['member_period_points', 'member_year_points', 'members', 'organizations', 'org_paths'];

/** The points tally of a period (the screen's and the printed 公示表's): per member, or per branch without names. */
export function pointsTally(f: Filters, publish: PublishFlags): Query {
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

/** The branch ratings that call for attention: the two lowest bands (一般, 较差). */
const LOW_RATINGS = sqlList(BRANCH_RATINGS.slice(-2));

/**
 * 需关注: the basic organisations of the subtree with something to answer for, each with every reason:
 * rated in a low band this period, an excellent ratio over the cap this year, overdue topics, overdue tasks.
 * Those with the most reasons first, then the lowest score.
 */
function attention(f: Filters): Query {
  return bind(
    `WITH branches AS (
       SELECT o.org_id, o.name FROM organizations o
       WHERE o.type IN ${sqlList(BASIC_ORG_TYPES)} AND ${IN_SUBTREE('o.org_id')}),
     found AS (
       SELECT b.org_id, b.name,
         CASE WHEN r.rating IN ${LOW_RATINGS} THEN r.rating END AS low_rating, r.score100,
         CASE WHEN e.over_cap THEN e.excellent_ratio END AS over_cap_ratio, e.excellent_cap,
         CAST(coalesce((SELECT count(*) FROM topic_progress t
           WHERE t.branch_id = b.org_id AND t.overdue AND coalesce(year(t.set_on), $year) = $year), 0) AS INTEGER)
           AS overdue_topics,
         CAST(coalesce((SELECT sum(k.overdue) FROM task_rollup k WHERE k.branch_id = b.org_id), 0) AS INTEGER)
           AS overdue_tasks
       FROM branches b
       LEFT JOIN branch_ratings r ON r.org_id = b.org_id AND r.period = $period
       LEFT JOIN excellent_ratio e ON e.org_id = b.org_id AND e.year = $year)
     SELECT * FROM found
     WHERE low_rating IS NOT NULL OR over_cap_ratio IS NOT NULL OR overdue_topics > 0 OR overdue_tasks > 0
     ORDER BY (low_rating IS NOT NULL)::INT + (over_cap_ratio IS NOT NULL)::INT + (overdue_topics > 0)::INT
         + (overdue_tasks > 0)::INT DESC,
       score100 NULLS LAST, overdue_topics + overdue_tasks DESC, org_id`,
    { year: f.year, org: f.org, period: f.period },
    ['organizations', 'org_paths', 'branch_ratings', 'excellent_ratio', 'topic_progress', 'task_rollup'],
  );
}

/** One organisation and its subtree, in the form meetingBranches takes (src/sql/listed-work.ts). */
const ONE_ORG = '(SELECT CAST($org AS VARCHAR) AS org_id) l JOIN org_paths p ON p.ancestor_id = l.org_id';

/**
 * The screen's queries. `view` says how its organisation is read, as for its org page: a screen set up for
 * an organisation with no page of its own (not listed) has its meetings summed here and its headline figures
 * read from the table of every organisation, and one below the root reads the sliced tables as its own rows,
 * so a branch's screen in a group fetches its branch's rows only.
 */
export function boardQueries(f: Filters, publish: PublishFlags, view: OrgView): Record<BoardQuery, Query> {
  const v = { year: f.year, org: f.org };
  const topics = topicQueries(f);
  const queries = {
    kpis: kpisQuery(f, view.listed ? 'listed' : 'all'),
    ranking: branchQueries(f).ranking,
    // Topic figures the truth work may redefine (progress from the baseline) are read through topicQueries.
    stages: topics.funnel,
    attention: attention(f),
    points: pointsTally(f, publish),
    honours: honourRoll(f, publish),
    topics: topics.progress,
    meetings: view.listed
      ? workQueries(f).meetings
      : meetingsFrom(v, `(${meetingBranches(ONE_ORG)})`, ['organizations', 'org_paths', 'meeting_rollup']),
  };
  return inView<BoardQuery>(queries, view);
}

/** The queries a set of slides reads, each once. */
export function queriesFor(slides: readonly BoardSlide[]): BoardQuery[] {
  return BOARD_QUERIES.filter((q) => slides.some((s) => SLIDE_QUERIES[s].includes(q)));
}
