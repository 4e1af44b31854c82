/**
 * The members and work pages' tables aggregated per listed organisation (src/sql/listed-members.ts,
 * listed-work.ts) against the same figures counted from the member, task and meeting tables, each listed
 * organisation's subtree walked by parent_id (the build uses org_paths), on generated data with second-tier
 * committees.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { branchQueries } from '../src/queries/branches';
import { memberQueries } from '../src/queries/members';
import { kpisQuery } from '../src/queries/overview';
import { OVERVIEW_RANKING_ROWS } from '../src/sql/derived';
import { OVERDUE_TASK_ROWS } from '../src/sql/listed-work';
import { build, generatedExports, queryParquet, runnerOver } from './helpers';

let outDir: string;

beforeAll(async () => {
  const inDir = generatedExports({
    ...{ members: '400', 'basic-orgs': '8', groups: '16', tiers: '3' },
    ...{ 'ledger-rows': '30000', years: '2024,2025' },
  });
  const result = await build(inDir, { allowRejects: true });
  outDir = result.outDir;
}, 120_000);

const SUBTREES = `WITH RECURSIVE sub(root, id) AS (
    SELECT org_id, org_id FROM listed_orgs
    UNION ALL SELECT sub.root, o.org_id FROM organizations o JOIN sub ON o.parent_id = sub.id)`;

/** Rows of the listed table and of the reference, each side minus the other (both empty when they agree). */
async function differences(listed: string, reference: string) {
  const [r] = await queryParquet(
    outDir,
    `${SUBTREES}, a AS (${listed}), b AS (${reference})
     SELECT (SELECT count(*) FROM a)::INT AS n, (SELECT count(*) FROM b)::INT AS expected,
       (SELECT count(*) FROM (SELECT * FROM a EXCEPT ALL SELECT * FROM b))::INT AS extra,
       (SELECT count(*) FROM (SELECT * FROM b EXCEPT ALL SELECT * FROM a))::INT AS missing`,
  );
  return r;
}

/** The listed table holds exactly the reference's rows, and at least `atLeast` of them (the case is not empty). */
async function expectSame(listed: string, reference: string, atLeast = 20) {
  const d = await differences(listed, reference);
  expect(d.n).toBeGreaterThan(atLeast);
  expect(d).toMatchObject({ n: d.expected, extra: 0, missing: 0 });
}

