/**
 * 领题破题进展 The topic campaign's progress: topics and sub-topics by stage, the teams that own them (party
 * members and business backbones, charts/sentences.ts), and what is overdue.
 */
import { type Team, teamOf, teamSentence, teamSize } from '../../charts/sentences';
import { ROLE_COLORS } from '../../charts/theme';
import { type Locale, t, valueLabel } from '../../i18n/dict';
import type { DeckBlock, DeckData, DeckKpi, SlideDoc } from '../model';
import { fig, records } from '../text';

interface Stage {
  readonly stage: string;
  readonly topics: number;
  readonly subtopics: number;
}

interface Overdue {
  readonly title: string;
  readonly org: string | null;
  readonly days_late: number;
}

export interface TopicFigures {
  readonly stages: readonly Stage[];
  readonly topics: number;
  readonly closed: number;
  readonly subtopics: number;
  readonly subtopicsClosed: number;
  readonly overdue: readonly Overdue[];
  /** The topics' teams in all, each person once; null where the data names no owner. */
  readonly team: Team | null;
}

const CLOSED = '结题';

export function topicFigures(data: DeckData): TopicFigures | null {
  const stages = records<Stage>(data.figures.funnel).map((s) => ({
    stage: s.stage,
    topics: Number(s.topics),
    subtopics: Number(s.subtopics),
  }));
  const sum = (f: (s: Stage) => number) => stages.reduce((a, s) => a + f(s), 0);
  const [topics, subtopics] = [sum((s) => s.topics), sum((s) => s.subtopics)];
  if (topics + subtopics === 0) return null;
  const closed = stages.find((s) => s.stage === CLOSED);
  return {
    stages,
    topics,
    closed: closed?.topics ?? 0,
    subtopics,
    subtopicsClosed: closed?.subtopics ?? 0,
    overdue: records<Overdue>(data.figures.overdueTopics),
    team: teamOf(data.figures.team),
  };
}

/** How far the campaign has come: topics (and sub-topics) closed. What is overdue is in the notes. */
export function topicsHeadline(f: TopicFigures, locale: Locale): string {
  if (locale === 'zh') {
    const subs = f.subtopics ? `，${f.subtopics} 个子课题中 ${f.subtopicsClosed} 个已结题` : '';
    return `${f.topics} 个课题中 ${f.closed} 个已结题${subs}`;
  }
  const subs = f.subtopics ? `, and ${f.subtopicsClosed} of ${f.subtopics} sub-topics` : '';
  return `${f.closed} of ${f.topics} topics closed${subs}`;
}

/** The team as tiles beside the funnel: in all, then by kind (those whose kind is not given only if any). */
function teamTiles(team: Team, locale: Locale): DeckKpi[] {
  const tile = (key: string, label: string, n: number): DeckKpi => ({
    key,
    label,
    value: fig(n, 'int', locale),
    raw: n,
    detail: locale === 'zh' ? '人' : 'people',
  });
  // Each part named as the team's: a bare 党员 22 人 beside the year's 792 members read as another head count.
  const part = (label: string) => `${t(locale, 'reviewTeam')} · ${label}`;
  return [
    tile('team', t(locale, 'reviewTeam'), teamSize(team)),
    tile('members', part(t(locale, 'colPartyMembers')), team.members),
    tile('backbone', part(t(locale, 'colBackbone')), team.backbone),
    ...(team.unspecified ? [tile('unspecified', part(t(locale, 'colUnspecified')), team.unspecified)] : []),
  ];
}

export function topicsSlide(data: DeckData, locale: Locale): SlideDoc | null {
  const f = topicFigures(data);
  if (!f) return null;
  const zh = locale === 'zh';
  const notes = [
    ...(f.team ? [teamSentence(f.team, locale)] : []),
    zh ? `逾期未结题的课题和子课题：${f.overdue.length} 个` : `Topics and sub-topics overdue: ${f.overdue.length}`,
    zh
      ? `课题按阶段：${f.stages.map((s) => `${s.stage} ${s.topics} 个`).join('，')}`
      : `Topics by stage: ${f.stages.map((s) => `${valueLabel(locale, s.stage)} ${s.topics}`).join(', ')}`,
    ...(f.subtopics
      ? [
          zh
            ? `子课题按阶段：${f.stages.map((s) => `${s.stage} ${s.subtopics} 个`).join('，')}`
            : `Sub-topics by stage: ${f.stages.map((s) => `${valueLabel(locale, s.stage)} ${s.subtopics}`).join(', ')}`,
        ]
      : []),
    ...f.overdue.map((o) =>
      zh
        ? `逾期：${o.title}${o.org ? `（${o.org}）` : ''}，已逾期 ${o.days_late} 天`
        : `Overdue: ${o.title}${o.org ? ` (${o.org})` : ''}, ${o.days_late} days late`,
    ),
  ];
  const team: DeckBlock[] = f.team ? [{ kind: 'kpis', items: teamTiles(f.team, locale) }] : [];
  return {
    id: 'topics',
    kicker: t(locale, 'reviewTopicProgress'),
    headline: topicsHeadline(f, locale),
    blocks: [
      {
        kind: 'chart',
        chart: {
          title: t(locale, 'chartFunnel'),
          orientation: 'vertical',
          stacked: false,
          categories: f.stages.map((s) => valueLabel(locale, s.stage)),
          series: [
            { name: t(locale, 'colTopics'), values: f.stages.map((s) => s.topics), color: ROLE_COLORS.measure },
            ...(f.subtopics
              ? [
                  {
                    name: t(locale, 'colSubtopics'),
                    values: f.stages.map((s) => s.subtopics),
                    color: ROLE_COLORS.share,
                  },
                ]
              : []),
          ],
          format: 'int',
          unit: zh ? '个' : 'topics',
        },
      },
      ...team,
    ],
    notes,
  };
}
