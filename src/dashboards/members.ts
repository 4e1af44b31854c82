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
        drillOrg: 'org_id',
        valueFormat: 'pct',
        capLine: true,
        series: [{ field: 'excellent_ratio', label: 'colRatio' }],
      },
      columns: [
        { field: 'name', label: 'colName', linkOrg: 'org_id' },
        { field: 'excellent', label: 'colExcellent', format: 'int' },
        // Of the excellent, those only suggested from points: never to be read as recorded.
        { field: 'excellent_suggested', label: 'colExcellentSuggested', format: 'int' },
        { field: 'rated', label: 'colRated', format: 'int' },
        { field: 'excellent_ratio', label: 'colRatio', format: 'pct', phone: true },
      ],
    },
    {
      id: 'ratings',
      needs: RATED,
      title: 'chartRatings',
      chart: {
        kind: 'stacked',
        valueFormat: 'int',
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
        valueFormat: 'int',
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
        categoryFormat: 'value',
        seriesBy: 'kind',
        seriesFormat: 'value',
        series: [{ field: 'points', label: 'colPoints' }],
        height: 420,
      },
      columns: [
        { field: 'kind', label: 'colKind', format: 'value' },
        { field: 'category', label: 'colCategory', format: 'value' },
        { field: 'points', label: 'colPoints', format: 'num1' },
        { field: 'entries', label: 'colEntries', format: 'int' },
      ],
    },
    {
      // 后进党员: internal builds only, never a public build or the board.
      id: 'attention',
      title: 'chartAttention',
      note: 'attentionNote',
      empty: 'attentionNone',
      wide: true,
      needs: ['members', 'points'],
      when: (meta) => meta.internal,
      columns: [
        { field: 'name', label: 'colBranch', linkOrg: 'org_id' },
        { field: 'flagged', label: 'colFlagged', format: 'int' },
        { field: 'below_base', label: 'attention_below_base', format: 'int' },
        { field: 'no_bonus', label: 'attention_no_bonus', format: 'int' },
        { field: 'major_deduction', label: 'attention_major_deduction', format: 'int' },
        { field: 'members', label: 'colMembers', format: 'int' },
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
        // A name opens the member's ledger on their branch's page.
        { field: 'name', label: 'colName', linkMember: 'member_id', ledgerAt: { org: 'branch_id', year: 'year' } },
        { field: 'branch', label: 'colBranch', linkOrg: 'branch_id' },
        { field: 'total', label: 'colTotal', format: 'num1' },
        { field: 'rating_source', label: 'colSource', format: 'source' },
      ],
    },
  ],
};
