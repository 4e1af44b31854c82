/**
 * The annual review deck built at a size where the overview's leading ranking (OVERVIEW_RANKING_ROWS) no
 * longer holds every branch: its counts must still be the whole organisation's, counted here from the
 * published tables.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFilters } from '../src/queries/filters';
import { buildDeck, type Deck } from '../src/review/deck';
import { OVERVIEW_RANKING_ROWS } from '../src/sql/derived';
import { build, generatedExports, metaOver, queryParquet, runnerOver } from './helpers';

let outDir: string;
let deck: Deck;

beforeAll(async () => {
  const inDir = generatedExports({
    ...{ members: '1500', 'basic-orgs': '400', groups: '400' },
    ...{ 'ledger-rows': '6000', years: '2025' },
  });
  outDir = (await build(inDir, { allowRejects: true })).outDir;
  const runner = runnerOver(outDir);
  const meta = await metaOver(outDir);
  deck = await buildDeck(runner, meta, defaultFilters(meta).year);
}, 180_000);

describe('annual review deck at scale', () => {
  it('counts every five-star branch of the period, not only those in the leading ranking', async () => {
    const list = deck.slides.flatMap((s) => s.lists ?? []).find((l) => l.title === 'reviewFiveStar');
    const [expected] = await queryParquet(
      outDir,
      'SELECT count(*)::INT AS n FROM branch_ratings WHERE period = ? AND stars = 5',
      [deck.filters.period],
    );
    expect(expected.n).toBeGreaterThan(OVERVIEW_RANKING_ROWS); // the case this test is for
    expect(list?.total).toBe(expected.n);
    // Named: the five-star branches among the leading ones, every one of them five-star.
    expect(list?.items.length).toBeGreaterThan(0);
    expect(list?.items.length).toBeLessThanOrEqual(OVERVIEW_RANKING_ROWS);
  });
});
