/** What every reader yields: the rows of one file or sheet, numbered as the user sees them in Excel. */
export interface SourceRow {
  /** 1-based row number as shown by Excel/WPS for this file or sheet. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface Sheet {
  /** Sheet name for workbooks; null for CSV. */
  readonly sheet: string | null;
  /** Rows in batches: one await per batch, not per row, keeps big files fast. */
  readonly rows: AsyncIterable<readonly SourceRow[]>;
}

/** A problem with a whole file: reported with its name, never as a stack trace. */
export class InputError extends Error {
  constructor(
    readonly code: string,
    readonly file: string,
    readonly detail: string,
    readonly sheet: string | null = null,
  ) {
    super(`${file}${sheet ? ` [${sheet}]` : ''}: ${detail}`);
  }
}

/** Trim spaces, tabs, NBSP and the ideographic space that exports leave around values. */
export function cleanCell(value: string): string {
  if (value === '') return value;
  // Most cells have nothing to trim: skip the regular expression for them.
  if (!EDGE_SPACE.test(value[0]) && !EDGE_SPACE.test(value[value.length - 1])) return value;
  return value.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000]+$/g, '');
}

const EDGE_SPACE = /[\s\u00a0\u3000\ufeff]/;
