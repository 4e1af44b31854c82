/** 领题破题 Topics: the funnel, outcomes against their baselines and targets, teams, sub-topics, overdue, per branch. */
import type { Filters } from './filters';
import { bind, type Query } from './types';

/**
 * Topics in view: those taken by an organisation in the subtree, or set by the committee above it, of the
 * year (topic_progress.year: set, else due or closed; a topic with no date counts in every year). The subtree's
 * topics are looked up in topic_scope (src/sql/topic-tables.ts), not found through org_paths.
 */
const IN_VIEW = `(t.org_id IS NULL OR t.topic_id IN (SELECT topic_id FROM topic_scope WHERE org_id = $org))
  AND coalesce(t.year, $year) = $year`;
const TABLES = ['topic_progress', 'topic_scope'];

/**
 * Outcome metrics in view: progress from the baseline beside actual ÷ target, and each one's status
 * (src/sql/topic-tables.ts), furthest along first.
 */
export function outcomesQuery(f: Filters): Query {
  return bind(
    `SELECT t.topic_id, t.title, o.metric, o.unit, o.baseline, o.target, o.actual, o.progress, o.attainment, o.status
     FROM outcome_progress o JOIN topic_progress t USING (topic_id)
     WHERE ${IN_VIEW} ORDER BY o.progress DESC NULLS LAST, t.topic_id, o.metric`,
    { year: f.year, org: f.org },
    [...TABLES, 'outcome_progress'],
  );
}

/** Each topic's team (课题团队), a sub-topic's counted with its topic: people by kind. */
export function teamsQuery(f: Filters): Query {
  return bind(
    `WITH team AS (
       SELECT coalesce(t.parent_id, t.topic_id) AS topic_id, w.person, w.kind
       FROM topic_team w JOIN topic_progress t USING (topic_id) WHERE ${IN_VIEW})
     SELECT p.topic_id, p.title,
       CAST(count(DISTINCT w.person) FILTER (WHERE w.kind = '党员') AS INTEGER) AS members,
       CAST(count(DISTINCT w.person) FILTER (WHERE w.kind = '业务骨干') AS INTEGER) AS backbone,
       CAST(count(DISTINCT w.person) FILTER (WHERE w.kind IS NULL) AS INTEGER) AS unspecified
     FROM team w JOIN topic_progress p USING (topic_id)
     GROUP BY p.topic_id, p.title ORDER BY p.topic_id`,
    { year: f.year, org: f.org },
    [...TABLES, 'topic_team'],
  );
}

/** Everyone on a team of a topic in view, each person once per kind: the "in all" of the teams. */
export function teamTotalsQuery(f: Filters): Query {
  return bind(
    `SELECT CAST(count(DISTINCT w.person) FILTER (WHERE w.kind = '党员') AS INTEGER) AS members,
       CAST(count(DISTINCT w.person) FILTER (WHERE w.kind = '业务骨干') AS INTEGER) AS backbone,
       CAST(count(DISTINCT w.person) FILTER (WHERE w.kind IS NULL) AS INTEGER) AS unspecified,
       CAST(count(DISTINCT t.topic_id) AS INTEGER) AS topics
     FROM topic_team w JOIN topic_progress t USING (topic_id) WHERE ${IN_VIEW}`,
    { year: f.year, org: f.org },
    [...TABLES, 'topic_team'],
  );
}

export function topicQueries(f: Filters): Record<string, Query> {
  const v = { year: f.year, org: f.org };
  return {
    funnel: bind(
      `WITH stages(stage, ord) AS (VALUES ('点题', 1), ('领题', 2), ('破题', 3), ('结题', 4))
       SELECT s.stage,
         CAST(count(t.topic_id) FILTER (WHERE t.parent_id IS NULL) AS INTEGER) AS topics,
         CAST(count(t.topic_id) FILTER (WHERE t.parent_id IS NOT NULL) AS INTEGER) AS subtopics
       FROM stages s LEFT JOIN topic_progress t ON t.stage = s.stage AND ${IN_VIEW}
       GROUP BY s.stage, s.ord ORDER BY s.ord`,
      v,
      TABLES,
    ),
    outcomes: outcomesQuery(f),
    teams: teamsQuery(f),
    teamTotals: teamTotalsQuery(f),
    progress: bind(
      `SELECT t.topic_id, t.title, t.stage, t.subtopics_closed AS closed, t.subtopics - t.subtopics_closed AS open,
         t.owners, t.progress, t.attainment, t.metrics, t.metrics_met, t.overdue
       FROM topic_progress t WHERE t.parent_id IS NULL AND ${IN_VIEW} ORDER BY t.topic_id`,
      v,
      TABLES,
    ),
    overdue: bind(
      `SELECT t.topic_id, t.title, o.name AS org, t.stage, CAST(t.due_on AS VARCHAR) AS due_on,
         CAST(date_diff('day', t.due_on, (SELECT as_of FROM rule_params)) AS INTEGER) AS days_late
       FROM topic_progress t LEFT JOIN organizations o USING (org_id)
       WHERE t.overdue AND ${IN_VIEW} ORDER BY days_late DESC, t.topic_id`,
      v,
      [...TABLES, 'organizations', 'rule_params'],
    ),
    // Per basic organisation: its topics closed of taken (结题率), and its outcome metrics where it has any.
    byBranch: bind(
      `SELECT t.branch_id AS org_id, o.name, CAST(count(*) AS INTEGER) AS topics,
         CAST(count(*) FILTER (WHERE t.stage = '结题') AS INTEGER) AS closed,
         count(*) FILTER (WHERE t.stage = '结题') / count(*) AS closed_share,
         CAST(count(*) FILTER (WHERE t.overdue) AS INTEGER) AS overdue,
         CAST(sum(t.metrics_met) AS INTEGER) AS metrics_met,
         CAST(sum(t.metrics_with_target) AS INTEGER) AS metrics_with_target
       FROM topic_progress t JOIN organizations o ON o.org_id = t.branch_id
       WHERE ${IN_VIEW} GROUP BY t.branch_id, o.name ORDER BY topics DESC, t.branch_id`,
      v,
      [...TABLES, 'organizations'],
    ),
  };
}
