/**
 * The notice board's queries on the hand-worked contract case, under the
 * rules' publish section: names and totals by default, branch totals only
 * when names may not be published. Expected figures come from SQL written
 * here over the raw ledger, not from the site's queries.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerBoard } from '../src/board/answer';
import { BoardFrame } from '../src/board/BoardFrame';
import { framesOf } from '../src/board/frames';
import { PrintSheets } from '../src/board/PrintSheets';
import { answerPrint, PrintProblem } from '../src/board/print';
import { PRINT_SHEETS_MAX } from '../src/model/limits';
import { type BoardSlide, boardQueries } from '../src/queries/board';
import { defaultFilters } from '../src/queries/filters';
import { readManifest } from '../src/ssr/site-data';
import { build, FIXTURES, metaOver, queryParquet, runnerOver, tempDir } from './helpers';

async function buildWith(publish: Record<string, boolean>, more: object = {}): Promise<string> {
  const dir = join(tempDir('djd-board-'), 'in');
  cpSync(join(FIXTURES, 'contract'), dir, { recursive: true });
  const rules = JSON.parse(readFileSync(join(dir, 'rules.json'), 'utf8'));
  writeFileSync(join(dir, 'rules.json'), JSON.stringify({ ...rules, publish, ...more }));
  const result = await build(dir);
  expect(result.status).toBe('published');
  return result.outDir;
}

let named: string;
let hidden: string;
/** The case with bands that rate 第一党支部's 85 points 一般. */
let strict: string;
beforeAll(async () => {
  named = await buildWith({ memberNames: true, pointsBreakdown: true });
  hidden = await buildWith({ memberNames: false });
  const bands = [
    { rating: '优秀', minScore: 95 },
    { rating: '良好', minScore: 90 },
    { rating: '一般', minScore: 60 },
    { rating: '较差', minScore: 0 },
  ];
  strict = await buildWith({}, { branches: { bands } });
});

async function board(outDir: string) {
  const runner = runnerOver(outDir);
  const meta = await metaOver(outDir);
  const f = defaultFilters(meta);
  const q = boardQueries(f, meta.publish, { listed: true });
  return { f, points: await runner.run(q.points), honours: await runner.run(q.honours) };
}

