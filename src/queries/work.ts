/**
 * 任务与会议 Tasks and meetings: completion and overdue by area and branch; 三会一课 completion and attendance.
 * The filter offers listed organisations only, so every figure is read from the tables aggregated per listed
 * organisation at build time (src/sql/listed-work.ts); the ratios are taken here from their counts and sums.
 */
import type { Filters } from './filters';
import { bind, type Query, type Value } from './types';

export function workQueries(f: Filters): Record<string, Query> {
  const v = { year: f.year, org: f.org };
  return {
    byArea: bind(
      `SELECT coalesce(area, '—') AS area, done_on_time, done_late, overdue, open, done / tasks AS completion
       FROM listed_task_areas WHERE org_id = $org AND year = $year ORDER BY area`,
      v,
      ['listed_task_areas'],
    ),
    byBranch: bind(
      `SELECT branch_id AS org_id, name, tasks, done / nullif(tasks, 0) AS completion, overdue
       FROM listed_task_branches WHERE org_id = $org AND year = $year
       ORDER BY completion DESC NULLS LAST, branch_id`,
      v,
      ['listed_task_branches'],
    ),
    overdueTasks: bind(
      `SELECT task_id, org, area, task, owner, CAST(due_on AS VARCHAR) AS due_on
       FROM listed_overdue_tasks WHERE org_id = $org AND year = $year ORDER BY listed_overdue_tasks.due_on, task_id`,
      v,
      ['listed_overdue_tasks'],
    ),
    meetings: meetingsFrom(v, 'listed_meeting_branches', ['listed_meeting_branches']),
    meetingTypes: bind(
      `SELECT type, held, quota, within_quota / nullif(quota, 0) AS completion, present / nullif(expected, 0) AS attendance
       FROM listed_meeting_types WHERE org_id = $org AND year = $year ORDER BY type`,
      v,
      ['listed_meeting_types'],
    ),
  };
}

/**
 * 三会一课 of each basic organisation with its party groups: held within quota over quota, present over expected.
 * `source` holds meetingBranches' rows (src/sql/listed-work.ts): the listed table, or the statement itself.
 */
export function meetingsFrom(v: Record<string, Value>, source: string, tables: readonly string[]): Query {
  return bind(
    `SELECT branch_id AS org_id, name, within_quota / nullif(quota, 0) AS completion,
       present / nullif(expected, 0) AS attendance, held, quota
     FROM ${source} m WHERE m.org_id = $org AND m.year = $year
     ORDER BY completion DESC NULLS LAST, branch_id`,
    v,
    tables,
  );
}
