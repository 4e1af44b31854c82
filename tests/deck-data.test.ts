/**
 * The review deck's headlines against figures counted here, with SQL of the test's own over the published
 * tables: a deck for the committee and one for a branch, a year ranked by its annual assessment and one by the
 * mean of its quarters, and a year with topics only (a deck of topic slides and the presenter's own). The
 * deck's queries for an organisation without a page (read from the tables the listed ones are aggregated
 * from) answer as the listed organisation's do.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DECK_QUERY_KEYS, deckQueries } from '../src/queries/deck';
import { defaultPeriod } from '../src/queries/filters';
import { loadMeta, type Meta } from '../src/queries/meta';
import { type Columns, type Runner, rows } from '../src/queries/types';
import { buildDeckData, deckDoc, UnknownOrgError } from '../src/review/deck';
import type { DeckDoc, SlideId } from '../src/review/model';
import { openRunner } from '../src/ssr/node-runner';
import { readManifest } from '../src/ssr/site-data';
import { build, generatedExports, queryParquet } from './helpers';

let outDir: string;
let runner: Runner;
let meta: Meta;

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const one = (v: number) =>
  new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
const int = (v: number) => new Intl.NumberFormat('zh-CN').format(v);
const sql = (text: string, params: (string | number)[] = []) => queryParquet(outDir, text, params);

async function deck(year: number, org?: string, locale: 'zh' | 'en' = 'zh'): Promise<DeckDoc> {
  return deckDoc(await buildDeckData(runner, meta, { year, org }), locale);
}
const headline = (doc: DeckDoc, id: SlideId) => doc.slides.find((s) => s.id === id)?.headline;

beforeAll(async () => {
  const inDir = generatedExports({ members: '160', 'basic-orgs': '6', groups: '10', years: '2024,2025' });
  // 2025 also has an annual assessment (年考评) of each basic organisation: the year's ranking is read from it.
  const annual = ['B001', 'B002', 'B003', 'B004', 'B005', 'B006'].map(
    (b, i) => `${b},2025年度,,${[96, 88, 91, 79, 93, 85][i]},100`,
  );
  writeFileSync(join(inDir, '年度考评.csv'), `组织编号,考核周期,考核项目,得分,满分\n${annual.join('\n')}\n`);
  // 2023 holds topics only: a committee topic, its sub-topic, and an indicator.
  writeFileSync(
    join(inDir, '课题2023.csv'),
    '课题编号,课题名称,上级课题编号,牵头部门,领题组织编号,负责人,阶段,点题日期,计划完成日期,结题日期,评价\n' +
      'X23,二〇二三年课题,,党建工作部,,,结题,2023-02-01,2023-10-01,2023-09-20,优秀\n' +
      'X23-1,二〇二三年子课题,X23,市场部,B001,,破题,2023-03-01,2023-11-01,,\n' +
      // 2024: one topic, not closed (the generated topics are 2025's): 0 closed of 1 is a figure, none is not.
      'X24,二〇二四年课题,,党建工作部,,,破题,2024-02-01,2024-12-01,,\n',
  );
  writeFileSync(join(inDir, '课题成效2023.csv'), '课题编号,指标,单位,基线值,目标值,实际值\nX23,服务户数,户,20,50,55\n');
  const result = await build(inDir);
  expect(result.status).toBe('published');
  outDir = result.outDir;
  runner = await openRunner(outDir);
  meta = await loadMeta(runner, readManifest(outDir));
}, 180_000);

/** Outcome metrics of a year by status, measured from the baseline as the test states it: met, regressed, with a target. */
async function outcomeCounts(year: number) {
  const [o] = await sql(
    `WITH m AS (
       SELECT o.target, (o.actual - coalesce(o.baseline, 0)) / nullif(o.target - coalesce(o.baseline, 0), 0) AS p
       FROM topic_outcomes o JOIN topics t USING (topic_id)
       WHERE coalesce(year(t.set_on), year(t.due_on), year(t.closed_on), ?) = ?)
     SELECT count(target)::INT AS n, count(*) FILTER (WHERE p >= 1)::INT AS met,
       count(*) FILTER (WHERE p < 0)::INT AS regressed FROM m`,
    [year, year],
  );
  return { n: Number(o.n), met: Number(o.met), regressed: Number(o.regressed) };
}

