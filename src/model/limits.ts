/**
 * Bounds on what an export may hold, so a hostile or broken file gets a clear
 * reject instead of exhausting memory. Documented in docs/import-contract.md
 * (generated from these constants).
 */

/** Excel's and WPS's own limit for one cell: an export from either never holds more. */
export const MAX_CELL_CHARS = 32767;
