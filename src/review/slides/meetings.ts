/** 三会一课 Meetings held against the rules' yearly quotas, and attendance, by kind of meeting. */
import { ROLE_COLORS } from '../../charts/theme';
import { type Locale, t, valueLabel } from '../../i18n/dict';
import type { DeckData, SlideDoc } from '../model';
import { fig, joinNames, num, records } from '../text';
import { kpiRow } from './numbers';

interface MeetingType {
  readonly type: string;
  readonly held: number;
  readonly quota: number;
  readonly completion: number | null;
  readonly attendance: number | null;
}

export interface MeetingFigures {
  readonly types: readonly MeetingType[];
  /** Held within quota ÷ quota, over every kind (the overview's figure). */
  readonly completion: number | null;
  /** Kinds held fewer times than their quota. */
  readonly short: readonly MeetingType[];
}

export function meetingFigures(data: DeckData): MeetingFigures | null {
  const types = records<MeetingType>(data.figures.meetingTypes).map((m) => ({
    ...m,
    held: Number(m.held),
    quota: Number(m.quota),
    completion: num(m.completion),
    attendance: num(m.attendance),
  }));
  if (!types.some((m) => m.held > 0 || m.quota > 0)) return null;
  return {
    types,
    completion: kpiRow(data.figures.kpis).meeting_completion,
    short: types.filter((m) => m.quota > 0 && m.held < m.quota),
  };
}

export function meetingsHeadline(f: MeetingFigures, locale: Locale): string {
  const kinds = joinNames(
    f.short.map((m) => valueLabel(locale, m.type)),
    locale,
  );
  // Two kinds are named; more are counted.
  const many = f.short.length > 2;
  if (locale === 'zh') {
    const head = f.completion === null ? '三会一课' : `三会一课完成率 ${fig(f.completion, 'pct', locale)}`;
    if (!f.short.length) return `${head}，各类会议均达到年度应开次数`;
    return `${head}，${many ? `${f.short.length} 类会议` : kinds}未达到年度应开次数`;
  }
  const head = f.completion === null ? 'Meetings' : `${fig(f.completion, 'pct', locale)} of required meetings held`;
  if (!f.short.length) return `${head}; every kind met its yearly quota`;
  return `${head}; ${many ? `${f.short.length} kinds of meeting` : kinds} fell short of the yearly quota`;
}

export function meetingsSlide(data: DeckData, locale: Locale): SlideDoc | null {
  const f = meetingFigures(data);
  if (!f) return null;
  const zh = locale === 'zh';
  return {
    id: 'meetings',
    kicker: t(locale, 'reviewMeetings'),
    headline: meetingsHeadline(f, locale),
    blocks: [
      {
        kind: 'chart',
        chart: {
          title: t(locale, 'chartMeetingTypes'),
          orientation: 'vertical',
          stacked: false,
          categories: f.types.map((m) => valueLabel(locale, m.type)),
          series: [
            { name: t(locale, 'colCompletion'), values: f.types.map((m) => m.completion), color: ROLE_COLORS.measure },
            { name: t(locale, 'colAttendance'), values: f.types.map((m) => m.attendance), color: ROLE_COLORS.compare },
          ],
          format: 'pct',
          unit: '%',
          target: { value: 1, label: zh ? '年度次数 100%' : 'Yearly quota 100%' },
        },
      },
    ],
    notes: [
      zh
        ? '完成率 = 应开次数内已开次数 ÷ 规则规定的年度应开次数；参会率 = 实到 ÷ 应到'
        : 'Completion = meetings held within the quota ÷ the rules’ yearly quota; attendance = present ÷ expected',
      ...f.types.map((m) =>
        zh
          ? `${m.type}：已开 ${m.held} 次 / 应开 ${m.quota} 次，参会率 ${fig(m.attendance, 'pct', locale)}`
          : `${valueLabel(locale, m.type)}: ${m.held} held of ${m.quota}, attendance ${fig(m.attendance, 'pct', locale)}`,
      ),
    ],
  };
}
