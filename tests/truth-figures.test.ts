/**
 * Figures that must say what the data says (issue 14), on a committee of 21 branches built here: a topic
 * metric that went backwards from its baseline, topic teams of party members and business backbones, a branch
 * 11th of 21 (16th the quarter before), and an honour roll where some ratings are only suggested from points.
 * Each is checked on the pages as the build renders them (their first view and HTML, tests/pages.ts) and on
 * the review deck, against SQL written here over the published source tables.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOption } from '../src/charts/option';
import type { ChartShape } from '../src/charts/spec';
import { branches as branchesPage } from '../src/dashboards/branches';
import { rows } from '../src/queries/types';
import { buildDeckData, deckDoc } from '../src/review/deck';
import type { DeckBlock, DeckDoc, SlideDoc } from '../src/review/model';
import { HONOUR_NAMES } from '../src/review/slides/honours';
import { build, queryParquet, tempDir } from './helpers';
import { panelHtml, renderPage, type Site, siteOver } from './pages';

const BRANCHES = Array.from({ length: 21 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`);
/** Places by quarter, best first: B10 is 16th in Q1 and 11th in Q2. */
const Q1 = BRANCHES.filter((b) => b !== 'B10').toSpliced(15, 0, 'B10');
const Q2 = BRANCHES.filter((b) => b !== 'B10').toSpliced(10, 0, 'B10');
/** Branches whose members the evaluation rated (two 优秀 each); the other six have ratings suggested from points only. */
const EVALUATED = BRANCHES.slice(0, 15);

function exportsOf(rules: object): string {
  const dir = join(tempDir('djd-truth-'), 'in');
  const files: Record<string, string[]> = {
    'orgs.csv': ['组织编号,组织名称,组织类型,上级组织编号', 'C1,测试党委,党委,'],
    'members.csv': ['党员编号,姓名,所在组织编号,党员类别'],
    'ledger.csv': ['党员编号,日期,积分类型,积分类别,分值'],
    'evaluations.csv': ['党员编号,年度,评议等次'],
    'assessments.csv': ['组织编号,考核周期,得分,满分'],
  };
  for (const b of BRANCHES) {
    files['orgs.csv'].push(`${b},${b}党支部,党支部,C1`);
    for (let n = 1; n <= 6; n++) {
      const m = `M${b.slice(1)}${n}`;
      files['members.csv'].push(`${m},党员${m},${b === 'B10' && n <= 2 ? 'G10' : b},正式党员`);
      files['ledger.csv'].push(`${m},2025-03-10,加分,学习教育,${n}`);
      if (EVALUATED.includes(b)) files['evaluations.csv'].push(`${m},2025,${n > 4 ? '优秀' : '合格'}`);
    }
    files['assessments.csv'].push(`${b},2025Q1,${95 - Q1.indexOf(b)},100`, `${b},2025Q2,${95 - Q2.indexOf(b)},100`);
  }
  files['orgs.csv'].push('G10,B10第一党小组,党小组,B10');
  files['topics.csv'] = [
    '课题编号,课题名称,上级课题编号,领题组织编号,负责人,阶段,点题日期,计划完成日期,结题日期',
    'T1,提升服务,,C1,,破题,2025-02-01,2025-11-30,',
    'T1-1,提升服务（子课题一）,T1,B10,,结题,2025-02-01,2025-11-30,2025-06-30',
    'T1-2,提升服务（子课题二）,T1,B11,,破题,2025-02-01,2025-11-30,',
    'T2,便民服务,,B12,赵一、赵二,领题,2025-03-01,2025-12-31,',
  ];
  files['outcomes.csv'] = [
    '课题编号,指标,单位,基线值,目标值,实际值',
    'T1,车险续保率,%,36,60,31',
    'T1,新增网点,个,18,30,31',
    'T1,窗口满意度,%,54,90,60',
  ];
  // 张一 answers for both sub-topics: one person on the team.
  files['owners.csv'] = [
    '课题编号,姓名,身份',
    'T1-1,张一,党员',
    'T1-1,张二,党员',
    'T1-1,李一,业务骨干',
    'T1-2,张一,党员',
    'T1-2,王一,业务骨干',
  ];
  const inDir = dir;
  mkdirSync(inDir, { recursive: true });
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(inDir, name), `${lines.join('\n')}\n`);
  writeFileSync(join(inDir, 'rules.json'), JSON.stringify({ asOf: '2025-12-31', ...rules }));
  return inDir;
}

