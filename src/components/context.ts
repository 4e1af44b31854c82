import type { ChartContext } from '../charts/option';
import type { Locale } from '../i18n/dict';
import type { Meta } from '../queries/meta';

const cache = new WeakMap<Meta, Map<string, ChartContext>>();

/** One context object per (meta, locale, theme), so charts do not redraw for an equal but new object. */
export function chartContext(meta: Meta, locale: Locale, dark: boolean): ChartContext {
  let byKey = cache.get(meta);
  if (!byKey) {
    byKey = new Map();
    cache.set(meta, byKey);
  }
  const key = `${locale}:${dark}`;
  let ctx = byKey.get(key);
  if (!ctx) {
    ctx = {
      locale,
      dark,
      excellentCap: meta.excellentCap,
      branchIndex: new Map(meta.branchOrder.map((id, i) => [id, i])),
    };
    byKey.set(key, ctx);
  }
  return ctx;
}
