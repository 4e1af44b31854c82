/**
 * Ids that would be unsafe as paths, and organisation "trees" that are not trees, are rejected with the
 * row, the column and the reason; a tree at the depth limit loads whole. (Ids become /org/<id>/ pages: an
 * id `..` once wrote its page over the overview.)
 */
import { describe, expect, it } from 'vitest';
import type { RejectReport } from '../src/ingest/report';
import { MAX_TREE_DEPTH } from '../src/model/schema';
import { build, exportsFolder, queryParquet } from './helpers';

const ORGS = '组织编号,组织名称,组织类型,上级组织编号\n';
const MEMBERS = '党员编号,姓名,所在组织编号,党员类别\n';

/** A build of exactly these files (no fixture base): its rejects as (row, column, code, value). */
async function rejectsOf(
  files: Record<string, string>,
): Promise<Pick<RejectReport, 'file' | 'row' | 'header' | 'code' | 'value'>[]> {
  const result = await build(exportsFolder(files, []));
  expect(result.status).toBe('rejected');
  for (const i of result.report?.inputs ?? []) expect(i.loaded + i.rejected).toBe(i.rowsRead);
  return (result.report?.rejects ?? []).map(({ file, row, header, code, value }) => ({
    file,
    row,
    header,
    code,
    value,
  }));
}

describe('ids', () => {
  it('that cannot be a safe path segment are rejected, each naming its row and column', async () => {
    const worst = [
      '..',
      '.',
      'a/b',
      'a\\b',
      'a?b',
      'a#b',
      '%2e%2e',
      'a b',
      '.hidden',
      'end.',
      'CON',
      'lpt1',
      'x'.repeat(65),
    ];
    const rows = worst.map((id) => `"${id}",某支部,党支部,C1`).join('\n');
    const rejects = await rejectsOf({ 'orgs.csv': `${ORGS}C1,党委,党委,\n${rows}\n` });
    expect(rejects).toEqual(
      worst.map((id, k) => ({ file: 'orgs.csv', row: k + 3, header: '组织编号', code: 'bad_id', value: id })),
    );
  });

  it('of letters (any script), digits and . _ - load', async () => {
    const ids = ['党支部.一_a-1', 'B-001', 'x'.repeat(64), 'a.b.c'];
    const rows = ids.map((id) => `${id},某支部,党支部,C1`).join('\n');
    const result = await build(exportsFolder({ 'orgs.csv': `${ORGS}C1,党委,党委,\n${rows}\n` }, []));
    expect(result.status).toBe('published');
    const loaded = await queryParquet(result.outDir, 'SELECT org_id FROM organizations ORDER BY org_id');
    expect(loaded.map((r) => r.org_id)).toEqual(['C1', ...ids].sort());
  });
});

