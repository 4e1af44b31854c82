/**
 * 公示范围 What a public build writes, column by column, decided by the rules'
 * `publish` section. Defined once: the build projects the Parquet files with
 * it, the site fills the columns it withheld with NULLs, the docs and the
 * tests read it.
 */
import type { PublishRules } from './rules';

export const PUBLISH_PROFILES = ['internal', 'public'] as const;
export type PublishProfile = (typeof PUBLISH_PROFILES)[number];

/** withhold: the column is not written; pseudonymise: each id becomes a per-build random token. */
export type ColumnTreatment = 'keep' | 'withhold' | 'pseudonymise';

/** Columns naming a member or a responsible person (姓名, 责任人). */
const NAMES: Readonly<Record<string, readonly string[]>> = {
  members: ['name'],
  listed_honours: ['name'],
  topic_owners: ['name'],
  tasks: ['owner'],
  listed_overdue_tasks: ['owner'],
  topics: ['owners'],
};
/** A person's name used as a key to count people by (a topic team's), never shown: a per-build token instead. */
const PERSON_KEYS: Readonly<Record<string, readonly string[]>> = { topic_team: ['person'] };
/** 事由: why points were given or taken. */
const REASONS: Readonly<Record<string, readonly string[]>> = { points: ['reason'] };
/** Never public: personal dates and the clerk who recorded an entry. */
const PRIVATE: Readonly<Record<string, readonly string[]>> = { members: ['joined_on'], points: ['recorded_by'] };

export function publicTreatment(table: string, column: string, rules: PublishRules): ColumnTreatment {
  if (column === 'member_id') return rules.memberIds ? 'keep' : 'pseudonymise';
  if (NAMES[table]?.includes(column)) return rules.memberNames ? 'keep' : 'withhold';
  if (PERSON_KEYS[table]?.includes(column)) return rules.memberNames ? 'keep' : 'pseudonymise';
  if (REASONS[table]?.includes(column)) return rules.deductionReasons ? 'keep' : 'withhold';
  if (PRIVATE[table]?.includes(column)) return 'withhold';
  return 'keep';
}