describe('notice board queries', () => {
  it('tallies each member for the period, with names, when the rules allow', async () => {
    const { f, points, honours } = await board(named);
    expect(Object.keys(points)).toEqual([
      'branch_id',
      'branch',
      'name',
      'bonus',
      'deduction',
      'period_points',
      'total',
    ]);
    const [expected] = await queryParquet(
      named,
      `SELECT sum(points) FILTER (WHERE kind = '加分') AS bonus, -sum(points) FILTER (WHERE kind = '扣分') AS deduction
       FROM points WHERE date >= (SELECT min(period_start) FROM branch_ratings WHERE period = ?)
         AND date < (SELECT min(period_start) FROM branch_ratings WHERE period = ?) + INTERVAL 3 MONTH`,
      [f.period, f.period],
    );
    const sum = (values: unknown[]) => values.reduce<number>((a, v) => a + Number(v), 0);
    expect(Number(expected.bonus)).toBeGreaterThan(0); // the case has entries in the period
    expect(sum(points.bonus)).toBe(Number(expected.bonus ?? 0));
    expect(sum(points.deduction)).toBe(Number(expected.deduction ?? 0));
    const [members] = await queryParquet(named, 'SELECT count(*)::INT AS n FROM members');
    expect(points.name.length).toBe(members.n);
    // The honour roll: ratings the evaluation recorded, not those suggested from points (rules default).
    const [excellent] = await queryParquet(
      named,
      `SELECT count(*) FILTER (WHERE rating_source = 'recorded')::INT AS n,
         count(*) FILTER (WHERE rating_source = 'suggested')::INT AS suggested
       FROM member_ratings WHERE rating = '优秀' AND year = ?`,
      [f.year],
    );
    expect(excellent.suggested).toBeGreaterThan(0); // the case this is about
    expect(honours.name?.length ?? 0).toBe(excellent.n);
    expect(honours.rating_source).toEqual(Array(excellent.n).fill('recorded'));
  });

  it('publishes branch totals only, no names, when the rules say names may not be shown', async () => {
    const { points, honours } = await board(hidden);
    for (const columns of [points, honours]) {
      expect(Object.keys(columns)).not.toContain('name');
      expect(Object.keys(columns)).not.toContain('member_id');
    }
    const perBranch = await queryParquet(
      hidden,
      'SELECT branch_id, count(*)::INT AS n FROM member_year_points WHERE year = (SELECT max(year) FROM member_year_points) GROUP BY ALL ORDER BY branch_id',
    );
    expect(points.branch_id).toEqual(perBranch.map((r) => r.branch_id));
    expect(points.members).toEqual(perBranch.map((r) => r.n));
  });

  it('sums the meetings of a screen whose organisation has no page of its own as the work page’s table does', async () => {
    const runner = runnerOver(named);
    const meta = await metaOver(named);
    const base = defaultFilters(meta);
    let shown = 0;
    for (const org of meta.orgs) {
      const f = { ...base, org: org.id };
      const listed = await runner.run(boardQueries(f, meta.publish, { listed: true }).meetings);
      expect(await runner.run(boardQueries(f, meta.publish, { listed: false }).meetings)).toEqual(listed);
      shown += listed.org_id?.length ?? 0;
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('calls out the basic organisations needing attention, each with every reason', async () => {
    // Worked by hand from the contract case (as of 2024-12-31, 2024Q1): 第二党支部's topic P1-2 was due
    // 2024-10-01 and is still 破题, its task T3 was due 2024-03-01 and is not done; 第一党支部 has 1 of its 2
    // rated members excellent (50%, over the cap of a third). 第二党支部 has two reasons, so it comes first.
    const attention = async (outDir: string) => {
      const runner = runnerOver(outDir);
      const meta = await metaOver(outDir);
      return runner.run(boardQueries(defaultFilters(meta), meta.publish, { listed: true }).attention);
    };
    expect(await attention(named)).toEqual({
      org_id: ['B2', 'B1'],
      name: ['第二党支部', '第一党支部'],
      low_rating: [null, null],
      score100: [95, 85],
      over_cap_ratio: [null, 0.5],
      excellent_cap: [1 / 3, 1 / 3],
      overdue_topics: [1, 0],
      overdue_tasks: [1, 0],
    });
    // Under bands that rate its 85 points 一般, 第一党支部 has two reasons too, and the lower score: first.
    const rated = await attention(strict);
    expect(rated.org_id).toEqual(['B1', 'B2']);
    expect(rated.low_rating).toEqual(['一般', null]);
  });

  it('prints the tally of any organisation and period the data holds, and says which it does not', async () => {
    const runner = runnerOver(named);
    const version = readManifest(named);
    const sheet = await answerPrint(runner, { org: 'B2', period: '2024Q1' }, version);
    expect(sheet.filters).toEqual({ org: 'B2', period: '2024Q1', year: 2024 });
    const members = await queryParquet(named, `SELECT name FROM members WHERE org_id = 'B2' ORDER BY name`);
    expect([...sheet.tally.name].sort()).toEqual(members.map((m) => m.name));
    await expect(answerPrint(runner, { org: 'NO-SUCH', period: null }, version)).rejects.toEqual(
      new PrintProblem('org', 'NO-SUCH'),
    );
    await expect(answerPrint(runner, { org: null, period: '2023Q4' }, version)).rejects.toMatchObject({
      kind: 'period',
      value: '2023Q4',
    });
  });

  it('prints at most PRINT_SHEETS_MAX branches on one page (sheets, or rows of the averages), and says how many there are', async () => {
    const data = await answerPrint(runnerOver(named), { org: null, period: null }, readManifest(named));
    const sheets = (html: string) => html.match(/<article class="sheet">/g)?.length ?? 0;
    const cut = (html: string) => /<p class="sheet-cut">([^<]*)<\/p>/.exec(html)?.[1];
    const whole = renderToStaticMarkup(createElement(PrintSheets, { data, locale: 'zh' }));
    const branches = new Set(data.tally.branch_id).size;
    expect(branches).toBeGreaterThan(1);
    expect(sheets(whole)).toBe(branches);
    expect(cut(whole)).toBeUndefined();
    // A committee of one more branch than a page draws: each of its members in a branch of their own.
    const n = PRINT_SHEETS_MAX + 1;
    const many = Object.fromEntries(
      Object.entries(data.tally).map(([k, v]) => [
        k,
        Array.from({ length: n }, (_, i) => (k === 'branch_id' ? `X${i}` : k === 'branch' ? `第${i}支部` : v[0])),
      ]),
    );
    const html = renderToStaticMarkup(createElement(PrintSheets, { data: { ...data, tally: many }, locale: 'zh' }));
    expect(sheets(html)).toBe(PRINT_SHEETS_MAX);
    expect(cut(html)).toBe(
      `共 ${n} 个支部 · 本页只排出前 ${PRINT_SHEETS_MAX} 个。打印其他支部，请在地址后加 ?org= 和支部或上级党组织的编号。`,
    );
    expect(html).toContain('第199支部');
    expect(html).not.toContain('第200支部');
    // Without names, one sheet of branch averages: a row per branch, bounded the same way.
    const averages = await answerPrint(runnerOver(hidden), { org: null, period: null }, readManifest(hidden));
    expect('name' in averages.tally).toBe(false);
    const rows = Object.fromEntries(
      Object.entries(averages.tally).map(([k, v]) => [
        k,
        Array.from({ length: n }, (_, i) => (k === 'branch_id' ? `X${i}` : k === 'branch' ? `第${i}支部` : v[0])),
      ]),
    );
    const sheet = renderToStaticMarkup(
      createElement(PrintSheets, { data: { ...averages, tally: rows }, locale: 'zh' }),
    );
    expect(sheets(sheet)).toBe(1);
    expect(sheet.match(/<td class="name">/g)?.length).toBe(PRINT_SHEETS_MAX);
    expect(cut(sheet)).toBe(cut(html));
    const few = renderToStaticMarkup(createElement(PrintSheets, { data: averages, locale: 'zh' }));
    expect(few.match(/<td class="name">/g)?.length).toBe(averages.tally.branch_id.length);
    expect(cut(few)).toBeUndefined();
  });

  it('says among whom its places are, and that its honours are the ratings recorded', async () => {
    // The contract case ranks its two branches: 第二党支部 95, 第一党支部 85. 第一党支部's own screen shows it
    // 2nd, and says among how many, not 1 of 1.
    const slides: BoardSlide[] = ['overview', 'ranking', 'honours'];
    const frame = async (org: string, slide: BoardSlide) => {
      const board = await answerBoard(runnerOver(named), { org, slides }, readManifest(named));
      const [first] = framesOf([slide], board.data);
      const html = renderToStaticMarkup(createElement(BoardFrame, { frame: first, board, locale: 'zh', slides }));
      return { html, sub: /<p class="sub">([^<]*)<\/p>/.exec(html)?.[1] };
    };
    const branch = await frame('B1', 'ranking');
    expect(branch.sub).toBe('第一党支部 · 2024年第一季度 · 2 个基层组织参与排名');
    expect(branch.html).toMatch(/<span class="lead">2<\/span><span class="label">第一党支部<\/span>/);
    expect((await frame('C1', 'ranking')).sub).toMatch(/ · 2 个基层组织参与排名$/);
    // The overview's ranking says how many it holds, and among how many they are placed where that differs.
    const aside = (html: string) => /ov-ranking"><h2><span>[^<]*<\/span><span class="aside">([^<]*)</.exec(html)?.[1];
    expect(aside((await frame('B1', 'overview')).html)).toBe('共 1 个 · 2 个基层组织参与排名');
    expect(aside((await frame('C1', 'overview')).html)).toBe('共 2 个');
    // A party group's screen has no one to rank, and no topic: it says so, and draws no stages of 0.
    const group = (await frame('G1', 'overview')).html;
    expect(group).toContain('<p class="ov-empty">本级本期没有考核得分的基层组织</p>');
    expect(group).toContain('<p class="ov-empty">本年度无课题</p>');
    expect(group).not.toContain('ov-stages');
    expect((await frame('C1', 'overview')).html).toContain('ov-stages');
    const [recorded] = await queryParquet(
      named,
      `SELECT count(*)::INT AS n FROM member_ratings WHERE year = 2024 AND rating = '优秀' AND rating_source = 'recorded'`,
    );
    expect((await frame('C1', 'honours')).sub).toBe(
      `测试党委 · 2024年度 · 共 ${recorded.n} 人，均为民主评议评定的优秀党员`,
    );
  });
});