describe('the committee’s deck', () => {
  it('says the year in its two rates', async () => {
    const [r] = await sql(`SELECT count(*) FILTER (WHERE rating = '优秀') / count(rating) AS ratio FROM member_ratings
      WHERE year = 2025`);
    const [m] = await sql(
      `SELECT sum(least(held, quota)) / sum(quota) AS c FROM meeting_rollup WHERE year = 2025 AND quota > 0`,
    );
    expect(headline(await deck(2025), 'numbers')).toBe(
      `2025年度：优秀党员占比 ${pct(Number(r.ratio))}，三会一课完成率 ${pct(Number(m.c))}`,
    );
  });

  it('ranks the year by its annual assessment where there is one, else by the mean of its quarters', async () => {
    for (const [year, where] of [
      [2025, `period_kind = 'year'`],
      [2024, `period_kind = 'quarter'`],
    ] as const) {
      const rows = await sql(
        `SELECT o.name, avg(b.score100) AS score FROM branch_ratings b JOIN organizations o USING (org_id)
         WHERE year(b.period_start) = ? AND ${where} GROUP BY o.name ORDER BY score DESC`,
        [year],
      );
      const avg = rows.reduce((a, r) => a + Number(r.score), 0) / rows.length;
      expect(headline(await deck(year), 'ranking')).toBe(
        `${year}年度 ${rows.length} 个基层组织考核平均 ${one(avg)} 分，${rows[0].name}以 ${one(Number(rows[0].score))} 分居首`,
      );
    }
  });

  it('counts five-star organisations in the year’s rating, against the same period a year before', async () => {
    const five = async (period: string) =>
      Number((await sql(`SELECT count(*) AS n FROM branch_ratings WHERE period = ? AND stars = 5`, [period]))[0].n);
    // 2025: the annual rating, which 2024 does not have.
    expect(headline(await deck(2025), 'stars')).toBe(`2025年度 ${await five('2025')} 个基层组织获评五星级`);
    const [q4, q4before] = [await five('2025Q4'), await five('2024Q4')];
    expect(q4before).toBeGreaterThanOrEqual(0);
    // 2024: its last quarter, and no 2023 quarter to compare with.
    expect(headline(await deck(2024), 'stars')).toBe(`2024年第四季度 ${q4before} 个基层组织为五星级`);
    expect(q4).toBeGreaterThanOrEqual(0);
  });

  it('says how many basic organisations exceed the excellent cap', async () => {
    const [k] = await sql(`SELECT count(*) FILTER (WHERE rating = '优秀')::INT AS e, count(rating)::INT AS n,
        count(*) FILTER (WHERE rating = '优秀' AND rating_source = 'suggested')::INT AS s
      FROM member_ratings WHERE year = 2025`);
    expect(k.s).toBeGreaterThan(0);
    const over = await sql(`SELECT r.branch_id FROM member_ratings r CROSS JOIN rule_params p WHERE r.year = 2025
      GROUP BY r.branch_id HAVING count(r.rating) > 0
        AND count(*) FILTER (WHERE r.rating = '优秀') / count(r.rating) > any_value(p.excellent_cap)`);
    const [{ branches }] = await sql(`SELECT count(DISTINCT branch_id)::INT AS branches FROM member_ratings
      WHERE year = 2025 AND rating IS NOT NULL`);
    const [{ cap }] = await sql('SELECT excellent_cap AS cap FROM rule_params');
    const ratio = `优秀党员占比 ${pct(Number(k.e) / Number(k.n))}（${k.e} / ${k.n}，含按积分建议 ${k.s} 人）`;
    expect(headline(await deck(2025), 'ratio')).toBe(
      over.length
        ? `${ratio}，${branches} 个基层组织中 ${over.length} 个超过 ${pct(Number(cap))} 的指导上限`
        : `${ratio}，各基层组织均未超过 ${pct(Number(cap))} 的指导上限`,
    );
  });

  it('sums the year’s points and names the category with the most bonus points', async () => {
    const [t] =
      await sql(`SELECT sum(points) FILTER (WHERE kind = '加分') AS b, -sum(points) FILTER (WHERE kind = '扣分') AS d
      FROM points WHERE year(date) = 2025`);
    const [top] = await sql(`SELECT category, sum(points) AS p FROM points WHERE year(date) = 2025 AND kind = '加分'
      GROUP BY category ORDER BY p DESC, category LIMIT 1`);
    expect(headline(await deck(2025), 'points')).toBe(
      `全年加分 ${int(Number(t.b))} 分、扣分 ${int(Number(t.d))} 分，加分最多的是「${top.category}」（${int(Number(top.p))} 分）`,
    );
  });

  it('counts topics closed, indicators that met their target, tasks done and meetings short of quota', async () => {
    const doc = await deck(2025);
    const [tp] = await sql(`SELECT count(*) FILTER (WHERE parent_id IS NULL)::INT AS t,
        count(*) FILTER (WHERE parent_id IS NULL AND stage = '结题')::INT AS tc,
        count(*) FILTER (WHERE parent_id IS NOT NULL)::INT AS s,
        count(*) FILTER (WHERE parent_id IS NOT NULL AND stage = '结题')::INT AS sc
      FROM topics WHERE coalesce(year(set_on), 2025) = 2025`);
    expect(headline(doc, 'topics')).toBe(
      `${tp.t} 个课题中 ${tp.tc} 个已结题${Number(tp.s) ? `，${tp.s} 个子课题中 ${tp.sc} 个已结题` : ''}`,
    );
    const o = await outcomeCounts(2025);
    expect(o.regressed).toBeGreaterThan(0); // the case of a metric gone backwards from its baseline
    expect(headline(doc, 'outcomes')).toBe(`${o.n} 项指标中 ${o.met} 项达到目标、${o.regressed} 项较基线倒退`);
    const [ts] = await sql(`SELECT count(*)::INT AS n, count(done_on)::INT AS done,
        count(*) FILTER (WHERE done_on IS NULL AND due_on < (SELECT as_of FROM rule_params))::INT AS late
      FROM tasks WHERE year(due_on) = 2025`);
    expect(headline(doc, 'tasks')).toBe(
      `${ts.n} 项任务完成 ${ts.done} 项，完成率 ${pct(Number(ts.done) / Number(ts.n))}${Number(ts.late) ? `，逾期未完成 ${ts.late} 项` : ''}`,
    );
    const short = await sql(`SELECT type FROM meeting_rollup WHERE year = 2025 GROUP BY type
      HAVING sum(quota) > 0 AND sum(held) < sum(quota) ORDER BY type`);
    const [m] = await sql(
      `SELECT sum(least(held, quota)) / sum(quota) AS c FROM meeting_rollup WHERE year = 2025 AND quota > 0`,
    );
    const kinds = short.map((r) => String(r.type));
    const tail =
      kinds.length === 0
        ? '，各类会议均达到年度应开次数'
        : kinds.length > 2
          ? `，${kinds.length} 类会议未达到年度应开次数`
          : `，${kinds.join('和')}未达到年度应开次数`;
    expect(headline(doc, 'meetings')).toBe(`三会一课完成率 ${pct(Number(m.c))}${tail}`);
    // The honour roll: ratings the evaluation recorded (the sample's rules let no suggested one onto it).
    const [h] = await sql(
      `SELECT count(*)::INT AS n FROM member_ratings WHERE year = 2025 AND rating = '优秀' AND rating_source = 'recorded'`,
    );
    const [f] = await sql(`SELECT count(*)::INT AS n FROM branch_ratings WHERE period = '2025' AND stars = 5`);
    expect(headline(doc, 'honours')).toBe(
      `表彰：${h.n} 名党员评为优秀党员${Number(f.n) ? `，${f.n} 个基层组织获评五星级` : ''}`,
    );
  });

  it('compares the year’s own figures with the year before, those both years have, and leaves that slide out for the first year', async () => {
    expect(meta.years).toEqual([2023, 2024, 2025]); // 2023: the year of the topics only
    // Topics closed compare only between years that both had topics: a year of none has no figure, not 0.
    const year = `CAST(coalesce(year(set_on), year(due_on), year(closed_on)) AS INTEGER)`;
    const topicYears = await sql(`SELECT ${year} AS y, count(*)::INT AS n,
        count(*) FILTER (WHERE stage = '结题')::INT AS closed FROM topics GROUP BY ALL`);
    const topics = (y: number) => topicYears.find((r) => r.y === y);
    expect([topics(2023)?.n, topics(2024)?.n, topics(2025)?.n ?? 0]).toEqual([2, 1, expect.any(Number)]);
    expect(topics(2025)?.n).toBeGreaterThan(0);
    expect(headline(await deck(2025), 'changes')).toMatch(/^与上年相比，4 项年度指标中 \d 项上升、\d 项下降/);
    // 2023 has topics alone: against it, 2024 compares the topics closed only.
    const rowsOf = async (y: number) =>
      (await deck(y)).slides
        .find((s) => s.id === 'changes')
        ?.blocks.flatMap((b) => (b.kind === 'changes' ? b.rows : []))
        .filter((r) => r.rawPrevious !== null)
        .map((r) => [r.key, r.rawPrevious, r.rawCurrent]);
    expect(await rowsOf(2024)).toEqual([['topics_closed', topics(2023)?.closed, topics(2024)?.closed]]);
    // A party group has no average score in either year: no row for it, where the committee's deck has one.
    const keys = async (org?: string) =>
      (await deck(2025, org)).slides
        .find((s) => s.id === 'changes')
        ?.blocks.flatMap((b) => (b.kind === 'changes' ? b.rows : []))
        .map((r) => [r.key, r.rawPrevious === null && r.rawCurrent === null]);
    const [{ group }] = await sql(`SELECT min(org_id) AS group FROM organizations WHERE type = '党小组'`);
    const [{ n }] = await sql(`SELECT count(*)::INT AS n FROM assessments WHERE org_id = ?`, [String(group)]);
    expect(n).toBe(0);
    expect(await keys()).toContainEqual(['avg_score', false]);
    // The average score is of one period a year, named where it is not the year's own: 2024 had quarters only.
    const data = await buildDeckData(runner, meta, { year: 2025 });
    const avgLabel = (await deck(2025)).slides
      .find((s) => s.id === 'changes')
      ?.blocks.flatMap((b) => (b.kind === 'changes' ? b.rows : []))
      .find((r) => r.key === 'avg_score')?.label;
    expect([data.previousPeriod, data.period]).toEqual(['2024Q4', '2025Q4']);
    expect(avgLabel).toBe('支部平均得分（各年第四季度）');
    const groupRows = await keys(String(group));
    expect(groupRows?.map(([k]) => k)).not.toContain('avg_score');
    expect(groupRows?.filter(([, empty]) => empty)).toEqual([]);
    expect((await deck(2023)).slides.map((s) => s.id)).not.toContain('changes');
  });

  it('speaks English too', async () => {
    const doc = await deck(2025, undefined, 'en');
    const o = await outcomeCounts(2025);
    expect(headline(doc, 'outcomes')).toBe(
      `${o.met} of ${o.n} metrics met their target; ${o.regressed} went backwards from their baseline`,
    );
    expect(doc.slides.find((s) => s.id === 'problems')?.headline).toBe('Shortcomings');
  });
});