let outDir: string;
let site: Site;
const sql = (text: string, params: (string | number)[] = []) => queryParquet(outDir, text, params);

/** The 2025 review deck of an organisation of a site (the whole committee by default), in Chinese. */
async function deckOf(of: Site, org?: string): Promise<DeckDoc> {
  return deckDoc(await buildDeckData(of.runner, of.meta, { year: 2025, org }), 'zh');
}
const slideOf = (doc: DeckDoc, id: SlideDoc['id']) => doc.slides.find((s) => s.id === id);
const blockOf = <K extends DeckBlock['kind']>(slide: SlideDoc | undefined, kind: K) =>
  slide?.blocks.filter((b): b is Extract<DeckBlock, { kind: K }> => b.kind === kind) ?? [];

beforeAll(async () => {
  const result = await build(exportsOf({}));
  expect(result.status).toBe('published');
  outDir = result.outDir;
  site = await siteOver(outDir);
}, 120_000);

describe('topic outcomes, measured from their baselines', () => {
  it('a metric below its baseline is gone backwards, not half done; one past its target is met', async () => {
    const topics = await renderPage(site, 'topics');
    const expected = await sql(
      `SELECT metric, (actual - baseline) / (target - baseline) AS progress, actual / target AS attainment
       FROM topic_outcomes ORDER BY progress DESC`,
    );
    const shown = rows(topics.view.data.outcomes);
    expect(shown.map((r) => [r.metric, r.progress, r.attainment])).toEqual(
      expected.map((e) => [e.metric, expect.closeTo(Number(e.progress), 12), expect.closeTo(Number(e.attainment), 12)]),
    );
    const status = Object.fromEntries(shown.map((r) => [r.metric, r.status]));
    expect(status).toEqual({ 新增网点: 'met', 窗口满意度: 'progressing', 车险续保率: 'regressed' });
    // 31 of a target of 60 from a baseline of 36: −20.8%, 倒退, where actual ÷ target said 51.7%.
    const table = panelHtml(topics.html, 'outcomes');
    expect(table).toContain('-20.8%');
    expect(table).toContain('倒退');
    expect(table).toContain('3 项指标中 1 项达到目标、1 项较基线倒退');
    // The chart: the 100% line, each metric's unit, and the status said in words.
    const svg = topics.view.svgs.outcomes.desktop;
    expect(svg).toContain('目标 100.0%');
    expect(svg).toContain('车险续保率（%）');
    expect(svg).toContain('-20.8% 倒退');
  });

  it('the deck says how many metrics met their target and went backwards, each one from its baseline against 100%', async () => {
    const expected = await sql(
      `SELECT metric, (actual - baseline) / (target - baseline) AS progress FROM topic_outcomes ORDER BY progress DESC`,
    );
    const slide = slideOf(await deckOf(site), 'outcomes');
    expect(slide?.headline).toBe('3 项指标中 1 项达到目标、1 项较基线倒退');
    const [chart] = blockOf(slide, 'chart').map((b) => b.chart);
    expect(chart.categories).toEqual(['新增网点（达标）', '窗口满意度（推进中）', '车险续保率（倒退）']);
    expect(chart.series[0].values).toEqual(expected.map((e) => expect.closeTo(Number(e.progress), 12)));
    expect(chart.series[0].values[2]).toBeLessThan(0); // 31 from 36 towards 60
    expect(chart.target?.value).toBe(1);
    expect(new Set(chart.series[0].colors).size).toBe(3); // a colour per status, beside its word
    expect(slide?.notes.join('\n')).toContain(
      '车险续保率：基线 36%，目标 60%，实际 31%；较基线进度 -20.8%，实际 ÷ 目标 51.7%（倒退）',
    );
  });

  it('the per-branch table gives each branch its topics closed of taken, not a 完成度 of —', async () => {
    const topics = await renderPage(site, 'topics');
    const byBranch = rows(topics.view.data.byBranch);
    const expected = await sql(
      `SELECT org_id, count(*)::INT AS n, count(*) FILTER (WHERE stage = '结题')::INT AS closed FROM topics
       WHERE org_id LIKE 'B%' GROUP BY org_id ORDER BY org_id`,
    );
    expect(byBranch.map((r) => [r.org_id, r.topics, r.closed, r.closed_share]).sort()).toEqual(
      expected.map((e) => [e.org_id, e.n, e.closed, Number(e.closed) / Number(e.n)]),
    );
    expect(panelHtml(topics.html, 'byBranch')).toContain('100.0%'); // B10: 1 of 1 closed
  });
});

