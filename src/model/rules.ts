/**
 * An organisation's rules (积分与评定规则), with defaults from the domain
 * brief. One zod schema is the definition: the types, the defaults and the
 * validation of a rules file all come from it.
 */
import { z } from 'zod';
import { t } from '../i18n/dict';
import { BIDI_CONTROLS } from '../sql/parse';
import { BRANCH_RATINGS, MEETING_TYPES, MEMBER_CATEGORIES, MEMBER_STATUSES } from './schema';

/**
 * Bounds on a rules file, far past any real scheme (a few dozen categories):
 * a file past them is refused with the key and the bound, never worked
 * through for minutes. docs/import-contract.md lists them (contract-doc.ts).
 */
export const RULES_BOUNDS = {
  /** Bytes of the rules file itself. */
  fileBytes: 1 << 20,
  /** Entries in each category list (bonusCategories, deductionCategories). */
  categories: 500,
  /** Characters of a category name. */
  nameChars: 100,
  /** Entries in branches.bands and branches.stars, and in the rated lists. */
  levels: 20,
  /** Points, caps and deductions. */
  points: 10000,
  /** Meetings of one type in a year. */
  meetingsPerYear: 366,
} as const;

const B = RULES_BOUNDS;
const atMost = (n: number, what: string, whatZh: string) => `最多 ${n} ${whatZh} / at most ${n} ${what}`;
const entries = (n: number) => atMost(n, 'entries', '项');
const upTo = (n: number) => `不能大于 ${n} / must be at most ${n}`;

const category = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(B.nameChars, atMost(B.nameChars, 'characters', '个字符')),
  /** Most points this category can add (or take) in one year. */
  yearlyCap: z.number().positive().max(B.points, upTo(B.points)).optional(),
  /** 一票否决: any entry zeroes the member's year. */
  veto: z.boolean().optional(),
});

const share = z.number().min(0).max(1);

/** 公示 bounds: a period a month or two at most, and an objection line that fits the screen's notice bar. */
export const NOTICE_MAX_DAYS = 60;
export const NOTICE_MAX_CHARS = 40;
/** The objection line unless the rules say otherwise: the dictionary's, so an English screen shows its translation. */
export const DEFAULT_OBJECTION = t('zh', 'boardObjection');

