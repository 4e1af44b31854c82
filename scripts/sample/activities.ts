/** The sample's other exports: evaluations, branch assessments, topics, tasks and meetings. */
import { DEFAULT_RULES } from '../../src/model/rules';
import { isBasic, type Member, type Org } from './generate';
import { personName, type Random } from './random';

type Cell = string | number | null;
const pad = (n: number) => String(n).padStart(2, '0');

/** Year-end ratings decided from the points, the way branches do: top scorers excellent, laggards flagged. */
export function evaluations(
  year: number,
  members: readonly Member[],
  totals: ReadonlyMap<string, number>,
  rng: Random,
): Cell[][] {
  const rows: Cell[][] = [];
  const byBranch = groupBy(members, (m) => m.branch);
  for (const group of byBranch.values()) {
    const rated = group.filter((m) => m.category === '正式党员' && m.joined <= `${year}-12-31`);
    rated.sort((a, b) => (totals.get(b.id) ?? 100) - (totals.get(a.id) ?? 100) || a.id.localeCompare(b.id));
    const excellent = Math.floor(rated.length * (0.2 + rng.next() * 0.1));
    rated.forEach((m, i) => {
      const total = totals.get(m.id) ?? 100;
      const rating = i < excellent ? '优秀' : total < 95 ? '基本合格' : rng.chance(0.01) ? '' : '合格';
      rows.push([m.id, m.name, year, rating]);
    });
    for (const m of group.filter((x) => x.category === '预备党员')) rows.push([m.id, m.name, year, '不参评']);
  }
  return rows;
}

const DIMENSIONS: [string, number][] = [
  ['三会一课', 25],
  ['学习教育', 20],
  ['宣传思想', 15],
  ['党建文化', 10],
  ['任务清单', 15],
  ['业务成效', 15],
];
const QUARTER_ZH = ['一', '二', '三', '四'];

/** Quarterly scoring sheets (季通报) per basic organisation and dimension. */
export function assessments(years: readonly number[], orgs: readonly Org[], rng: Random): Cell[][] {
  const basics = orgs.filter(isBasic);
  const quality = new Map(basics.map((o) => [o.id, Math.min(0.99, Math.max(0.55, rng.normal(0.86, 0.06)))]));
  const rows: Cell[][] = [];
  for (const year of years) {
    for (let q = 1; q <= 4; q++) {
      const period = q % 2 === 0 ? `${year}Q${q}` : `${year}年第${QUARTER_ZH[q - 1]}季度`;
      for (const org of basics) {
        const base = (quality.get(org.id) ?? 0.85) + (year - years[0]) * 0.01 + q * 0.004;
        for (const [dimension, max] of DIMENSIONS) {
          const score = Math.min(max, Math.max(0, Math.round(max * Math.min(1, rng.normal(base, 0.05)) * 2) / 2));
          // Numbers stored as text now and then, as exports do.
          rows.push([org.id, org.name, period, dimension, rng.chance(0.1) ? String(score) : score, max]);
        }
      }
    }
  }
  return rows;
}

/** Each topic: its title, the indicator its outcome is measured by, the unit, the target and the best actual. */
const TOPIC_TITLES = [
  ['提升农村寄递服务覆盖率', '农村寄递业务量', '件', 120000, 171100],
  ['乳品寄递项目助农增收', '助农增收金额', '万元', 600, 1000],
  ['普惠金融服务下乡', '金融服务下乡', '户次', 40000, 60000],
  ['农户小额贷款投放', '小额贷款投放额', '万元', 200, 330],
  ['车险续保率提升', '车险续保率', '%', 60, 72],
  ['窗口服务满意度提升', '窗口服务满意度', '%', 90, 95],
  ['邮政便民服务站建设', '便民服务站', '个', 30, 45],
  ['快递进村“最后一公里”', '快递通达的行政村', '个', 80, 120],
  ['企业客户拓展', '新增企业客户', '户', 150, 210],
  ['安全生产隐患清零', '隐患整改', '项', 40, 40],
  ['数字化转型赋能网点', '数字化网点', '个', 10, 16],
  ['青年党员先锋岗建设', '青年党员先锋岗', '个', 12, 20],
] as const;

export interface TopicRows {
  readonly topics: Cell[][];
  readonly outcomes: Cell[][];
  readonly owners: Cell[][];
}

