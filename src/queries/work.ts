/** 任务与会议 Tasks and meetings: completion and overdue by area and branch; 三会一课 completion and attendance. */
import type { Filters } from './filters';
import { BRANCH_TYPE_LIST, IN_SUBTREE } from './sql-parts';
import { bind, type Query } from './types';

export function workQueries(f: Filters): Record<string, Query> {
  const v = { year: f.year, org: f.org };
  return {
    byArea: bind(
      `SELECT coalesce(area, '—') AS area,
         CAST(count(*) FILTER (WHERE state = 'done_on_time') AS INTEGER) AS done_on_time,
         CAST(count(*) FILTER (WHERE state = 'done_late') AS INTEGER) AS done_late,
         CAST(count(*) FILTER (WHERE state = 'overdue') AS INTEGER) AS overdue,
         CAST(count(*) FILTER (WHERE state = 'open') AS INTEGER) AS open,
         count(*) FILTER (WHERE state LIKE 'done%') / count(*) AS completion
       FROM task_status WHERE year(due_on) = $year AND ${IN_SUBTREE('org_id')}
       GROUP BY area ORDER BY area`,
      v,
      ['task_status', 'org_paths'],
    ),
    byBranch: bind(
      `SELECT o.org_id, o.name, CAST(count(t.task_id) AS INTEGER) AS tasks,
         count(t.task_id) FILTER (WHERE t.state LIKE 'done%') / nullif(count(t.task_id), 0) AS completion,
         CAST(count(t.task_id) FILTER (WHERE t.state = 'overdue') AS INTEGER) AS overdue
       FROM organizations o LEFT JOIN task_status t ON t.branch_id = o.org_id AND year(t.due_on) = $year
       WHERE o.type IN ${BRANCH_TYPE_LIST} AND ${IN_SUBTREE('o.org_id')}
       GROUP BY o.org_id, o.name ORDER BY completion DESC NULLS LAST, o.org_id`,
      v,
      ['task_status', 'organizations', 'org_paths'],
    ),
    overdueTasks: bind(
      `SELECT s.task_id, o.name AS org, t.area, t.task, t.owner, CAST(t.due_on AS VARCHAR) AS due_on
       FROM task_status s JOIN tasks t USING (task_id) JOIN organizations o ON o.org_id = t.org_id
       WHERE s.state = 'overdue' AND year(s.due_on) = $year AND ${IN_SUBTREE('s.org_id')}
       ORDER BY t.due_on, s.task_id LIMIT 100`,
      v,
      ['task_status', 'tasks', 'organizations', 'org_paths'],
    ),
    // Each basic organisation with its party groups: held within quota over quota, present over expected.
    meetings: bind(
      `SELECT b.org_id, b.name,
         sum(least(r.held, r.quota)) / nullif(sum(r.quota), 0) AS completion,
         sum(r.present) / nullif(sum(r.expected), 0) AS attendance,
         CAST(sum(r.held) AS INTEGER) AS held, CAST(sum(r.quota) AS INTEGER) AS quota
       FROM organizations b JOIN org_paths p ON p.ancestor_id = b.org_id
       JOIN meeting_rollup r ON r.org_id = p.org_id AND r.year = $year
       WHERE b.type IN ${BRANCH_TYPE_LIST} AND ${IN_SUBTREE('b.org_id')}
       GROUP BY b.org_id, b.name ORDER BY completion DESC NULLS LAST, b.org_id`,
      v,
      ['organizations', 'org_paths', 'meeting_rollup'],
    ),
    meetingTypes: bind(
      `SELECT type, CAST(sum(held) AS INTEGER) AS held, CAST(sum(quota) AS INTEGER) AS quota,
         sum(least(held, quota)) / nullif(sum(quota), 0) AS completion,
         sum(present) / nullif(sum(expected), 0) AS attendance
       FROM meeting_rollup WHERE year = $year AND ${IN_SUBTREE('org_id')}
       GROUP BY type ORDER BY type`,
      v,
      ['meeting_rollup', 'org_paths'],
    ),
  };
}
