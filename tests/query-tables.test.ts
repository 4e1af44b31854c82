/**
 * Each query names the tables it reads (`Query.tables`, and `slices`), so the page loads just those. An
 * omission used to fail only in the browser, and only when no other query of the page had loaded the table
 * first. Here every query the site runs (each dashboard's, the org page's in each view, the notice board's
 * under each publish setting, the review deck's, the page metadata's) is run on native DuckDB with only the
 * tables it declares present, and a table it reads but does not declare fails the test, named with the query.
 */
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARDS } from '../src/dashboards';
import type { DashboardId } from '../src/dashboards/types';
import type { Manifest } from '../src/model/manifest';
import { boardQueries } from '../src/queries/board';
import { deckQueries } from '../src/queries/deck';
import { defaultFilters, type Filters } from '../src/queries/filters';
import { loadMeta, type Meta, type PublishFlags } from '../src/queries/meta';
import { memberBranch, memberLedger, type OrgView, orgQueries, orgSlice, readSlice } from '../src/queries/org';
import type { Columns, Query, Runner } from '../src/queries/types';
import { sqlIdent, sqlString } from '../src/sql/literal';
import { nullColumns } from '../src/sql/withheld';
import { readManifest } from '../src/ssr/site-data';
import { build, generatedExports } from './helpers';

/** A query as the page would run it, and where it comes from. */
interface Labelled {
  readonly label: string;
  readonly query: Query;
}

let outDir: string;
let manifest: Manifest;
let instance: DuckDBInstance;
let connection: DuckDBConnection;
let schemas = 0;

beforeAll(async () => {
  // Second-tier committees, branches, groups and two years: listed and unlisted organisations, every page view.
  const inDir = generatedExports({ members: '160', 'basic-orgs': '6', groups: '10', tiers: '3', years: '2024,2025' });
  const result = await build(inDir, { allowRejects: true });
  expect(result.status).toBe('published');
  outDir = result.outDir;
  manifest = readManifest(outDir);
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
}, 120_000);

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
});

/** What the page would load for the query: its tables, and the sliced tables it reads a slice of. */
function declared(q: Query): string[] {
  return [...new Set([...q.tables, ...(q.slices ?? []).map((s) => s.table)])];
}

/**
 * Runs a query in a schema of its own holding only its declared tables (views over the published files);
 * the main schema holds no table, so nothing else can be found. Answers with the columns, or with the
 * undeclared table it read.
 */
async function runAlone(q: Query): Promise<{ columns: Columns } | { missing: string }> {
  const schema = `q${++schemas}`;
  await connection.run(`CREATE SCHEMA ${schema}`);
  try {
    for (const name of declared(q)) {
      const table = manifest.tables[name];
      if (!table) return { missing: `${name} (declared, but no such table is published)` };
      await connection.run(
        `CREATE VIEW ${schema}.${sqlIdent(name)} AS SELECT ${['*', ...nullColumns(table.withheld)].join(', ')}
          FROM read_parquet(${sqlString(join(outDir, table.file))})`,
      );
    }
    await connection.run(`SET search_path = '${schema}'`);
    try {
      const reader = await connection.runAndReadAll(q.sql, [...q.params] as (string | number | boolean | null)[]);
      return { columns: reader.getColumnsObjectJson() as Columns };
    } catch (err) {
      const table = /Table with name (\S+) does not exist/.exec((err as Error).message)?.[1];
      if (table) return { missing: table };
      throw new Error(`${(err as Error).message}\nin: ${q.sql}`);
    }
  } finally {
    await connection.run(`SET search_path = 'main'`);
    await connection.run(`DROP SCHEMA ${schema} CASCADE`);
  }
}

/** What each query read beyond its list, `label: table`; each distinct query run once. */
const omissions = new Set<string>();
const checked = new Map<string, Columns>();

/** The one connection's search path is set per query: queries run one at a time (the metadata's run together). */
let queue: Promise<unknown> = Promise.resolve();

async function check({ label, query }: Labelled): Promise<Columns> {
  const key = JSON.stringify([query.sql, query.params, declared(query)]);
  const known = checked.get(key);
  if (known) return known;
  const turn = queue.then(() => runAlone(query));
  queue = turn.catch(() => undefined);
  const answer = await turn;
  if ('missing' in answer) {
    omissions.add(`${label}: reads ${answer.missing}, not in its tables [${declared(query).join(', ')}]`);
    checked.set(key, {});
    return {};
  }
  checked.set(key, answer.columns);
  return answer.columns;
}

