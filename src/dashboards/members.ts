import { honoursSentence } from '../charts/sentences';
import { memberQueries } from '../queries/members';
import { RATED } from './overview';
import { pointsTrendPanel } from './panels';
import type { Dashboard } from './types';

export const members: Dashboard = {
  id: 'members',
  title: 'navMembers',
  path: 'members/',
  queries: memberQueries,
  filters: ['year', 'org'],
  panels: [
    {
      id: 'ratio',
      needs: RATED,
      title: 'chartRatio',
      wide: true,
      chart: {
        kind: 'bar',
        category: 'name',
        colorKey: 'org_id',
        valueFormat: 'pct',
        capLine: true,
        series: [{ field: 'excellent_ratio', label: 'colRatio' }],
      },
      columns: [
        { field: 'name', label: 'colName', linkOrg: 'org_id' },
        { field: 'excellent', label: 'colExcellent', format: 'int' },
        { field: 'rated', label: 'colRated', format: 'int' },
        { field: 'excellent_ratio', label: 'colRatio', format: 'pct' },
      ],
    },
    {
      id: 'ratings',
      needs: RATED,
      title: 'chartRatings',
      chart: {
        kind: 'stacked',
        category: 'rating',
        categoryFormat: 'value',
        series: [
          { field: 'recorded', label: 'colRecorded', role: 'measure' },
          { field: 'suggested', label: 'colSuggested', role: 'share' },
        ],
      },
      columns: [
        { field: 'rating', label: 'colRating', format: 'value' },
        { field: 'recorded', label: 'colRecorded', format: 'int' },
        { field: 'suggested', label: 'colSuggested', format: 'int' },
      ],
    },
    {
      id: 'distribution',
      needs: ['points'],
      title: 'chartDistribution',
      chart: {
        kind: 'bar',
        category: 'bucket',
        categoryFormat: 'band',
        series: [{ field: 'members', label: 'colMembers', role: 'compare' }],
      },
      columns: [
        { field: 'bucket', label: 'colBucket', format: 'band' },
        { field: 'members', label: 'colMembers', format: 'int' },
      ],
    },
    pointsTrendPanel('monthly'),
    {
      id: 'categories',
      needs: ['points'],
      title: 'chartCategories',
      chart: {
        kind: 'hstacked',
        category: 'category',
        seriesBy: 'kind',
        seriesFormat: 'value',
        series: [{ field: 'points', label: 'colPoints' }],
        height: 420,
      },
      columns: [
        { field: 'kind', label: 'colKind', format: 'value' },
        { field: 'category', label: 'colCategory' },
        { field: 'points', label: 'colPoints', format: 'num1' },
        { field: 'entries', label: 'colEntries', format: 'int' },
      ],
    },
    {
      id: 'honours',
      title: 'chartHonours',
      wide: true,
      needs: RATED,
      empty: 'honoursEmpty',
      summary: (page, locale) => (page.honours ? honoursSentence(page.honours, locale) : null),
      columns: [
        { field: 'name', label: 'colName' },
        { field: 'branch', label: 'colBranch' },
        { field: 'total', label: 'colTotal', format: 'num1' },
        { field: 'rating_source', label: 'colSource', format: 'source' },
      ],
    },
  ],
};
