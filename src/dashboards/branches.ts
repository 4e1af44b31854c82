import { branchQueries } from '../queries/branches';
import { RANKED, RANKING_PANEL } from './panels';
import type { Dashboard } from './types';

export const branches: Dashboard = {
  id: 'branches',
  title: 'navBranches',
  path: 'branches/',
  queries: branchQueries,
  filters: ['year', 'period', 'org'],
  panels: [
    RANKING_PANEL,
    {
      id: 'stars',
      needs: RANKED,
      title: 'chartStars',
      chart: {
        kind: 'pie',
        category: 'stars',
        categoryFormat: 'stars',
        categoryColors: 'stars',
        series: [{ field: 'branches', label: 'colBranches' }],
      },
      columns: [
        { field: 'stars', label: 'colStars', format: 'stars' },
        { field: 'branches', label: 'colBranches', format: 'int' },
      ],
    },
    {
      id: 'trend',
      needs: RANKED,
      title: 'chartBranchTrend',
      chart: {
        kind: 'line',
        category: 'period',
        categoryOrder: 'period_start',
        linesOrder: 'linesBestOfPeriodFirst',
        seriesBy: 'name',
        seriesKey: 'org_id',
        colorKey: 'org_id',
        series: [{ field: 'score100', label: 'colScore100' }],
      },
      columns: [
        { field: 'period', label: 'colPeriod' },
        { field: 'name', label: 'colName', linkOrg: 'org_id' },
        { field: 'score100', label: 'colScore100', format: 'num1' },
      ],
    },
    {
      id: 'dimensions',
      needs: RANKED,
      title: 'chartDimensions',
      wide: true,
      chart: {
        kind: 'hstacked',
        category: 'name',
        categoryKey: 'org_id',
        seriesBy: 'dimension',
        seriesFormat: 'value',
        series: [{ field: 'score', label: 'colScore' }],
        height: 560,
      },
      columns: [
        { field: 'name', label: 'colName', linkOrg: 'org_id' },
        { field: 'dimension', label: 'colCategory', format: 'value' },
        { field: 'score', label: 'colScore', format: 'num1' },
        { field: 'max_score', label: 'colMaxScore', format: 'num1' },
      ],
    },
    {
      id: 'report',
      needs: RANKED,
      title: 'chartReport',
      note: 'quarterlyReportNote',
      wide: true,
      columns: [
        { field: 'rank', label: 'colRank', of: { field: 'peers', as: 'place' } },
        { field: 'name', label: 'colName', linkOrg: 'org_id' },
        { field: 'score100', label: 'colScore100', format: 'num1' },
        { field: 'rating', label: 'colRating', format: 'value' },
        { field: 'stars', label: 'colStars', format: 'stars' },
        { field: 'previous_rank', label: 'colPreviousRank', of: { field: 'previous_peers', as: 'place' } },
        { field: 'rank_change', label: 'colRankChange', format: 'move' },
        { field: 'change', label: 'colChange', format: 'signed' },
      ],
    },
  ],
};