describe('listed member tables', () => {
  it('cover every listed organisation: the root, its three committees and the basic organisations below', async () => {
    const [r] = await queryParquet(outDir, 'SELECT count(*)::INT AS n FROM listed_orgs');
    expect(r.n).toBeGreaterThan(4);
  });

  it('excellent ratio of each basic organisation in the subtree', async () => {
    await expectSame(
      'SELECT org_id, year, branch_id, name, excellent_ratio, excellent, excellent_suggested, rated FROM listed_excellent_ratio',
      // The suggested excellent counted from the members' ratings, each basic organisation's subtree walked.
      `SELECT s.root, e.year, e.org_id, o.name, e.excellent_ratio, e.excellent,
         (SELECT count(*) FROM member_ratings r JOIN sub b ON b.id = r.org_id
          WHERE b.root = e.org_id AND r.year = e.year AND r.rating = '优秀' AND r.rating_source = 'suggested')::INT,
         e.rated
       FROM sub s JOIN excellent_ratio e ON e.org_id = s.id JOIN organizations o ON o.org_id = e.org_id
       WHERE o.type IN ('党支部', '党总支', '党工委')`,
    );
    const [r] = await queryParquet(outDir, 'SELECT sum(excellent_suggested)::INT AS n FROM listed_excellent_ratio');
    expect(r.n).toBeGreaterThan(0);
  });

  it('members per rating and source', async () => {
    await expectSame(
      'SELECT org_id, year, rating, recorded, suggested FROM listed_member_ratings',
      `SELECT s.root, r.year, r.rating, count(*) FILTER (WHERE r.rating_source = 'recorded')::INT,
         count(*) FILTER (WHERE r.rating_source = 'suggested')::INT
       FROM sub s JOIN member_ratings r ON r.org_id = s.id WHERE r.rating IS NOT NULL GROUP BY ALL`,
    );
  });

  it('members per band of ten points', async () => {
    await expectSame(
      'SELECT org_id, year, bucket, members FROM listed_points_distribution',
      `SELECT s.root, y.year, (floor(y.total / 10) * 10)::INT, count(*)::INT
       FROM sub s JOIN member_year_points y ON y.org_id = s.id GROUP BY ALL`,
    );
  });

  it('the members page draws every band from the lowest total to the highest, an empty one as 0', async () => {
    const runner = runnerOver(outDir);
    const orgs = await queryParquet(outDir, 'SELECT org_id FROM listed_orgs ORDER BY org_id');
    let gaps = 0;
    for (const { org_id } of orgs)
      for (const year of [2024, 2025]) {
        const f = { year, org: String(org_id), period: '' };
        const drawn = await runner.run(memberQueries(f).distribution);
        const bands = (drawn.bucket ?? []).map(Number);
        const counts = (drawn.members ?? []).map(Number);
        const [{ members, low, high }] = await queryParquet(
          outDir,
          `${SUBTREES} SELECT count(*)::INT AS members, min(floor(y.total / 10) * 10)::INT AS low,
             max(floor(y.total / 10) * 10)::INT AS high
           FROM sub s JOIN member_year_points y ON y.org_id = s.id WHERE s.root = ? AND y.year = ?`,
          [String(org_id), year],
        );
        expect(counts.reduce((a, b) => a + b, 0)).toBe(members);
        expect(bands).toEqual(
          members === 0
            ? []
            : Array.from({ length: (Number(high) - Number(low)) / 10 + 1 }, (_, k) => Number(low) + 10 * k),
        );
        gaps += counts.filter((c) => c === 0).length;
      }
    expect(gaps).toBeGreaterThan(0); // the case is there: some band in between holds no member
  });

  it('points and entries per category, from the ledger itself', async () => {
    // Summed from the ledger rows, not from points_monthly: rounded, as the two sums run in different orders.
    await expectSame(
      'SELECT org_id, year, kind, category, round(points, 6), entries FROM listed_point_categories',
      `SELECT s.root, year(pt.date)::INT, pt.kind, coalesce(pt.category, ''), round(sum(pt.points), 6), count(*)::INT
       FROM sub s JOIN members m ON m.org_id = s.id JOIN points pt ON pt.member_id = m.member_id
       WHERE pt.kind IN ('加分', '扣分') GROUP BY ALL`,
    );
  });

  it('the honour roll: every member the evaluation rated excellent, none suggested from points', async () => {
    await expectSame(
      'SELECT org_id, year, member_id, name, branch, total, rating_source FROM listed_honours',
      `SELECT s.root, r.year, r.member_id, m.name, b.name AS branch, r.total, r.rating_source
       FROM sub s JOIN member_ratings r ON r.org_id = s.id JOIN members m USING (member_id)
       LEFT JOIN organizations b ON b.org_id = r.branch_id WHERE r.rating = '优秀' AND r.rating_source = 'recorded'`,
    );
    // Suggested ratings exist in this data: the roll leaves them out, by the rules' default.
    const [r] = await queryParquet(
      outDir,
      `SELECT count(*)::INT AS n FROM member_ratings WHERE rating = '优秀' AND rating_source = 'suggested'`,
    );
    expect(r.n).toBeGreaterThan(0);
  });
});

