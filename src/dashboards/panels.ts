/** Panels that more than one page shows. */
import type { PanelSpec } from '../charts/spec';
import type { Needs } from '../queries/needs';

/** Branch scores, rankings and stars are made of the assessments (支部考核). */
export const RANKED: Needs = ['assessments'];

/** Branch ranking for the selected period (reads `branchQueries().ranking`). */
export const RANKING_PANEL: PanelSpec = {
  id: 'ranking',
  title: 'chartRanking',
  wide: true,
  needs: RANKED,
  // A party group's view, or a period no one was scored in: said as such, not a bare 暂无数据.
  empty: 'rankingNone',
  chart: {
    kind: 'hbar',
    category: 'name',
    categoryKey: 'org_id',
    drillOrg: 'org_id',
    // Coloured by rating band, each bar saying its score, band and places gained in words beside the colour.
    valueColors: { field: 'rating', colors: 'rating' },
    barLabels: [
      { field: 'rating', format: 'value' },
      { field: 'place_change', format: 'move' },
    ],
    series: [{ field: 'score100', label: 'colScore100' }],
    height: 520,
  },
  columns: [
    { field: 'rank', label: 'colRank', of: { field: 'peers', as: 'place' } },
    { field: 'place_change', label: 'colPlaceChange', format: 'move' },
    { field: 'name', label: 'colName', linkOrg: 'org_id' },
    { field: 'score', label: 'colScore', format: 'num1' },
    { field: 'max_score', label: 'colMaxScore', format: 'num1' },
    { field: 'score100', label: 'colScore100', format: 'num1' },
    { field: 'rating', label: 'colRating', format: 'value' },
    { field: 'stars', label: 'colStars', format: 'stars' },
  ],
};

/** Bonus and deduction points per month (reads `monthlyPoints()`). */
export function pointsTrendPanel(id: string): PanelSpec {
  return {
    id,
    title: 'chartPointsTrend',
    needs: ['points'],
    chart: {
      kind: 'bar',
      category: 'month',
      categoryFormat: 'month',
      series: [
        { field: 'bonus', label: 'colBonus', role: 'bonus' },
        { field: 'deduction', label: 'colDeduction', role: 'deduction' },
      ],
    },
    columns: [
      { field: 'month', label: 'colMonth', format: 'month' },
      { field: 'bonus', label: 'colBonus', format: 'num1' },
      { field: 'deduction', label: 'colDeduction', format: 'num1' },
    ],
  };
}
