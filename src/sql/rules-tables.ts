/**
 * The rules as small tables, so the derived SQL joins them instead of
 * splicing numbers into its text. The build writes them beside the data and
 * the browser can load the same rows.
 */
import type { PublishProfile } from '../model/publish';
import type { NoticeRules, Rules } from '../model/rules';

export interface RuleTable {
  readonly ddl: string;
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
}

/** `profile`: a public build's rules say so (internal_build false): what only an internal build shows is left out. */
export function ruleTables(
  rules: Rules,
  asOf: string,
  profile: PublishProfile = 'internal',
): Record<string, RuleTable> {
  const categories = [
    ...rules.points.bonusCategories.map((c) => ['加分', c.name, c.yearlyCap ?? null, c.veto ?? false] as const),
    ...rules.points.deductionCategories.map((c) => ['扣分', c.name, c.yearlyCap ?? null, c.veto ?? false] as const),
  ];
  const s = rules.rating.suggestion;
  return {
    rule_params: {
      ddl: `(as_of DATE, base_points DOUBLE, excellent_cap DOUBLE, excellent_top_share DOUBLE,
             major_deduction DOUBLE, veto_is_unqualified BOOLEAN, five_star_cap DOUBLE,
             public_member_names BOOLEAN, public_member_ids BOOLEAN, public_points_breakdown BOOLEAN,
             public_deduction_reasons BOOLEAN, internal_build BOOLEAN, notice_from DATE, notice_until DATE,
             notice_objection VARCHAR, honours_suggested BOOLEAN)`,
      rows: [
        [
          asOf,
          rules.points.basePoints,
          rules.rating.excellentCap,
          s.excellentTopShare,
          s.majorDeduction,
          s.vetoIsUnqualified,
          rules.branches.fiveStarCap,
          rules.publish.memberNames,
          rules.publish.memberIds,
          rules.publish.pointsBreakdown,
          rules.publish.deductionReasons,
          profile === 'internal',
          ...noticeDates(rules.publish.notice, asOf),
          rules.publish.notice.objection,
          rules.publish.suggestedHonours,
        ],
      ],
    },
    rule_categories: { ddl: '(kind VARCHAR, category VARCHAR, yearly_cap DOUBLE, veto BOOLEAN)', rows: categories },
    rule_bands: {
      ddl: '(rating VARCHAR, min_score DOUBLE)',
      rows: rules.branches.bands.map((b) => [b.rating, b.minScore]),
    },
    rule_stars: {
      ddl: '(stars INTEGER, min_score DOUBLE)',
      rows: rules.branches.stars.map((b) => [b.stars, b.minScore]),
    },
    rule_rated: {
      ddl: '(dimension VARCHAR, value VARCHAR)',
      rows: [
        ...rules.rating.ratedCategories.map((v) => ['category', v]),
        ...rules.rating.ratedStatuses.map((v) => ['status', v]),
      ],
    },
    rule_meeting_quotas: {
      ddl: '(type VARCHAR, per_year INTEGER)',
      rows: Object.entries(rules.meetings.quotas).map(([type, n]) => [type, n ?? 0]),
    },
  };
}

/** 公示期: from the rules' first day (else the data's as-of date) for the rules' number of days, both ISO dates. */
export function noticeDates(notice: NoticeRules, asOf: string): [string, string] {
  const from = notice.from ?? asOf;
  const until = new Date(`${from}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + notice.days - 1);
  return [from, until.toISOString().slice(0, 10)];
}
