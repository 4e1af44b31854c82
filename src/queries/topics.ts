/** 领题破题 Topics: the funnel, outcomes against targets, sub-topic progress, overdue, per branch. */
import type { Filters } from './filters';
import { IN_SUBTREE } from './sql-parts';
import { bind, type Query } from './types';

/** Topics in view: those taken by an organisation in the subtree, or set by the committee above it. */
const IN_VIEW = `(t.org_id IS NULL OR ${IN_SUBTREE('t.org_id')} OR t.topic_id IN (
  SELECT parent_id FROM topics WHERE parent_id IS NOT NULL AND ${IN_SUBTREE('org_id')}))
  AND coalesce(year(t.set_on), $year) = $year`;

export function topicQueries(f: Filters): Record<string, Query> {
  const v = { year: f.year, org: f.org };
  const tables = ['topic_progress', 'topics', 'org_paths'];
  return {
    funnel: bind(
      `WITH stages(stage, ord) AS (VALUES ('点题', 1), ('领题', 2), ('破题', 3), ('结题', 4))
       SELECT s.stage,
         CAST(count(t.topic_id) FILTER (WHERE t.parent_id IS NULL) AS INTEGER) AS topics,
         CAST(count(t.topic_id) FILTER (WHERE t.parent_id IS NOT NULL) AS INTEGER) AS subtopics
       FROM stages s LEFT JOIN topic_progress t ON t.stage = s.stage AND ${IN_VIEW}
       GROUP BY s.stage, s.ord ORDER BY s.ord`,
      v,
      tables,
    ),
    outcomes: bind(
      `SELECT t.topic_id, t.title, o.metric, o.unit, o.baseline, o.target, o.actual, o.actual / nullif(o.target, 0) AS attainment
       FROM topic_outcomes o JOIN topic_progress t USING (topic_id)
       WHERE ${IN_VIEW} ORDER BY attainment DESC NULLS LAST, t.topic_id`,
      v,
      [...tables, 'topic_outcomes'],
    ),
    progress: bind(
      `SELECT t.topic_id, t.title, t.stage, t.subtopics_closed AS closed, t.subtopics - t.subtopics_closed AS open,
         t.owners, t.attainment, t.overdue
       FROM topic_progress t WHERE t.parent_id IS NULL AND ${IN_VIEW} ORDER BY t.topic_id`,
      v,
      tables,
    ),
    overdue: bind(
      `SELECT t.topic_id, t.title, o.name AS org, t.stage, CAST(t.due_on AS VARCHAR) AS due_on,
         CAST(date_diff('day', t.due_on, (SELECT as_of FROM rule_params)) AS INTEGER) AS days_late
       FROM topic_progress t LEFT JOIN organizations o USING (org_id)
       WHERE t.overdue AND ${IN_VIEW} ORDER BY days_late DESC, t.topic_id`,
      v,
      [...tables, 'organizations', 'rule_params'],
    ),
    byBranch: bind(
      `SELECT t.branch_id AS org_id, o.name, CAST(count(*) AS INTEGER) AS topics,
         CAST(count(*) FILTER (WHERE t.stage = '结题') AS INTEGER) AS closed,
         CAST(count(*) FILTER (WHERE t.overdue) AS INTEGER) AS overdue,
         avg(t.attainment) AS attainment
       FROM topic_progress t JOIN organizations o ON o.org_id = t.branch_id
       WHERE ${IN_VIEW} GROUP BY t.branch_id, o.name ORDER BY topics DESC, t.branch_id`,
      v,
      [...tables, 'organizations'],
    ),
  };
}