describe('the organisation tree', () => {
  it('a loop of parents is rejected with the ids in the loop; what hangs below it and its members too', async () => {
    const rejects = await rejectsOf({
      'orgs.csv': `${ORGS}C1,党委,党委,\nA,甲,党总支,C\nB,乙,党总支,A\nC,丙,党总支,B\nD,丁,党支部,A\nE,戊,党支部,C1\n`,
      'members.csv': `${MEMBERS}M1,张三,D,正式党员\nM2,李四,E,正式党员\n`,
    });
    expect(rejects).toEqual([
      { file: 'members.csv', row: 2, header: '所在组织编号', code: 'ref_rejected', value: 'D' },
      { file: 'orgs.csv', row: 3, header: '上级组织编号', code: 'parent_cycle', value: 'A → C → B → A' },
      { file: 'orgs.csv', row: 4, header: '上级组织编号', code: 'parent_cycle', value: 'B → A → C → B' },
      { file: 'orgs.csv', row: 5, header: '上级组织编号', code: 'parent_cycle', value: 'C → B → A → C' },
      { file: 'orgs.csv', row: 6, header: '上级组织编号', code: 'parent_rejected', value: 'A' },
    ]);
  });

  it('a second top organisation is rejected naming the first; its subtree and members too', async () => {
    const rejects = await rejectsOf({
      'orgs.csv': `${ORGS}C1,甲党委,党委,\nB1,一支部,党支部,C1\nC2,乙党委,党委,\nB2,二支部,党支部,C2\n`,
      'members.csv': `${MEMBERS}M1,张三,B1,正式党员\nM2,李四,B2,正式党员\n`,
    });
    expect(rejects).toEqual([
      { file: 'members.csv', row: 3, header: '所在组织编号', code: 'ref_rejected', value: 'B2' },
      { file: 'orgs.csv', row: 4, header: '上级组织编号', code: 'second_root', value: 'C1' },
      { file: 'orgs.csv', row: 5, header: '上级组织编号', code: 'parent_rejected', value: 'C2' },
    ]);
  });

  /** A chain of committees `levels` deep under C1, a branch at its bottom with one member. */
  function chain(levels: number): Record<string, string> {
    const rows = ['C1,党委,党委,'];
    for (let k = 1; k < levels; k++) rows.push(`L${k},第${k}级党委,党委,${k === 1 ? 'C1' : `L${k - 1}`}`);
    rows.push(`B1,底层支部,党支部,L${levels - 1}`);
    return {
      'orgs.csv': `${ORGS}${rows.join('\n')}\n`,
      'members.csv': `${MEMBERS}M1,张三,B1,正式党员\nM2,李四,B1,正式党员\n`,
    };
  }

  it(`a branch ${MAX_TREE_DEPTH} levels down loads, and its members count in the committee's head count`, async () => {
    const result = await build(exportsFolder(chain(MAX_TREE_DEPTH), []));
    expect(result.status).toBe('published');
    // The head count the overview shows, computed here by walking parent_id in the test's own SQL.
    const [walked] = await queryParquet(
      result.outDir,
      `WITH RECURSIVE up(member_id, anc) AS (SELECT member_id, org_id FROM members
         UNION ALL SELECT up.member_id, o.parent_id FROM up JOIN organizations o ON o.org_id = up.anc WHERE o.parent_id IS NOT NULL)
       SELECT count(*)::INT AS n FROM up WHERE anc = 'C1'`,
    );
    const [shown] = await queryParquet(
      result.outDir,
      `SELECT count(*)::INT AS n FROM members m JOIN org_paths p ON p.org_id = m.org_id WHERE p.ancestor_id = 'C1'`,
    );
    expect(shown.n).toBe(2);
    expect(walked.n).toBe(shown.n);
  });

  it(`a tree deeper than ${MAX_TREE_DEPTH} levels is rejected below the limit, never cut silently`, async () => {
    const rejects = await rejectsOf(chain(MAX_TREE_DEPTH + 2));
    const tooDeep = rejects.filter((r) => r.code === 'too_deep');
    // Levels 33 and 34 below the top (C1 is row 2, level k row k + 2): the committee at 33 and the branch under it.
    expect(tooDeep.map((r) => r.row)).toEqual([MAX_TREE_DEPTH + 3, MAX_TREE_DEPTH + 4]);
    expect(rejects.filter((r) => r.file === 'members.csv').map((r) => r.code)).toEqual([
      'ref_rejected',
      'ref_rejected',
    ]);
  });
});

describe('names', () => {
  it('longer than the contract allows are rejected with the length, never carried whole into the report', async () => {
    const result = await build(
      exportsFolder(
        {
          'orgs.csv': `${ORGS}C1,党委,党委,\nB1,${'长'.repeat(101)},党支部,C1\nB2,${'名'.repeat(100_000)},党支部,C1\nB3,${'正'.repeat(100)},党支部,C1\n`,
        },
        [],
      ),
    );
    expect(result.status).toBe('rejected');
    const rejects = (result.report?.rejects ?? []).map((r) => [r.row, r.code, r.value?.length ?? 0]);
    // 101 characters: over the name limit. 100,000: over the cell limit as read, so over the name limit too.
    expect(rejects).toEqual([
      [3, 'too_long', '101 > 100'.length],
      [4, 'cell_too_long', expect.any(Number)],
      [4, 'too_long', expect.any(Number)],
    ]);
    for (const r of result.report?.rejects ?? []) expect(r.value?.length ?? 0).toBeLessThanOrEqual(201);
  });
});