describe('listed work tables', () => {
  it('tasks per area and state, by the year they are due', async () => {
    await expectSame(
      'SELECT org_id, year, area, done_on_time, done_late, overdue, open, done, tasks FROM listed_task_areas',
      `SELECT s.root, year(t.due_on)::INT, t.area, count(*) FILTER (WHERE t.state = 'done_on_time')::INT,
         count(*) FILTER (WHERE t.state = 'done_late')::INT, count(*) FILTER (WHERE t.state = 'overdue')::INT,
         count(*) FILTER (WHERE t.state = 'open')::INT,
         count(*) FILTER (WHERE t.state IN ('done_on_time', 'done_late'))::INT, count(*)::INT
       FROM sub s JOIN task_status t ON t.org_id = s.id GROUP BY ALL`,
    );
  });

  it('tasks of each basic organisation, every year, none counted as none', async () => {
    await expectSame(
      'SELECT org_id, year, branch_id, name, tasks, done, overdue FROM listed_task_branches',
      `SELECT s.root, y.year, b.org_id, b.name, count(t.task_id)::INT,
         count(t.task_id) FILTER (WHERE t.state IN ('done_on_time', 'done_late'))::INT,
         count(t.task_id) FILTER (WHERE t.state = 'overdue')::INT
       FROM sub s JOIN organizations b ON b.org_id = s.id CROSS JOIN (SELECT DISTINCT year FROM data_years) y
       LEFT JOIN task_status t ON t.branch_id = b.org_id AND year(t.due_on) = y.year
       WHERE b.type IN ('党支部', '党总支', '党工委') GROUP BY ALL`,
    );
  });

  it(`the first ${OVERDUE_TASK_ROWS} overdue tasks by due date`, async () => {
    await expectSame(
      'SELECT org_id, year, task_id, org, area, task, owner, due_on FROM listed_overdue_tasks',
      `SELECT root, year, task_id, org, area, task, owner, due_on FROM (
         SELECT s.root, year(t.due_on)::INT AS year, t.task_id, o.name AS org, t.area, t.task, t.owner, t.due_on,
           rank() OVER (PARTITION BY s.root, year(t.due_on) ORDER BY t.due_on, t.task_id) AS k
         FROM sub s JOIN tasks t ON t.org_id = s.id JOIN task_status x USING (task_id)
         JOIN organizations o ON o.org_id = t.org_id WHERE x.state = 'overdue')
       WHERE k <= ${OVERDUE_TASK_ROWS}`,
      5,
    );
  });

  it('三会一课 of each basic organisation with its groups, and per meeting type', async () => {
    // Held, present and expected counted from the meetings themselves (the build sums meeting_rollup): a basic
    // organisation's own and its groups'. The quotas come from the rules and are not derived again here.
    await expectSame(
      'SELECT org_id, year, branch_id, name, held, present, expected FROM listed_meeting_branches',
      `WITH RECURSIVE under(b, id) AS (SELECT org_id, org_id FROM organizations WHERE type IN ('党支部', '党总支', '党工委')
           UNION ALL SELECT under.b, o.org_id FROM organizations o JOIN under ON o.parent_id = under.id)
       SELECT s.root, year(m.date)::INT, o.org_id, o.name, count(*)::INT, sum(m.present)::INT, sum(m.expected)::INT
       FROM sub s JOIN organizations o ON o.org_id = s.id JOIN under u ON u.b = o.org_id
       JOIN meetings m ON m.org_id = u.id GROUP BY ALL`,
    );
    await expectSame(
      'SELECT org_id, year, type, held, present, expected FROM listed_meeting_types WHERE held > 0',
      `SELECT s.root, year(m.date)::INT, m.type, count(*)::INT, sum(m.present)::INT, sum(m.expected)::INT
       FROM sub s JOIN meetings m ON m.org_id = s.id GROUP BY ALL`,
    );
  });
});

describe('listed rankings', () => {
  it(`the ${OVERVIEW_RANKING_ROWS} leading branches of each subtree per period, each at its place among its peers`, async () => {
    // A listed committee ranks its own subtree; any other listed organisation (a branch) keeps its place in
    // the subtree of its nearest committee above. Walked here by parent_id.
    await expectSame(
      'SELECT org_id, period, branch_id, name, score100, rank, peers FROM listed_rankings',
      `WITH RECURSIVE up(org, anc, d) AS (
         SELECT org_id, org_id, 0 FROM organizations
         UNION ALL SELECT up.org, o.parent_id, up.d + 1 FROM up JOIN organizations o ON o.org_id = up.anc
         WHERE o.parent_id IS NOT NULL),
       scope AS (
         SELECT up.org, coalesce(arg_min(up.anc, up.d) FILTER (WHERE a.type = '党委'), arg_max(up.anc, up.d)) AS scope
         FROM up JOIN organizations a ON a.org_id = up.anc GROUP BY up.org),
       ranked AS (
         SELECT l.org_id AS root, b.period, b.org_id, o.name, b.score100,
           rank() OVER (PARTITION BY l.org_id, b.period ORDER BY b.score100 DESC)::INT AS rank,
           count(*) OVER (PARTITION BY l.org_id, b.period)::INT AS peers
         FROM listed_orgs l JOIN scope c ON c.org = l.org_id JOIN sub s ON s.root = c.scope
         JOIN branch_ratings b ON b.org_id = s.id JOIN organizations o ON o.org_id = b.org_id)
       SELECT * EXCLUDE (k) FROM (
         SELECT r.*, row_number() OVER (PARTITION BY r.root, r.period ORDER BY r.score100 DESC, r.org_id) AS k
         FROM ranked r SEMI JOIN sub s ON s.root = r.root AND s.id = r.org_id)
       WHERE k <= ${OVERVIEW_RANKING_ROWS}`,
    );
  });
});

