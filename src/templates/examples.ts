/**
 * The example rows of each import template, one small organisation across all ten tables: every id one
 * table names exists in the table it refers to, so a set of templates filled in with these rows loads with
 * no reject (tests/templates.test.ts does exactly that). Values as a user would type them.
 */
import type { TableName } from '../model/schema';

/** Rows by table, the values by column name. */
export const TEMPLATE_EXAMPLES: Readonly<Record<TableName, readonly Readonly<Record<string, string>>[]>> = {
  organizations: [
    { org_id: 'C001', name: '示例公司党委', type: '党委', parent_id: '' },
    { org_id: 'B001', name: '第一党支部', type: '党支部', parent_id: 'C001' },
    { org_id: 'G001', name: '第一党小组', type: '党小组', parent_id: 'B001' },
  ],
  members: [
    {
      member_id: 'M001',
      name: '张三',
      org_id: 'G001',
      category: '正式党员',
      status: '在职',
      role: '党小组长',
      joined_on: '2008-07-01',
    },
    {
      member_id: 'M002',
      name: '李四',
      org_id: 'B001',
      category: '预备党员',
      status: '在职',
      role: '',
      joined_on: '2025-03-01',
    },
  ],
  points: [
    {
      member_id: 'M001',
      date: '2025-03-20',
      kind: '加分',
      category: '学习教育',
      points: '2',
      reason: '3月20日参加专题学习',
      recorded_by: '组织委员',
    },
    {
      member_id: 'M001',
      date: '2025-04-20',
      kind: '扣分',
      category: '无故缺席组织生活',
      points: '-2',
      reason: '4月主题党日未请假缺席',
      recorded_by: '组织委员',
    },
  ],
  evaluations: [
    { member_id: 'M001', year: '2025', rating: '优秀' },
    { member_id: 'M002', year: '2025', rating: '不参评' },
  ],
  assessments: [
    { org_id: 'B001', period: '2025Q1', dimension: '三会一课', score: '18', max_score: '20', rating: '' },
    { org_id: 'B001', period: '2025Q1', dimension: '学习教育', score: '27', max_score: '30', rating: '' },
  ],
  topics: [
    {
      topic_id: 'T01',
      title: '提升农村寄递服务覆盖率',
      parent_id: '',
      lead_department: '市场部',
      org_id: 'C001',
      owners: '',
      stage: '破题',
      set_on: '2025-03-01',
      due_on: '2025-10-31',
      closed_on: '',
      grade: '',
    },
    {
      topic_id: 'T01-1',
      title: '提升农村寄递服务覆盖率（子课题1）',
      parent_id: 'T01',
      lead_department: '市场部',
      org_id: 'B001',
      owners: '张三、王五',
      stage: '结题',
      set_on: '2025-03-01',
      due_on: '2025-10-31',
      closed_on: '2025-09-30',
      grade: '优秀',
    },
  ],
  topic_outcomes: [
    { topic_id: 'T01', metric: '农村寄递服务覆盖率', unit: '%', baseline: '36', target: '60', actual: '45' },
    { topic_id: 'T01', metric: '新增服务网点', unit: '个', baseline: '18', target: '30', actual: '31' },
  ],
  topic_owners: [
    { topic_id: 'T01-1', name: '张三', kind: '党员' },
    { topic_id: 'T01-1', name: '王五', kind: '业务骨干' },
  ],
  tasks: [
    {
      task_id: 'RW0001',
      org_id: 'B001',
      area: '组织建设',
      task: '按期召开支部党员大会',
      requirement: '每季度至少 1 次',
      owner: '张三',
      due_on: '2025-12-31',
      done_on: '',
    },
  ],
  meetings: [
    { org_id: 'B001', date: '2025-03-15', type: '支部党员大会', expected: '30', present: '28' },
    { org_id: 'G001', date: '2025-03-20', type: '党小组会', expected: '10', present: '10' },
  ],
};
