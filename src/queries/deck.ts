/**
 * 年度总结 The review deck's figures for one organisation and year. A listed organisation's are read through
 * the dashboards' own queries (so a slide and the page it summarises agree); any other organisation's (a
 * group's thousands of branches, opened by `?org=`) from the tables those are aggregated from, read as its
 * slice in the browser. tests/deck-queries.test.ts runs both forms for listed organisations and compares them.
 *
 * The truth rules (issue 14) hold here as on the pages: topic progress is measured from the baseline (the
 * topics page's outcomes query), an honour roll lists recorded ratings (src/sql/honours.ts), an organisation's
 * place is among its peers (src/sql/ranking-scope.ts: a branch among its committee's basic organisations).
 */
import { BASIC_ORG_TYPES } from '../model/schema';
import { HONOURED } from '../sql/honours';
import { sqlList } from '../sql/literal';
import type { Filters } from './filters';
import { memberQueries } from './members';
import { inView, type OrgView } from './org';
import { kpisQuery, monthlyPoints } from './overview';
import { IN_SUBTREE } from './sql-parts';
import { teamTotalsQuery, topicQueries } from './topics';
import { bind, type Query } from './types';
import { workQueries } from './work';

export const DECK_QUERY_KEYS = [
  'org',
  'kpis',
  'kpisBefore',
  'ranking',
  'ownTrend',
  'stars',
  'fiveStar',
  'bands',
  'ratio',
  'ratings',
  'monthly',
  'categories',
  'honours',
  'funnel',
  'outcomes',
  'team',
  'overdueTopics',
  'taskAreas',
  'meetingTypes',
] as const;
export type DeckQueryKey = (typeof DECK_QUERY_KEYS)[number];

const BASIC = sqlList(BASIC_ORG_TYPES);

/**
 * The assessments that stand for a year: its annual assessment (年考评) where the data holds one, else its
 * quarterly ones, else its monthly ones. `kind.k` is that period kind.
 */
const kindOf = (name: string, year: string) => `${name} AS (
    SELECT CASE WHEN bool_or(period_kind = 'year') THEN 'year'
      WHEN bool_or(period_kind = 'quarter') THEN 'quarter' ELSE 'month' END AS k
    FROM branch_ratings WHERE year(period_start) = ${year})`;
const YEAR_KIND = kindOf('kind', '$year');

/** The last period of that kind in the year (the annual one, or Q4), and the same period a year before. */
const STAR_PERIODS = `${YEAR_KIND},
  cur AS (SELECT max(b.period_start) AS start FROM branch_ratings b, kind
    WHERE year(b.period_start) = $year AND b.period_kind = kind.k),
  periods AS (SELECT DISTINCT b.period, b.period_start, b.period_start = cur.start AS current
    FROM branch_ratings b, kind, cur
    WHERE b.period_kind = kind.k AND (b.period_start = cur.start OR b.period_start = cur.start - INTERVAL 1 YEAR))`;

/**
 * The figures of one organisation's deck; `before` is the year the changes compare with. The branch ratings
 * are read whole, never as a slice: a branch's place is counted among all of them.
 */
export function deckQueries(f: Filters, before: Filters, view: OrgView): Record<DeckQueryKey, Query> {
  const v = { year: f.year, org: f.org };
  const listed = view.listed === true;
  const sliced = {
    kpis: kpisQuery(f, listed ? 'listed' : 'all'),
    kpisBefore: kpisQuery(before, listed ? 'listed' : 'all'),
    ...(listed ? listedFigures(f) : anyFigures(f)),
  };
  return {
    ...inView(sliced, view),
    org: bind('SELECT org_id, name, type FROM organizations WHERE org_id = $org', v, ['organizations']),
    ranking: yearRanking(f),
    ownTrend: bind(
      `WITH ${YEAR_KIND}
       SELECT b.period, b.score100, b.stars FROM branch_ratings b, kind
       WHERE b.org_id = $org AND year(b.period_start) = $year AND b.period_kind = kind.k ORDER BY b.period_start`,
      v,
      ['branch_ratings'],
    ),
    stars: bind(
      `WITH ${STAR_PERIODS}, levels AS (SELECT CAST(range AS INTEGER) AS stars FROM range(1, 6))
       SELECT l.stars,
         CAST(count(b.org_id) FILTER (WHERE p.current) AS INTEGER) AS current,
         CAST(count(b.org_id) FILTER (WHERE NOT p.current) AS INTEGER) AS previous,
         (SELECT period FROM periods WHERE current) AS period,
         (SELECT period FROM periods WHERE NOT current) AS previous_period
       FROM levels l
       LEFT JOIN (branch_ratings b JOIN periods p USING (period))
         ON b.stars = l.stars AND ${IN_SUBTREE('b.org_id')}
       GROUP BY l.stars ORDER BY l.stars DESC`,
      v,
      ['branch_ratings', 'org_paths'],
    ),
    fiveStar: bind(
      `WITH ${STAR_PERIODS}
       SELECT b.org_id, o.name, b.score100 FROM branch_ratings b JOIN periods p USING (period)
       JOIN organizations o USING (org_id)
       WHERE p.current AND b.stars = 5 AND ${IN_SUBTREE('b.org_id')} ORDER BY b.score100 DESC, b.org_id`,
      v,
      ['branch_ratings', 'organizations', 'org_paths'],
    ),
    bands: bind('SELECT rating, min_score FROM rule_bands ORDER BY min_score DESC', {}, ['rule_bands']),
    funnel: topicQueries(f).funnel,
    outcomes: topicQueries(f).outcomes,
    team: teamTotalsQuery(f),
    overdueTopics: topicQueries(f).overdue,
  };
}

