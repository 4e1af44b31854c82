/**
 * The monthly rebuild (src/ingest/rebuild.ts): after one branch's ledger file is replaced, a new one added or
 * one removed, rebuilding the same output gives, table by table, the checksums a full build of the same inputs
 * gives, and the same report; it reads only the changed files and re-encodes only the chunks their rows lie in.
 * Any other change (here an evaluations file) builds whole, with the same result.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildOptions, type BuildResult, buildData } from '../src/ingest/build';
import { generatedExports, queryParquet, tempDir } from './helpers';

/** Organisations per chunk: small, so that the test's tree has a dozen chunks. */
const SPAN = 8;
const HEADER = '序号,党员编号,姓名,日期,积分类型,积分类别,分值,事由,登记人';

let inDir: string;
let work: string;
let branchMembers: Map<string, string[]>;

interface Built {
  readonly result: BuildResult;
  readonly phases: string[];
  readonly tables: Record<string, string>;
}

async function build(out: string, cache: string, extra: Partial<BuildOptions> = {}): Promise<Built> {
  const phases: string[] = [];
  const result = await buildData({
    inDir,
    outDir: join(work, out),
    cacheDir: join(work, cache),
    chunkSpan: SPAN,
    allowRejects: true,
    onPhase: (phase) => phases.push(phase),
    ...extra,
  });
  const manifest = JSON.parse(readFileSync(join(work, out, 'manifest.json'), 'utf8'));
  const tables = Object.fromEntries(
    Object.entries(manifest.tables as Record<string, { sha256: string }>).map(([k, t]) => [k, t.sha256]),
  );
  return { result, phases, tables };
}

/** The rebuild of output `a` against a full build of the same inputs into a fresh output and cache. */
async function rebuildAgainstFull(label: string): Promise<{ rebuilt: Built; full: Built }> {
  const rebuilt = await build('a', 'cache-a');
  const full = await build(`full-${label}`, `cache-${label}`, { full: true });
  return { rebuilt, full };
}

/** A month's export of one branch: entries for its members (and, when asked, one for a member nobody has). */
function monthFile(branch: string, month: string, points: number, stranger = false): string {
  const members = branchMembers.get(branch) ?? [];
  const rows = members.map(
    (m, i) =>
      `${i + 1},${m},,2025-${month}-${String(1 + (i % 27)).padStart(2, '0')},加分,公益服务,${points + (i % 3)},志愿服务,支部`,
  );
  if (stranger) rows.push(`${rows.length + 1},M99999X,,2025-${month}-02,加分,公益服务,1,志愿服务,支部`);
  return `\ufeff${HEADER}\n${rows.join('\n')}\n`;
}

beforeAll(async () => {
  inDir = generatedExports({
    ...{ members: '400', 'basic-orgs': '24', groups: '48', tiers: '3' },
    ...{ 'ledger-rows': '20000', years: '2024,2025', 'ledger-encoding': 'utf-8' },
  });
  work = tempDir('djd-rebuild-');
  // Members by branch, from the generator's own members: a first build tells them.
  const first = await build('probe', 'cache-probe');
  const rows = await queryParquet(
    join(work, 'probe'),
    `SELECT u.branch_id, list(m.member_id ORDER BY m.member_id) AS ids FROM members m JOIN org_units u USING (org_id)
     GROUP BY u.branch_id ORDER BY u.branch_id`,
  );
  expect(first.result.status).toBe('published');
  branchMembers = new Map(rows.map((r) => [String(r.branch_id), (r.ids as string[]).slice(0, 12)]));
  writeFileSync(join(inDir, '积分台账-B003-2025-11.csv'), monthFile('B003', '11', 2));
  const base = await build('a', 'cache-a');
  expect(base.phases.some((p) => p.startsWith('chunks'))).toBe(false);
}, 300_000);

