import { MAX_CELL_CHARS } from './limits';
import { ID_RULE, MAX_TREE_DEPTH, NAME_MAX_LENGTH } from './schema';

const cellLimit = MAX_CELL_CHARS.toLocaleString('en');

/** Why a row was rejected, in both languages. Codes are what report.json and the tests use. */
export const REJECT_REASONS = {
  required: { zh: '必填项为空', en: 'required value is empty' },
  bad_date: { zh: '无法识别的日期', en: 'not a date' },
  bad_number: { zh: '不是数字', en: 'not a number' },
  bad_int: { zh: '不是整数', en: 'not a whole number' },
  bad_year: { zh: '无法识别的年度', en: 'not a year' },
  bad_period: {
    zh: '无法识别的考核周期（应为 2024-05、2024Q2、2024年第二季度 或 2024）',
    en: 'unreadable period (expected 2024-05, 2024Q2, 2024年第二季度 or 2024)',
  },
  bad_enum: { zh: '取值不在允许范围内', en: 'value not in the allowed list' },
  unknown_organizations: { zh: '组织编号不存在', en: 'unknown organisation' },
  unknown_members: { zh: '党员编号不存在', en: 'unknown member' },
  unknown_topics: { zh: '课题编号不存在', en: 'unknown topic' },
  no_organizations: {
    zh: '本数据未包含组织表，无法核对组织编号：请一并导出组织表',
    en: 'this data holds no organisations table, so organisation ids cannot be checked: export the organisations too',
  },
  no_members: {
    zh: '本数据未包含党员表，无法核对党员编号：请一并导出党员名单',
    en: 'this data holds no members table, so member ids cannot be checked: export the members too',
  },
  no_topics: {
    zh: '本数据未包含课题表，无法核对课题编号：请一并导出课题',
    en: 'this data holds no topics table, so topic ids cannot be checked: export the topics too',
  },
  member_org_not_branch: {
    zh: '党员所在组织应为党支部或党小组',
    en: "a member's organisation must be a branch or a party group",
  },
  duplicate: { zh: '重复（与前面的行编号相同）', en: 'duplicate of an earlier row' },
  negative: { zh: '不能为负数', en: 'must not be negative' },
  present_exceeds_expected: { zh: '实到人数大于应到人数', en: 'present exceeds expected' },
  score_exceeds_max: { zh: '得分高于满分', en: 'score exceeds the maximum' },
  sign_mismatch: { zh: '加分不能为负数', en: 'a bonus cannot be negative' },
  self_parent: { zh: '上级编号不能是自己', en: 'cannot be its own parent' },
  bad_id: {
    zh: `编号只能由字母、数字和 . _ - 组成（以字母或数字开头，不以 . 结尾，最多 ${ID_RULE.maxLength} 个字符），因为编号会成为网页地址的一部分`,
    en: `an id may hold letters, digits and . _ - only (starting with a letter or digit, not ending in '.', at most ${ID_RULE.maxLength} characters): ids become parts of page addresses`,
  },
  too_long: {
    zh: `文本过长（字符数 > 上限；名称最多 ${NAME_MAX_LENGTH} 个字符，其他文本见导入约定）`,
    en: `text too long (characters > limit; names at most ${NAME_MAX_LENGTH} characters, other text see the import contract)`,
  },
  ref_rejected: {
    zh: '所引用的行本身被拒绝（见该表的拒绝行）',
    en: "refers to a row that was itself rejected (see that table's rejects)",
  },
  second_root: {
    zh: '又一个没有上级的组织：只能有一个最上级组织（值为文件中第一个最上级组织）',
    en: 'another organisation without a parent: there can be one top organisation only (the value is the first one in the files)',
  },
  parent_cycle: {
    zh: '上级组织形成循环（值为循环中的编号）',
    en: 'the parents form a loop (the value lists the ids in it)',
  },
  too_deep: {
    zh: `组织层级过深：最多在最上级组织之下 ${MAX_TREE_DEPTH} 级`,
    en: `too deep in the tree: at most ${MAX_TREE_DEPTH} levels below the top organisation`,
  },
  parent_rejected: {
    zh: '上级组织被拒绝，无法放入组织树（值为上级编号）',
    en: 'its parent organisation was rejected, so it has no place in the tree (the value is the parent id)',
  },
  personal_id: {
    zh: '编号像身份证号或手机号，不能发布；请改用其他编号',
    en: 'looks like an ID-card or phone number, which must not be published; use another id',
  },
  cell_too_long: {
    zh: `单元格超过 ${cellLimit} 个字符（Excel 单元格的上限）`,
    en: `cell longer than ${cellLimit} characters (Excel's own cell limit)`,
  },
} as const;

export type RejectCode = keyof typeof REJECT_REASONS;
