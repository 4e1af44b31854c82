/**
 * 后进党员 Members who need attention before the year-end evaluation (民主评议): below the base score, no bonus
 * all year, or a major deduction (the rules' `rating.suggestion.majorDeduction`). Defined once here: the
 * members page's per-branch counts (listed_attention) and a branch page's list read these conditions over
 * member_year_points (as `y`) and rule_params (as `k`). Internal builds only: rule_params.internal_build is false in a
 * public build, so the table is written empty there and the pages leave the panels out.
 */
import type { DerivedTable } from './derived';
import { inListed } from './listed-subtree';

export const ATTENTION_REASONS = ['below_base', 'no_bonus', 'major_deduction'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** Each reason's condition over member_year_points as `y` and rule_params as `k`. */
const CONDITIONS: Readonly<Record<AttentionReason, string>> = {
  below_base: 'y.total < y.base',
  no_bonus: 'y.bonus = 0',
  major_deduction: 'y.largest_deduction >= k.major_deduction',
};

/** Any reason at all, in an internal build (member_year_points as `y`, rule_params as `k`). */
export const NEEDS_ATTENTION = `k.internal_build AND (${Object.values(CONDITIONS).join(' OR ')})`;

/** The reasons of one member as codes joined by commas (the pages write them in the reader's language). */
export const ATTENTION_REASON_CODES = `concat_ws(',', ${ATTENTION_REASONS.map(
  (r) => `CASE WHEN ${CONDITIONS[r]} THEN '${r}' END`,
).join(', ')})`;

export const ATTENTION_TABLES: readonly DerivedTable[] = [
  {
    // Per listed organisation, year and basic organisation of its subtree: members flagged, and by which reason.
    name: 'listed_attention',
    sql: `SELECT l.org_id, y.year, y.branch_id, o.name,
        CAST(count(*) FILTER (WHERE ${NEEDS_ATTENTION}) AS INTEGER) AS flagged,
        ${ATTENTION_REASONS.map((r) => `CAST(count(*) FILTER (WHERE k.internal_build AND ${CONDITIONS[r]}) AS INTEGER) AS ${r}`).join(', ')},
        CAST(count(*) AS INTEGER) AS members
      FROM ${inListed('member_year_points', 'y')} JOIN organizations o ON o.org_id = y.branch_id
      CROSS JOIN rule_params k
      GROUP BY l.org_id, y.year, y.branch_id, o.name
      HAVING count(*) FILTER (WHERE ${NEEDS_ATTENTION}) > 0`,
  },
];
