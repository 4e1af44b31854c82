/** A table's rows in another order: by one column, numbers as numbers, text as Chinese sorts it, blanks last. */
import type { Columns, Value } from '../queries/types';

export interface Sort {
  readonly field: string;
  readonly descending: boolean;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

export function sortColumns(data: Columns, sort: Sort): Columns {
  const key = data[sort.field] ?? [];
  const order = key.map((_, i) => i);
  const sign = sort.descending ? -1 : 1;
  order.sort((a, b) => {
    const [x, y] = [key[a], key[b]];
    if (x == null || y == null) return x == null ? (y == null ? a - b : 1) : -1;
    const c = compare(x, y);
    return c === 0 ? a - b : sign * c;
  });
  const out: Columns = {};
  for (const [field, values] of Object.entries(data)) out[field] = order.map((i) => values[i]);
  return out;
}

function compare(x: Value, y: Value): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  const [nx, ny] = [Number(x), Number(y)];
  if (x !== '' && y !== '' && Number.isFinite(nx) && Number.isFinite(ny)) return nx - ny;
  return collator.compare(String(x), String(y));
}
