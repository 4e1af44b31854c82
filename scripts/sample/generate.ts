/**
 * A deterministic model of one committee's exports, after the cases in the
 * domain brief: 21 basic organisations (1 general branch, 6 work committees,
 * 14 branches), 55 party groups, 792 members (436 active, 356 retired), two
 * years of points, quarterly assessments, a topic campaign of 12 topics and
 * 48 sub-topics, task checklists and 三会一课 records.
 */
import { DEFAULT_RULES } from '../../src/model/rules';
import { fakeIdCard, fakePhone, personName, type Random } from './random';

export interface SampleOptions {
  readonly seed: number;
  readonly members: number;
  readonly basicOrgs: number;
  readonly groups: number;
  readonly years: readonly number[];
  /** Ledger rows per year; default about 12 per member. */
  readonly ledgerRowsPerYear: number;
  /** Second-tier committees (二级党委) between the root and the basic organisations; default one per 150 above 1,000. */
  readonly tiers?: number;
}

export interface Org {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly parent: string | null;
}

export interface Member {
  readonly id: string;
  readonly name: string;
  readonly org: string;
  readonly branch: string;
  readonly category: string;
  readonly status: string;
  readonly role: string;
  readonly joined: string;
  readonly idCard: string;
  readonly phone: string;
  /** How active the member is: drives points. */
  readonly zeal: number;
}

const UNITS = [
  '机关',
  '营业部',
  '市场部',
  '运营中心',
  '网点',
  '寄递事业部',
  '金融业务部',
  '渠道平台部',
  '综合办',
  '财务部',
  '信息技术部',
  '安全保卫部',
  '工会',
  '车队',
  '分拣中心',
];
const PLACES = ['城关', '东城', '西城', '南湖', '北山', '河口', '新区', '开发区', '白沙', '青石', '长岭', '桃源'];

export function makeOrgs(opts: SampleOptions): Org[] {
  const orgs: Org[] = [{ id: 'C001', name: '市分公司党委', type: '党委', parent: null }];
  // A group (集团) of thousands of basic organisations has a level of second-tier committees (二级党委) between.
  const tiers = opts.tiers ?? (opts.basicOrgs > 1000 ? Math.ceil(opts.basicOrgs / 150) : 0);
  for (let s = 0; s < tiers; s++) {
    const id = `S${String(s + 1).padStart(3, '0')}`;
    orgs.push({
      id,
      name: `${PLACES[s % PLACES.length]}${UNITS[s % UNITS.length]}第${s + 1}分公司党委`,
      type: '党委',
      parent: 'C001',
    });
  }
  for (let i = 0; i < opts.basicOrgs; i++) {
    const type = i === 0 ? '党总支' : i <= Math.round((opts.basicOrgs * 6) / 21) ? '党工委' : '党支部';
    const place = PLACES[i % PLACES.length];
    const unit = UNITS[i % UNITS.length];
    const suffix = i >= UNITS.length ? `第${Math.floor(i / UNITS.length) + 1}` : '';
    const name =
      type === '党支部'
        ? `${place}${unit}${suffix}党支部`
        : type === '党工委'
          ? `${place}片区${suffix}党工委`
          : `${unit}${suffix}党总支`;
    const parent = tiers ? `S${String((i % tiers) + 1).padStart(3, '0')}` : 'C001';
    orgs.push({ id: `B${String(i + 1).padStart(3, '0')}`, name, type, parent });
  }
  const basics = orgs.filter(isBasic);
  for (let g = 0; g < opts.groups; g++) {
    const parent = basics[g % basics.length];
    const n = Math.floor(g / basics.length) + 1;
    orgs.push({
      id: `${parent.id}-G${n}`,
      name: `${parent.name.replace(/党(支部|总支|工委)$/, '')}第${'一二三四五六七八九十'[n - 1] ?? n}党小组`,
      type: '党小组',
      parent: parent.id,
    });
  }
  return orgs;
}

/** 党支部, 党总支 and 党工委: the organisations that keep members, assessments and meetings. */
export function isBasic(org: Org): boolean {
  return org.type === '党支部' || org.type === '党总支' || org.type === '党工委';
}

