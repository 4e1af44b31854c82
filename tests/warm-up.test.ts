/** The idle warm-up after a page's first answers (src/client/warm-up.ts): which view, how often, and when it stops. */
import { describe, expect, it } from 'vitest';
import { neighbourView, WARM_UP_ROUNDS, warmUp } from '../src/client/warm-up';
import type { Meta } from '../src/queries/meta';
import type { Query, Runner } from '../src/queries/types';

const meta = (years: number[]) =>
  ({
    years,
    periods: [
      { period: '2024Q3', kind: 'quarter', start: '2024-07-01' },
      { period: '2024Q4', kind: 'quarter', start: '2024-10-01' },
      { period: '2025Q1', kind: 'quarter', start: '2025-01-01' },
    ],
  }) as unknown as Meta;

const query = (sql: string): Query => ({ sql, params: [], tables: [] });

/** A runner that records what it ran; `fail` names a statement that throws. */
function recorder(fail?: string) {
  const ran: string[] = [];
  const runner: Runner = {
    run: async (q) => {
      ran.push(q.sql);
      if (q.sql === fail) throw new Error('no such table');
      return {};
    },
  };
  return { ran, runner };
}

describe('the neighbouring view', () => {
  it('is the year before, at its latest quarter; else the year after; else the view itself', () => {
    const f = { year: 2025, org: 'C001', period: '2025Q1' };
    expect(neighbourView(f, meta([2024, 2025]))).toEqual({ year: 2024, org: 'C001', period: '2024Q4' });
    expect(neighbourView({ ...f, year: 2024, period: '2024Q4' }, meta([2024, 2025]))).toEqual(f);
    expect(neighbourView(f, meta([2025]))).toBe(f);
  });
});

describe('warmUp', () => {
  it('runs each of the view’s queries WARM_UP_ROUNDS times, one at a time, in order', async () => {
    const { ran, runner } = recorder();
    await warmUp(
      runner,
      async () => ({ a: query('A'), b: query('B') }),
      () => true,
    );
    expect(WARM_UP_ROUNDS).toBeGreaterThan(0);
    expect(ran).toEqual(Array.from({ length: WARM_UP_ROUNDS }, () => ['A', 'B']).flat());
  });

  it('stops as soon as the page asks for something of its own', async () => {
    const { ran, runner } = recorder();
    await warmUp(
      runner,
      async () => ({ a: query('A'), b: query('B') }),
      () => ran.length < 3,
    );
    expect(ran).toEqual(['A', 'B', 'A']);
  });

  it('never throws: a failing query ends the warm-up, and the page reports it when it asks', async () => {
    const { ran, runner } = recorder('B');
    await expect(
      warmUp(
        runner,
        async () => ({ a: query('A'), b: query('B') }),
        () => true,
      ),
    ).resolves.toBeUndefined();
    expect(ran).toEqual(['A', 'B']);
  });
});
