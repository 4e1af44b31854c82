/** A view's queries run together, each unchanged one keeping the answer already on screen. */
import type { Columns, Query, Runner } from '../queries/types';

/** A query's last answer on this page, with what it asked. */
export type Answered = Map<string, { readonly query: string; readonly data: Columns }>;

/**
 * Runs the view's queries. One whose statement and values are those of the answer on screen (a rating history
 * does not change with the year) keeps that answer: not run again, and its panel, given the same object, is
 * not drawn again. `held` are whole answers to this very view the page already has (the build's, from the
 * same data version): kept as answered, not run; their tables are loaded all the same, so the next change is
 * answered as quickly as any.
 */
export async function runAll(
  runner: Runner,
  view: Record<string, Query>,
  answered: Answered,
  held: Readonly<Record<string, Columns>> = {},
): Promise<Record<string, Columns>> {
  const queries = Object.entries(view);
  const asked = queries.map(([, q]) => JSON.stringify([q.sql, q.params, q.slices ?? null]));
  for (const [i, [k]] of queries.entries()) if (held[k]) answered.set(k, { query: asked[i], data: held[k] });
  const loaded = runner.load?.(queries.filter(([k]) => held[k]).map(([, q]) => q));
  const results = await Promise.all(
    queries.map(([k, q], i) => {
      const last = answered.get(k);
      return last?.query === asked[i] ? last.data : runner.run(q);
    }),
  );
  await loaded;
  for (const [i, [k]] of queries.entries()) answered.set(k, { query: asked[i], data: results[i] });
  return Object.fromEntries(queries.map(([k], i) => [k, results[i]]));
}
