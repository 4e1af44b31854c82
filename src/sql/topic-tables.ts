/**
 * 领题破题 derived tables: each outcome metric's progress from its baseline, each topic's team, and one row per
 * topic. Appended to DERIVED (src/sql/derived.ts) in this order; plain SQL text.
 *
 * Progress is measured from where a metric started: (actual − baseline) ÷ (target − baseline). Against the
 * target alone (actual ÷ target) a metric that went backwards (baseline 36, actual 31, target 60) read as half
 * done. A metric is 达标 (met) at or past its target, 倒退 (regressed) when it moved away from the target, else
 * 推进中 (in progress); one without a target has no status. A metric without a baseline is measured from zero,
 * where the two measures agree. A target below the baseline (fewer complaints) counts the same way down.
 */
import type { DerivedTable } from './derived';

/** The status of an outcome metric: the value stored, whose word and colour the site looks up. */
export const OUTCOME_STATUSES = ['met', 'progressing', 'regressed', 'no_target'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/**
 * The year a topic belongs to: the year it was set, else the year it was due or closed. A topic with no date
 * at all belongs to every year (the pages read `coalesce(year, $year) = $year`).
 */
const TOPIC_YEAR = 'CAST(coalesce(year(t.set_on), year(t.due_on), year(t.closed_on)) AS INTEGER)';

export const TOPIC_TABLES: readonly DerivedTable[] = [
  {
    name: 'outcome_progress',
    sql: `WITH measured AS (
        SELECT o.*, o.actual / nullif(o.target, 0) AS attainment,
          (o.actual - coalesce(o.baseline, 0)) / nullif(o.target - coalesce(o.baseline, 0), 0) AS progress
        FROM topic_outcomes o)
      SELECT topic_id, metric, unit, baseline, target, actual, attainment, progress,
        CASE WHEN target IS NULL THEN 'no_target'
             WHEN progress IS NULL THEN CASE WHEN actual >= target THEN 'met' ELSE 'progressing' END
             WHEN progress >= 1 THEN 'met'
             WHEN progress < 0 THEN 'regressed'
             ELSE 'progressing' END AS status
      FROM measured`,
  },
  {
    // Who answers for each topic (the owners table, or the names in the topic's 负责人 cell: topic_owners holds
    // both), as a key to count people by: a name listed with the same kind on several topics is one person.
    // A public build without names writes the key as a per-build token (src/model/publish.ts).
    name: 'topic_team',
    sql: 'SELECT DISTINCT topic_id, name AS person, kind FROM topic_owners',
  },
  {
    // One row per topic: its year, sub-topic progress, outcome progress, team, overdue.
    name: 'topic_progress',
    sql: `WITH outcome AS (
        SELECT topic_id, CAST(count(*) AS INTEGER) AS metrics,
          avg(attainment) AS attainment, avg(progress) AS progress,
          CAST(count(*) FILTER (WHERE status = 'met') AS INTEGER) AS metrics_met,
          CAST(count(*) FILTER (WHERE status = 'regressed') AS INTEGER) AS metrics_regressed,
          CAST(count(target) AS INTEGER) AS metrics_with_target
        FROM outcome_progress GROUP BY topic_id),
      subs AS (
        SELECT parent_id AS topic_id, CAST(count(*) AS INTEGER) AS subtopics,
          CAST(count(*) FILTER (WHERE stage = '结题') AS INTEGER) AS subtopics_closed
        FROM topics WHERE parent_id IS NOT NULL GROUP BY parent_id),
      owners AS (
        SELECT topic_id, CAST(count(*) AS INTEGER) AS owners,
          CAST(count(*) FILTER (WHERE kind = '党员') AS INTEGER) AS owners_members,
          CAST(count(*) FILTER (WHERE kind = '业务骨干') AS INTEGER) AS owners_backbone,
          CAST(count(*) FILTER (WHERE kind IS NULL) AS INTEGER) AS owners_unspecified
        FROM topic_team GROUP BY topic_id)
      SELECT t.topic_id, t.title, t.parent_id, t.org_id, u.branch_id, ${TOPIC_YEAR} AS year, t.stage,
        t.set_on, t.due_on, t.closed_on, t.grade,
        coalesce(t.stage <> '结题' AND t.due_on < r.as_of, false) AS overdue,
        coalesce(t.stage = '结题' AND t.closed_on > t.due_on, false) AS closed_late,
        coalesce(s.subtopics, 0) AS subtopics, coalesce(s.subtopics_closed, 0) AS subtopics_closed,
        coalesce(o.metrics, 0) AS metrics, coalesce(o.metrics_with_target, 0) AS metrics_with_target,
        coalesce(o.metrics_met, 0) AS metrics_met, coalesce(o.metrics_regressed, 0) AS metrics_regressed,
        o.attainment, o.progress,
        coalesce(w.owners, 0) AS owners, coalesce(w.owners_members, 0) AS owners_members,
        coalesce(w.owners_backbone, 0) AS owners_backbone, coalesce(w.owners_unspecified, 0) AS owners_unspecified
      FROM topics t CROSS JOIN rule_params r
      LEFT JOIN org_units u ON u.org_id = t.org_id
      LEFT JOIN outcome o ON o.topic_id = t.topic_id
      LEFT JOIN subs s ON s.topic_id = t.topic_id
      LEFT JOIN owners w ON w.topic_id = t.topic_id`,
  },
  {
    // Which topics each organisation's view holds: those taken by it or an organisation below it, and the topic
    // a sub-topic taken below it belongs to (a topic with no organisation is in every view: the pages test that).
    // The topic queries read this instead of org_paths, whose every ancestor of every organisation a page would
    // fetch whole (2.4 MB at a province's size) for a few hundred topics.
    name: 'topic_scope',
    sql: `SELECT DISTINCT p.ancestor_id AS org_id, s.topic_id
      FROM (SELECT topic_id, org_id FROM topics
            UNION ALL SELECT parent_id, org_id FROM topics WHERE parent_id IS NOT NULL) s
      JOIN org_paths p ON p.org_id = s.org_id`,
  },
  {
    // Topics per stage (the funnel), top-level topics and sub-topics apart, per branch.
    name: 'topic_stage_counts',
    sql: `SELECT branch_id, stage, CASE WHEN parent_id IS NULL THEN 'topic' ELSE 'subtopic' END AS level,
        CAST(count(*) AS INTEGER) AS topics, CAST(count(*) FILTER (WHERE overdue) AS INTEGER) AS overdue
      FROM topic_progress GROUP BY ALL`,
  },
];
