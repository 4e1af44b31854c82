/** 任务清单 The task checklist (三定): tasks due in the year by work area, done on time, late, overdue, open. */
import { ROLE_COLORS } from '../../charts/theme';
import { type Locale, t } from '../../i18n/dict';
import type { DeckData, SlideDoc } from '../model';
import { fig, records } from '../text';

interface Area {
  readonly area: string;
  readonly done_on_time: number;
  readonly done_late: number;
  readonly overdue: number;
  readonly open: number;
  readonly completion: number | null;
}

export interface TaskFigures {
  readonly areas: readonly Area[];
  readonly tasks: number;
  readonly done: number;
  readonly overdue: number;
}

export function taskFigures(data: DeckData): TaskFigures | null {
  const areas = records<Area>(data.figures.taskAreas);
  const sum = (f: (a: Area) => number) => areas.reduce((s, a) => s + Number(f(a)), 0);
  const tasks = sum((a) => a.done_on_time + a.done_late + a.overdue + a.open);
  if (tasks === 0) return null;
  return { areas, tasks, done: sum((a) => a.done_on_time + a.done_late), overdue: sum((a) => a.overdue) };
}

export function tasksHeadline(f: TaskFigures, locale: Locale): string {
  const pct = fig(f.done / f.tasks, 'pct', locale);
  if (locale === 'zh')
    return `${f.tasks} 项任务完成 ${f.done} 项，完成率 ${pct}${f.overdue ? `，逾期未完成 ${f.overdue} 项` : ''}`;
  return `${f.done} of ${f.tasks} tasks done (${pct})${f.overdue ? `; ${f.overdue} overdue` : ''}`;
}

export function tasksSlide(data: DeckData, locale: Locale): SlideDoc | null {
  const f = taskFigures(data);
  if (!f) return null;
  const zh = locale === 'zh';
  const series = (name: Parameters<typeof t>[1], pick: (a: Area) => number, color: string) => ({
    name: t(locale, name),
    values: f.areas.map((a) => Number(pick(a))),
    color,
  });
  return {
    id: 'tasks',
    kicker: t(locale, 'reviewTasks'),
    headline: tasksHeadline(f, locale),
    blocks: [
      {
        kind: 'chart',
        chart: {
          title: t(locale, 'chartTaskAreas'),
          orientation: 'horizontal',
          stacked: true,
          categories: f.areas.map((a) => a.area),
          series: [
            series('colOnTime', (a) => a.done_on_time, ROLE_COLORS.done),
            series('colLate', (a) => a.done_late, ROLE_COLORS.late),
            series('colOverdue', (a) => a.overdue, ROLE_COLORS.overdue),
            series('colOpenTasks', (a) => a.open, ROLE_COLORS.pending),
          ],
          format: 'int',
          unit: zh ? '项' : 'tasks',
        },
      },
    ],
    notes: [
      zh
        ? '按完成时限所在年度计；完成率 = 已完成（含逾期完成）÷ 任务数'
        : 'Tasks due in the year; completion = done (late included) ÷ tasks',
      ...f.areas.map((a) =>
        zh
          ? `${a.area}：按期 ${a.done_on_time}，逾期完成 ${a.done_late}，逾期未完成 ${a.overdue}，未到期 ${a.open}（完成率 ${fig(a.completion, 'pct', locale)}）`
          : `${a.area}: ${a.done_on_time} on time, ${a.done_late} late, ${a.overdue} overdue, ${a.open} not yet due (${fig(a.completion, 'pct', locale)} done)`,
      ),
    ],
  };
}