/** Each basic organisation's score for a year (the annual assessment, else the mean of the year's quarters). */
const yearScores = (name: string, kind: string, year: string) => `${kindOf(kind, year)},
  ${name} AS (
    SELECT b.org_id, avg(b.score100) AS score, CAST(count(*) AS INTEGER) AS periods
    FROM branch_ratings b, ${kind} k WHERE year(b.period_start) = ${year} AND b.period_kind = k.k
    GROUP BY b.org_id)`;

/** Each one's place among its peers (ranking-scope.ts: the basic organisations of the view's scope). */
const peerPlaces = (scores: string) => `SELECT s.*, CAST(rank() OVER (ORDER BY s.score DESC) AS INTEGER) AS peer_rank,
    CAST(count(*) OVER () AS INTEGER) AS peers
  FROM ${scores} s
  WHERE s.org_id IN (SELECT org_id FROM org_paths
    WHERE ancestor_id = (SELECT scope_id FROM org_units WHERE org_id = $org))`;

/**
 * The year's ranking of the basic organisations in view: each by its score for the year, numbered within the
 * view (`rank`), with its place among its peers (`peer_rank` of `peers`: a committee's are its own branches, a
 * branch's its committee's) this year and the year before.
 */
function yearRanking(f: Filters): Query {
  return bind(
    `WITH ${yearScores('scores', 'kind', '$year')},
     ${yearScores('scores_before', 'kind_before', '$year - 1')},
     placed AS (${peerPlaces('scores')}),
     placed_before AS (${peerPlaces('scores_before')})
     SELECT e.org_id, o.name, e.score, e.periods, (SELECT k FROM kind) AS period_kind,
       CAST(rank() OVER (ORDER BY e.score DESC) AS INTEGER) AS rank, e.peer_rank, e.peers,
       b.peer_rank AS previous_peer_rank, b.peers AS previous_peers
     FROM placed e JOIN organizations o USING (org_id) LEFT JOIN placed_before b USING (org_id)
     WHERE ${IN_SUBTREE('e.org_id')}
     ORDER BY e.score DESC, e.org_id`,
    { year: f.year, org: f.org },
    ['branch_ratings', 'organizations', 'org_paths', 'org_units'],
  );
}

type MemberAndWorkKey = 'ratio' | 'ratings' | 'monthly' | 'categories' | 'honours' | 'taskAreas' | 'meetingTypes';

/** A listed organisation's: the 党员积分 and 任务与会议 dashboards' queries. */
function listedFigures(f: Filters): Record<MemberAndWorkKey, Query> {
  const members = memberQueries(f);
  const work = workQueries(f);
  return {
    ratio: members.ratio,
    ratings: members.ratings,
    monthly: monthlyPoints(f),
    categories: members.categories,
    honours: members.honours,
    taskAreas: work.byArea,
    meetingTypes: work.meetingTypes,
  };
}

/**
 * Any organisation's: the same figures from the tables the listed ones are aggregated from
 * (src/sql/listed-members.ts, listed-work.ts, derived.ts), with the same columns and order.
 */
