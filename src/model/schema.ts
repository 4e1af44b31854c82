/**
 * The import contract (导入约定): every table an export can feed, its columns,
 * the header names accepted for each, and the checks a value must pass.
 * Defined once here; the ingest, the validation SQL, the docs and the tests
 * all read it. Browser-safe: no Node imports.
 */

export type ColumnType =
  | 'id' // identifier: trimmed, full-width folded to ASCII
  | 'text' // free text, kept verbatim (trimmed)
  | 'date' // many written forms and Excel serials, see sql/parse.ts
  | 'int'
  | 'number'
  | 'year'
  | 'period' // 2024-05, 2024Q2, 2024年第二季度, 2024
  | 'enum'; // one of `values` (after `synonyms`)

export interface ColumnDef {
  readonly name: string;
  readonly zh: string;
  /** What the column holds, in a line: the import templates' 填写说明 and the contract's docs. */
  readonly hint: string;
  readonly type: ColumnType;
  readonly required?: boolean;
  /** Further accepted header spellings besides `name` and `zh`. */
  readonly aliases?: readonly string[];
  /** Canonical values of an enum column. */
  readonly values?: readonly string[];
  /** Written forms mapped to a canonical value (全称/简称). */
  readonly synonyms?: Readonly<Record<string, string>>;
  /** Values that mean "no value" for this column (e.g. 不参评). */
  readonly nullValues?: readonly string[];
  /** Must name an accepted row of another table. */
  readonly ref?: { readonly table: TableName; readonly column: string };
  /** Names and titles: the most characters a value may have (other text: the cell limit, model/limits.ts). */
  readonly maxLength?: number;
}

/** What each type is called where the contract is explained (the docs, the templates' 填写说明). */
export const COLUMN_TYPE_NAMES: Readonly<Record<ColumnType, { readonly zh: string; readonly en: string }>> = {
  id: { zh: '编号', en: 'id' },
  text: { zh: '文本', en: 'text' },
  date: { zh: '日期', en: 'date' },
  int: { zh: '整数', en: 'integer' },
  number: { zh: '数值', en: 'number' },
  year: { zh: '年度', en: 'year' },
  period: { zh: '周期', en: 'period' },
  enum: { zh: '枚举', en: 'one of' },
};

export interface TableDef {
  readonly name: TableName;
  readonly zh: string;
  readonly en: string;
  readonly columns: readonly ColumnDef[];
  /** Columns whose combination must be unique. */
  readonly key?: readonly string[];
}

/**
 * Ids (编号) become paths (/org/<id>/, on Windows servers too) and URL values: a letter or digit, then
 * letters, digits, '.', '_' or '-', not ending in '.'; at most 64 characters; not a Windows device name.
 * No '/', '?', '#', '%', space or control character, so no id can climb out of its folder or break a link.
 */
export const ID_RULE = {
  pattern: '[\\p{L}\\p{Nd}](?:[\\p{L}\\p{Nd}._-]*[\\p{L}\\p{Nd}_-])?',
  maxLength: 64,
  reserved: ['CON', 'PRN', 'AUX', 'NUL', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`COM${n}`, `LPT${n}`])],
} as const;

/** Names are titles of pages, charts and slides: longer ones are rejected (free text has the cell limit only). */
export const NAME_MAX_LENGTH = 100;

/** The organisation tree is walked at most this many levels below its top; deeper organisations are rejected. */
export const MAX_TREE_DEPTH = 32;

