/** One organisation's page: its groups, its members, its rating history and meetings; a member's ledger on demand. */

import { ATTENTION_REASON_CODES, NEEDS_ATTENTION } from '../sql/attention';
import { isSliced } from '../sql/branch-slices';
import type { Filters } from './filters';
import { kpisQuery, kpiTrendQueries } from './overview';
import { IN_SUBTREE } from './sql-parts';
import { teamsQuery, teamTotalsQuery } from './topics';
import { bind, type Query, type Runner } from './types';

/** How the org page reads its tables (default: whole tables, as the build does). */
export interface OrgView {
  /** The organisation (see orgSlice) whose slices the sliced tables are read as. */
  readonly slice?: string;
  /** The organisation is listed (it has a page of its own): its headline figures come from the listed tables. */
  readonly listed?: boolean;
}

/**
 * The page's queries. In a slice the sliced tables are read as that organisation's rows: a group's
 * 300,000 members stay on the server, a committee's 3,000 come in one run of rows. A listed organisation's
 * headline figures are read from the few hundred listed rows, not the tables of all 55,000 organisations.
 */
export function orgQueries(f: Filters, view: OrgView = {}): Record<string, Query> {
  return inView(orgQueriesWhole(f, view.listed ? 'listed' : 'all'), view);
}

/** A page's (or screen's) queries read as the view's slice, when it has one; as they are otherwise. */
export function inView<K extends string>(queries: Record<K, Query>, view: OrgView): Record<K, Query> {
  const { slice } = view;
  if (slice === undefined) return queries;
  return Object.fromEntries(Object.entries<Query>(queries).map(([k, q]) => [k, inSlice(q, slice)])) as Record<K, Query>;
}

/** A query reading its sliced tables as one organisation's rows. */
export function inSlice(q: Query, org: string): Query {
  const sliced = q.tables.filter(isSliced);
  if (sliced.length === 0) return q;
  return {
    ...q,
    tables: q.tables.filter((t) => !isSliced(t)),
    slices: sliced.map((table) => ({ table, org })),
  };
}

/** The slice holding an organisation's members: its own subtree's, or for a party group (党小组) its branch's. */
export function orgSlice(org: string): Query {
  return bind(
    'SELECT CASE WHEN group_id IS NULL THEN org_id ELSE branch_id END AS slice_org FROM org_units WHERE org_id = $org',
    { org },
    ['org_units'],
  );
}

/** The organisation orgSlice names, or undefined for an organisation the data does not hold. */
export async function readSlice(runner: Runner, org: string): Promise<string | undefined> {
  const found = (await runner.run(orgSlice(org))).slice_org?.[0];
  return found == null ? undefined : String(found);
}