describe('topic teams', () => {
  it('owners per topic and in all, by kind, each person once', async () => {
    const topics = await renderPage(site, 'topics');
    const [all] = await sql(
      `WITH people AS (
         SELECT DISTINCT name, kind FROM topic_owners)
       SELECT count(*) FILTER (WHERE kind = '党员')::INT AS members, count(*) FILTER (WHERE kind = '业务骨干')::INT AS backbone,
         count(*) FILTER (WHERE kind IS NULL)::INT AS unspecified FROM people`,
    );
    expect(all).toEqual({ members: 2, backbone: 2, unspecified: 2 }); // 张一 twice is one; 赵一、赵二 from the cell
    expect(rows(topics.view.data.teamTotals)[0]).toMatchObject(all);
    expect(rows(topics.view.data.teams).map((r) => [r.topic_id, r.members, r.backbone, r.unspecified])).toEqual([
      ['T1', 2, 2, 0],
      ['T2', 0, 0, 2],
    ]);
    expect(panelHtml(topics.html, 'teams')).toContain('课题团队共 6 人：党员 2 人、业务骨干 2 人、未注明身份 2 人');
    // B10's page: the team of its own sub-topic.
    const org = await renderPage(site, 'org', 'B10');
    expect(rows(org.view.data.teamTotals)[0]).toMatchObject({ members: 2, backbone: 1, unspecified: 0 });
    // The deck's topics slide: the same team, as tiles beside the funnel and as a sentence in its notes.
    const slide = slideOf(await deckOf(site), 'topics');
    const tiles = blockOf(slide, 'kpis')[0]?.items.map((k) => [k.key, k.raw]);
    expect(tiles).toEqual([
      ['team', 6],
      ['members', all.members],
      ['backbone', all.backbone],
      ['unspecified', all.unspecified],
    ]);
    expect(slide?.notes[0]).toBe('课题团队共 6 人：党员 2 人、业务骨干 2 人、未注明身份 2 人');
    // Each part is labelled as the team's, not as a head count of its own.
    expect(blockOf(slide, 'kpis')[0]?.items.map((k) => k.label)).toEqual([
      '课题团队',
      '课题团队 · 党员',
      '课题团队 · 业务骨干',
      '课题团队 · 未注明身份',
    ]);
  });
});

describe('topics closed, where there are topics', () => {
  /** The overview's topics card of `org`: its figure, its detail and whether it states a change. */
  async function topicsCard(org: string) {
    const page = await renderPage(site, 'overview', org);
    const card = /<div class="kpi" data-kpi="topics_closed"[\s\S]*?<\/div>/.exec(page.html)?.[0] ?? '';
    const kpis = page.view.data.kpis;
    return {
      figures: [kpis.topics_closed[0], kpis.topics_total[0]],
      detail: /class="detail">([^<]*)</.exec(card)?.[1],
      change: card.includes('class="change"'),
    };
  }

  it('a branch whose subtree took no topic has no figure, not 0 of 0 unchanged', async () => {
    const taken = await sql(`SELECT org_id, count(*)::INT AS n, count(*) FILTER (WHERE stage = '结题')::INT AS closed
      FROM topics GROUP BY org_id ORDER BY org_id`);
    expect(taken.map((r) => r.org_id)).not.toContain('B01');
    expect(await topicsCard('B01')).toEqual({ figures: [null, null], detail: '本年度无课题', change: false });
    // B10 took one sub-topic and closed it: 1 of 1.
    const b10 = taken.find((r) => r.org_id === 'B10');
    expect(await topicsCard('B10')).toMatchObject({ figures: [b10?.closed, b10?.n], detail: `/ ${b10?.n}` });
  });

  it('the outcome panel of a view with no metrics says there are none, not that 0 metrics lack a target', async () => {
    const [{ n }] = await sql(`SELECT count(*)::INT AS n FROM topic_outcomes o JOIN topics t USING (topic_id)
      WHERE t.org_id = 'B01'`);
    expect(n).toBe(0);
    const summary = (html: string) => /class="summary">([^<]*)</.exec(panelHtml(html, 'outcomes'))?.[1];
    expect(summary((await renderPage(site, 'overview', 'B01')).html)).toBe('暂无课题成效指标');
    expect(summary((await renderPage(site, 'overview', 'B01', 'en')).html)).toBe('No topic outcome metrics');
    // The committee's three metrics, one met and one gone backwards (above): its sentence counts them.
    expect(summary((await renderPage(site, 'overview')).html)).toBe('3 项指标中 1 项达到目标、1 项较基线倒退');
  });
});

