import type { Meta } from '../queries/meta';
import type { ChartContext } from './option';

const cache = new WeakMap<Meta, Map<string, ChartContext>>();

/** One context object per (meta, locale), so charts do not redraw for an equal but new object. */
export function chartContext(meta: Meta, locale: ChartContext['locale']): ChartContext {
  let byLocale = cache.get(meta);
  if (!byLocale) {
    byLocale = new Map();
    cache.set(meta, byLocale);
  }
  let ctx = byLocale.get(locale);
  if (!ctx) {
    ctx = { locale, excellentCap: meta.excellentCap, branchIndex: new Map(meta.branchOrder.map((id, i) => [id, i])) };
    byLocale.set(locale, ctx);
  }
  return ctx;
}
