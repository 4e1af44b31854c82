/**
 * After a page's first answers, while it sits idle: the view's queries for a neighbouring year are run and
 * their answers dropped, so that the user's first filter changes are answered at the speed of the later ones.
 *
 * Why: V8 starts DuckDB-WASM's code in its baseline tier and compiles each function to its optimised tier
 * only once it is hot, in the background, on the same cores the queries need. A trace of a page's first six
 * filter changes showed that compiling still under way at the sixth, and the first changes the slowest
 * (docs/performance.md). Running the same statements at idle makes the code they use hot before the user asks.
 *
 * It never stands in the user's way: one query at a time (a change waits behind one at most), stopped as soon
 * as the page asks anything of its own, and nothing of it reaches the screen.
 */
import type { Filters } from '../queries/filters';
import { defaultPeriod } from '../queries/filters';
import type { Meta } from '../queries/meta';
import type { Query, Runner } from '../queries/types';

/** How many times the neighbouring view's queries are run (measured: docs/performance.md). */
export const WARM_UP_ROUNDS = 10;

/** The view a user most likely asks for next: the year before (else after) the one on screen. */
export function neighbourView(f: Filters, meta: Meta): Filters {
  const at = meta.years.indexOf(f.year);
  const year = meta.years[at - 1] ?? meta.years[at + 1];
  return year === undefined ? f : { ...f, year, period: defaultPeriod(meta, year) };
}

/**
 * Runs `view`'s queries WARM_UP_ROUNDS times, one at a time, while `still()` holds; never throws (a query
 * that fails here fails again, and is reported, when the user asks for it).
 */
export async function warmUp(
  runner: Runner,
  view: () => Promise<Record<string, Query>>,
  still: () => boolean,
): Promise<void> {
  try {
    const queries = Object.values(await view());
    for (let round = 0; round < WARM_UP_ROUNDS; round++)
      for (const q of queries) {
        await idle();
        if (!still()) return;
        await runner.run(q);
      }
  } catch {
    // dropped: see above
  }
}

/** The next moment the page has nothing else to do (a timer where the browser lacks requestIdleCallback). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}