describe('a branch’s deck', () => {
  it('gives its place among its peers (its committee’s basic organisations) and its move since the year before', async () => {
    const rows = await sql(`SELECT org_id, score100 FROM branch_ratings WHERE period = '2025' ORDER BY score100 DESC`);
    const place = rows.findIndex((r) => r.org_id === 'B003') + 1;
    // 2024 has no annual assessment: its place by the mean of its quarters.
    const before = await sql(`SELECT org_id, avg(score100) AS s FROM branch_ratings
      WHERE year(period_start) = 2024 AND period_kind = 'quarter' GROUP BY org_id ORDER BY s DESC`);
    const placeBefore = before.findIndex((r) => r.org_id === 'B003') + 1;
    const d = placeBefore - place;
    const move = d === 0 ? '，名次与上年持平' : `，比上年${d > 0 ? '上升' : '下降'} ${Math.abs(d)} 位`;
    const doc = await deck(2025, 'B003');
    expect(doc.org.name).toBe('西城片区党工委');
    expect(headline(doc, 'ranking')).toBe(
      `2025年度考核得分 ${one(Number(rows[place - 1].score100))} 分，在 ${rows.length} 个基层组织中排第 ${place} 位${move}`,
    );
    // One organisation has no distribution of stars to show, and no ranking of others.
    expect(doc.slides.map((s) => s.id)).not.toContain('stars');
    const [k] = await sql(`SELECT count(*) FILTER (WHERE rating = '优秀')::INT AS e, count(rating)::INT AS n,
        count(*) FILTER (WHERE rating = '优秀' AND rating_source = 'suggested')::INT AS s
      FROM member_ratings r JOIN org_paths p ON p.org_id = r.org_id WHERE p.ancestor_id = 'B003' AND r.year = 2025`);
    const suggested = Number(k.s) > 0 ? `，含按积分建议 ${k.s} 人` : '';
    expect(headline(doc, 'ratio')).toMatch(
      new RegExp(
        `^优秀党员占比 ${pct(Number(k.e) / Number(k.n)).replace('.', '\\.')}（${k.e} / ${k.n}${suggested}），`,
      ),
    );
  });

  it('a party group’s deck has no ranking, and an id the data does not hold is said to be unknown', async () => {
    const doc = await deck(2025, 'B003-G1');
    expect(doc.slides.map((s) => s.id)).not.toContain('ranking');
    await expect(deck(2025, 'NO-SUCH-ORG')).rejects.toBeInstanceOf(UnknownOrgError);
  });
});

