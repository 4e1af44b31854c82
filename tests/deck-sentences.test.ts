/**
 * The review deck's sentences from given figures, each way they can turn out (more, fewer, as many, nothing to
 * compare with, ties, cut lists), in Chinese and English; and the cover's bounds.
 */
import { describe, expect, it } from 'vitest';
import { OVERVIEW_KPIS } from '../src/dashboards/overview';
import { valueScale } from '../src/review/chart-option';
import { COVER_FIELDS, cleanCoverValue, coverFromSearch, coverToSearch } from '../src/review/cover';
import type { DeckChart } from '../src/review/model';
import { changeLabel, changesHeadline } from '../src/review/slides/changes';
import { meetingsHeadline } from '../src/review/slides/meetings';
import { pointsHeadline } from '../src/review/slides/points';
import { ownHeadline, type RankRow, rankingHeadline } from '../src/review/slides/ranking';
import { type RatioRow, ratioHeadline } from '../src/review/slides/ratio';
import { type StarFigures, starsHeadline } from '../src/review/slides/stars';
import { tasksHeadline } from '../src/review/slides/tasks';
import { bounded, countChange, DECK_BARS, ordinal } from '../src/review/text';

const stars = (s: Partial<StarFigures>): StarFigures => ({
  levels: [],
  period: '2025',
  previousPeriod: '2024',
  rated: 21,
  fiveStar: 15,
  fiveStarBefore: 12,
  annual: true,
  ...s,
});

describe('changes against a period before', () => {
  it('says more, fewer, as many, or nothing when there is nothing to compare with', () => {
    expect(countChange(15, 12, 'zh', 'year')).toBe('，比上年增加 3 个');
    expect(countChange(10, 12, 'zh', 'period')).toBe('，比上年同期减少 2 个');
    expect(countChange(12, 12, 'zh', 'year')).toBe('，与上年持平');
    expect(countChange(12, null, 'zh', 'year')).toBe('');
    expect(countChange(15, 12, 'en', 'year')).toBe(', 3 more than the year before');
    expect(countChange(11, 12, 'en', 'period')).toBe(', 1 fewer than the same period a year before');
  });

  it('five-star organisations: the annual rating, or a quarter named as such', () => {
    expect(starsHeadline(stars({}), 'zh')).toBe('2025年度 15 个基层组织获评五星级，比上年增加 3 个');
    expect(starsHeadline(stars({ period: '2025Q4', annual: false, fiveStarBefore: null }), 'zh')).toBe(
      '2025年第四季度 15 个基层组织为五星级',
    );
    expect(starsHeadline(stars({ fiveStarBefore: 15 }), 'en')).toBe(
      '15 basic organisations rated five stars in 2025, as many as the year before',
    );
  });

  it('names the periods of a figure of one period a year (the average score), not the years alone', () => {
    const spec = (field: string) => OVERVIEW_KPIS.find((k) => k.field === field) as (typeof OVERVIEW_KPIS)[number];
    const avg = { spec: spec('avg_score'), previous: 88, current: 87.5 };
    const ratio = { spec: spec('excellent_ratio'), previous: 0.25, current: 0.27 };
    const label = (previous: string, current: string, locale: 'zh' | 'en' = 'zh') =>
      changeLabel(avg, { previous, current }, locale);
    expect(label('2024Q4', '2025Q4')).toBe('支部平均得分（各年第四季度）');
    expect(label('2024Q4', '2025Q4', 'en')).toBe('Average branch score (Q4 of each year)');
    expect(label('2024-12', '2025-12')).toBe('支部平均得分（各年12月）');
    expect(label('2024Q2', '2025Q4')).toBe('支部平均得分（2024年第二季度、2025年第四季度）');
    expect(label('2024Q4', '2025')).toBe('支部平均得分（2024年第四季度、2025年度）');
    expect(label('2024', '2025')).toBe('支部平均得分');
    expect(changeLabel(ratio, { previous: '2024Q4', current: '2025Q4' }, 'zh')).toBe('优秀党员占比');
  });

  it('the year against the one before: how many figures rose and fell', () => {
    const spec = (field: string) => OVERVIEW_KPIS.find((k) => k.field === field) as (typeof OVERVIEW_KPIS)[number];
    const rows = [
      { spec: spec('excellent_ratio'), previous: 0.25, current: 0.27 },
      { spec: spec('avg_score'), previous: 88, current: 87.5 },
      { spec: spec('topics_closed'), previous: 4, current: 4 },
      { spec: spec('meeting_completion'), previous: null, current: 0.9 },
    ];
    expect(changesHeadline(rows, 'zh')).toBe('与上年相比，3 项年度指标中 1 项上升、1 项下降、1 项持平');
    expect(changesHeadline(rows, 'en')).toBe(
      'Against the year before, of 3 yearly figures 1 rose, 1 fell and 1 held steady',
    );
  });
});

