/**
 * A page's first view: what the build computed and rendered, sent to the page once. The HTML carries the
 * view itself (figures, tables, each chart's SVG); its data travels beside it as one JSON block, which the
 * island reads instead of a copy in its props, and the SVGs are taken from the rendered view.
 */
import type { AnswerSize } from '../charts/bounds';
import type { Filters } from '../queries/filters';
import type { Meta } from '../queries/meta';
import type { Columns } from '../queries/types';

export interface FirstView {
  readonly meta: Meta;
  readonly filters: Filters;
  readonly data: Record<string, Columns>;
  /** Panels whose answer the page holds only the first view's share of (bounds.ts), with the whole answer's size. */
  readonly sizes: Record<string, AnswerSize>;
  /**
   * The data version the build answered from (the manifest's). While the page's data has that version, the
   * island keeps the build's whole answers instead of asking DuckDB-WASM the same queries again.
   */
  readonly dataVersion?: string;
}

/** The id of the JSON block, and the attribute marking the rendered view the island takes over. */
export const FIRST_VIEW_DATA = 'first-view-data';
export const FIRST_VIEW_ATTR = 'data-first-view';

/**
 * The view as the text of a `<script type="application/json">` block. Names from an export may hold
 * `</script>` or `<!--`: every `<` is written as \u003c, which JSON reads back as the same character.
 */
export function firstViewJson(view: FirstView): string {
  return JSON.stringify(view).replace(/</g, '\\u003c');
}
