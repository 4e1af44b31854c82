/**
 * Bounds on what an export may hold, so a hostile or broken file gets a clear
 * reject instead of exhausting memory. docs/import-contract.md is generated
 * from these constants (src/model/contract-doc.ts).
 */

/** Characters (code points) in one cell: Excel's and WPS's own limit, so no export from either holds more. */
export const MAX_CELL_CHARS = 32767;

/**
 * How much of a cell a reader keeps, in UTF-16 code units: past the limit even
 * if every character takes two, so validation still sees a cell too long (and
 * rejects it) while a reader never holds more of it.
 */
export const READER_CELL_CAP = 2 * (MAX_CELL_CHARS + 1);

const MiB = 1 << 20;

/** What a workbook's parts may inflate to, checked from the ZIP's directory before any is inflated (src/ingest/zip.ts). */
export const WORKBOOK_LIMITS = {
  /** A sheet is streamed: bounded for time, not memory. */
  sheetBytes: 2048 * MiB,
  /** Shared strings are held in memory while the sheets are read. */
  sharedStringsBytes: 256 * MiB,
  /** The workbook, its relationships and styles. */
  otherPartBytes: 64 * MiB,
  /** Inflated bytes per compressed byte, for a part over 1 MiB: real sheets compress 3 to 20 times, a zip bomb hundreds. */
  ratio: 100,
} as const;

/**
 * DuckDB's memory limit for a build, in GB (`npm run data -- --memory`): past it DuckDB spills to disk. 1 GiB
 * builds a group of 20 million ledger rows under 2 GiB resident; a province's 100 million rows need more.
 */
export const BUILD_MEMORY_GB = { default: 1, min: 0.5, max: 64 } as const;

/**
 * A limit worth trying after a build ran out at `gb`: half as much again (at least 1 GB more), within the bounds;
 * null at the upper bound, where there is none to suggest.
 */
export function largerMemory(gb: number): number | null {
  if (gb >= BUILD_MEMORY_GB.max) return null;
  return Math.min(BUILD_MEMORY_GB.max, Math.max(gb + 1, Math.ceil(gb * 1.5)));
}

/** What a build that ran out of DuckDB's memory at `gb` tells its user: the flag, and a limit to try if any. */
export function outOfMemoryHint(gb: number): string {
  const more = largerMemory(gb);
  if (more === null)
    return (
      `数据量超出 DuckDB 的内存上限（${gb} GB，已是 --memory 的最大值）：本机一次构建不下这批数据，见 docs/performance.md，原有输出未改动 / ` +
      `the data outgrew DuckDB’s memory limit (${gb} GB, the most --memory allows): one build on this machine cannot hold it, see docs/performance.md; the previous output is untouched`
    );
  return (
    `数据量超出 DuckDB 的内存上限（${gb} GB）：用 --memory 加大（如 --memory ${more}），原有输出未改动 / ` +
    `the data outgrew DuckDB’s memory limit (${gb} GB): raise it with --memory (e.g. --memory ${more}); the previous output is untouched`
  );
}

/**
 * Branches one notice-board print page sets out (a sheet each, or a row each of the sheet of branch averages when
 * names are not published). A province's committee has 45,000 branches: its page drew them all (307 MB of HTML).
 * Past this the page sets out the first ones and says how many there are; `?org=` prints the others.
 */
export const PRINT_SHEETS_MAX = 200;