export const TABLE_NAMES = [
  'organizations',
  'members',
  'points',
  'evaluations',
  'assessments',
  'topics',
  'topic_outcomes',
  'topic_owners',
  'tasks',
  'meetings',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export const ORG_TYPES = ['党委', '党总支', '党工委', '党支部', '党小组'] as const;
/** Basic organisations (基层组织): members belong to one of them, directly or through a party group. */
export const BASIC_ORG_TYPES = ['党支部', '党总支', '党工委'] as const;
export const MEMBER_CATEGORIES = ['正式党员', '预备党员'] as const;
export const MEMBER_STATUSES = ['在职', '离退休', '流动'] as const;
export const POINT_KINDS = ['基础分', '加分', '扣分'] as const;
export const MEMBER_RATINGS = ['优秀', '合格', '基本合格', '不合格'] as const;
export const BRANCH_RATINGS = ['优秀', '良好', '一般', '较差'] as const;
export const TOPIC_STAGES = ['点题', '领题', '破题', '结题'] as const;
export const OWNER_KINDS = ['党员', '业务骨干'] as const;
export const MEETING_TYPES = ['支部党员大会', '支委会', '党小组会', '党课', '主题党日'] as const;

export type MemberRating = (typeof MEMBER_RATINGS)[number];
export type OrgType = (typeof ORG_TYPES)[number];

const orgRef = { table: 'organizations', column: 'org_id' } as const;
const memberRef = { table: 'members', column: 'member_id' } as const;
const topicRef = { table: 'topics', column: 'topic_id' } as const;

export const TABLES: readonly TableDef[] = [
  {
    name: 'organizations',
    zh: '组织',
    en: 'Organisations',
    key: ['org_id'],
    columns: [
      {
        name: 'org_id',
        zh: '组织编号',
        hint: '本组织的编号，如 C001、B001；其他表用它指明组织',
        type: 'id',
        required: true,
        aliases: ['组织代码', '组织id', '编号'],
      },
      {
        name: 'name',
        zh: '组织名称',
        hint: '组织全称，如 第一党支部',
        type: 'text',
        required: true,
        aliases: ['名称', '党组织名称', 'org_name'],
        maxLength: NAME_MAX_LENGTH,
      },
      {
        name: 'type',
        zh: '组织类型',
        hint: '组织的层级',
        type: 'enum',
        required: true,
        aliases: ['类型', '组织类别', 'org_type'],
        values: ORG_TYPES,
        synonyms: { 党总支部: '党总支', 党工作委员会: '党工委', 支部: '党支部', 小组: '党小组', 党委员会: '党委' },
      },
      {
        name: 'parent_id',
        zh: '上级组织编号',
        hint: '上级组织的编号；最上级的党委留空',
        type: 'id',
        aliases: ['上级编号', '上级组织', 'parent'],
        ref: orgRef,
      },
    ],
  },
  {
    name: 'members',
    zh: '党员',
    en: 'Members',
    key: ['member_id'],
    columns: [
      {
        name: 'member_id',
        zh: '党员编号',
        hint: '党员的唯一编号（工号等），不要填身份证号或手机号',
        type: 'id',
        required: true,
        aliases: ['人员编号', '编号', '工号'],
      },
      {
        name: 'name',
        zh: '姓名',
        hint: '党员姓名',
        type: 'text',
        required: true,
        aliases: ['党员姓名', 'member_name'],
        maxLength: NAME_MAX_LENGTH,
      },
      {
        name: 'org_id',
        zh: '所在组织编号',
        hint: '党员所在党支部或党小组的编号',
        type: 'id',
        required: true,
        aliases: ['组织编号', '所在支部编号', '所属组织编号', '所在党组织编号'],
        ref: orgRef,
      },
      {
        name: 'category',
        zh: '党员类别',
        hint: '正式党员或预备党员；预备党员不参加评定',
        type: 'enum',
        required: true,
        aliases: ['类别', '党员类型'],
        values: MEMBER_CATEGORIES,
        synonyms: { 正式: '正式党员', 预备: '预备党员' },
      },
      {
        name: 'status',
        zh: '人员状态',
        hint: '在职、离退休或流动；留空按在职',
        type: 'enum',
        aliases: ['状态', '在职状态'],
        values: MEMBER_STATUSES,
        synonyms: { 退休: '离退休', 离休: '离退休', 流动党员: '流动' },
      },
      {
        name: 'role',
        zh: '职务',
        hint: '党内职务，如 书记、组织委员、党小组长',
        type: 'text',
        aliases: ['党内职务'],
        maxLength: NAME_MAX_LENGTH,
      },
      { name: 'joined_on', zh: '入党日期', hint: '入党日期', type: 'date', aliases: ['入党时间', 'joined'] },
    ],
  },
  {
    name: 'points',
    zh: '积分台账',
    en: 'Points ledger',
    columns: [
      {
        name: 'member_id',
        zh: '党员编号',
        hint: '党员编号，须在党员表中',
        type: 'id',
        required: true,
        aliases: ['人员编号', '工号'],
        ref: memberRef,
      },
      {
        name: 'date',
        zh: '日期',
        hint: '积分发生或登记的日期',
        type: 'date',
        required: true,
        aliases: ['登记日期', '积分日期', '时间'],
      },
      {
        name: 'kind',
        zh: '积分类型',
        hint: '基础分、加分或扣分；留空时按分值正负判断',
        type: 'enum',
        aliases: ['类型', '加扣分'],
        values: POINT_KINDS,
        synonyms: { 基础: '基础分', 基本分: '基础分', 加: '加分', 贡献加分: '加分', 扣: '扣分', 违规扣分: '扣分' },
      },
      {
        name: 'category',
        zh: '积分类别',
        hint: '积分项目，如 学习教育、参与公益活动、无故缺席组织生活',
        type: 'text',
        aliases: ['类别', '积分项目', '项目'],
        maxLength: 200,
      },
      {
        name: 'points',
        zh: '分值',
        hint: '分值；扣分可写正数或负数',
        type: 'number',
        required: true,
        aliases: ['积分', '分数', '得分'],
      },
      {
        name: 'reason',
        zh: '事由',
        hint: '具体事由：时间、地点、做了什么',
        type: 'text',
        aliases: ['积分事由', '说明', '具体事项'],
      },
      { name: 'recorded_by', zh: '登记人', hint: '登记人（不对外公开）', type: 'text', aliases: ['记录人', '录入人'] },
    ],
  },
  {
    name: 'evaluations',
    zh: '民主评议',
    en: 'Member evaluations',
    key: ['member_id', 'year'],
    columns: [
      {
        name: 'member_id',
        zh: '党员编号',
        hint: '党员编号，须在党员表中',
        type: 'id',
        required: true,
        aliases: ['人员编号', '工号'],
        ref: memberRef,
      },
      {
        name: 'year',
        zh: '年度',
        hint: '评议年度，如 2025',
        type: 'year',
        required: true,
        aliases: ['评议年度', '年份'],
      },
      {
        name: 'rating',
        zh: '评议等次',
        hint: '民主评议评定的等次；不参评的写 不参评 或留空',
        type: 'enum',
        aliases: ['等次', '评议结果', '评定等次'],
        values: MEMBER_RATINGS,
        synonyms: { 优秀党员: '优秀' },
        nullValues: ['不参评', '不参加评议', '不评定'],
      },
    ],
  },
  {
    name: 'assessments',
    zh: '支部考核',
    en: 'Branch assessments',
    key: ['org_id', 'period', 'dimension'],
    columns: [
      {
        name: 'org_id',
        zh: '组织编号',
        hint: '被考核的党组织编号',
        type: 'id',
        required: true,
        aliases: ['支部编号', '党组织编号'],
        ref: orgRef,
      },
      {
        name: 'period',
        zh: '考核周期',
        hint: '考核周期：月 2025-05、季度 2025Q2 或 2025年第二季度、年度 2025',
        type: 'period',
        required: true,
        aliases: ['周期', '考核期间', '考核时间'],
      },
      {
        name: 'dimension',
        zh: '考核项目',
        hint: '考核项目，如 三会一课、学习教育；只填总分时留空',
        type: 'text',
        aliases: ['考核维度', '考核内容', '项目'],
        maxLength: 200,
      },
      {
        name: 'score',
        zh: '得分',
        hint: '该项目的得分',
        type: 'number',
        required: true,
        aliases: ['考核得分', '分数'],
      },
      {
        name: 'max_score',
        zh: '满分',
        hint: '该项目的满分；各项都填时按百分制换算',
        type: 'number',
        aliases: ['分值', '标准分'],
      },
      {
        name: 'rating',
        zh: '等次',
        hint: '评定的等次；留空时按得分自动划分',
        type: 'enum',
        aliases: ['考核等次', '评定等次'],
        values: BRANCH_RATINGS,
        synonyms: { 好: '良好', 差: '较差' },
      },
    ],
  },
  {
    name: 'topics',
    zh: '课题',
    en: 'Topics',
    key: ['topic_id'],
    columns: [
      { name: 'topic_id', zh: '课题编号', hint: '课题编号，如 T01；子课题如 T01-1', type: 'id', required: true },
      {
        name: 'title',
        zh: '课题名称',
        hint: '课题名称',
        type: 'text',
        required: true,
        aliases: ['课题', '名称'],
        maxLength: 200,
      },
      {
        name: 'parent_id',
        zh: '上级课题编号',
        hint: '子课题所属课题的编号；课题本身留空',
        type: 'id',
        aliases: ['所属课题编号', '母课题编号'],
        ref: topicRef,
      },
      {
        name: 'lead_department',
        zh: '牵头部门',
        hint: '牵头或结对的部门',
        type: 'text',
        aliases: ['结对部门'],
        maxLength: 200,
      },
      {
        name: 'org_id',
        zh: '领题组织编号',
        hint: '领题的党组织编号；党委出题可填党委编号',
        type: 'id',
        aliases: ['组织编号', '领题支部编号'],
        ref: orgRef,
      },
      {
        name: 'owners',
        zh: '负责人',
        hint: '负责人姓名，多人用顿号分隔；也可另填课题责任人表',
        type: 'text',
        aliases: ['责任人'],
      },
      {
        name: 'stage',
        zh: '阶段',
        hint: '课题所处阶段',
        type: 'enum',
        required: true,
        aliases: ['课题阶段', '进展阶段', '状态'],
        values: TOPIC_STAGES,
        synonyms: { 出题: '点题', 党委点题: '点题', 已领题: '领题', 破题中: '破题', 已结题: '结题', 销号: '结题' },
      },
      { name: 'set_on', zh: '点题日期', hint: '点题（出题）日期', type: 'date', aliases: ['出题日期'] },
      { name: 'due_on', zh: '计划完成日期', hint: '计划结题日期', type: 'date', aliases: ['计划结题日期', '完成时限'] },
      { name: 'closed_on', zh: '结题日期', hint: '实际结题日期；未结题留空', type: 'date', aliases: ['实际结题日期'] },
      { name: 'grade', zh: '评价', hint: '结题评价，如 优秀', type: 'text', aliases: ['结题评价', '评价等次'] },
    ],
  },
  {
    name: 'topic_outcomes',
    zh: '课题成效',
    en: 'Topic outcomes',
    key: ['topic_id', 'metric'],
    columns: [
      { name: 'topic_id', zh: '课题编号', hint: '课题编号，须在课题表中', type: 'id', required: true, ref: topicRef },
      {
        name: 'metric',
        zh: '指标',
        hint: '成效指标名称，如 车险续保率',
        type: 'text',
        required: true,
        aliases: ['成效指标', '指标名称'],
        maxLength: 200,
      },
      {
        name: 'unit',
        zh: '单位',
        hint: '指标的计量单位，如 %、万元、户',
        type: 'text',
        aliases: ['计量单位'],
        maxLength: 20,
      },
      {
        name: 'baseline',
        zh: '基线值',
        hint: '领题时的起始值；进度从它算起',
        type: 'number',
        aliases: ['基数', '起始值'],
      },
      { name: 'target', zh: '目标值', hint: '目标值', type: 'number', aliases: ['目标'] },
      {
        name: 'actual',
        zh: '实际值',
        hint: '目前的实际值',
        type: 'number',
        required: true,
        aliases: ['完成值', '实际完成'],
      },
    ],
  },
  {
    name: 'topic_owners',
    zh: '课题责任人',
    en: 'Topic owners',
    key: ['topic_id', 'name'],
    columns: [
      { name: 'topic_id', zh: '课题编号', hint: '课题编号，须在课题表中', type: 'id', required: true, ref: topicRef },
      {
        name: 'name',
        zh: '姓名',
        hint: '责任人姓名',
        type: 'text',
        required: true,
        aliases: ['责任人', '责任人姓名'],
        maxLength: NAME_MAX_LENGTH,
      },
      {
        name: 'kind',
        zh: '身份',
        hint: '责任人身份：党员或业务骨干',
        type: 'enum',
        required: true,
        aliases: ['人员类别', '责任人身份'],
        values: OWNER_KINDS,
        synonyms: { 党员骨干: '党员', 骨干: '业务骨干' },
      },
    ],
  },
  {
    name: 'tasks',
    zh: '任务清单',
    en: 'Task list',
    key: ['task_id'],
    columns: [
      { name: 'task_id', zh: '任务编号', hint: '任务编号，如 RW0001', type: 'id', required: true },
      {
        name: 'org_id',
        zh: '组织编号',
        hint: '负责的党组织编号',
        type: 'id',
        required: true,
        aliases: ['责任组织编号'],
        ref: orgRef,
      },
      {
        name: 'area',
        zh: '工作领域',
        hint: '工作领域，如 政治建设、组织建设',
        type: 'text',
        aliases: ['领域', '方面'],
        maxLength: 200,
      },
      {
        name: 'task',
        zh: '任务内容',
        hint: '任务内容',
        type: 'text',
        required: true,
        aliases: ['任务', '工作任务', '任务名称'],
      },
      { name: 'requirement', zh: '工作要求', hint: '工作要求', type: 'text', aliases: ['要求'] },
      { name: 'owner', zh: '责任人', hint: '责任人', type: 'text', aliases: ['负责人'] },
      {
        name: 'due_on',
        zh: '完成时限',
        hint: '完成时限',
        type: 'date',
        required: true,
        aliases: ['时限', '截止日期', '计划完成日期'],
      },
      {
        name: 'done_on',
        zh: '完成日期',
        hint: '实际完成日期；未完成留空',
        type: 'date',
        aliases: ['实际完成日期', '完成时间'],
      },
    ],
  },
  {
    name: 'meetings',
    zh: '三会一课',
    en: 'Meetings',
    columns: [
      {
        name: 'org_id',
        zh: '组织编号',
        hint: '召开会议的党组织编号（党小组会填党小组编号）',
        type: 'id',
        required: true,
        aliases: ['支部编号', '党组织编号'],
        ref: orgRef,
      },
      {
        name: 'date',
        zh: '日期',
        hint: '会议日期',
        type: 'date',
        required: true,
        aliases: ['会议日期', '召开日期', '时间'],
      },
      {
        name: 'type',
        zh: '会议类型',
        hint: '会议类型',
        type: 'enum',
        required: true,
        aliases: ['类型', '会议类别'],
        values: MEETING_TYPES,
        synonyms: { 党员大会: '支部党员大会', 支部委员会: '支委会', 支委会议: '支委会', 主题党日活动: '主题党日' },
      },
      { name: 'expected', zh: '应到人数', hint: '应到人数', type: 'int', required: true, aliases: ['应到'] },
      {
        name: 'present',
        zh: '实到人数',
        hint: '实到人数，不大于应到人数',
        type: 'int',
        required: true,
        aliases: ['实到'],
      },
    ],
  },
];

export function tableDef(name: TableName): TableDef {
  const def = TABLES.find((t) => t.name === name);
  if (!def) throw new Error(`unknown table ${name}`);
  return def;
}

/**
 * Header cells that name personal identifiers. Such columns are dropped at
 * the reader and never staged, stored or published.
 */
export const PERSONAL_ID_HEADER =
  /身份证|证件号|公民身份|联系电话|电话|手机|联系方式|phone|mobile|\btel\b|id[_ ]?card|id[_ ]?(number|no)\b|identity|passport|护照|银行卡|账号/i;

/** Helper columns that spreadsheets add and that carry no data (序号). */
export const IGNORED_HEADER = /^(序号|no\.?|#|行号)$/i;

/** Canonical form of a header cell for matching: case, spaces, markers and units dropped. */
export function normalizeHeader(cell: string): string {
  return foldWidth(cell)
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]/g, '') // "分值（分）" -> "分值"
    .replace(/[\s*＊:：_-]/g, '');
}

/** Full-width ASCII (全角) to half-width; the ideographic space to a space. */
export function foldWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
