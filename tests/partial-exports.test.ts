/**
 * Any subset of the ten tables (issue 14): a data set built from each table alone (with the tables its rows
 * name: members need their organisations, points their members) and from a few combinations. For each, the
 * pages as the build renders them (their first view and HTML, tests/pages.ts) and the review decks are checked
 * against SQL written here over the published source tables: the years on offer come from every dated table,
 * head counts from the members table, figures equal the data's, what the data lacks is said in words
 * (本数据未包含积分台账) instead of drawn as zeros, and a deck exists for every year, holding only slides it has
 * something for.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { answerBoard } from '../src/board/answer';
import { FrameView } from '../src/board/FrameView';
import { framesOf } from '../src/board/frames';
import { NAV } from '../src/dashboards';
import { OVERVIEW_KPIS } from '../src/dashboards/overview';
import { t } from '../src/i18n/dict';
import { TABLE_NAMES, type TableName, tableDef } from '../src/model/schema';
import { BOARD_SLIDES, type BoardSlide } from '../src/queries/board';
import { defaultFilters } from '../src/queries/filters';
import { missingText } from '../src/queries/needs';
import { rowCount as rowCountOf } from '../src/queries/types';
import { buildDeckData, deckDoc } from '../src/review/deck';
import { readManifest } from '../src/ssr/site-data';
import { build, exportsFolder, queryParquet, runnerOver } from './helpers';
import { panelHtml, renderPage, type Site, siteOver } from './pages';

/** The contract fixture's file of each table. */
const FILES: Record<TableName, string> = {
  organizations: 'orgs.csv',
  members: 'members.csv',
  points: 'ledger.csv',
  evaluations: 'evaluations.csv',
  assessments: 'assessments.csv',
  topics: 'topics.csv',
  topic_outcomes: 'outcomes.csv',
  topic_owners: 'owners.csv',
  tasks: 'tasks.csv',
  meetings: 'meetings.csv',
};

/** A table and every table its rows name, from the schema's references. */
function withReferences(table: TableName, seen = new Set<TableName>()): Set<TableName> {
  seen.add(table);
  for (const c of tableDef(table).columns) if (c.ref && !seen.has(c.ref.table)) withReferences(c.ref.table, seen);
  return seen;
}

const CASES: { name: string; tables: TableName[] }[] = [
  ...TABLE_NAMES.map((t) => ({ name: `${t} alone`, tables: [...withReferences(t)] })),
  // The committee: members and assessments, no points ledger.
  { name: 'members and assessments, no ledger', tables: ['organizations', 'members', 'assessments'] },
  { name: 'the members side', tables: ['organizations', 'members', 'points', 'evaluations'] },
  { name: 'the work side', tables: ['organizations', 'tasks', 'meetings'] },
  { name: 'all ten', tables: [...TABLE_NAMES] },
];

/** A 领题破题 workbook exported alone, as in the issue: no organisation ids, dates written 2023/3/1. */
const TOPICS_WORKBOOK = {
  'topics.csv':
    '课题编号,课题名称,上级课题编号,负责人,阶段,点题日期,计划完成日期,结题日期\n' +
    'P1,提升服务,,,破题,2023/3/1,2023/10/1,\n' +
    'P1-1,子课题一,P1,张三、李四,结题,2023/3/1,2023/10/1,2023/9/1\n' +
    'P1-2,子课题二,P1,,领题,2023/3/1,2023/10/1,\n',
  'outcomes.csv': '课题编号,指标,单位,基线值,目标值,实际值\nP1,续保率,%,36,60,31\nP1,服务户数,户,20,50,60\n',
  'owners.csv': '课题编号,姓名,身份\nP1-2,王五,党员\nP1-2,赵六,业务骨干\n',
};

async function buildCase(tables: readonly TableName[]): Promise<string> {
  const inDir = exportsFolder(
    {},
    tables.map((t) => FILES[t]),
  );
  writeFileSync(join(inDir, 'rules.json'), JSON.stringify({ asOf: '2024-12-31' }));
  const result = await build(inDir);
  expect(result.status, result.report?.rejects.map((r) => r.code).join()).toBe('published');
  return result.outDir;
}

