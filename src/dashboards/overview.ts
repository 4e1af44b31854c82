import { formatValue } from '../charts/format';
import { suggestedExcellent } from '../charts/sentences';
import type { KpiSpec } from '../charts/spec';
import { countOf, type Locale, t } from '../i18n/dict';
import { BASIC_ORG_TYPES } from '../model/schema';
import type { Needs } from '../queries/needs';
import { overviewQueries } from '../queries/overview';
import { pointsTrendPanel, RANKED, RANKING_PANEL } from './panels';
import { OUTCOMES_PANEL } from './topics';
import type { Dashboard } from './types';

/** Ratings need the members and either their evaluation or the ledger to suggest one from. */
export const RATED: Needs = ['members', ['evaluations', 'points']];

/** A count in a detail line, grouped by thousands (59,282), as the figures above it are. */
const count = (v: unknown) => formatValue(v == null ? null : Number(v), 'int', 'zh');

/** The rules' cap on the excellent ratio (33.3%), or — where the answer has none. */
const capOf = (v: unknown) => (v == null ? '—' : `${Math.round(Number(v) * 1000) / 10}%`);

/** The basic organisations by type, so committees and branches are counted for what they are. */
function basicTypes(r: Record<string, unknown>, locale: Locale): string {
  return BASIC_ORG_TYPES.map((type, k) => ({ type, n: Number(r[`basic_${k}`] ?? 0) }))
    .filter((x) => x.n > 0)
    .map((x) => countOf(locale, x.type, x.n))
    .join(' · ');
}

export const OVERVIEW_KPIS: readonly KpiSpec[] = [
  { field: 'branches', label: 'kpiBranches', format: 'int', needs: ['organizations'], detail: basicTypes },
  { field: 'members', label: 'kpiMembers', format: 'int', needs: ['members'] },
  {
    field: 'excellent_ratio',
    label: 'kpiExcellentRatio',
    format: 'pct',
    needs: RATED,
    detail: (r) => `${count(r.excellent)} / ${count(r.rated)} · ≤ ${capOf(r.excellent_cap)}`,
    note: suggestedExcellent,
    capField: 'excellent_cap',
    previous: { field: 'prev_excellent_ratio', when: 'prev_year', kind: 'year' },
    trend: { table: 'kpiYears', field: 'excellent_ratio' },
  },
  {
    field: 'avg_score',
    label: 'kpiAvgScore',
    format: 'num1',
    needs: ['assessments'],
    previous: { field: 'prev_avg_score', when: 'prev_period', kind: 'period' },
    trend: { table: 'kpiPeriods', field: 'avg_score' },
  },
  {
    field: 'topics_closed',
    label: 'kpiTopics',
    format: 'int',
    detail: (r, locale) => (r.topics_total == null ? t(locale, 'kpiTopicsNone') : `/ ${count(r.topics_total)}`),
    // Counted per organisation's subtree: a topics workbook without its organisations has none to count in.
    needs: ['topics', 'organizations'],
    previous: { field: 'prev_topics_closed', when: 'prev_year', kind: 'year' },
    trend: { table: 'kpiYears', field: 'topics_closed' },
  },
  {
    field: 'meeting_completion',
    label: 'kpiMeetings',
    format: 'pct',
    needs: ['meetings'],
    previous: { field: 'prev_meeting_completion', when: 'prev_year', kind: 'year' },
    trend: { table: 'kpiYears', field: 'meeting_completion' },
  },
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
      id: 'lagging',
      title: 'chartLagging',
      wide: true,
      note: 'laggingNote',
      needs: RANKED,
      empty: 'laggingNone',
      totalField: 'lagging',
      columns: [
        { field: 'name', label: 'colName', linkOrg: 'org_id' },
        { field: 'score100', label: 'colScore100', format: 'num1' },
        { field: 'rating', label: 'colRating', format: 'value' },
      ],
    },
    { ...OUTCOMES_PANEL, wide: true },
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
