import type { KpiSpec } from '../charts/spec';
import { overviewQueries } from '../queries/overview';
import type { Dashboard } from './types';

export const OVERVIEW_KPIS: readonly KpiSpec[] = [
  { field: 'branches', label: 'kpiBranches', format: 'int' },
  { field: 'members', label: 'kpiMembers', format: 'int' },
  {
    field: 'excellent_ratio',
    label: 'kpiExcellentRatio',
    format: 'pct',
    detail: (r) => `${r.excellent ?? '—'} / ${r.rated ?? '—'} · ≤ ${Math.round(Number(r.excellent_cap) * 1000) / 10}%`,
  },
  { field: 'avg_score', label: 'kpiAvgScore', format: 'num1' },
  { field: 'topics_closed', label: 'kpiTopics', format: 'int', detail: (r) => `/ ${r.topics_total ?? '—'}` },
  { field: 'meeting_completion', label: 'kpiMeetings', format: 'pct' },
];

export const overview: Dashboard = {
  id: 'overview',
  title: 'navOverview',
  path: '',
  queries: overviewQueries,
  filters: ['year', 'period', 'org'],
  kpis: OVERVIEW_KPIS,
  panels: [
    {
      id: 'ranking',
      title: 'chartRanking',
      wide: true,
      chart: {
        kind: 'hbar',
        category: 'name',
        colorKey: 'org_id',
        series: [{ field: 'score100', label: 'colScore100' }],
        height: 520,
      },
      columns: [
        { field: 'rank', label: 'colRank', format: 'int' },
        { field: 'name', label: 'colName', linkOrg: 'org_id' },
        { field: 'score100', label: 'colScore100', format: 'num1' },
        { field: 'rating', label: 'colRating', format: 'value' },
        { field: 'stars', label: 'colStars', format: 'stars' },
      ],
    },
    {
      id: 'scoreTrend',
      title: 'chartScoreTrend',
      chart: {
        kind: 'line',
        category: 'period',
        series: [
          { field: 'max_score', label: 'colMax', color: '#3a9b5c' },
          { field: 'avg_score', label: 'colAvg', color: '#c8161d' },
          { field: 'min_score', label: 'colMin', color: '#e0a100' },
        ],
      },
      columns: [
        { field: 'period', label: 'colPeriod' },
        { field: 'avg_score', label: 'colAvg', format: 'num1' },
        { field: 'min_score', label: 'colMin', format: 'num1' },
        { field: 'max_score', label: 'colMax', format: 'num1' },
      ],
    },
    {
      id: 'pointsTrend',
      title: 'chartPointsTrend',
      chart: {
        kind: 'bar',
        category: 'month',
        categoryFormat: 'month',
        series: [
          { field: 'bonus', label: 'colBonus', color: '#c8161d' },
          { field: 'deduction', label: 'colDeduction', color: '#8a8f98' },
        ],
      },
      columns: [
        { field: 'month', label: 'colMonth', format: 'month' },
        { field: 'bonus', label: 'colBonus', format: 'num1' },
        { field: 'deduction', label: 'colDeduction', format: 'num1' },
      ],
    },
  ],
};
