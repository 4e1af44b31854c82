/** besideEachOther: every job once, spread over the connections, and a failure stops what has not started. */
import { describe, expect, it } from 'vitest';
import { besideEachOther, type Db } from '../src/ingest/db';

const fakes = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i }) as unknown as Db);
const tick = () => new Promise((r) => setTimeout(r, 1));

describe('besideEachOther', () => {
  it('runs each job once, on both connections at once', async () => {
    const done: number[] = [];
    const by = new Set<unknown>();
    let running = 0;
    let most = 0;
    await besideEachOther(fakes(2), 9, async (db, k) => {
      most = Math.max(most, ++running);
      await tick();
      done.push(k);
      by.add(db);
      running--;
    });
    expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect([by.size, most]).toEqual([2, 2]);
  });

  it('throws the first failure once the other connection ends, and starts nothing after it', async () => {
    const started: number[] = [];
    const run = besideEachOther(fakes(2), 20, async (_, k) => {
      started.push(k);
      await tick();
      if (k === 3) throw new Error('part 3 failed');
    });
    await expect(run).rejects.toThrow('part 3 failed');
    expect(Math.max(...started)).toBeLessThanOrEqual(5);
  });

  it('does nothing for no jobs', async () => {
    let calls = 0;
    await besideEachOther(fakes(2), 0, async () => {
      calls++;
    });
    expect(calls).toBe(0);
  });
});
