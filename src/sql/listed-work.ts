/**
 * 任务与会议 per listed organisation: the work page's figures, aggregated at build time for each organisation its
 * filter offers (listed_orgs), so the page reads these instead of the task and meeting tables (at group scale
 * 420,000 tasks with their text and 200,000 meeting sums: 9 MB of Parquet, 13 s before the page answered).
 * Appended to DERIVED (src/sql/derived.ts); plain SQL text. Ratios are left to the page's queries: the tables
 * hold the counts and sums they are made of.
 */
import { BASIC_ORG_TYPES } from '../model/schema';
import type { DerivedTable } from './derived';
import { inListed, LISTED_SUBTREE } from './listed-subtree';
import { sqlList } from './literal';

/** The overdue list shows this many tasks at most. */
export const OVERDUE_TASK_ROWS = 100;

/** The basic organisations (`b`) of each subtree in `scope` (an organisation `l`, its subtree's `p.org_id`). */
const basicIn = (scope: string) =>
  `${scope} JOIN organizations b ON b.org_id = p.org_id AND b.type IN ${sqlList(BASIC_ORG_TYPES)}`;
const BASIC = basicIn(LISTED_SUBTREE);

/**
 * 三会一课 of each basic organisation with its party groups, for each organisation of `scope` (as in basicIn):
 * held within quota, quota, attendance. The listed organisations' are a table; a notice board of any other
 * organisation runs the same statement for its own.
 */
export const meetingBranches = (scope: string) => `SELECT l.org_id, r.year, b.org_id AS branch_id, b.name,
    CAST(sum(least(r.held, r.quota)) AS INTEGER) AS within_quota, CAST(sum(r.quota) AS INTEGER) AS quota,
    CAST(sum(r.held) AS INTEGER) AS held, CAST(sum(r.present) AS INTEGER) AS present,
    CAST(sum(r.expected) AS INTEGER) AS expected
  FROM ${basicIn(scope)} JOIN org_paths g ON g.ancestor_id = b.org_id JOIN meeting_rollup r ON r.org_id = g.org_id
  GROUP BY ALL`;

export const LISTED_WORK_TABLES: readonly DerivedTable[] = [
  {
    // Tasks per work area (工作领域) and state, by the year they are due.
    name: 'listed_task_areas',
    sql: `SELECT l.org_id, CAST(year(t.due_on) AS INTEGER) AS year, t.area,
        CAST(count(*) FILTER (WHERE t.state = 'done_on_time') AS INTEGER) AS done_on_time,
        CAST(count(*) FILTER (WHERE t.state = 'done_late') AS INTEGER) AS done_late,
        CAST(count(*) FILTER (WHERE t.state = 'overdue') AS INTEGER) AS overdue,
        CAST(count(*) FILTER (WHERE t.state = 'open') AS INTEGER) AS open,
        CAST(count(*) FILTER (WHERE t.state LIKE 'done%') AS INTEGER) AS done,
        CAST(count(*) AS INTEGER) AS tasks
      FROM ${inListed('task_status', 't')} GROUP BY ALL`,
  },
  {
    // Tasks of each basic organisation per year; one with none that year is listed with none.
    name: 'listed_task_branches',
    sql: `WITH counts AS (
        SELECT branch_id, CAST(year(due_on) AS INTEGER) AS year, CAST(count(*) AS INTEGER) AS tasks,
          CAST(count(*) FILTER (WHERE state LIKE 'done%') AS INTEGER) AS done,
          CAST(count(*) FILTER (WHERE state = 'overdue') AS INTEGER) AS overdue
        FROM task_status GROUP BY ALL)
      SELECT l.org_id, y.year, b.org_id AS branch_id, b.name, coalesce(c.tasks, 0) AS tasks, coalesce(c.done, 0) AS done,
        coalesce(c.overdue, 0) AS overdue
      FROM ${BASIC} CROSS JOIN data_years y LEFT JOIN counts c ON c.branch_id = b.org_id AND c.year = y.year`,
  },
  {
    // The year's overdue tasks, earliest due first, with what they are and who answers for them.
    name: 'listed_overdue_tasks',
    sql: `WITH ranked AS (
        SELECT l.org_id, CAST(year(s.due_on) AS INTEGER) AS year, s.task_id, o.name AS org, t.area, t.task, t.owner,
          t.due_on, row_number() OVER (PARTITION BY l.org_id, year(s.due_on) ORDER BY t.due_on, s.task_id) AS place
        FROM ${inListed('task_status', 's')} JOIN tasks t ON t.task_id = s.task_id
        JOIN organizations o ON o.org_id = t.org_id
        WHERE s.state = 'overdue')
      SELECT * EXCLUDE (place) FROM ranked WHERE place <= ${OVERDUE_TASK_ROWS}`,
  },
  { name: 'listed_meeting_branches', sql: meetingBranches(LISTED_SUBTREE) },
  {
    // 三会一课 per meeting type.
    name: 'listed_meeting_types',
    sql: `SELECT l.org_id, r.year, r.type, CAST(sum(r.held) AS INTEGER) AS held, CAST(sum(r.quota) AS INTEGER) AS quota,
        CAST(sum(least(r.held, r.quota)) AS INTEGER) AS within_quota, CAST(sum(r.present) AS INTEGER) AS present,
        CAST(sum(r.expected) AS INTEGER) AS expected
      FROM ${inListed('meeting_rollup', 'r')} GROUP BY ALL`,
  },
];
