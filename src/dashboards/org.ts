import { orgQueries } from '../queries/org';
import { OVERVIEW_KPIS, RATED } from './overview';
import { RANKED } from './panels';
import { TEAMS_PANEL } from './topics';
import type { Dashboard } from './types';

export const org: Dashboard = {
  id: 'org',
  title: 'navOverview',
  path: 'org/',
  queries: orgQueries,
  filters: ['year'],
  kpis: OVERVIEW_KPIS,
  panels: [
    {
      id: 'children',
      title: 'chartChildren',
      needs: ['organizations'],
      chart: {
        kind: 'hbar',
        // One measure and no legend: the note names it (and goes with the chart where there is no ledger).
        note: 'childrenNote',
        category: 'name',
        drillOrg: 'org_id',
        series: [{ field: 'avg_total', label: 'colAvgTotal', role: 'measure' }],
        needs: ['points'],
      },
      columns: [
        { field: 'name', label: 'colName', linkOrg: 'org_id' },
        { field: 'type', label: 'colOrgType', format: 'value' },
        { field: 'members', label: 'colMembers', format: 'int', needs: ['members'] },
        { field: 'avg_total', label: 'colAvgTotal', format: 'num1', needs: ['points'] },
        { field: 'excellent', label: 'colExcellent', format: 'int', needs: RATED },
      ],
    },
    {
      id: 'history',
      title: 'chartHistory',
      needs: RANKED,
      chart: {
        kind: 'line',
        category: 'period',
        series: [{ field: 'score100', label: 'colScore100', role: 'measure' }],
      },
      columns: [
        { field: 'period', label: 'colPeriod' },
        { field: 'score100', label: 'colScore100', format: 'num1' },
        { field: 'rating', label: 'colRating', format: 'value' },
        { field: 'stars', label: 'colStars', format: 'stars' },
        { field: 'rank', label: 'colRank', of: { field: 'peers', as: 'place' } },
      ],
    },
    {
      id: 'members',
      title: 'chartMembers',
      wide: true,
      needs: ['members'],
      note: 'drillHint',
      columns: [
        // A phone shows each member's rating and its source (the organisation and category on "show all"): in
        // English the four first columns ran past a phone's width.
        { field: 'name', label: 'colName', linkMember: 'member_id' },
        { field: 'org', label: 'colOrg', phone: false },
        { field: 'category', label: 'colCategoryMember', format: 'value', phone: false },
        { field: 'status', label: 'colStatus', format: 'value' },
        { field: 'role', label: 'colRole', format: 'value' },
        { field: 'bonus', label: 'colBonus', format: 'num1', needs: ['points'] },
        { field: 'deduction', label: 'colDeduction', format: 'num1', needs: ['points'] },
        { field: 'total', label: 'colTotal', format: 'num1', needs: ['points'] },
        { field: 'rating', label: 'colRating', format: 'value', needs: RATED, phone: true },
        { field: 'rating_source', label: 'colSource', format: 'source', needs: RATED },
      ],
    },
    {
      // 后进党员 with their reasons, so a secretary can act before the year-end evaluation; internal builds only.
      id: 'attention',
      title: 'chartAttentionMembers',
      note: 'attentionMembersNote',
      empty: 'attentionNone',
      wide: true,
      needs: ['members', 'points'],
      when: (meta) => meta.internal,
      columns: [
        { field: 'name', label: 'colName', linkMember: 'member_id' },
        { field: 'org', label: 'colOrg' },
        { field: 'reasons', label: 'colReasons', format: 'reasons' },
        { field: 'total', label: 'colTotal', format: 'num1' },
        { field: 'base', label: 'colBase', format: 'num1' },
        { field: 'bonus', label: 'colBonus', format: 'num1' },
        { field: 'largest_deduction', label: 'colLargestDeduction', format: 'num1' },
      ],
    },
    TEAMS_PANEL,
  ],
};

export const LEDGER_PANEL = {
  id: 'ledger',
  title: 'chartLedger',
  wide: true,
  columns: [
    { field: 'date', label: 'colDate' },
    { field: 'kind', label: 'colKind', format: 'value' },
    { field: 'category', label: 'colCategory', format: 'value' },
    { field: 'points', label: 'colPoints', format: 'signed' },
    { field: 'reason', label: 'colReason' },
    { field: 'recorded_by', label: 'colRecordedBy' },
  ],
} as const;