describe('ranks among peers', () => {
  it('a branch shown on its own keeps its place among its committee’s 21, with its move since the last quarter', async () => {
    const places = await sql(
      `SELECT period, org_id, rank() OVER (PARTITION BY period ORDER BY score DESC)::INT AS place,
         count(*) OVER (PARTITION BY period)::INT AS peers FROM assessments`,
    );
    const place = (period: string) => places.find((p) => p.period === period && p.org_id === 'B10');
    expect([place('2025Q2')?.place, place('2025Q1')?.place, place('2025Q2')?.peers]).toEqual([11, 16, 21]);

    const branches = await renderPage(site, 'branches', 'B10');
    expect(branches.view.filters).toMatchObject({ org: 'B10', period: '2025Q2' });
    expect(rows(branches.view.data.ranking)).toMatchObject([{ org_id: 'B10', rank: 11, peers: 21 }]);
    expect(rows(branches.view.data.report)).toMatchObject([
      { org_id: 'B10', rank: 11, peers: 21, previous_rank: 16, previous_peers: 21, rank_change: 5 },
    ]);
    expect(panelHtml(branches.html, 'report')).toContain('第 11 / 21');
    expect(panelHtml(branches.html, 'report')).toContain('▲5');

    const org = await renderPage(site, 'org', 'B10');
    expect(org.html).toContain('2025年第二季度考核排名：第 11 / 21 · 上期 第 16 / 21 ▲5');
    expect(rows(org.view.data.history).map((r) => [r.period, r.rank, r.peers])).toEqual([
      ['2025Q1', 16, 21],
      ['2025Q2', 11, 21],
    ]);
    // The committee's own page numbers its branches from 1.
    const committee = await renderPage(site, 'branches');
    expect(rows(committee.view.data.ranking).map((r) => [r.org_id, r.rank])).toEqual(Q2.map((b, i) => [b, i + 1]));
    // The overview of the branch alone: the same place.
    const overview = await renderPage(site, 'overview', 'B10');
    expect(rows(overview.view.data.ranking)).toMatchObject([{ org_id: 'B10', rank: 11, peers: 21 }]);
    // The branch's deck: its year (the mean of its two quarters) among the committee's 21, never 1 of 1.
    const year = await sql(
      `SELECT org_id, rank() OVER (ORDER BY avg(score) DESC)::INT AS place, count(*) OVER ()::INT AS peers
       FROM assessments GROUP BY org_id`,
    );
    const own = year.find((r) => r.org_id === 'B10');
    expect([own?.place, own?.peers]).toEqual([13, 21]);
    const ranking = slideOf(await deckOf(site, 'B10'), 'ranking');
    expect(ranking?.headline).toBe('2025年度考核平均 82.5 分，在 21 个基层组织中排第 13 位');
  });

  const trendPanel = branchesPage.panels.find((p) => p.id === 'trend') as (typeof branchesPage.panels)[number];
  const chartCtx = { locale: 'zh' as const, dark: false, branchIndex: new Map<string, number>(), excellentCap: 0.3 };
  it('the score trend of 21 branches starts with the 8 best of the quarter on, the rest in its legend, off', async () => {
    const best = await sql(`SELECT org_id FROM assessments WHERE period = '2025Q2' ORDER BY score DESC, org_id`);
    const committee = await renderPage(site, 'branches');
    const trend = rows(committee.view.data.trend);
    expect(trend).toHaveLength(42); // 21 branches × 2 quarters
    const lines = [...new Set(trend.map((r) => r.org_id))];
    // Branch by branch in the quarter's order (B10, 11th, after B11), so the first 8 lines are its best 8.
    expect(lines).toEqual(best.map((r) => r.org_id));
    expect(lines).toEqual(Q2);
    // The quarters in time order, left to right, though the rows come branch by branch.
    const option = buildOption(trendPanel.chart as ChartShape, committee.view.data.trend, chartCtx) as {
      xAxis?: { data?: unknown };
    };
    expect(option.xAxis?.data).toEqual(['2025Q1', '2025Q2']);
    expect(panelHtml(committee.html, 'trend')).toContain('图中先显示前 8 条线（共 21 条，按所选期得分从高到低）');
  });
});

