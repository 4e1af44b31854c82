import { outcomeCounts, outcomesSentence, teamOf, teamSentence } from '../charts/sentences';
import type { PanelSpec } from '../charts/spec';
import { topicQueries } from '../queries/topics';
import type { Dashboard } from './types';

/** Outcome metrics against their baselines and targets (reads `outcomesQuery`): the topics page's and the deck's. */
export const OUTCOMES_PANEL: PanelSpec = {
  id: 'outcomes',
  title: 'chartOutcomes',
  note: 'outcomesNote',
  needs: ['topic_outcomes'],
  summary: (page, locale) => (page.outcomes ? outcomesSentence(outcomeCounts(page.outcomes), locale) : null),
  chart: {
    kind: 'hbar',
    category: 'metric',
    categoryUnit: 'unit',
    valueFormat: 'pct',
    valueColors: { field: 'status', colors: 'outcome', format: 'outcome' },
    targetLine: 1,
    labels: true,
    series: [{ field: 'progress', label: 'colProgress' }],
  },
  columns: [
    { field: 'title', label: 'colTitle' },
    { field: 'metric', label: 'colMetric' },
    { field: 'unit', label: 'colUnit', format: 'value' },
    { field: 'baseline', label: 'colBaseline', format: 'qty' },
    { field: 'target', label: 'colTarget', format: 'qty' },
    { field: 'actual', label: 'colActual', format: 'qty' },
    { field: 'progress', label: 'colProgress', format: 'pct' },
    { field: 'attainment', label: 'colAttainment', format: 'pct' },
    { field: 'status', label: 'colOutcomeStatus', format: 'outcome' },
  ],
};

/** Each topic's team by kind, and everyone on a team in all (reads `teamsQuery` and `teamTotalsQuery`). */
export const TEAMS_PANEL: PanelSpec = {
  id: 'teams',
  title: 'chartTeams',
  needs: ['topic_owners'],
  summary: (page, locale) => {
    const team = teamOf(page.teamTotals);
    return team ? teamSentence(team, locale) : null;
  },
  chart: {
    kind: 'hstacked',
    valueFormat: 'int',
    category: 'title',
    categoryKey: 'topic_id',
    series: [
      { field: 'members', label: 'colPartyMembers', role: 'measure' },
      { field: 'backbone', label: 'colBackbone', role: 'share' },
      { field: 'unspecified', label: 'colUnspecified', role: 'pending' },
    ],
  },
  columns: [
    { field: 'topic_id', label: 'colId' },
    { field: 'title', label: 'colTitle' },
    { field: 'members', label: 'colPartyMembers', format: 'int' },
    { field: 'backbone', label: 'colBackbone', format: 'int' },
    { field: 'unspecified', label: 'colUnspecified', format: 'int' },
  ],
};

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
      needs: ['topics'],
      chart: {
        kind: 'stacked',
        valueFormat: 'int',
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
    OUTCOMES_PANEL,
    TEAMS_PANEL,
    {
      id: 'progress',
      title: 'chartProgress',
      wide: true,
      needs: ['topics'],
      chart: {
        kind: 'hstacked',
        valueFormat: 'int',
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
        { field: 'progress', label: 'colProgress', format: 'pct', needs: ['topic_outcomes'] },
        {
          field: 'metrics_met',
          label: 'colMetricsMet',
          of: { field: 'metrics', as: 'fraction', none: 'metricsNone' },
          needs: ['topic_outcomes'],
        },
      ],
    },
    {
      id: 'overdue',
      title: 'chartOverdue',
      wide: true,
      needs: ['topics'],
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
      needs: ['topics', 'organizations'],
      columns: [
        { field: 'name', label: 'colName', linkOrg: 'org_id' },
        { field: 'topics', label: 'colTopics', format: 'int' },
        { field: 'closed', label: 'colClosed', format: 'int' },
        { field: 'closed_share', label: 'colClosedShare', format: 'pct' },
        { field: 'overdue', label: 'colOverdue', format: 'int' },
        {
          field: 'metrics_met',
          label: 'colMetricsMet',
          of: { field: 'metrics_with_target', as: 'fraction', none: 'metricsNone' },
          needs: ['topic_outcomes'],
        },
      ],
    },
  ],
};
