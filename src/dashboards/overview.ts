import { formatValue } from '../charts/format';
import type { KpiSpec } from '../charts/spec';
import type { Needs } from '../queries/needs';
import { overviewQueries } from '../queries/overview';
import { pointsTrendPanel, RANKED, RANKING_PANEL } from './panels';
import type { Dashboard } from './types';

/** Ratings need the members and either their evaluation or the ledger to suggest one from. */
export const RATED: Needs = ['members', ['evaluations', 'points']];

/** A count in a detail line, grouped by thousands (59,282), as the figures above it are. */
const count = (v: unknown) => formatValue(v == null ? null : Number(v), 'int', 'zh');

export const OVERVIEW_KPIS: readonly KpiSpec[] = [
  { field: 'branches', label: 'kpiBranches', format: 'int', needs: ['organizations'] },
  { field: 'members', label: 'kpiMembers', format: 'int', needs: ['members'] },
  {
    field: 'excellent_ratio',
    label: 'kpiExcellentRatio',
    format: 'pct',
    needs: RATED,
    detail: (r) => `${count(r.excellent)} / ${count(r.rated)} · ≤ ${Math.round(Number(r.excellent_cap) * 1000) / 10}%`,
  },
  { field: 'avg_score', label: 'kpiAvgScore', format: 'num1', needs: ['assessments'] },
  {
    field: 'topics_closed',
    label: 'kpiTopics',
    format: 'int',
    detail: (r) => `/ ${count(r.topics_total)}`,
    // Counted per organisation's subtree: a topics workbook without its organisations has none to count in.
    needs: ['topics', 'organizations'],
  },
  { field: 'meeting_completion', label: 'kpiMeetings', format: 'pct', needs: ['meetings'] },
];

export const overview: Dashboard = {
  id: 'overview',
  title: 'navOverview',
  path: '',
  queries: overviewQueries,
  filters: ['year', 'period', 'org'],
  kpis: OVERVIEW_KPIS,
  panels: [
    // The leading branches only (listed_rankings): a group's 15,000 are the 支部考核 page's.
    { ...RANKING_PANEL, note: 'leadingBranchesNote' },
    {
      id: 'scoreTrend',
      title: 'chartScoreTrend',
      needs: RANKED,
      chart: {
        kind: 'line',
        category: 'period',
        series: [
          { field: 'max_score', label: 'colMax', role: 'high' },
          { field: 'avg_score', label: 'colAvg', role: 'measure' },
          { field: 'min_score', label: 'colMin', role: 'low' },
        ],
      },
      columns: [
        { field: 'period', label: 'colPeriod' },
        { field: 'avg_score', label: 'colAvg', format: 'num1' },
        { field: 'min_score', label: 'colMin', format: 'num1' },
        { field: 'max_score', label: 'colMax', format: 'num1' },
      ],
    },
    pointsTrendPanel('pointsTrend'),
  ],
};