describe('rankings', () => {
  const row = (name: string, score: number, rank: number): RankRow => ({
    org_id: name,
    name,
    score,
    periods: 4,
    period_kind: 'quarter',
    rank,
    peer_rank: rank,
    peers: 21,
    previous_peer_rank: null,
    previous_peers: null,
  });

  it('names the first, or counts those tied first', () => {
    expect(rankingHeadline([row('甲支部', 95, 1), row('乙支部', 85, 2)], 2025, 'zh')).toBe(
      '2025年度 2 个基层组织考核平均 90.0 分，甲支部以 95.0 分居首',
    );
    expect(rankingHeadline([row('甲', 95, 1), row('乙', 95, 1), row('丙', 80, 3)], 2025, 'en')).toBe(
      '3 basic organisations averaged 90.0 in 2025; 2 tied first with 95.0',
    );
  });

  it('gives an organisation its place among its peers, and its move since the year before', () => {
    expect(ownHeadline({ ...row('甲', 91.64, 3), peer_rank: 11 }, 2025, 'zh')).toBe(
      '2025年度考核平均 91.6 分，在 21 个基层组织中排第 11 位',
    );
    expect(ownHeadline({ ...row('甲', 91.64, 3), peer_rank: 21, period_kind: 'year' }, 2025, 'en')).toBe(
      '2025: a score of 91.6, 21st of 21 basic organisations',
    );
    const moved = { ...row('甲', 91.64, 3), peer_rank: 11, previous_peer_rank: 16, previous_peers: 21 };
    expect(ownHeadline(moved, 2025, 'zh')).toBe(
      '2025年度考核平均 91.6 分，在 21 个基层组织中排第 11 位，比上年上升 5 位',
    );
    expect(ownHeadline({ ...moved, previous_peer_rank: 10 }, 2025, 'en')).toBe(
      '2025: an average score of 91.6, 11th of 21 basic organisations, down 1 place on the year before',
    );
    expect(ownHeadline({ ...moved, previous_peer_rank: 11 }, 2025, 'zh')).toBe(
      '2025年度考核平均 91.6 分，在 21 个基层组织中排第 11 位，名次与上年持平',
    );
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });
});

describe('the excellent-member ratio against its cap', () => {
  const r = (over: boolean): RatioRow => ({
    org_id: 'x',
    name: 'x',
    excellent_ratio: 0.3,
    excellent: 3,
    rated: 10,
    over_cap: over,
  });
  const base = { ratio: 0.261, excellent: 203, suggested: 0, rated: 777, cap: 1 / 3 };

  it('counts the organisations above it, or says none is', () => {
    expect(ratioHeadline({ ...base, rows: [r(true), r(false), r(true)], over: [r(true), r(true)] }, 'zh')).toBe(
      '优秀党员占比 26.1%（203 / 777），3 个基层组织中 2 个超过 33.3% 的指导上限',
    );
    expect(ratioHeadline({ ...base, rows: [r(false), r(false)], over: [] }, 'en')).toBe(
      '26.1% of rated members are excellent (203 of 777); no basic organisation exceeds the 33.3% guidance cap',
    );
  });

  it('for one organisation, whether it is above it', () => {
    expect(ratioHeadline({ ...base, ratio: 0.4, rows: [], over: [] }, 'zh')).toBe(
      '优秀党员占比 40.0%（203 / 777），超过 33.3% 的指导上限',
    );
  });

  it('says how many of the excellent are only suggested from points', () => {
    expect(ratioHeadline({ ...base, suggested: 106, rows: [], over: [] }, 'zh')).toBe(
      '优秀党员占比 26.1%（203 / 777，含按积分建议 106 人），未超过 33.3% 的指导上限',
    );
    expect(ratioHeadline({ ...base, suggested: 106, rows: [], over: [] }, 'en')).toBe(
      '26.1% of rated members are excellent (203 of 777, 106 of them suggested from points), within the 33.3% guidance cap',
    );
  });
});

