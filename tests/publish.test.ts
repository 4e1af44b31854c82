/**
 * The public build (--profile public) on the hand-worked contract case:
 * its Parquet schemas hold only the columns the rules' publish section
 * allows, member ids are replaced by tokens that still join, and its
 * report.json carries no rejected values.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../src/model/rules';
import { build, FIXTURES, queryParquet, tempDir } from './helpers';
import { renderPage, siteOver } from './pages';

async function buildPublic(publish: Partial<typeof DEFAULT_RULES.publish>, extra: Record<string, string> = {}) {
  const dir = join(tempDir('djd-pub-'), 'in');
  cpSync(join(FIXTURES, 'contract'), dir, { recursive: true });
  const rules = JSON.parse(readFileSync(join(dir, 'rules.json'), 'utf8'));
  writeFileSync(
    join(dir, 'rules.json'),
    JSON.stringify({ ...rules, publish: { ...DEFAULT_RULES.publish, ...publish } }),
  );
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  const result = await build(dir, { profile: 'public', allowRejects: true });
  expect(result.status).toBe('published');
  return result;
}

/** Every column of every Parquet file, read from the files themselves. */
async function schemas(outDir: string): Promise<Record<string, string[]>> {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  const out: Record<string, string[]> = {};
  for (const [name, table] of Object.entries(manifest.tables as Record<string, { file: string }>)) {
    const rows = await queryParquet(
      outDir,
      `SELECT name FROM parquet_schema('${join(outDir, table.file)}') WHERE name <> 'duckdb_schema'`,
    );
    out[name] = rows.map((r) => String(r.name));
  }
  return out;
}

describe('public build', () => {
  it('writes no names, reasons, clerks or joining dates when the rules allow none of them, and no real member ids', async () => {
    const result = await buildPublic({ memberNames: false, memberIds: false, deductionReasons: false });
    const cols = await schemas(result.outDir);
    expect(cols.members).toEqual(['member_id', 'org_id', 'category', 'status', 'role']);
    expect(cols.points).toEqual(['member_id', 'date', 'kind', 'category', 'points']);
    expect(cols.tasks).not.toContain('owner');
    expect(cols.topics).not.toContain('owners');
    expect(cols.topic_owners).not.toContain('name');
    for (const [table, names] of Object.entries(cols)) {
      for (const banned of ['reason', 'recorded_by', 'joined_on']) expect(names, table).not.toContain(banned);
    }
    expect(result.manifest?.tables.points.withheld?.map((c) => c.name)).toEqual(['reason', 'recorded_by']);
    expect(result.manifest?.profile).toBe('public');
    // Tokens, not ids, everywhere a member id appears; and they still join.
    const fixtureIds = readFileSync(join(FIXTURES, 'contract', 'members.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0].replace(/^\uFEFF/, ''))
      .filter(Boolean);
    const published = await queryParquet(result.outDir, 'SELECT member_id FROM members');
    expect(published.length).toBe(fixtureIds.length);
    for (const { member_id } of published) {
      expect(String(member_id)).toMatch(/^P[0-9a-f]{12}$/);
      expect(fixtureIds).not.toContain(member_id);
    }
    // Every table with a member id (the ledger, ratings, per-member totals and period sums) joins the members.
    const withIds = Object.keys(cols).filter((t) => t !== 'members' && cols[t].includes('member_id'));
    expect(withIds).toEqual(expect.arrayContaining(['points', 'member_ratings', 'member_period_points']));
    for (const table of withIds) {
      const [orphans] = await queryParquet(
        result.outDir,
        `SELECT count(*)::INT AS n, count(*) FILTER (WHERE member_id NOT IN (SELECT member_id FROM members))::INT AS orphans
         FROM ${table}`,
      );
      expect(orphans.n, table).toBeGreaterThan(0);
      expect(orphans.orphans, table).toBe(0);
    }
    // No member's name in any value of any published table (the aggregates' honour roll included), nor a topic
    // owner's (the owners table's, and those written in a topic's 负责人 cell; the teams count them by token).
    const names = new Set([
      ...readFileSync(join(FIXTURES, 'contract', 'members.csv'), 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[1])
        .filter(Boolean),
      '王五',
      '张三',
      '李四',
    ]);
    expect(names.size).toBeGreaterThan(3);
    const found: string[] = [];
    for (const table of Object.keys(cols)) {
      for (const row of await queryParquet(result.outDir, `SELECT * FROM ${table}`))
        for (const value of Object.values(row)) if (names.has(String(value))) found.push(`${table}: ${value}`);
    }
    expect(found).toEqual([]);
    const team = await queryParquet(result.outDir, 'SELECT person FROM topic_team ORDER BY person');
    expect(team).toHaveLength(3);
    for (const { person } of team) expect(String(person)).toMatch(/^P[0-9a-f]{12}$/);
  });

  it('keeps what the rules allow: names, ids and reasons', async () => {
    const result = await buildPublic({ memberNames: true, memberIds: true, deductionReasons: true });
    const cols = await schemas(result.outDir);
    expect(cols.members).toEqual(['member_id', 'name', 'org_id', 'category', 'status', 'role']);
    expect(cols.points).toEqual(['member_id', 'date', 'kind', 'category', 'points', 'reason']);
    const ids = await queryParquet(result.outDir, 'SELECT member_id FROM members ORDER BY 1 LIMIT 1');
    expect(String(ids[0].member_id)).not.toMatch(/^P[0-9a-f]{12}$/);
  });

  it('lists where each reject is, but not the rejected value', async () => {
    const result = await buildPublic(
      {},
      { 'extra-ledger.csv': '党员编号,日期,积分类型,积分类别,分值\nM1,不是日期,加分,学习教育,1\n' },
    );
    const report = JSON.parse(readFileSync(result.reportPath, 'utf8'));
    expect(report.rejects).toHaveLength(1);
    expect(report.rejects[0]).toMatchObject({ file: 'extra-ledger.csv', row: 2, code: 'bad_date', value: null });
    expect(readFileSync(result.reportPath, 'utf8')).not.toContain('不是日期');
  });

  it('asks no query of a panel it leaves out: its pages carry no list of members needing attention', async () => {
    const pub = await siteOver((await buildPublic({ memberNames: true })).outDir);
    const dir = join(tempDir('djd-int-'), 'in');
    cpSync(join(FIXTURES, 'contract'), dir, { recursive: true });
    const internal = await siteOver((await build(dir, { allowRejects: true })).outDir);
    expect([pub.meta.internal, internal.meta.internal]).toEqual([false, true]);
    for (const [id, org] of [
      ['members', undefined],
      ['org', 'B1'],
    ] as const) {
      const [p, i] = [await renderPage(pub, id, org), await renderPage(internal, id, org)];
      // The public page neither shows the panel nor carries its answer in the page's data.
      expect(Object.keys(p.view.data), id).not.toContain('attention');
      expect(p.html, id).not.toContain('id="attention"');
      expect(Object.keys(i.view.data), id).toContain('attention');
      expect(i.html, id).toContain('id="attention"');
    }
  });
});