/** 领题破题: 12 topics set by the committee, 48 sub-topics taken by branches, 95 responsible persons. */
export function topics(year: number, orgs: readonly Org[], members: readonly Member[], rng: Random): TopicRows {
  const basics = orgs.filter(isBasic);
  const result: TopicRows = { topics: [], outcomes: [], owners: [] };
  let ownerCount = 0;
  const byBranch = groupBy(members, (m) => m.branch);
  TOPIC_TITLES.forEach(([title, metric, unit, target, best], t) => {
    const id = `T${pad(t + 1)}`;
    const setOn = `${year}-0${rng.int(2, 3)}-${pad(rng.int(1, 28))}`;
    const due = `${year}-${pad(rng.int(9, 12))}-${pad(rng.int(1, 28))}`;
    const progress = rng.next();
    const stage = progress > 0.45 ? '结题' : progress > 0.2 ? '破题' : progress > 0.07 ? '领题' : '点题';
    const closed =
      stage === '结题' ? (rng.chance(0.8) ? due.replace(/-(\d\d)$/, '-01') : `${year}-12-${pad(rng.int(10, 28))}`) : '';
    result.topics.push([
      id,
      title,
      '',
      '党建工作部',
      'C001',
      '',
      stage,
      setOn,
      due,
      closed,
      stage === '结题' ? rng.pick(['优秀', '良好', '合格']) : '',
    ]);
    const actual = Math.round(
      (target as number) * (stage === '结题' ? 0.9 + rng.next() * 0.3 : 0.4 + rng.next() * 0.5),
    );
    result.outcomes.push([id, metric, unit, Math.round((target as number) * 0.6), target, t === 0 ? best : actual]);
    for (let s = 1; s <= 4; s++) {
      const sub = `${id}-${s}`;
      const org = basics[(t * 4 + s) % basics.length];
      const subStage = stage === '结题' ? '结题' : rng.pick(['领题', '破题', '破题', '结题']);
      const owners: string[] = [];
      const n = ownerCount < 95 ? (s === 4 && t % 4 === 0 ? 1 : 2) : 0;
      for (let k = 0; k < n && ownerCount < 95; k++, ownerCount++) {
        const isMember = ownerCount % 95 < 46;
        const pool = (byBranch.get(org.id) ?? []).filter((m) => m.status === '在职');
        const name = isMember && pool.length ? pool[(ownerCount + k) % pool.length].name : personName(rng);
        if (owners.includes(name)) continue;
        owners.push(name);
        // Half the topics list owners in their own sheet, the rest in the owners cell.
        if (t % 2 === 0) result.owners.push([sub, name, isMember ? '党员' : '业务骨干']);
      }
      const subDue = due;
      const subClosed = subStage === '结题' ? `${year}-${pad(rng.int(6, 11))}-${pad(rng.int(1, 28))}` : '';
      result.topics.push([
        sub,
        `${title}（子课题${s}：${org.name}）`,
        id,
        rng.pick(['市场部', '运营中心', '金融业务部', '寄递事业部']),
        org.id,
        t % 2 === 0 ? '' : owners.join('、'),
        subStage,
        setOn,
        subDue,
        subClosed,
        '',
      ]);
    }
  });
  return result;
}

const AREAS = [
  '政治建设',
  '思想建设',
  '组织建设',
  '作风建设',
  '纪律建设',
  '制度建设',
  '业务融合',
  '品牌创建',
  '队伍建设',
  '阵地建设',
  '群团工作',
];

/** 任务清单 (三定): requirement, person, time; 22 committee action plans and 28 tasks per basic organisation. */
export function tasks(
  year: number,
  orgs: readonly Org[],
  members: readonly Member[],
  asOf: string,
  rng: Random,
): Cell[][] {
  const rows: Cell[][] = [];
  const byBranch = groupBy(members, (m) => m.branch);
  let n = 0;
  const add = (org: Org, area: string, count: number) => {
    for (let i = 0; i < count; i++) {
      const due = `${year}-${pad(rng.int(3, 12))}-${pad(rng.int(1, 28))}`;
      const roll = rng.next();
      const doneOn = roll < 0.78 ? shiftDays(due, -rng.int(0, 40)) : roll < 0.88 ? shiftDays(due, rng.int(1, 30)) : '';
      const owner = byBranch.get(org.id)?.[0]?.name ?? personName(rng);
      rows.push([
        `RW${String(++n).padStart(4, '0')}`,
        org.id,
        area,
        `${area}重点任务${i + 1}`,
        '按期完成并形成台账',
        owner,
        due,
        doneOn > asOf ? '' : doneOn,
      ]);
    }
  };
  const committee = orgs[0];
  for (const [i, area] of AREAS.slice(0, 7).entries()) add(committee, area, i < 1 ? 4 : 3);
  for (const org of orgs.filter(isBasic)) {
    for (const [i, area] of AREAS.entries()) add(org, area, i < 6 ? 3 : 2);
  }
  return rows;
}

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 三会一课 held against the yearly quotas, most of them met. */
export function meetings(
  years: readonly number[],
  orgs: readonly Org[],
  members: readonly Member[],
  rng: Random,
): Cell[][] {
  const size = new Map<string, number>();
  for (const m of members) {
    size.set(m.org, (size.get(m.org) ?? 0) + 1);
    if (m.org !== m.branch) size.set(m.branch, (size.get(m.branch) ?? 0) + 1);
  }
  const rows: Cell[][] = [];
  const quotas = DEFAULT_RULES.meetings.quotas;
  for (const year of years) {
    for (const org of orgs.filter((o) => o.type !== '党委')) {
      const reliability = 0.8 + rng.next() * 0.2;
      for (const [type, quota] of Object.entries(quotas)) {
        if ((type === '党小组会') !== (org.type === '党小组')) continue;
        const held = Math.round((quota ?? 0) * Math.min(1, reliability + rng.next() * 0.1));
        for (let i = 0; i < held; i++) {
          const month = Math.min(12, Math.floor((i * 12) / held) + 1);
          const expected = Math.max(3, size.get(org.id) ?? 3);
          const present = expected - rng.int(0, Math.ceil(expected * 0.12));
          rows.push([org.id, `${year}年${month}月${rng.int(1, 25)}日`, type, expected, present]);
        }
      }
    }
  }
  return rows;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