export const rulesSchema = z.strictObject({
  /** 数据截止日期: the reporting date that "overdue" is judged against; default: the day of the build. */
  asOf: z.iso.date().optional(),
  points: z
    .strictObject({
      /** 基础分: each member's starting score for the year. */
      basePoints: z.number().min(0).max(B.points, upTo(B.points)).default(100),
      bonusCategories: z
        .array(category)
        .max(B.categories, entries(B.categories))
        .default([
          { name: '执行组织决定' },
          { name: '参与公益活动' },
          { name: '支持重点业务' },
          { name: '服务表现突出' },
          { name: '弘扬新风正气' },
          { name: '反对封建迷信' },
          { name: '个人营销业绩突出' },
          { name: '学习教育', yearlyCap: 12 },
        ]),
      deductionCategories: z
        .array(category)
        .max(B.categories, entries(B.categories))
        .default([
          { name: '无故缺席组织生活' },
          { name: '未按时缴纳党费' },
          { name: '违反公司规章制度' },
          { name: '营销业绩较差' },
          { name: '客户投诉' },
          { name: '所在网点排名末位' },
          { name: '严重违纪', veto: true },
        ]),
    })
    .prefault({}),
  rating: z
    .strictObject({
      /** Which member categories and statuses are rated; the rest stay out of the ratio's denominator. */
      ratedCategories: z.array(z.enum(MEMBER_CATEGORIES)).max(B.levels, entries(B.levels)).default(['正式党员']),
      ratedStatuses: z
        .array(z.enum(MEMBER_STATUSES))
        .max(B.levels, entries(B.levels))
        .default(['在职', '离退休', '流动']),
      /** Guidance cap on the excellent-member ratio (about one third). */
      excellentCap: share.default(1 / 3),
      /** How a rating is suggested from points when no evaluation is recorded. */
      suggestion: z
        .strictObject({
          /** The top share of a branch's rated members by total, if above base, are suggested excellent. */
          excellentTopShare: share.default(0.3),
          /** Below base, or any single deduction at least this large: suggested 基本合格. */
          majorDeduction: z.number().positive().max(B.points, upTo(B.points)).default(10),
          /** A vetoed year is suggested 不合格. */
          vetoIsUnqualified: z.boolean().default(true),
        })
        .prefault({}),
    })
    .prefault({}),
  branches: z
    .strictObject({
      /** Rating bands on a 100-point scale, highest first. */
      bands: z
        .array(z.strictObject({ rating: z.enum(BRANCH_RATINGS), minScore: z.number().min(0).max(100) }))
        .max(B.levels, entries(B.levels))
        .default([
          { rating: '优秀', minScore: 90 },
          { rating: '良好', minScore: 80 },
          { rating: '一般', minScore: 60 },
          { rating: '较差', minScore: 0 },
        ]),
      /** Star thresholds on a 100-point scale (五星 90+, 四星 80-90, ...). */
      stars: z
        .array(z.strictObject({ stars: z.number().int().min(1).max(5), minScore: z.number().min(0).max(100) }))
        .max(B.levels, entries(B.levels))
        .default([
          { stars: 5, minScore: 90 },
          { stars: 4, minScore: 80 },
          { stars: 3, minScore: 70 },
          { stars: 2, minScore: 60 },
          { stars: 1, minScore: 0 },
        ]),
      /** Optional cap on the share of five-star branches per period (some schemes use 10%). */
      fiveStarCap: share.nullable().default(null),
    })
    .prefault({}),
  meetings: z
    .strictObject({
      /** Yearly quota per meeting type (三会一课): 支部党员大会 quarterly, 支委会 monthly, ... */
      quotas: z
        .record(z.enum(MEETING_TYPES), z.number().int().min(0).max(B.meetingsPerYear, upTo(B.meetingsPerYear)))
        .default({ 支部党员大会: 4, 支委会: 12, 党小组会: 12, 党课: 4, 主题党日: 12 }),
    })
    .prefault({}),
  /** 公示范围: what a public screen (公示栏) or the public build may show about members. */
  publish: z
    .strictObject({
      /** Members' names on the honour roll and the points tally (else counts and branch totals only). */
      memberNames: z.boolean().default(true),
      /** Member ids (党员编号) in public files. */
      memberIds: z.boolean().default(false),
      /** Bonus and deduction per member, not only the total. */
      pointsBreakdown: z.boolean().default(false),
      /** The reason (事由) and category of each deduction. */
      deductionReasons: z.boolean().default(false),
      /** 公示: the publicity period and where to object, printed with the points posted (screen and paper). */
      notice: z
        .strictObject({
          /** 公示开始日期; null: the data's as-of date (数据截止日期). */
          from: z.iso.date().nullable().default(null),
          /** 公示天数: days the points stay posted, the first day included. */
          days: z
            .number()
            .int()
            .min(1, '公示天数至少 1 天 / at least 1 day')
            .max(NOTICE_MAX_DAYS, `公示天数至多 ${NOTICE_MAX_DAYS} 天 / at most ${NOTICE_MAX_DAYS} days`)
            .default(7),
          /** 异议渠道: where a member raises an objection, shown as written (one line on the screen). */
          objection: z
            .string()
            .trim()
            .min(1, '不能为空 / must not be empty')
            .max(NOTICE_MAX_CHARS, `至多 ${NOTICE_MAX_CHARS} 个字 / at most ${NOTICE_MAX_CHARS} characters`)
            // As text cells lose theirs at import (parse.ts): a right-to-left override would reverse the line.
            .regex(
              new RegExp(`^[^\\p{Cc}${BIDI_CONTROLS}]*$`, 'u'),
              '不能含换行、控制字符或双向控制字符 / no line breaks, control or bidirectional control characters',
            )
            .default(DEFAULT_OBJECTION),
        })
        .prefault({}),
      /**
       * Honour rolls (光荣榜, on the site, the board and the review) list ratings suggested from points as well,
       * labelled 建议. Off: only the ratings recorded by the evaluation (评定) are honours.
       */
      suggestedHonours: z.boolean().default(false),
    })
    .prefault({}),
});

export type Rules = z.infer<typeof rulesSchema>;
export type PublishRules = Rules['publish'];
export type NoticeRules = PublishRules['notice'];

export const DEFAULT_RULES: Rules = rulesSchema.parse({});

/** Parses a rules object; throws one message listing every problem with its path. */
export function parseRules(input: unknown, source = 'rules'): Rules {
  const result = rulesSchema.safeParse(input);
  if (result.success) return checkConsistency(result.data, source);
  const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`${source}: 规则配置有误 / invalid rules:\n${lines.join('\n')}`);
}

function checkConsistency(rules: Rules, source: string): Rules {
  const problems: string[] = [];
  const names = [...rules.points.bonusCategories, ...rules.points.deductionCategories].map((c) => c.name);
  const seen = new Set<string>();
  const dup = names.find((n) => seen.size === seen.add(n).size);
  if (dup) problems.push(`points: category "${dup}" is listed twice`);
  if (!rules.branches.bands.some((b) => b.minScore === 0)) problems.push('branches.bands: one band must start at 0');
  if (!rules.branches.stars.some((s) => s.minScore === 0)) problems.push('branches.stars: one level must start at 0');
  if (rules.rating.suggestion.excellentTopShare > rules.rating.excellentCap) {
    problems.push('rating.suggestion.excellentTopShare: must not exceed rating.excellentCap');
  }
  if (problems.length)
    throw new Error(`${source}: 规则配置有误 / invalid rules:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return rules;
}