describe('a year with topics only', () => {
  it('gives a deck of topic slides, and the presenter’s own', async () => {
    const doc = await deck(2023);
    expect(doc.slides.map((s) => s.id)).toEqual(['topics', 'outcomes', 'problems', 'plans']);
    expect(headline(doc, 'topics')).toBe('1 个课题中 1 个已结题，1 个子课题中 0 个已结题');
    expect(headline(doc, 'outcomes')).toBe('1 项指标全部达到目标');
  });
});

describe('an organisation without a page of its own', () => {
  it('is answered from the underlying tables as its listed figures are', async () => {
    // Rows compared as a set (ties in a query's order may fall either way), numbers to nine places.
    const normal = (c: Columns) =>
      rows(c)
        .map((r) => JSON.stringify(r, (_, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)))
        .sort();
    const differing = [
      'kpis',
      'kpisBefore',
      'ratio',
      'ratings',
      'monthly',
      'categories',
      'honours',
      'taskAreas',
      'meetingTypes',
    ];
    let compared = 0;
    for (const org of [meta.rootOrg, 'B001', 'B004', 'B003-G1'])
      for (const year of [2024, 2025]) {
        const f = { year, org, period: defaultPeriod(meta, year) };
        const before = { year: year - 1, org, period: defaultPeriod(meta, year - 1) };
        const listed = deckQueries(f, before, { listed: true });
        const any = deckQueries(f, before, { listed: false, slice: org });
        for (const key of DECK_QUERY_KEYS) {
          const [a, b] = [await runner.run(listed[key]), await runner.run(any[key])];
          expect([org, year, key, normal(b)]).toEqual([org, year, key, normal(a)]);
          if (differing.includes(key)) compared++;
        }
      }
    expect(compared).toBe(4 * 2 * differing.length);
  });
});