describe('a view with no one ranked', () => {
  it('a party group has no basic organisation to rank: its ranking says so, not 暂无数据', async () => {
    const [{ n }] = await sql(`SELECT count(*)::INT AS n FROM assessments WHERE org_id = 'G10'`);
    expect(n).toBe(0);
    const ranking = panelHtml((await renderPage(site, 'overview', 'G10')).html, 'ranking');
    expect(ranking).toContain('本级本期没有考核得分的基层组织');
    expect(ranking).not.toContain('暂无数据');
    // B10's own view ranks B10.
    expect(panelHtml((await renderPage(site, 'overview', 'B10')).html, 'ranking')).not.toContain('没有考核得分');
  });
});

describe('the excellent ratio, where some ratings are only suggested', () => {
  /** The overview's excellent-ratio card of `org`: its detail and its note. */
  async function ratioCard(org?: string) {
    const page = await renderPage(site, 'overview', org);
    const card = /<div class="kpi" data-kpi="excellent_ratio"[\s\S]*?<\/div>/.exec(page.html)?.[0] ?? '';
    return {
      detail: /class="detail">([^<]*)</.exec(card)?.[1],
      note: /class="note">([^<]*)</.exec(card)?.[1],
    };
  }

  it('says beside the figure how many of its excellent are suggested from points, not recorded', async () => {
    const [recorded] = (await sql(
      `SELECT count(*) FILTER (WHERE rating = '优秀')::INT AS excellent FROM evaluations WHERE year = 2025`,
    )) as { excellent: number }[];
    const [suggested] = (await sql(
      `SELECT count(*) FILTER (WHERE rating = '优秀')::INT AS excellent, count(*)::INT AS rated
       FROM member_ratings WHERE year = 2025 AND rating_source = 'suggested'`,
    )) as { excellent: number; rated: number }[];
    const [{ rated }] = (await sql(`SELECT count(*)::INT AS rated FROM evaluations WHERE year = 2025`)) as {
      rated: number;
    }[];
    expect([recorded.excellent, suggested.excellent]).toEqual([30, expect.any(Number)]);
    expect(suggested.excellent).toBeGreaterThan(0);
    const excellent = recorded.excellent + suggested.excellent;
    expect(await ratioCard()).toEqual({
      detail: `${excellent} / ${rated + suggested.rated} · ≤ 33.3%`,
      note: `含按积分建议 ${suggested.excellent} 人（未录入评议结果）`,
    });
    // A branch the evaluation rated whole: no note (the line kept, empty).
    expect((await ratioCard('B01')).note).toBe('\u00a0');
    const deck = await deckOf(site);
    const tile = blockOf(slideOf(deck, 'numbers'), 'kpis')[0]?.items.find((k) => k.key === 'excellent_ratio');
    expect(tile?.detail).toContain(`含按积分建议 ${suggested.excellent} 人`);
    expect(slideOf(deck, 'numbers')?.notes.join('\n')).toContain(`；含按积分建议 ${suggested.excellent} 人`);
    expect(slideOf(deck, 'ratio')?.headline).toContain(
      `（${excellent} / ${rated + suggested.rated}，含按积分建议 ${suggested.excellent} 人）`,
    );
  });
});

