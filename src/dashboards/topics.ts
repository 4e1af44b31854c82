import { topicQueries } from '../queries/topics';
import type { Dashboard } from './types';

export const topics: Dashboard = {
  id: 'topics',
  title: 'navTopics',
  path: 'topics/',
  queries: topicQueries,
  filters: ['year', 'org'],
  panels: [
    {
      id: 'funnel',
      title: 'chartFunnel',
      chart: {
        kind: 'stacked',
        category: 'stage',
        categoryFormat: 'value',
        series: [
          { field: 'topics', label: 'colTopics', role: 'measure' },
          { field: 'subtopics', label: 'colSubtopics', role: 'share' },
        ],
      },
      columns: [
        { field: 'stage', label: 'colStage', format: 'value' },
        { field: 'topics', label: 'colTopics', format: 'int' },
        { field: 'subtopics', label: 'colSubtopics', format: 'int' },
      ],
    },
    {
      id: 'outcomes',
      title: 'chartOutcomes',
      chart: {
        kind: 'hbar',
        category: 'metric',
        valueFormat: 'pct',
        series: [{ field: 'attainment', label: 'colAttainment', role: 'done' }],
      },
      columns: [
        { field: 'title', label: 'colTitle' },
        { field: 'metric', label: 'colMetric' },
        { field: 'unit', label: 'colUnit', format: 'value' },
        { field: 'baseline', label: 'colBaseline', format: 'num1' },
        { field: 'target', label: 'colTarget', format: 'num1' },
        { field: 'actual', label: 'colActual', format: 'num1' },
        { field: 'attainment', label: 'colAttainment', format: 'pct' },
      ],
    },
    {
      id: 'progress',
      title: 'chartProgress',
      wide: true,
      chart: {
        kind: 'hstacked',
        category: 'title',
        series: [
          { field: 'closed', label: 'colClosed', role: 'done' },
          { field: 'open', label: 'colOpen', role: 'late' },
        ],
      },
      columns: [
        { field: 'topic_id', label: 'colId' },
        { field: 'title', label: 'colTitle' },
        { field: 'stage', label: 'colStage', format: 'value' },
        { field: 'closed', label: 'colClosed', format: 'int' },
        { field: 'open', label: 'colOpen', format: 'int' },
        { field: 'attainment', label: 'colAttainment', format: 'pct' },
      ],
    },
    {
      id: 'overdue',
      title: 'chartOverdue',
      wide: true,
      columns: [
        { field: 'topic_id', label: 'colId' },
        { field: 'title', label: 'colTitle' },
        { field: 'org', label: 'colOrg' },
        { field: 'stage', label: 'colStage', format: 'value' },
        { field: 'due_on', label: 'colDue' },
        { field: 'days_late', label: 'colDaysLate', format: 'int' },
      ],
    },
    {
      id: 'byBranch',
      title: 'chartTopicBranches',
      wide: true,
      columns: [
        { field: 'name', label: 'colName', linkOrg: 'org_id' },
        { field: 'topics', label: 'colTopics', format: 'int' },
        { field: 'closed', label: 'colClosed', format: 'int' },
        { field: 'overdue', label: 'colOverdue', format: 'int' },
        { field: 'attainment', label: 'colAttainment', format: 'pct' },
      ],
    },
  ],
};