describe('the monthly rebuild', () => {
  it('one branch’s month replaced: the full build’s checksums, reading that file alone, few chunks', async () => {
    writeFileSync(join(inDir, '积分台账-B003-2025-11.csv'), monthFile('B003', '11', 5, true));
    const { rebuilt, full } = await rebuildAgainstFull('replaced');
    expect(rebuilt.result.status).toBe('published');
    expect(rebuilt.tables).toEqual(full.tables);
    // Read: the replaced file only; the others are the last build's.
    const read = rebuilt.result.report?.inputs.filter((i) => !i.fromCache).map((i) => i.file);
    expect(read).toEqual(['积分台账-B003-2025-11.csv']);
    const chunks = Number(/^chunks \((\d+)\)$/.exec(rebuilt.phases.find((p) => p.startsWith('chunks')) ?? '')?.[1]);
    expect(chunks).toBeGreaterThanOrEqual(1);
    expect(chunks).toBeLessThanOrEqual(2);
    // The stranger is rejected in the rebuild as in the full build: the same report, row for row.
    expect(rebuilt.result.report?.rejects).toEqual(full.result.report?.rejects);
    expect(rebuilt.result.report?.totals).toEqual(full.result.report?.totals);
    expect(rebuilt.result.report?.rejects.some((r) => r.code === 'unknown_members')).toBe(true);
  }, 300_000);

  it('a new file added: the full build’s checksums', async () => {
    writeFileSync(join(inDir, '积分台账-B017-2025-12.csv'), monthFile('B017', '12', 3));
    const { rebuilt, full } = await rebuildAgainstFull('added');
    expect(rebuilt.phases.some((p) => p.startsWith('chunks'))).toBe(true);
    expect(rebuilt.tables).toEqual(full.tables);
  }, 300_000);

  it('a file removed: the full build’s checksums', async () => {
    rmSync(join(inDir, '积分台账-B003-2025-11.csv'));
    const { rebuilt, full } = await rebuildAgainstFull('removed');
    expect(rebuilt.phases.some((p) => p.startsWith('chunks'))).toBe(true);
    expect(rebuilt.tables).toEqual(full.tables);
  }, 300_000);

  it('the same inputs again into a deleted output folder: the full build’s checksums, every chunk kept', async () => {
    // Nothing to recompute: every chunk's runs and provenance are the last build's (before: none of them).
    rmSync(join(work, 'a'), { recursive: true });
    const again = await build('a', 'cache-a');
    const full = await build('full-again', 'cache-again', { full: true });
    expect(again.result.status).toBe('published');
    expect(again.phases).toContain('chunks (0)');
    expect(again.tables).toEqual(full.tables);
  }, 300_000);

  it('another kind of file added (evaluations): the build runs whole, with the same result', async () => {
    writeFileSync(
      join(inDir, '民主评议-补.csv'),
      `\ufeff党员编号,姓名,年度,评议等次\n${branchMembers.get('B005')?.[0]},,2025,优秀\n`,
    );
    const { rebuilt, full } = await rebuildAgainstFull('roster');
    expect(rebuilt.phases.some((p) => p.startsWith('chunks'))).toBe(false);
    expect(rebuilt.tables).toEqual(full.tables);
  }, 300_000);

  it('the as-of date moves with the build’s day: the tables that read it are derived again, the same checksums', async () => {
    // The data's own as-of date, capped at the build's day: a month later, overdue tasks and topics change.
    const rulesPath = join(inDir, 'rules.json');
    const { asOf: _fixed, ...rules } = JSON.parse(readFileSync(rulesPath, 'utf8'));
    writeFileSync(rulesPath, JSON.stringify(rules));
    const june = { now: new Date(2025, 5, 15, 12) };
    const july = { now: new Date(2025, 6, 15, 12) };
    const before = await build('a', 'cache-a', june);
    expect(before.result.manifest?.asOf).toBe('2025-06-15');
    writeFileSync(join(inDir, '积分台账-B003-2025-11.csv'), monthFile('B003', '11', 4));
    const rebuilt = await build('a', 'cache-a', july);
    const full = await build('full-moved', 'cache-moved', { full: true, ...july });
    expect(rebuilt.phases.some((p) => p.startsWith('chunks'))).toBe(true);
    expect(rebuilt.result.manifest?.asOf).toBe('2025-07-15');
    expect(rebuilt.result.manifest?.asOfSource).toBe('build');
    expect(rebuilt.tables).toEqual(full.tables);
    expect(rebuilt.tables.task_status).not.toBe(before.tables.task_status);
  }, 300_000);
});

describe('a data set without a ledger', () => {
  it('built again into a deleted output folder: published, the same checksums', async () => {
    // Found building the topics workbook alone: the chunk step read the ledger's years ('' for none) as a year.
    inDir = tempDir('djd-in-');
    work = tempDir('djd-rebuild-');
    cpSync(join(import.meta.dirname, '..', 'data', 'sample', '领题破题.xlsx'), join(inDir, '领题破题.xlsx'));
    const first = await build('a', 'cache-a');
    rmSync(join(work, 'a'), { recursive: true });
    const again = await build('a', 'cache-a');
    expect(again.result.status).toBe('published');
    expect(again.tables).toEqual(first.tables);
    expect(first.tables.points).toBeDefined();
  }, 300_000);
});
