/**
 * The annual review deck built at a size where the overview's leading ranking (OVERVIEW_RANKING_ROWS) no
 * longer holds every branch: its counts must still be the whole organisation's, counted here from the
 * published tables.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFilters } from '../src/queries/filters';
import { buildDeckData } from '../src/review/deck';
import type { DeckData } from '../src/review/model';
import { honourFigures } from '../src/review/slides/honours';
import { rankRows } from '../src/review/slides/ranking';
import { starFigures } from '../src/review/slides/stars';
import { OVERVIEW_RANKING_ROWS } from '../src/sql/derived';
import { build, generatedExports, metaOver, queryParquet, runnerOver } from './helpers';

let outDir: string;
let data: DeckData;

beforeAll(async () => {
  const inDir = generatedExports({
    ...{ members: '1500', 'basic-orgs': '400', groups: '400' },
    ...{ 'ledger-rows': '6000', years: '2025' },
  });
  outDir = (await build(inDir, { allowRejects: true })).outDir;
  const runner = runnerOver(outDir);
  const meta = await metaOver(outDir);
  data = await buildDeckData(runner, meta, { year: defaultFilters(meta).year });
}, 180_000);

describe('annual review deck at scale', () => {
  it('counts and names every five-star branch of the period, not only those in the leading ranking', async () => {
    const stars = starFigures(data);
    const [expected] = await queryParquet(
      outDir,
      'SELECT count(*)::INT AS n FROM branch_ratings WHERE period = ? AND stars = 5',
      [String(stars?.period)],
    );
    expect(expected.n).toBeGreaterThan(OVERVIEW_RANKING_ROWS); // the case this test is for
    expect(stars?.fiveStar).toBe(expected.n);
    expect(honourFigures(data)?.fiveStar.length).toBe(expected.n);
  });

  it('ranks every basic organisation of the year, numbered 1, 2, 3 within the committee', async () => {
    const [expected] = await queryParquet(
      outDir,
      `SELECT count(DISTINCT org_id)::INT AS n FROM branch_ratings WHERE year(period_start) = ?`,
      [data.year],
    );
    const rows = rankRows(data);
    expect(rows.length).toBe(expected.n);
    expect(rows.length).toBeGreaterThan(OVERVIEW_RANKING_ROWS);
    expect(rows[0].rank).toBe(1);
    expect(rows.every((r, i) => i === 0 || r.score <= rows[i - 1].score)).toBe(true);
  });
});