async function buildTopicsWorkbook(): Promise<string> {
  const inDir = exportsFolder(TOPICS_WORKBOOK, []);
  const result = await build(inDir);
  expect(result.status).toBe('published');
  expect(result.report?.totals).toEqual({ rowsRead: 7, loaded: 7, rejected: 0 });
  return result.outDir;
}

const num = (v: unknown) => Number(v);

/** Every check of one data set, against SQL over its published source tables. */
async function checkDataSet(outDir: string, given: ReadonlySet<TableName>): Promise<void> {
  const sql = (text: string, params: (string | number)[] = []) => queryParquet(outDir, text, params);
  const site: Site = await siteOver(outDir);
  const { meta } = site;

  // What the data holds, from its manifest: the tables given (and topic owners named in a topic's 负责人 cell).
  const holds = new Set<TableName>();
  for (const t of TABLE_NAMES) {
    const [{ n }] = await sql(`SELECT count(*)::INT AS n FROM ${t}`);
    if (num(n) > 0) holds.add(t);
    expect([t, (meta.sources[t] ?? 0) > 0]).toEqual([t, num(n) > 0]);
  }
  for (const t of given) expect(holds.has(t), t).toBe(true);
  const tables: ReadonlySet<TableName> = holds;

  // The years on offer: every dated table's.
  const years = await sql(
    `SELECT DISTINCT CAST(y AS INTEGER) AS y FROM (
       SELECT year(date) AS y FROM points UNION SELECT year FROM evaluations UNION SELECT year(date) FROM meetings
       UNION SELECT CAST(left(period, 4) AS INTEGER) FROM assessments UNION SELECT year(due_on) FROM tasks
       UNION SELECT coalesce(year(set_on), year(due_on), year(closed_on)) FROM topics) WHERE y IS NOT NULL ORDER BY y`,
  );
  expect(meta.years).toEqual(years.map((r) => num(r.y)));
  const f = defaultFilters(meta);

  // Every page: a panel the data cannot make says what is missing, and draws nothing.
  const pages = await Promise.all(NAV.map((d) => renderPage(site, d.id)));
  for (const [i, d] of NAV.entries()) {
    for (const panel of d.panels) {
      const html = panelHtml(pages[i].html, panel.id);
      const missing = (panel.needs ?? []).find((need) =>
        (typeof need === 'string' ? [need] : need).every((t) => !tables.has(t)),
      );
      if (missing === undefined) {
        expect(html, `${d.id}#${panel.id}`).not.toContain('data-missing');
      } else {
        const named = typeof missing === 'string' ? [missing] : missing;
        expect(html, `${d.id}#${panel.id}`).toContain(missingText('zh', named));
        expect(html, `${d.id}#${panel.id}`).not.toContain('<svg');
      }
    }
  }
  const [overview, , membersPage, topicsPage] = pages;

  // No ledger: its charts say so in words, never twelve months of 0.0.
  if (!tables.has('points')) {
    for (const html of [panelHtml(overview.html, 'pointsTrend'), panelHtml(membersPage.html, 'monthly')])
      expect(html).toContain('本数据未包含积分台账');
  }

  // Headline figures: shown only where the data makes them, and equal to the data's.
  const kpis = overview.view.data.kpis;
  const shown = [...overview.html.matchAll(/data-kpi="(\w+)"/g)].map((m) => m[1]);
  const expectedKpis = [
    tables.has('organizations') && 'branches',
    tables.has('members') && 'members',
    tables.has('members') && (tables.has('evaluations') || tables.has('points')) && 'excellent_ratio',
    tables.has('assessments') && 'avg_score',
    tables.has('topics') && tables.has('organizations') && 'topics_closed',
    tables.has('meetings') && 'meeting_completion',
  ].filter(Boolean);
  expect(shown).toEqual(expectedKpis);
  // Those left out are named, each with what the data lacks; with every figure shown, no such line.
  const leftOut = OVERVIEW_KPIS.filter((k) => !expectedKpis.includes(k.field));
  const note = /class="missing-data kpis-left-out">([^<]*)</.exec(overview.html)?.[1] ?? null;
  if (leftOut.length === 0) expect(note).toBeNull();
  else {
    expect(note).toMatch(/^未显示的指标：/);
    expect(note?.split('；')).toHaveLength(leftOut.length);
    for (const k of leftOut) expect(note).toContain(`${t('zh', k.label)}（本数据未包含`);
  }
  if (tables.has('members')) {
    const [{ n }] = await sql('SELECT count(*)::INT AS n FROM members');
    expect(num(kpis.members[0])).toBe(n);
  }
  if (tables.has('organizations')) {
    const [{ n }] = await sql(
      `SELECT count(*)::INT AS n FROM organizations WHERE type IN ('党支部', '党总支', '党工委')`,
    );
    expect(num(kpis.branches[0])).toBe(n);
  }
  if (tables.has('topics') && tables.has('organizations')) {
    const [t] = await sql(
      `SELECT count(*)::INT AS total, count(*) FILTER (WHERE stage = '结题')::INT AS closed FROM topics
       WHERE coalesce(year(set_on), year(due_on), year(closed_on), ?) = ?`,
      [f.year, f.year],
    );
    // None that year: no figure (NULL, shown as —), not 0 of 0.
    const shownTopics = [kpis.topics_total[0], kpis.topics_closed[0]].map((v) => (v == null ? null : num(v)));
    expect(shownTopics).toEqual(t.total ? [t.total, t.closed] : [null, null]);
  }
  if (tables.has('topics')) {
    const funnel = topicsPage.view.data.funnel;
    const stages = await sql(
      `SELECT stage, count(*) FILTER (WHERE parent_id IS NULL)::INT AS t, count(*) FILTER (WHERE parent_id IS NOT NULL)::INT AS s
       FROM topics WHERE coalesce(year(set_on), year(due_on), year(closed_on), ?) = ? GROUP BY stage`,
      [f.year, f.year],
    );
    for (const [k, stage] of funnel.stage.entries()) {
      const e = stages.find((r) => r.stage === stage) ?? { t: 0, s: 0 };
      expect([stage, funnel.topics[k], funnel.subtopics[k]]).toEqual([stage, e.t, e.s]);
    }
    expect(stages.length).toBeGreaterThan(0);
  }

  // The notice board: each frame over data that lacks its table says so, never 暂无数据 or a figure of 0.
  await checkBoard(outDir, tables);

  // An organisation's page: its children's head counts from the members table, whether or not there is a ledger.
  let counted = 0;
  for (const org of meta.orgs.filter((o) => o.type !== '党小组')) {
    const page = await renderPage(site, 'org', org.id);
    const heads = await sql(
      `WITH RECURSIVE t(child, id) AS (SELECT org_id, org_id FROM organizations WHERE parent_id = ?
         UNION ALL SELECT t.child, o.org_id FROM organizations o JOIN t ON o.parent_id = t.id)
       SELECT c.org_id, (SELECT count(*) FROM members m JOIN t ON m.org_id = t.id WHERE t.child = c.org_id)::INT AS n
       FROM organizations c WHERE c.parent_id = ? ORDER BY c.org_id`,
      [org.id, org.id],
    );
    const children = page.view.data.children;
    const shownHeads = Object.fromEntries(children.org_id.map((id, k) => [id, children.members[k]]));
    expect(shownHeads, org.id).toEqual(Object.fromEntries(heads.map((r) => [r.org_id, r.n])));
    counted += heads.reduce((a, r) => a + num(r.n), 0);
    // Without a ledger no average of base points stands for a year's total.
    if (heads.length > 0)
      expect(panelHtml(page.html, 'children').includes('平均积分'), org.id).toBe(tables.has('points'));
  }

  if (tables.has('members')) expect(counted).toBeGreaterThan(0);

  // A deck for every year, with the slides it has something for, and the figures it can make.
  for (const year of meta.years) {
    const doc = deckDoc(await buildDeckData(site.runner, meta, { year }), 'zh');
    const [has] = (await sql(
      `SELECT
         (SELECT count(*) FROM assessments WHERE CAST(left(period, 4) AS INTEGER) = ?)::INT AS ranking,
         (SELECT count(*) FROM points WHERE year(date) = ? AND kind IN ('加分', '扣分'))::INT AS points,
         (SELECT count(*) FROM topics WHERE coalesce(year(set_on), year(due_on), year(closed_on), ?) = ?)::INT AS topics,
         (SELECT count(*) FROM topic_outcomes o JOIN topics t USING (topic_id)
           WHERE coalesce(year(t.set_on), year(t.due_on), year(t.closed_on), ?) = ?)::INT AS outcomes,
         (SELECT count(*) FROM tasks WHERE year(due_on) = ?)::INT AS tasks,
         (SELECT count(*) FROM meetings WHERE year(date) = ?)::INT AS meetings,
         (SELECT count(*) FROM evaluations e JOIN members m USING (member_id) WHERE e.year = ? AND e.rating = '优秀')::INT AS honoured`,
      [year, year, year, year, year, year, year, year, year],
    )) as Record<string, number>[];
    const ids = doc.slides.map((s) => s.id);
    // The presenter's own slides close every deck, whatever the data holds.
    expect(ids.slice(-2)).toEqual(['problems', 'plans']);
    for (const id of ['ranking', 'points', 'topics', 'outcomes', 'tasks', 'meetings'] as const)
      expect([year, id, ids.includes(id)]).toEqual([year, id, has[id] > 0]);
    if (has.honoured > 0) expect(ids).toContain('honours');
    if (ids.includes('changes')) expect(meta.years).toContain(year - 1);
    // The year in numbers: the tiles the overview shows for this data, none standing for a missing table.
    const numbers = doc.slides.find((s) => s.id === 'numbers');
    const tiles = numbers?.blocks.flatMap((b) => (b.kind === 'kpis' ? b.items.map((k) => k.key) : []));
    if (numbers) expect(tiles).toEqual(expectedKpis);
    // ... and those left out named on the slide, each with what the data lacks, as on the overview.
    const leftOutNote = numbers?.blocks.find((b) => b.kind === 'kpis' && b.leftOut !== undefined);
    const slideNote = leftOutNote?.kind === 'kpis' ? (leftOutNote.leftOut ?? null) : null;
    if (numbers) expect(slideNote).toBe(note);
    // No chart without bars.
    for (const slide of doc.slides)
      for (const block of slide.blocks)
        if (block.kind === 'chart') expect(block.chart.categories.length, slide.id).toBeGreaterThan(0);
  }
}