describe('work', () => {
  const type = (t: string, held: number, quota: number) => ({
    type: t,
    held,
    quota,
    completion: held / quota,
    attendance: 0.9,
  });

  it('meetings: every kind met its quota, two short ones named, more counted', () => {
    expect(meetingsHeadline({ types: [], completion: 1, short: [] }, 'zh')).toBe(
      '三会一课完成率 100.0%，各类会议均达到年度应开次数',
    );
    const two = [type('党课', 3, 4), type('支委会', 10, 12)];
    expect(meetingsHeadline({ types: two, completion: 0.9, short: two }, 'zh')).toBe(
      '三会一课完成率 90.0%，党课和支委会未达到年度应开次数',
    );
    const three = [...two, type('主题党日', 11, 12)];
    expect(meetingsHeadline({ types: three, completion: 0.9, short: three }, 'en')).toBe(
      '90.0% of required meetings held; 3 kinds of meeting fell short of the yearly quota',
    );
  });

  it('tasks: done of due, and what is overdue when there is any', () => {
    expect(tasksHeadline({ areas: [], tasks: 610, done: 543, overdue: 67 }, 'zh')).toBe(
      '610 项任务完成 543 项，完成率 89.0%，逾期未完成 67 项',
    );
    expect(tasksHeadline({ areas: [], tasks: 10, done: 10, overdue: 0 }, 'en')).toBe('10 of 10 tasks done (100.0%)');
  });

  it('points: whole amounts without decimals, others to one place', () => {
    const category = { kind: '加分' as const, category: '学习教育', points: 9484, entries: 10 };
    const months = [{ month: 1, bonus: 19660, deduction: 4330.5 }];
    const p = { months, bonus: 19660, deduction: 4330.5, bonusCategories: [category], deductionCategories: [] };
    expect(pointsHeadline(p, 'zh')).toBe('全年加分 19,660 分、扣分 4,330.5 分，加分最多的是「学习教育」（9,484 分）');
    expect(pointsHeadline({ ...p, bonusCategories: [] }, 'en')).toBe(
      '19,660 bonus and 4,330.5 deduction points over the year',
    );
  });
});

describe('lists and charts cut short say so', () => {
  it("a chart of its first bars says how many there are (the pages' cut note)", () => {
    const many = Array.from({ length: 150 }, (_, i) => i);
    expect(bounded(many, 'orgs', 'zh')).toEqual({
      shown: many.slice(0, DECK_BARS),
      note: `共 150 个 · 显示前 ${DECK_BARS} 个`,
    });
    expect(bounded(many, 'metrics', 'en').note).toBe(`150 in all · the first ${DECK_BARS} shown`);
    expect(bounded(many.slice(0, 5), 'orgs', 'en')).toEqual({ shown: many.slice(0, 5) });
  });
});

describe('the cover the presenter sets', () => {
  it('takes plain text as given, markup included (it is only ever set as text)', () => {
    expect(cleanCoverValue('title', '<b>2025年度</b>总结 & 展望')).toEqual({
      value: '<b>2025年度</b>总结 & 展望',
      problems: [],
    });
  });

  it('takes out control and direction characters, and says so', () => {
    const c = cleanCoverValue('presenter', '张\u202e三\u0007\n李四');
    expect(c.value).toBe('张 三 李四');
    expect(c.problems).toEqual(['汇报人中的控制字符已去除 / control characters removed from the presenter']);
  });

  it('cuts a value past its bound, counted in characters', () => {
    const long = '𠮷'.repeat(COVER_FIELDS.title.max + 5); // four bytes each in UTF-8, two UTF-16 units
    const c = cleanCoverValue('title', long);
    expect([...c.value].length).toBe(COVER_FIELDS.title.max);
    expect(c.problems[0]).toMatch(/^标题过长，最多 60 个字，已截断/);
  });

  it('reads its URL parameters and writes them back, keeping the others', () => {
    const { settings, problems } = coverFromSearch(
      `?org=B003&title=${encodeURIComponent('年度总结')}&date=&presenter=%20张三%20`,
    );
    expect(settings).toEqual({ title: '年度总结', presenter: '张三' });
    expect(problems).toEqual([]);
    expect(coverToSearch('?org=B003&title=x', { presenter: '李四' })).toBe(
      `?org=B003&presenter=${encodeURIComponent('李四')}`,
    );
  });
});

describe('a chart’s value axis', () => {
  const chart = (values: number[], format: 'int' | 'pct', target?: number): DeckChart => ({
    title: '',
    orientation: 'horizontal',
    stacked: false,
    categories: values.map(String),
    series: [{ name: '', values, color: '#000000' }],
    format,
    unit: '',
    target: target === undefined ? undefined : { value: target, label: '' },
  });

  it('reaches below zero only for a value below it (an outcome gone backwards), and past the target', () => {
    expect(valueScale(chart([2.065, 0.5, -0.375], 'pct', 1))).toEqual({ min: -0.5, max: 2.5, interval: 0.5 });
    expect(valueScale(chart([0.8, 0.3], 'pct', 1))).toEqual({ min: 0, max: 1, interval: 0.2 });
  });

  it('steps a count by whole numbers', () => {
    expect(valueScale(chart([1, 0, 1], 'int'))).toEqual({ min: 0, max: 1, interval: 1 });
    expect(valueScale(chart([14, 20, 6], 'int')).interval).toBe(5);
  });
});
