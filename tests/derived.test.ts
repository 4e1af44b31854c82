/**
 * The derived tables on a small case whose every figure was worked out by
 * hand (see the comments): points with a cap, a veto and a recorded base;
 * recorded and suggested ratings; a probationary member; assessments by
 * dimension; meetings against quotas; tasks and topics against as-of.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../src/ingest/db';
import { DERIVED } from '../src/sql/derived';
import { build, FIXTURES, queryParquet } from './helpers';

let outDir: string;
beforeAll(async () => {
  const result = await build(join(FIXTURES, 'contract'));
  expect(result.status).toBe('published');
  expect(result.report?.totals).toEqual({ rowsRead: 57, loaded: 57, rejected: 0 });
  outDir = result.outDir;
});

const q = (sql: string) => queryParquet(outDir, sql);

describe('member_year_points', () => {
  it('applies yearly caps, the veto and a recorded base', async () => {
    const rows = await q(
      'SELECT member_id, base, bonus, deduction, total, capped, vetoed FROM member_year_points WHERE year = 2024 ORDER BY member_id',
    );
    expect(rows).toEqual([
      // 学习教育 10 + 8 capped at 12, plus 5: bonus 17, 6 points capped off.
      { member_id: 'M1', base: 100, bonus: 17, deduction: 0, total: 117, capped: 6, vetoed: false },
      { member_id: 'M2', base: 100, bonus: 3, deduction: 2, total: 101, capped: 0, vetoed: false },
      { member_id: 'M3', base: 100, bonus: 0, deduction: 12, total: 88, capped: 0, vetoed: false },
      { member_id: 'M4', base: 100, bonus: 5, deduction: 0, total: 105, capped: 0, vetoed: false },
      { member_id: 'M5', base: 100, bonus: 20, deduction: 0, total: 120, capped: 0, vetoed: false },
      // 严重违纪 is a veto (一票否决): the year is zeroed whatever else was earned.
      { member_id: 'M6', base: 100, bonus: 4, deduction: 20, total: 0, capped: 0, vetoed: true },
      { member_id: 'M7', base: 100, bonus: 0, deduction: 0, total: 100, capped: 0, vetoed: false },
      // A 基础分 row replaces the configured base for that member-year.
      { member_id: 'M8', base: 90, bonus: 4, deduction: 0, total: 94, capped: 0, vetoed: false },
    ]);
  });
});

describe('member_period_points', () => {
  it('holds each member’s bonus and deduction in every ranked period, as summed from the ledger’s dates', async () => {
    // Summed here by the period's first and last day, not by month as the build does.
    const expected = `SELECT p.member_id, b.period,
        coalesce(sum(p.points) FILTER (WHERE p.kind = '加分'), 0) AS bonus,
        coalesce(-sum(p.points) FILTER (WHERE p.kind = '扣分'), 0) AS deduction
      FROM points p JOIN (SELECT DISTINCT period, period_start, period_kind FROM branch_ratings) b
        ON p.date BETWEEN b.period_start AND b.period_start
          + CASE b.period_kind WHEN 'quarter' THEN INTERVAL 3 MONTH WHEN 'month' THEN INTERVAL 1 MONTH
            ELSE INTERVAL 12 MONTH END - INTERVAL 1 DAY
      GROUP BY ALL`;
    const built = 'SELECT member_id, period, bonus, deduction FROM member_period_points';
    const [counts] = await q(`SELECT (SELECT count(*) FROM (${expected}))::INT AS expected,
      (SELECT count(*) FROM (${built}))::INT AS built,
      (SELECT count(*) FROM ((${expected}) EXCEPT ALL (${built})))::INT AS missing,
      (SELECT count(*) FROM ((${built}) EXCEPT ALL (${expected})))::INT AS extra`);
    expect(counts.expected).toBeGreaterThan(3);
    expect(counts).toEqual({ expected: counts.expected, built: counts.expected, missing: 0, extra: 0 });
  });
});

describe('member_period_points of every period kind', () => {
  it('labels entries by month, quarter and year as the assessments’ periods are labelled', async () => {
    const db = await Db.open();
    try {
      await db.exec(`CREATE TABLE members AS SELECT * FROM (VALUES ('M1', 'B1'), ('M2', 'B1')) t(member_id, org_id)`);
      await db.exec(`CREATE TABLE points AS SELECT member_id, CAST(date AS DATE) AS date, kind, CAST(points AS DOUBLE) AS points FROM (VALUES
          ('M1', '2024-05-01', '加分', 3.0), ('M1', '2024-05-31', '扣分', -1.0), ('M1', '2024-06-01', '加分', 2.0),
          ('M2', '2024-12-31', '加分', 5.0), ('M2', '2025-01-01', '加分', 7.0)) t(member_id, date, kind, points)`);
      // The periods as the build reads them from assessment labels (parse_period), each kind once at least.
      await db.exec(`CREATE TABLE branch_ratings AS SELECT parse_period(label) AS period,
          period_kind(parse_period(label)) AS period_kind, period_start(parse_period(label)) AS period_start
        FROM (VALUES ('2024年5月'), ('2024年第二季度'), ('2024年度'), ('2025Q1')) t(label)`);
      const sql = DERIVED.find((d) => d.name === 'member_period_points')?.sql ?? '';
      const rows = await db.all(`SELECT member_id, period, bonus, deduction FROM (${sql}) ORDER BY member_id, period`);
      expect(rows).toEqual([
        { member_id: 'M1', period: '2024', bonus: 5, deduction: 1 },
        { member_id: 'M1', period: '2024-05', bonus: 3, deduction: 1 },
        { member_id: 'M1', period: '2024Q2', bonus: 5, deduction: 1 },
        { member_id: 'M2', period: '2024', bonus: 5, deduction: 0 },
        { member_id: 'M2', period: '2025Q1', bonus: 7, deduction: 0 },
      ]);
    } finally {
      db.close();
    }
  });
});

describe('member_ratings', () => {
  it('uses the recorded rating, else suggests one; probationary members are not rated', async () => {
    const rows = await q('SELECT member_id, branch_id, rating, rating_source FROM member_ratings ORDER BY member_id');
    expect(rows).toEqual([
      { member_id: 'M1', branch_id: 'B1', rating: '优秀', rating_source: 'recorded' },
      { member_id: 'M2', branch_id: 'B1', rating: '合格', rating_source: 'recorded' },
      { member_id: 'M3', branch_id: 'B1', rating: null, rating_source: 'not_rated' }, // blank in the export
      { member_id: 'M4', branch_id: 'B1', rating: null, rating_source: 'not_rated' }, // 预备党员
      // B2 has 4 rated members: floor(4 × 0.3) = 1 suggested excellent, the top scorer.
      { member_id: 'M5', branch_id: 'B2', rating: '优秀', rating_source: 'suggested' },
      { member_id: 'M6', branch_id: 'B2', rating: '不合格', rating_source: 'suggested' }, // vetoed
      { member_id: 'M7', branch_id: 'B2', rating: '合格', rating_source: 'suggested' },
      { member_id: 'M8', branch_id: 'B2', rating: '合格', rating_source: 'suggested' },
    ]);
  });
});

describe('excellent_ratio', () => {
  it('is excellent / rated, per organisation subtree', async () => {
    const rows = await q(
      'SELECT org_id, members, rated, excellent, round(excellent_ratio, 4) AS ratio, over_cap FROM excellent_ratio ORDER BY org_id',
    );
    expect(rows).toEqual([
      { org_id: 'B1', members: 4, rated: 2, excellent: 1, ratio: 0.5, over_cap: true },
      { org_id: 'B2', members: 4, rated: 4, excellent: 1, ratio: 0.25, over_cap: false },
      // 2 of 6 is exactly the one-third cap: not over it.
      { org_id: 'C1', members: 8, rated: 6, excellent: 2, ratio: 0.3333, over_cap: false },
      { org_id: 'G1', members: 2, rated: 2, excellent: 1, ratio: 0.5, over_cap: true },
    ]);
  });
});

describe('branch_ratings', () => {
  it('sums dimensions, scales to 100, bands, stars and ranks per period', async () => {
    const rows = await q(
      'SELECT org_id, period, period_kind, score100, rating, stars, rank, ranked_orgs FROM branch_ratings ORDER BY period, org_id',
    );
    expect(rows).toEqual([
      {
        org_id: 'B1',
        period: '2024-05',
        period_kind: 'month',
        score100: 91,
        rating: '优秀',
        stars: 5,
        rank: 1,
        ranked_orgs: 1,
      },
      {
        org_id: 'B1',
        period: '2024Q1',
        period_kind: 'quarter',
        score100: 85,
        rating: '良好',
        stars: 4,
        rank: 2,
        ranked_orgs: 2,
      },
      {
        org_id: 'B2',
        period: '2024Q1',
        period_kind: 'quarter',
        score100: 95,
        rating: '优秀',
        stars: 5,
        rank: 1,
        ranked_orgs: 2,
      },
    ]);
  });
});

describe('meetings, tasks and topics', () => {
  it('holds in topic_scope the topics each organisation’s view takes in, as a walk up the tree gives them', async () => {
    // Walked here from organizations' parent links, not from org_paths, which the build reads.
    const expected = `WITH RECURSIVE up(org_id, ancestor_id) AS (
        SELECT org_id, org_id FROM organizations
        UNION SELECT up.org_id, o.parent_id FROM up JOIN organizations o ON o.org_id = up.ancestor_id
          WHERE o.parent_id IS NOT NULL)
      SELECT up.ancestor_id AS org_id, t.topic_id FROM topics t JOIN up USING (org_id)
      UNION SELECT up.ancestor_id, t.parent_id FROM topics t JOIN up USING (org_id) WHERE t.parent_id IS NOT NULL`;
    const built = 'SELECT org_id, topic_id FROM topic_scope';
    const [counts] = await q(`SELECT (SELECT count(*) FROM (${expected}))::INT AS expected,
      (SELECT count(*) FROM (${built}))::INT AS built,
      (SELECT count(*) FROM ((${expected}) EXCEPT ALL (${built})))::INT AS missing,
      (SELECT count(*) FROM ((${built}) EXCEPT ALL (${expected})))::INT AS extra`);
    expect(counts).toEqual({ expected: counts.built, built: 7, missing: 0, extra: 0 });
    // B2 took a sub-topic only: its view holds the sub-topic and, through it, the committee's P1; not B1's.
    expect(await q(`SELECT topic_id FROM topic_scope WHERE org_id = 'B2' ORDER BY topic_id`)).toEqual([
      { topic_id: 'P1' },
      { topic_id: 'P1-2' },
    ]);
  });

  it('meeting completion against quotas and attendance', async () => {
    const rows = await q(
      `SELECT org_id, type, quota, held, completion, attendance FROM meeting_rollup
       WHERE (org_id, type) IN (('B1', '支部党员大会'), ('B1', '支委会'), ('G1', '党小组会'), ('B2', '党课')) ORDER BY org_id, type`,
    );
    expect(rows).toEqual([
      { org_id: 'B1', type: '支委会', quota: 12, held: 0, completion: 0, attendance: null },
      { org_id: 'B1', type: '支部党员大会', quota: 4, held: 2, completion: 0.5, attendance: 0.75 },
      { org_id: 'B2', type: '党课', quota: 4, held: 0, completion: 0, attendance: null },
      { org_id: 'G1', type: '党小组会', quota: 12, held: 12, completion: 1, attendance: 1 },
    ]);
    const committee = await q(`SELECT count(*)::INT AS n FROM meeting_rollup WHERE org_id = 'C1'`);
    expect(committee).toEqual([{ n: 0 }]);
  });

  it('task states and completion', async () => {
    expect(await q('SELECT task_id, state FROM task_status ORDER BY task_id')).toEqual([
      { task_id: 'T1', state: 'done_on_time' },
      { task_id: 'T2', state: 'done_late' },
      { task_id: 'T3', state: 'overdue' },
      { task_id: 'T4', state: 'open' },
    ]);
    expect(
      await q('SELECT branch_id, area, tasks, done, overdue, open, completion FROM task_rollup ORDER BY branch_id'),
    ).toEqual([
      { branch_id: 'B1', area: '组织建设', tasks: 2, done: 2, overdue: 0, open: 0, completion: 1 },
      { branch_id: 'B2', area: '思想建设', tasks: 2, done: 0, overdue: 1, open: 1, completion: 0 },
    ]);
  });

  it('topic progress, attainment and owners from both sources', async () => {
    const rows = await q(
      `SELECT topic_id, overdue, subtopics, subtopics_closed, metrics_met, attainment, owners, owners_members
       FROM topic_progress ORDER BY topic_id`,
    );
    expect(rows).toEqual([
      // attainment = mean(80/100, 60/50) = 1.0
      {
        topic_id: 'P1',
        overdue: true,
        subtopics: 2,
        subtopics_closed: 1,
        metrics_met: 1,
        attainment: 1,
        owners: 0,
        owners_members: 0,
      },
      {
        topic_id: 'P1-1',
        overdue: false,
        subtopics: 0,
        subtopics_closed: 0,
        metrics_met: 0,
        attainment: null,
        owners: 1,
        owners_members: 1,
      },
      {
        topic_id: 'P1-2',
        overdue: true,
        subtopics: 0,
        subtopics_closed: 0,
        metrics_met: 0,
        attainment: null,
        owners: 2,
        owners_members: 0,
      },
    ]);
    expect(await q('SELECT topic_id, name, source FROM topic_owners ORDER BY topic_id, name')).toEqual([
      { topic_id: 'P1-1', name: '王五', source: 'topic_owners' },
      { topic_id: 'P1-2', name: '张三', source: 'topics' },
      { topic_id: 'P1-2', name: '李四', source: 'topics' },
    ]);
  });
});
