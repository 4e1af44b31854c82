/** What every page needs to know about the data: years, periods, organisations, rules. */
import type { Manifest } from '../model/manifest';
import { BASIC_ORG_TYPES, type OrgType, TABLE_NAMES } from '../model/schema';
import type { Sources } from './needs';
import { type Query, type Runner, rows } from './types';

export interface OrgInfo {
  readonly id: string;
  readonly name: string;
  readonly type: OrgType;
  readonly parent: string | null;
}

export interface PeriodInfo {
  readonly period: string;
  readonly kind: 'month' | 'quarter' | 'year';
  readonly start: string;
}

export interface Meta {
  readonly years: readonly number[];
  readonly periods: readonly PeriodInfo[];
  /** The listed organisations (derived table listed_orgs), in id order. */
  readonly orgs: readonly OrgInfo[];
  readonly rootOrg: string;
  /** Basic organisations (支部/总支/党工委) in a stable order: their colour index. */
  readonly branchOrder: readonly string[];
  readonly asOf: string;
  /** Rows of each source table (from the manifest): what the data holds, and what it lacks (needs.ts). */
  readonly sources: Sources;
  readonly excellentCap: number;
  /** An internal build (not --profile public): what only leadership may see is shown (members needing attention). */
  readonly internal: boolean;
  /** 公示范围: what public screens may show (from the rules config). */
  readonly publish: PublishFlags;
  /** 公示: the period the points posted stay up, and where to object (the rules' publish.notice). */
  readonly notice: Notice;
}

export interface Notice {
  /** First and last day, ISO dates. */
  readonly from: string;
  readonly until: string;
  readonly objection: string;
}

export interface PublishFlags {
  readonly memberNames: boolean;
  readonly pointsBreakdown: boolean;
  /** Honour rolls list ratings suggested from points too, labelled 建议 (default: recorded ratings only). */
  readonly suggestedHonours: boolean;
}

const yearsQuery: Query = {
  sql: 'SELECT year FROM data_years ORDER BY year',
  params: [],
  tables: ['data_years'],
};
const periodsQuery: Query = {
  sql: `SELECT DISTINCT period, period_kind AS kind, CAST(period_start AS VARCHAR) AS start
    FROM branch_ratings ORDER BY start, kind DESC`,
  params: [],
  tables: ['branch_ratings'],
};
const orgsQuery: Query = {
  sql: `SELECT org_id AS id, name, type, parent_id AS parent
    FROM organizations SEMI JOIN listed_orgs USING (org_id) ORDER BY org_id`,
  params: [],
  tables: ['organizations', 'listed_orgs'],
};
const rulesQuery: Query = {
  sql: `SELECT CAST(as_of AS VARCHAR) AS as_of, excellent_cap, public_member_names, public_points_breakdown,
      internal_build, CAST(notice_from AS VARCHAR) AS notice_from, CAST(notice_until AS VARCHAR) AS notice_until,
      notice_objection,
      honours_suggested
    FROM rule_params`,
  params: [],
  tables: ['rule_params'],
};

/** What every page needs to know, from the data's queries and its manifest (which tables hold rows). */
export async function loadMeta(runner: Runner, manifest: Pick<Manifest, 'tables'>): Promise<Meta> {
  const [years, periods, orgs, rules] = await Promise.all(
    [yearsQuery, periodsQuery, orgsQuery, rulesQuery].map((q) => runner.run(q)),
  );
  const orgList = rows(orgs) as unknown as OrgInfo[];
  const root = orgList.find((o) => !o.parent && o.type === '党委') ?? orgList.find((o) => !o.parent) ?? orgList[0];
  return {
    // An answer with no rows may come back with no columns at all.
    years: (years.year ?? []) as number[],
    periods: rows(periods) as unknown as PeriodInfo[],
    orgs: orgList,
    rootOrg: root?.id ?? '',
    branchOrder: orgList.filter((o) => (BASIC_ORG_TYPES as readonly string[]).includes(o.type)).map((o) => o.id),
    asOf: String(rules.as_of[0] ?? ''),
    sources: Object.fromEntries(TABLE_NAMES.map((name) => [name, manifest.tables[name]?.rows ?? 0])),
    excellentCap: Number(rules.excellent_cap[0] ?? 1 / 3),
    internal: rules.internal_build[0] === true,
    publish: {
      memberNames: rules.public_member_names[0] !== false,
      pointsBreakdown: rules.public_points_breakdown[0] === true,
      suggestedHonours: rules.honours_suggested[0] === true,
    },
    notice: {
      from: String(rules.notice_from[0] ?? ''),
      until: String(rules.notice_until[0] ?? ''),
      objection: String(rules.notice_objection[0] ?? ''),
    },
  };
}

export function orgName(meta: Meta, id: string | null): string {
  return meta.orgs.find((o) => o.id === id)?.name ?? id ?? '';
}

/** The chain from the root to this organisation, for breadcrumbs. */
export function orgChain(meta: Meta, id: string): OrgInfo[] {
  const chain: OrgInfo[] = [];
  for (
    let o = meta.orgs.find((x) => x.id === id);
    o && chain.length < 32;
    o = meta.orgs.find((x) => x.id === o?.parent)
  ) {
    chain.unshift(o);
  }
  return chain;
}