/** A Runner for code that runs its own queries (the metadata, the deck), each labelled by its SQL's start. */
function checking(where: string): Runner {
  return { run: (query) => check({ label: `${where} «${query.sql.replace(/\s+/g, ' ').slice(0, 60)}…»`, query }) };
}

const labelled = (where: string, queries: Record<string, Query>): Labelled[] =>
  Object.entries(queries).map(([key, query]) => ({ label: `${where}.${key}`, query }));

/** The filters each page is opened with: every year, and organisations of each kind (root, committee, branch, group). */
function filterSets(meta: Meta): Filters[] {
  const base = defaultFilters(meta);
  const kinds = ['党委', '党支部', '党小组'] as const;
  const orgs = [meta.rootOrg, ...kinds.map((k) => meta.orgs.find((o) => o.type === k && o.id !== meta.rootOrg)?.id)];
  const years = meta.years.map((year) => ({ ...base, year }));
  return [...years, ...orgs.filter((o): o is string => !!o).map((org) => ({ ...base, org }))];
}

const PUBLISH: PublishFlags[] = [
  { memberNames: true, pointsBreakdown: true, suggestedHonours: true },
  { memberNames: true, pointsBreakdown: false, suggestedHonours: false },
  { memberNames: false, pointsBreakdown: false, suggestedHonours: false },
];

describe('each query declares every table it reads', () => {
  it('the dashboards, the org page in its views, the notice board, the review deck, the metadata', async () => {
    const meta = await loadMeta(checking('meta'), manifest);
    const pages = Object.keys(DASHBOARDS).filter((d): d is DashboardId => d !== 'org');
    for (const f of filterSets(meta)) {
      const views: { name: string; view: OrgView }[] = [
        { name: 'whole, listed', view: { listed: true } },
        { name: 'whole, not listed', view: { listed: false } },
        { name: 'sliced, listed', view: { listed: true, slice: f.org } },
        { name: 'sliced, not listed', view: { listed: false, slice: f.org } },
      ];
      const queries: Labelled[] = [
        ...pages.flatMap((d) => labelled(d, DASHBOARDS[d].queries(f))),
        ...views.flatMap(({ name, view }) => labelled(`org (${name})`, orgQueries(f, view))),
        ...views.flatMap(({ name, view }) =>
          PUBLISH.flatMap((p) =>
            labelled(
              `board (${name}, names ${p.memberNames}, breakdown ${p.pointsBreakdown})`,
              boardQueries(f, p, view),
            ),
          ),
        ),
        ...views.flatMap(({ name, view }) =>
          labelled(`deck (${name})`, deckQueries(f, { ...f, year: f.year - 1 }, view)),
        ),
        { label: 'org page: its slice', query: orgSlice(f.org) },
      ];
      for (const q of queries) await check(q);
      await readSlice(checking('org page'), f.org);
    }
    // A member's ledger, from the slice of the branch the member belongs to.
    const first: Query = { sql: 'SELECT min(member_id) AS id FROM members', params: [], tables: ['members'] };
    const member = String((await check({ label: 'a member', query: first })).id?.[0]);
    const branch = String((await check({ label: 'org page: member', query: memberBranch(member) })).branch_id?.[0]);
    await check({ label: 'org page: ledger', query: memberLedger(member, meta.years[0], branch) });

    expect([...omissions]).toEqual([]);
    // The site's statements ran (43 today: the dashboards', each view's, each publish setting's), 220 with their values.
    const statements = new Set([...checked.keys()].map((k) => JSON.parse(k)[0]));
    expect(statements.size).toBeGreaterThanOrEqual(40);
  });

  it('fails naming the query and the table when a list leaves one out', async () => {
    const meta = await loadMeta(checking('meta'), manifest);
    const ranking = DASHBOARDS.overview.queries(defaultFilters(meta)).ranking;
    const before = omissions.size;
    await check({ label: 'overview.ranking', query: { ...ranking, tables: [] } });
    expect([...omissions].slice(before)).toEqual(['overview.ranking: reads listed_rankings, not in its tables []']);
  });
});
