/** A filter change runs only the queries it changes; the others keep the answer (the same object) on screen. */
import { describe, expect, it } from 'vitest';
import { type Answered, runAll } from '../src/client/answers';
import type { Filters } from '../src/queries/filters';
import { orgQueries } from '../src/queries/org';
import type { Columns, Query, Runner } from '../src/queries/types';

/** A runner that answers every query with a fresh object and counts what it ran, and the tables it loaded. */
function counting(): Runner & { ran: string[]; loaded: string[] } {
  const ran: string[] = [];
  const loaded: string[] = [];
  return {
    ran,
    loaded,
    run: async (q: Query): Promise<Columns> => {
      ran.push(q.sql);
      return { n: [ran.length] };
    },
    load: async (queries) => {
      loaded.push(...queries.flatMap((q) => [...q.tables, ...(q.slices ?? []).map((s) => s.table)]));
    },
  };
}

describe('answers kept across filter changes', () => {
  it('a year change on an org page re-runs the year’s queries, not its path, rating history, place or score trend of the period', async () => {
    const runner = counting();
    const answered: Answered = new Map();
    const f2025: Filters = { year: 2025, period: '2025Q4', org: 'B003' };
    const first = await runAll(runner, orgQueries(f2025, { slice: 'B003' }), answered);
    expect(runner.ran).toHaveLength(Object.keys(first).length);
    runner.ran.length = 0;
    const second = await runAll(runner, orgQueries({ ...f2025, year: 2024 }, { slice: 'B003' }), answered);
    expect(second.path).toBe(first.path);
    expect(second.history).toBe(first.history);
    // The place among peers and the score's trend over periods follow the period, which this change keeps.
    expect(second.place).toBe(first.place);
    expect(second.kpiPeriods).toBe(first.kpiPeriods);
    expect(second.kpis).not.toBe(first.kpis);
    expect(second.members).not.toBe(first.members);
    expect(runner.ran.length).toBe(Object.keys(second).length - 4);
    // Another organisation: everything again.
    runner.ran.length = 0;
    await runAll(runner, orgQueries({ ...f2025, org: 'B004' }, { slice: 'B004' }), answered);
    expect(runner.ran.length).toBe(Object.keys(second).length);
  });

  it('answers the page holds whole (the build’s, same data version) are kept, not run, their tables loaded', async () => {
    const runner = counting();
    const answered: Answered = new Map();
    const f2025: Filters = { year: 2025, period: '2025Q4', org: 'B003' };
    const view = orgQueries(f2025, { slice: 'B003' });
    const held = { kpis: { branches: [1] }, members: { member_id: ['M1'] } };
    const first = await runAll(runner, view, answered, held);
    expect(first.kpis).toBe(held.kpis);
    expect(first.members).toBe(held.members);
    expect(runner.ran).toHaveLength(Object.keys(view).length - 2);
    expect(runner.ran).not.toContain(view.kpis.sql);
    expect(runner.ran).not.toContain(view.members.sql);
    // Not run, but what they read is in the engine for the next change.
    const reads = (q: Query) => [...q.tables, ...(q.slices ?? []).map((slice) => slice.table)];
    expect(new Set(runner.loaded)).toEqual(new Set([...reads(view.kpis), ...reads(view.members)]));
    expect(runner.loaded).toContain('member_year_points'); // a sliced table: its slice
    // Kept as answered: asked again unchanged, still not run; changed, run.
    runner.ran.length = 0;
    const again = await runAll(runner, orgQueries({ ...f2025, year: 2024 }, { slice: 'B003' }), answered);
    expect(again.kpis).not.toBe(held.kpis);
    expect(runner.ran).toContain(view.kpis.sql);
  });
});