describe('a basic organisation whose topics set no indicator', () => {
  it('says so in its 指标达标 column, not a bare dash', async () => {
    const topics = await renderPage(site, 'topics');
    const byBranch = rows(topics.view.data.byBranch);
    const [{ with_metrics }] = await sql(
      `SELECT count(DISTINCT t.org_id)::INT AS with_metrics FROM topics t JOIN topic_outcomes o USING (topic_id)
       JOIN organizations g ON g.org_id = t.org_id WHERE g.type = '党支部'`,
    );
    expect(with_metrics).toBe(0); // the fixture's indicators are the committee's topic's
    expect(byBranch.length).toBeGreaterThan(0);
    expect(byBranch.every((r) => Number(r.metrics_with_target) === 0)).toBe(true);
    const cells = panelHtml(topics.html, 'byBranch').match(/未设指标/g) ?? [];
    expect(cells.length).toBe(byBranch.length);
  });
});

describe('an organisation the data does not have', () => {
  it('is said to be missing, with no figures or panels in its place', async () => {
    const [{ n }] = await sql(`SELECT count(*)::INT AS n FROM organizations WHERE org_id = 'S001'`);
    expect(n).toBe(0);
    const page = await renderPage(site, 'org', 'S001');
    expect(page.html).toContain('数据中没有编号为「S001」的组织');
    expect(page.html).not.toContain('data-kpi=');
    expect(page.html).not.toContain('<section');
    const en = await renderPage(site, 'org', 'S001', 'en');
    expect(en.html).toContain('The data has no organisation with the id “S001”');
    // One it has: its name, figures and panels.
    const known = await renderPage(site, 'org', 'B01');
    expect(known.html).not.toContain('class="not-found"');
    expect(known.html).toContain('B01党支部');
    expect(known.html).toContain('data-kpi=');
  });
});

describe('the honour roll', () => {
  it('lists the ratings the evaluation recorded, not those suggested from points; the deck says how many it shows', async () => {
    const expected = await sql(
      `SELECT m.name FROM evaluations e JOIN members m USING (member_id) WHERE e.year = 2025 AND e.rating = '优秀'
       ORDER BY m.name`,
    );
    const [{ suggested }] = await sql(
      `SELECT count(*)::INT AS suggested FROM member_ratings WHERE year = 2025 AND rating = '优秀' AND rating_source = 'suggested'`,
    );
    expect(expected.length).toBe(30);
    expect(suggested).toBeGreaterThan(0); // the six branches without an evaluation have suggested 优秀
    const members = await renderPage(site, 'members');
    const honours = rows(members.view.data.honours);
    expect(honours.map((r) => r.name).sort()).toEqual(expected.map((e) => e.name));
    expect(honours.every((r) => r.rating_source === 'recorded')).toBe(true);
    expect(panelHtml(members.html, 'honours')).toContain('共 30 人，均为民主评议评定的优秀党员');
    const [list] = blockOf(slideOf(await deckOf(site), 'honours'), 'list').filter((l) => l.title === '优秀党员');
    expect([list?.count, list?.items.length]).toEqual([`共 30 人 · 显示前 ${HONOUR_NAMES} 人`, HONOUR_NAMES]);
    expect(list?.items.every((i) => !i.detail.includes('建议'))).toBe(true);
  });

  it('holds suggested ratings, labelled 建议, only where the rules say so', async () => {
    const result = await build(exportsOf({ publish: { suggestedHonours: true } }));
    const other = await siteOver(result.outDir);
    const [{ n }] = await queryParquet(
      result.outDir,
      `SELECT count(*)::INT AS n FROM member_ratings WHERE year = 2025 AND rating = '优秀'`,
    );
    const members = await renderPage(other, 'members');
    const honours = rows(members.view.data.honours);
    expect(honours.length).toBe(n);
    const suggested = honours.filter((r) => r.rating_source === 'suggested').length;
    expect(suggested).toBeGreaterThan(0);
    expect(panelHtml(members.html, 'honours')).toContain(`按积分建议 ${suggested} 人`);
    expect(panelHtml(members.html, 'honours')).toContain('<td>建议</td>');
    // The deck counts the whole roll, and labels each suggested rating it names.
    const deck = await deckOf(other);
    const [list] = blockOf(slideOf(deck, 'honours'), 'list').filter((l) => l.title === '优秀党员');
    expect(list?.count).toBe(`共 ${n} 人 · 显示前 ${HONOUR_NAMES} 人`);
    const named = honours.slice(0, HONOUR_NAMES);
    expect(list?.items.map((i) => i.detail.endsWith(' · 建议'))).toEqual(
      named.map((r) => r.rating_source === 'suggested'),
    );
  });
});