function orgQueriesWhole(f: Filters, scope: 'listed' | 'all'): Record<string, Query> {
  const v = { year: f.year, org: f.org };
  return {
    kpis: kpisQuery(f, scope),
    ...kpiTrendQueries(f, scope),
    // Head counts from the members table (the roster), not from members with points: a data set without a ledger
    // has its people all the same. The year's average total and excellent members where the data rates them.
    children: bind(
      `WITH kids AS (SELECT org_id, name, type FROM organizations WHERE parent_id = $org),
       below AS (SELECT k.org_id AS child, x.org_id FROM kids k JOIN org_paths x ON x.ancestor_id = k.org_id),
       heads AS (SELECT b.child, count(*) AS members FROM below b JOIN members m ON m.org_id = b.org_id GROUP BY b.child),
       totals AS (
         SELECT b.child, avg(p.total) AS avg_total, count(*) FILTER (WHERE r.rating = '优秀') AS excellent
         FROM below b JOIN member_year_points p ON p.org_id = b.org_id AND p.year = $year
         LEFT JOIN member_ratings r ON r.member_id = p.member_id AND r.year = p.year
         GROUP BY b.child)
       SELECT k.org_id, k.name, k.type, CAST(coalesce(h.members, 0) AS INTEGER) AS members, t.avg_total,
         CAST(coalesce(t.excellent, 0) AS INTEGER) AS excellent
       FROM kids k LEFT JOIN heads h ON h.child = k.org_id LEFT JOIN totals t ON t.child = k.org_id
       -- The leading ones first: a committee's chart of 150 branches draws its first 50.
       ORDER BY t.avg_total DESC NULLS LAST, k.org_id`,
      v,
      ['organizations', 'org_paths', 'members', 'member_year_points', 'member_ratings'],
    ),
    members: bind(
      `SELECT m.member_id, m.name, o.name AS org, m.category, m.status, m.role,
         p.total, p.bonus, p.deduction, r.rating, r.rating_source
       FROM members m JOIN organizations o USING (org_id)
       LEFT JOIN member_year_points p ON p.member_id = m.member_id AND p.year = $year
       LEFT JOIN member_ratings r ON r.member_id = m.member_id AND r.year = $year
       WHERE ${IN_SUBTREE('m.org_id')}
       ORDER BY p.total DESC NULLS LAST, m.member_id`,
      v,
      ['members', 'organizations', 'member_year_points', 'member_ratings', 'org_paths'],
    ),
    // 后进党员 of the subtree with their reasons (internal builds only: rule_params.internal_build).
    attention: bind(
      `SELECT m.member_id, m.name, o.name AS org, y.total, y.base, y.bonus, y.largest_deduction,
         ${ATTENTION_REASON_CODES} AS reasons
       FROM member_year_points y JOIN members m ON m.member_id = y.member_id
       JOIN organizations o ON o.org_id = m.org_id CROSS JOIN rule_params k
       WHERE y.year = $year AND ${NEEDS_ATTENTION} AND ${IN_SUBTREE('m.org_id')}
       ORDER BY y.total, m.member_id`,
      v,
      ['member_year_points', 'members', 'organizations', 'rule_params', 'org_paths'],
    ),
    // The organisation and its ancestors, root first: the page's title and breadcrumbs, for listed and unlisted ones.
    path: bind(
      `SELECT o.org_id AS id, o.name, o.type, o.parent_id AS parent
       FROM org_paths p JOIN organizations o ON o.org_id = p.ancestor_id
       WHERE p.org_id = $org ORDER BY p.depth DESC`,
      v,
      ['org_paths', 'organizations'],
    ),
    // Each quarter's place among the organisation's peers (src/sql/ranking-scope.ts).
    history: bind(
      `SELECT period, score100, rating, stars, peer_rank AS rank, peers FROM branch_ratings
       WHERE org_id = $org AND period_kind = 'quarter' ORDER BY period_start`,
      v,
      ['branch_ratings'],
    ),
    // The period's place among its peers, and the previous period's.
    place: bind(
      `SELECT period, peer_rank AS rank, peers, previous_period, previous_peer_rank AS previous_rank, previous_peers
       FROM branch_ratings WHERE org_id = $org AND period = $period`,
      { org: f.org, period: f.period },
      ['branch_ratings'],
    ),
    teams: teamsQuery(f),
    teamTotals: teamTotalsQuery(f),
  };
}

/** A member's name and basic organisation: where the member's ledger rows are. */
export function memberBranch(member: string): Query {
  return bind(
    `SELECT u.branch_id, m.name FROM members m JOIN org_units u ON u.org_id = m.org_id WHERE m.member_id = $member`,
    { member },
    ['members', 'org_units'],
  );
}

/** A member's ledger entries for the year: read only when that member is opened, from their branch's slice. */
export function memberLedger(member: string, year: number, branch: string | null): Query {
  return {
    ...bind(
      `SELECT CAST(date AS VARCHAR) AS date, kind, category, points, reason, recorded_by
       FROM points WHERE member_id = $member AND year(date) = $year ORDER BY date`,
      { member, year },
      [],
    ),
    slices: [{ table: 'points', org: branch }],
  };
}