describe('a data set of any subset of the ten tables', () => {
  it.each(CASES)('$name', async ({ tables }) => {
    await checkDataSet(await buildCase(tables), new Set(tables));
  });

  it('a 领题破题 workbook alone, with no organisations and dates written 2023/3/1', async () => {
    const outDir = await buildTopicsWorkbook();
    await checkDataSet(outDir, new Set(['topics', 'topic_outcomes', 'topic_owners']));
    const site = await siteOver(outDir);
    expect(site.meta.years).toEqual([2023]);
    const doc = deckDoc(await buildDeckData(site.runner, site.meta, { year: 2023 }), 'zh');
    expect(doc.slides.map((s) => s.id)).toEqual(['topics', 'outcomes', 'problems', 'plans']);
    expect(doc.slides[0].headline).toBe('1 个课题中 0 个已结题，2 个子课题中 1 个已结题');
    expect(doc.slides[1].headline).toBe('2 项指标中 1 项达到目标、1 项较基线倒退');
  });

  it('the sample’s 领题破题 workbook alone, its topics naming their organisations: every row loads, and the report says the organisations were not checked', async () => {
    const inDir = exportsFolder(
      { '领题破题.xlsx': readFileSync(join(import.meta.dirname, '../data/sample/领题破题.xlsx')) },
      [],
    );
    const result = await build(inDir);
    expect(result.status).toBe('published');
    const totals = result.report?.totals;
    expect(totals?.rejected).toBe(0);
    expect(totals?.loaded).toBe(totals?.rowsRead);
    const sql = (text: string) => queryParquet(result.outDir, text);
    const [{ topics, named }] = await sql('SELECT count(*)::INT AS topics, count(org_id)::INT AS named FROM topics');
    expect(num(topics)).toBeGreaterThan(0);
    expect(num(named)).toBe(0); // no organisation to check them against: left out, not guessed
    const warning = result.report?.warnings.find((w) => w.code === 'unchecked_ref');
    expect(warning?.sheet).toBe('课题');
    expect(warning?.detail).toContain(`${num(topics)} 行的「领题组织编号」未使用：本数据未包含组织表`);
    // The topics page lists them, and the data's year has a deck.
    const site = await siteOver(result.outDir);
    const page = await renderPage(site, 'topics');
    expect(rowCountOf(page.view.data.progress)).toBeGreaterThan(0);
    const doc = deckDoc(await buildDeckData(site.runner, site.meta, { year: site.meta.years.at(-1) ?? 0 }), 'zh');
    expect(doc.slides.map((s) => s.id)).toContain('topics');
  });
});