export function makeMembers(opts: SampleOptions, orgs: readonly Org[], rng: Random): Member[] {
  const groups = orgs.filter((o) => o.type === '党小组');
  const branches = orgs.filter((o) => o.type === '党支部');
  const retiredShare = 356 / 792;
  const members: Member[] = [];
  for (let i = 0; i < opts.members; i++) {
    // Most members sit in a party group; some branches keep members directly.
    const org = rng.chance(0.85) || branches.length === 0 ? groups[i % groups.length] : rng.pick(branches);
    const branch = org.type === '党小组' ? (org.parent as string) : org.id;
    const retired = rng.chance(retiredShare);
    const birth = retired ? rng.int(1940, 1964) : rng.int(1965, 2000);
    const joinedYear = Math.min(2025, birth + rng.int(20, 35));
    const probationary = !retired && rng.chance(0.035);
    members.push({
      id: `M${String(i + 1).padStart(5, '0')}`,
      name: personName(rng),
      org: org.id,
      branch,
      category: probationary ? '预备党员' : '正式党员',
      status: retired ? '离退休' : rng.chance(0.02) ? '流动' : '在职',
      role:
        i % 37 === 0
          ? '书记'
          : i % 37 === 1
            ? '组织委员'
            : i % 37 === 2
              ? '宣传委员'
              : i % 19 === 3
                ? '党小组长'
                : '党员',
      joined: probationary
        ? `2025-${String(rng.int(1, 6)).padStart(2, '0')}-01`
        : `${joinedYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      idCard: fakeIdCard(rng, birth),
      phone: fakePhone(rng),
      zeal: Math.max(0.1, rng.normal(1, 0.45)) * (retired ? 0.6 : 1),
    });
  }
  return members;
}

const BONUS = DEFAULT_RULES.points.bonusCategories.map((c) => c.name);
const DEDUCTION = DEFAULT_RULES.points.deductionCategories.filter((c) => !c.veto).map((c) => c.name);
const BONUS_REASON: Record<string, string[]> = {
  执行组织决定: ['按时完成党委部署的专项工作', '参加防汛值守'],
  参与公益活动: ['参加社区志愿服务活动', '参与无偿献血', '走访慰问困难群众'],
  支持重点业务: ['支援旺季寄递生产', '协助开展金融业务宣传'],
  服务表现突出: ['收到客户表扬信', '窗口服务获评月度之星'],
  弘扬新风正气: ['拾金不昧', '见义勇为'],
  反对封建迷信: ['参与移风易俗宣讲'],
  个人营销业绩突出: ['季度个人营销排名前列', '完成重点产品营销任务'],
  学习教育: ['参加主题党日集中学习', '完成线上学习专题', '撰写学习心得'],
};
const DEDUCTION_REASON: Record<string, string[]> = {
  无故缺席组织生活: ['无故缺席支部党员大会', '无故缺席党小组会'],
  未按时缴纳党费: ['未按月缴纳党费'],
  违反公司规章制度: ['违反劳动纪律'],
  营销业绩较差: ['季度营销任务未完成'],
  客户投诉: ['被客户有效投诉'],
  所在网点排名末位: ['所在网点季度考核排名末位'],
};

export interface LedgerEntry {
  readonly member: Member;
  readonly date: string;
  readonly kind: '加分' | '扣分';
  readonly category: string;
  readonly points: number;
  readonly reason: string;
}

/** Ledger entries of one year, spread over the months; the weight of each member follows their zeal. */
export function* ledgerEntries(
  year: number,
  count: number,
  members: readonly Member[],
  rng: Random,
): Generator<LedgerEntry> {
  const weights = members.map((m) => m.zeal);
  const cumulative: number[] = [];
  weights.reduce((s, w, i) => (cumulative[i] = s + w), 0);
  const total = cumulative[cumulative.length - 1];
  for (let i = 0; i < count; i++) {
    const target = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    const member = members[lo];
    const month = Math.min(12, Math.floor((i / count) * 12) + 1);
    const day = rng.int(1, 20); // members report by the 20th
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (rng.chance(0.1 / member.zeal)) {
      const category = rng.pick(DEDUCTION);
      yield {
        member,
        date,
        kind: '扣分',
        category,
        points: rng.pick([1, 2, 2, 3, 5, 10]),
        reason: rng.pick(DEDUCTION_REASON[category]),
      };
    } else {
      const category = rng.chance(0.4) ? '学习教育' : rng.pick(BONUS);
      yield {
        member,
        date,
        kind: '加分',
        category,
        points: rng.pick([1, 1, 2, 2, 3, 5]),
        reason: rng.pick(BONUS_REASON[category]),
      };
    }
  }
}