describe('支部考核 for a committee', () => {
  it('numbers its own branches from 1, this period and the one before (季通报)', async () => {
    const [committee] = await queryParquet(
      outDir,
      `SELECT o.org_id, max(b.period) AS period FROM organizations o JOIN org_paths p ON p.ancestor_id = o.org_id
       JOIN branch_ratings b ON b.org_id = p.org_id WHERE o.type = '党委' AND o.parent_id IS NOT NULL
       GROUP BY o.org_id ORDER BY o.org_id LIMIT 1`,
    );
    const org = String(committee.org_id);
    const period = String(committee.period);
    const q = branchQueries({ year: Number(period.slice(0, 4)), period, org });
    const runner = runnerOver(outDir);
    const [ranking, report] = [await runner.run(q.ranking), await runner.run(q.report)];
    // Ranked here among the committee's subtree (walked by parent_id), each period on its own: a committee is its
    // own peer scope.
    const expected = await queryParquet(
      outDir,
      `${SUBTREES} SELECT b.period, b.org_id, rank() OVER (PARTITION BY b.period ORDER BY b.score100 DESC)::INT AS rank
       FROM sub s JOIN branch_ratings b ON b.org_id = s.id WHERE s.root = ?`,
      [org],
    );
    const rankIn = (p: unknown, id: unknown) => expected.find((r) => r.period === p && r.org_id === id)?.rank;
    expect(ranking.org_id.length).toBeGreaterThan(2);
    expect(ranking.rank[0]).toBe(1);
    expect(ranking.rank).toEqual(ranking.org_id.map((id) => rankIn(period, id)));
    expect(report.rank).toEqual(report.org_id.map((id) => rankIn(period, id)));
    const previous = report.previous_period[0];
    expect(previous).toBeTruthy();
    expect(report.previous_rank).toEqual(report.org_id.map((id) => rankIn(previous, id) ?? null));
  });
});

describe('the headline average score and the one before it', () => {
  it('is each organisation’s previous period of the same kind, for the listed tables and the whole ones', async () => {
    const scores = await queryParquet(
      outDir,
      'SELECT org_id, period, period_kind, avg_score FROM org_period_scores ORDER BY org_id, period',
    );
    const orgs = [...new Set(scores.map((r) => String(r.org_id)))].slice(0, 6);
    const runner = runnerOver(outDir);
    let withPrevious = 0;
    for (const org of orgs) {
      const own = scores.filter((r) => r.org_id === org);
      for (const row of own) {
        const period = String(row.period);
        // Walked here in JavaScript: the latest earlier period of the same kind.
        const before = own.filter((r) => r.period_kind === row.period_kind && String(r.period) < period).at(-1);
        const f = { year: Number(period.slice(0, 4)), period, org };
        for (const scope of ['listed', 'all'] as const) {
          const k = await runner.run(kpisQuery(f, scope));
          expect([k.avg_score[0], k.prev_period[0] ?? null, k.prev_avg_score[0] ?? null]).toEqual([
            row.avg_score,
            before?.period ?? null,
            before?.avg_score ?? null,
          ]);
        }
        if (before) withPrevious++;
      }
    }
    expect(withPrevious).toBeGreaterThan(5);
  });
});