/** What each board slide is made of, written here: the rated need members and an evaluation or a ledger. */
const BOARD_SLIDE_TABLES: Record<Exclude<BoardSlide, 'overview'>, (has: (t: TableName) => boolean) => boolean> = {
  ranking: (has) => has('assessments'),
  points: (has) => has('members') && has('points'),
  honours: (has) => has('members') && (has('evaluations') || has('points')),
  topics: (has) => has('topics'),
  meetings: (has) => has('meetings'),
};

async function checkBoard(outDir: string, tables: ReadonlySet<TableName>): Promise<void> {
  const has = (t: TableName) => tables.has(t);
  const board = await answerBoard(runnerOver(outDir), { org: null, slides: [...BOARD_SLIDES] }, readManifest(outDir));
  const frames = framesOf(BOARD_SLIDES, board.data);
  const html = (slide: BoardSlide) =>
    frames
      .filter((f) => f.slide === slide)
      .map((frame) => renderToStaticMarkup(createElement(FrameView, { frame, board, locale: 'zh' })))
      .join('');
  for (const slide of BOARD_SLIDES.filter((s) => s !== 'overview')) {
    const text = html(slide);
    if (BOARD_SLIDE_TABLES[slide](has)) expect(text, slide).not.toContain('本数据未包含');
    else expect(text, slide).toMatch(/<p class="board-empty">本数据未包含[^<]+<\/p>/);
  }
  const overview = html('overview');
  const rated = has('members') && (has('evaluations') || has('points'));
  // Nobody rated is not 优秀 0 人 / 参评 0 人; no topics is not 本年度无课题.
  expect(overview.includes('ov-ratio-count'), 'ratio').toBe(rated);
  if (!rated) expect(overview).toMatch(/ov-ratio"><h2>.*?<p class="ov-empty">本数据未包含[^<]+<\/p>/);
  // No assessments is not a period nobody was scored in.
  if (!has('assessments')) {
    expect(overview).toMatch(/ov-ranking"><h2>.*?<p class="ov-empty">本数据未包含支部考核<\/p>/);
    expect(overview).not.toContain('本级本期没有考核得分的基层组织');
  }
  if (!has('topics')) {
    expect(overview).toContain('<p class="ov-empty">本数据未包含课题</p>');
    expect(overview).not.toContain('本年度无课题');
  }
  // A key figure the data cannot make says what it lacks in its place.
  const missingKpis = [...overview.matchAll(/data-kpi="(\w+)"[^>]*><dt>[^<]*<\/dt><dd class="missing">/g)].map(
    (m) => m[1],
  );
  const expected = [
    !has('organizations') && 'kpiBranches',
    !has('members') && 'kpiMembers',
    !has('assessments') && 'kpiAvgScore',
    !(has('topics') && has('organizations')) && 'kpiTopics',
    !has('meetings') && 'kpiMeetings',
  ].filter(Boolean);
  expect(missingKpis).toEqual(expected);
  // The attention list: judged on what the data has, and says on what it was not.
  const judged = [has('assessments'), rated, has('topics'), has('tasks')];
  if (judged.every((j) => !j)) expect(overview).not.toContain('没有需关注的基层组织');
  if (judged.some((j) => !j)) expect(overview).toMatch(/本数据未包含[^<]*(相应原因未计入|无从判断)/);
  else expect(overview).not.toMatch(/相应原因未计入|无从判断/);
}