function anyFigures(f: Filters): Record<MemberAndWorkKey, Query> {
  const v = { year: f.year, org: f.org };
  const ledger = `FROM points p JOIN members m ON m.member_id = p.member_id
    WHERE year(p.date) = $year AND ${IN_SUBTREE('m.org_id')}`;
  return {
    ratio: bind(
      `SELECT e.org_id, o.name, e.excellent_ratio, e.excellent,
         CAST(e.excellent_suggested AS INTEGER) AS excellent_suggested, e.rated, e.excellent_cap, e.over_cap
       FROM excellent_ratio e JOIN organizations o USING (org_id)
       WHERE e.year = $year AND o.type IN ${BASIC} AND ${IN_SUBTREE('e.org_id')}
       ORDER BY e.excellent_ratio DESC NULLS LAST, e.org_id`,
      v,
      ['excellent_ratio', 'organizations', 'org_paths'],
    ),
    ratings: bind(
      `WITH levels(rating, ord) AS (VALUES ('优秀', 1), ('合格', 2), ('基本合格', 3), ('不合格', 4))
       SELECT l.rating, CAST(count(r.member_id) FILTER (WHERE r.rating_source = 'recorded') AS INTEGER) AS recorded,
         CAST(count(r.member_id) FILTER (WHERE r.rating_source = 'suggested') AS INTEGER) AS suggested
       FROM levels l LEFT JOIN member_ratings r ON r.rating = l.rating AND r.year = $year AND ${IN_SUBTREE('r.org_id')}
       GROUP BY l.rating, l.ord ORDER BY l.ord`,
      v,
      ['member_ratings', 'org_paths'],
    ),
    monthly: bind(
      `WITH months AS (SELECT CAST(range AS INTEGER) AS month FROM range(1, 13)),
       sums AS (SELECT CAST(month(p.date) AS INTEGER) AS month,
           sum(p.points) FILTER (WHERE p.kind = '加分') AS bonus, -sum(p.points) FILTER (WHERE p.kind = '扣分') AS deduction
         ${ledger} GROUP BY ALL)
       SELECT m.month, coalesce(s.bonus, 0) AS bonus, coalesce(s.deduction, 0) AS deduction
       FROM months m LEFT JOIN sums s USING (month) ORDER BY m.month`,
      v,
      ['points', 'members', 'org_paths'],
    ),
    categories: bind(
      `SELECT p.kind, CASE WHEN coalesce(p.category, '') = '' THEN '—' ELSE p.category END AS category,
         abs(sum(p.points)) AS points, CAST(count(*) AS INTEGER) AS entries
       ${ledger} AND p.kind IN ('加分', '扣分') GROUP BY ALL ORDER BY p.kind, abs(sum(p.points)) DESC`,
      v,
      ['points', 'members', 'org_paths'],
    ),
    honours: bind(
      `SELECT r.member_id, m.name, r.branch_id, b.name AS branch, r.year, r.total, r.rating_source
       FROM member_ratings r JOIN members m ON m.member_id = r.member_id
       LEFT JOIN organizations b ON b.org_id = r.branch_id
       WHERE r.year = $year AND ${HONOURED('r')} AND ${IN_SUBTREE('r.org_id')}
       ORDER BY r.total DESC, r.member_id`,
      v,
      ['member_ratings', 'members', 'organizations', 'org_paths', 'rule_params'],
    ),
    taskAreas: bind(
      `SELECT coalesce(t.area, '—') AS area,
         CAST(count(*) FILTER (WHERE t.state = 'done_on_time') AS INTEGER) AS done_on_time,
         CAST(count(*) FILTER (WHERE t.state = 'done_late') AS INTEGER) AS done_late,
         CAST(count(*) FILTER (WHERE t.state = 'overdue') AS INTEGER) AS overdue,
         CAST(count(*) FILTER (WHERE t.state = 'open') AS INTEGER) AS open,
         count(*) FILTER (WHERE t.state LIKE 'done%') / count(*) AS completion
       FROM task_status t WHERE year(t.due_on) = $year AND ${IN_SUBTREE('t.org_id')}
       GROUP BY t.area ORDER BY area`,
      v,
      ['task_status', 'org_paths'],
    ),
    meetingTypes: bind(
      `SELECT r.type, CAST(sum(r.held) AS INTEGER) AS held, CAST(sum(r.quota) AS INTEGER) AS quota,
         sum(least(r.held, r.quota)) / nullif(sum(r.quota), 0) AS completion,
         sum(r.present) / nullif(sum(r.expected), 0) AS attendance
       FROM meeting_rollup r WHERE r.year = $year AND ${IN_SUBTREE('r.org_id')}
       GROUP BY r.type ORDER BY r.type`,
      v,
      ['meeting_rollup', 'org_paths'],
    ),
  };
}
