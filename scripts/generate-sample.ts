/**
 * npm run sample -- [--out DIR] [--seed N] [--members N] [--basic-orgs N] [--groups N] [--tiers N]
 *                   [--ledger-rows N] [--years 2024,2025] [--ledger-encoding gbk|utf-8]
 * Writes a folder of realistic exports. Same options, same bytes.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_RULES } from '../src/model/rules';
import * as act from './sample/activities';
import { type LedgerEntry, ledgerEntries, makeMembers, makeOrgs, type SampleOptions } from './sample/generate';
import { Random } from './sample/random';
import { type Cell, writeCsv, writeWorkbook } from './sample/write';

const { values: a } = parseArgs({
  options: {
    out: { type: 'string', default: 'data/sample' },
    seed: { type: 'string', default: '20241' },
    members: { type: 'string', default: '792' },
    'basic-orgs': { type: 'string', default: '21' },
    groups: { type: 'string', default: '55' },
    tiers: { type: 'string' },
    'ledger-rows': { type: 'string' },
    years: { type: 'string', default: '2024,2025' },
    'ledger-encoding': { type: 'string', default: 'gbk' },
    // Names that try markup, script and spreadsheet formulas: for the tests that prove they stay text.
    'hostile-names': { type: 'boolean', default: false },
  },
});

const opts: SampleOptions = {
  seed: Number(a.seed),
  members: Number(a.members),
  basicOrgs: Number(a['basic-orgs']),
  groups: Number(a.groups),
  years: String(a.years).split(',').map(Number),
  ledgerRowsPerYear: a['ledger-rows'] ? Number(a['ledger-rows']) : Number(a.members) * 12,
  ...(a.tiers ? { tiers: Number(a.tiers) } : {}),
};
const out = String(a.out);
const rng = new Random(opts.seed);
const lastYear = opts.years[opts.years.length - 1];
const asOf = `${lastYear}-12-31`;
const DATE_STYLES = [
  (y: string, m: string, d: string) => `${y}-${m}-${d}`,
  (y: string, m: string, d: string) => `${y}/${+m}/${+d}`,
  (y: string, m: string, d: string) => `${y}年${+m}月${+d}日`,
  (y: string, m: string, d: string) => `${y}.${m}.${d}`,
];
const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

async function main(): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const orgs = makeOrgs(opts);
  // An id with every character the import contract allows besides letters and digits: its pages must work.
  const branch = orgs.find((o) => o.type === '党支部');
  if (a['hostile-names'] && branch) renameOrg(orgs, branch.id, `党支部.${branch.id}_a-1`);
  const members = makeMembers(opts, orgs, rng);
  if (a['hostile-names']) {
    Object.assign(orgs[3], { name: '<img src=x onerror=alert(1)>' });
    Object.assign(members[0], { name: '<script>alert("m")</script>' });
    Object.assign(members[1], { name: "=cmd|' /C calc'!A0" });
  }
  const big = opts.members > 20000;
  const orgRows: Cell[][] = orgs.map((o) => [o.id, o.name, o.type, o.parent]);
  const memberHeader = [
    '党员编号',
    '姓名',
    '身份证号',
    '联系电话',
    '所在组织编号',
    '党员类别',
    '人员状态',
    '职务',
    '入党日期',
  ];
  const memberRows: Cell[][] = members.map((m) => [
    m.id,
    m.name,
    m.idCard,
    m.phone,
    m.org,
    m.category,
    m.status,
    m.role,
    m.joined,
  ]);
  if (big) {
    await writeCsv(join(out, '组织.csv'), ['组织编号', '组织名称', '组织类型', '上级组织编号'], orgRows, 'utf-8');
    await writeCsv(join(out, '党员.csv'), memberHeader, memberRows, 'utf-8');
  } else {
    writeWorkbook(join(out, '基础信息.xlsx'), [
      {
        name: '组织',
        title: `${lastYear}年党组织架构`,
        serial: true,
        header: ['组织编号', '组织名称', '组织类型', '上级组织编号'],
        rows: orgRows,
      },
      {
        name: '党员',
        title: '党员花名册',
        serial: true,
        header: memberHeader,
        rows: memberRows,
        dateColumns: ['入党日期'],
        notes: ['注：本表由党建工作部维护，身份证号、联系电话仅供内部核对。', '制表人：党建工作部'],
      },
      {
        name: '字典',
        header: ['字段', '可选值'],
        rows: [
          ['党员类别', '正式党员、预备党员'],
          ['人员状态', '在职、离退休、流动'],
          ['积分类型', '基础分、加分、扣分'],
        ],
      },
    ]);
  }

  const totals = new Map<number, Map<string, number>>();
  for (const [i, year] of opts.years.entries()) {
    const yearTotals = new Map<string, number>();
    totals.set(year, yearTotals);
    const gbk = i === 0 && a['ledger-encoding'] === 'gbk';
    const entries = ledgerEntries(year, opts.ledgerRowsPerYear, members, rng);
    const veto: LedgerEntry[] =
      year === lastYear
        ? [
            {
              member: members[7],
              date: `${year}-06-18`,
              kind: '扣分',
              category: '严重违纪',
              points: 20,
              reason: '受到党内严重警告处分',
            },
          ]
        : [];
    const rows = ledgerRows([...veto], entries, gbk, yearTotals);
    const header = ['序号', '党员编号', '姓名', '日期', '积分类型', '积分类别', '分值', '事由', '登记人'];
    await writeCsv(join(out, `积分台账-${year}.csv`), header, rows, gbk ? 'gbk' : 'utf-8-bom');
  }

  const branchOf = new Map(members.map((m) => [m.id, m.branch]));
  const evalRows = opts.years.flatMap((year) => {
    const rows = act.evaluations(year, members, totals.get(year) ?? new Map(), rng);
    // The latest year is still being evaluated: only some branches have recorded results.
    return year === lastYear ? rows.filter((r) => Number(String(branchOf.get(String(r[0]))).slice(1)) % 2 === 0) : rows;
  });
  await writeCsv(join(out, '民主评议.csv'), ['党员编号', '姓名', '年度', '评议等次'], evalRows, 'utf-8-bom');

  const assess = act.assessments(opts.years, orgs, rng);
  const assessHeader = ['组织编号', '组织名称', '考核周期', '考核项目', '得分', '满分'];
  if (big) await writeCsv(join(out, '支部考核.csv'), assessHeader, assess, 'utf-8');
  else
    writeWorkbook(join(out, '支部考核.xlsx'), [
      { name: '季度考核', title: '党支部量化考核季通报', serial: true, header: assessHeader, rows: assess },
    ]);

  const t = act.topics(lastYear, orgs, members, rng);
  writeWorkbook(join(out, '领题破题.xlsx'), [
    {
      name: '课题',
      title: `${lastYear}年“领题破题”课题清单`,
      header: [
        '课题编号',
        '课题名称',
        '上级课题编号',
        '牵头部门',
        '领题组织编号',
        '负责人',
        '阶段',
        '点题日期',
        '计划完成日期',
        '结题日期',
        '评价',
      ],
      rows: t.topics,
      dateColumns: ['点题日期', '计划完成日期', '结题日期'],
    },
    { name: '课题成效', header: ['课题编号', '指标', '单位', '基线值', '目标值', '实际值'], rows: t.outcomes },
    { name: '课题责任人', header: ['课题编号', '姓名', '身份'], rows: t.owners },
  ]);
  await writeCsv(
    join(out, '任务清单.csv'),
    ['任务编号', '组织编号', '工作领域', '任务内容', '工作要求', '责任人', '完成时限', '完成日期'],
    act.tasks(lastYear, orgs, members, asOf, rng),
    'utf-8-bom',
  );
  await writeCsv(
    join(out, '三会一课.csv'),
    ['组织编号', '日期', '会议类型', '应到人数', '实到人数'],
    act.meetings(opts.years, orgs, members, rng),
    'utf-8',
  );
  const rules = { asOf, ...DEFAULT_RULES, branches: { ...DEFAULT_RULES.branches, fiveStarCap: 0.1 } };
  await writeFile(join(out, 'rules.json'), `${JSON.stringify(rules, null, 2)}\n`);
  console.log(
    `sample written to ${out}: ${orgs.length} organisations, ${members.length} members, ${opts.ledgerRowsPerYear * opts.years.length} ledger rows`,
  );
}

function* ledgerRows(
  first: LedgerEntry[],
  entries: Iterable<LedgerEntry>,
  gbk: boolean,
  totals: Map<string, number>,
): Generator<Cell[]> {
  let n = 0;
  for (const e of chain(first, entries)) {
    n++;
    const [y, m, d] = e.date.split('-');
    const date = DATE_STYLES[n % DATE_STYLES.length](y, m, d);
    const signed = e.kind === '扣分' ? -e.points : e.points;
    totals.set(e.member.id, (totals.get(e.member.id) ?? 100) + signed);
    const points = gbk ? String(e.points) : String(signed);
    yield [
      n,
      e.member.id,
      e.member.name,
      date,
      e.kind,
      e.category,
      n % 53 === 0 ? FULL_WIDTH(points) : points,
      `${+m}月${+d}日，${e.reason}`,
      '党建工作部',
    ];
  }
}

function* chain<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});

function renameOrg(orgs: { id: string; parent: string | null }[], from: string, to: string): void {
  for (const o of orgs) {
    if (o.id === from) o.id = to;
    if (o.parent === from) o.parent = to;
  }
}
