import { cutNote } from '../charts/sentences';
import { workQueries } from '../queries/work';
import type { Dashboard } from './types';

export const work: Dashboard = {
  id: 'work',
  title: 'navWork',
  path: 'work/',
  queries: workQueries,
  filters: ['year', 'org'],
  panels: [
    {
      id: 'byArea',
      needs: ['tasks'],
      title: 'chartTaskAreas',
      wide: true,
      chart: {
        kind: 'stacked',
        valueFormat: 'int',
        category: 'area',
        categoryFormat: 'value',
        series: [
          { field: 'done_on_time', label: 'colOnTime', role: 'done' },
          { field: 'done_late', label: 'colLate', role: 'late' },
          { field: 'overdue', label: 'colOverdue', role: 'overdue' },
          { field: 'open', label: 'colOpenTasks', role: 'pending' },
        ],
      },
      columns: [
        { field: 'area', label: 'colArea', format: 'value' },
        { field: 'done_on_time', label: 'colOnTime', format: 'int' },
        { field: 'done_late', label: 'colLate', format: 'int' },
        { field: 'overdue', label: 'colOverdue', format: 'int' },
        { field: 'open', label: 'colOpenTasks', format: 'int' },
        { field: 'completion', label: 'colCompletion', format: 'pct' },
      ],
    },
    {
      id: 'byBranch',
      needs: ['tasks'],
      title: 'chartTaskBranches',
      chart: {
        kind: 'hbar',
        category: 'name',
        colorKey: 'org_id',
        drillOrg: 'org_id',
        valueFormat: 'pct',
        series: [{ field: 'completion', label: 'colCompletion' }],
        height: 520,
      },
      columns: [
        { field: 'name', label: 'colName', linkOrg: 'org_id' },
        { field: 'tasks', label: 'colTasks', format: 'int' },
        { field: 'completion', label: 'colCompletion', format: 'pct' },
        { field: 'overdue', label: 'colOverdue', format: 'int' },
      ],
    },
    {
      id: 'meetings',
      needs: ['meetings'],
      title: 'chartMeetings',
      chart: {
        kind: 'hbar',
        category: 'name',
        valueFormat: 'pct',
        height: 520,
        series: [
          { field: 'completion', label: 'colCompletion', role: 'measure' },
          { field: 'attendance', label: 'colAttendance', role: 'compare' },
        ],
      },
      columns: [
        { field: 'name', label: 'colName', linkOrg: 'org_id' },
        { field: 'held', label: 'colHeld', format: 'int' },
        { field: 'quota', label: 'colQuota', format: 'int' },
        { field: 'completion', label: 'colCompletion', format: 'pct' },
        { field: 'attendance', label: 'colAttendance', format: 'pct' },
      ],
    },
    {
      id: 'meetingTypes',
      needs: ['meetings'],
      title: 'chartMeetingTypes',
      chart: {
        kind: 'bar',
        valueFormat: 'int',
        category: 'type',
        categoryFormat: 'value',
        series: [
          { field: 'held', label: 'colHeld', role: 'measure' },
          { field: 'quota', label: 'colQuota', role: 'reference' },
        ],
      },
      columns: [
        { field: 'type', label: 'colType', format: 'value' },
        { field: 'held', label: 'colHeld', format: 'int' },
        { field: 'quota', label: 'colQuota', format: 'int' },
        { field: 'completion', label: 'colCompletion', format: 'pct' },
        { field: 'attendance', label: 'colAttendance', format: 'pct' },
      ],
    },
    {
      id: 'overdueTasks',
      needs: ['tasks'],
      title: 'chartOverdueTasks',
      wide: true,
      // The list holds the earliest due only (OVERDUE_TASK_ROWS): cut, it says how many there are in all (whole,
      // its table's own count says it: "共 67 项" above "共 67 行" said it twice).
      summary: (page, locale) => {
        const total = (page.byArea?.overdue ?? []).reduce<number>((sum, n) => sum + Number(n), 0);
        const shown = page.overdueTasks?.task_id?.length ?? 0;
        return total > shown ? cutNote(total, shown, 'tasks', locale) : null;
      },
      columns: [
        { field: 'task_id', label: 'colId' },
        { field: 'org', label: 'colOrg' },
        { field: 'area', label: 'colArea', format: 'value' },
        { field: 'task', label: 'colTask' },
        { field: 'owner', label: 'colOwner' },
        { field: 'due_on', label: 'colDue' },
      ],
    },
  ],
};
