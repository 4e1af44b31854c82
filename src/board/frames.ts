/**
 * A frame is what one screen shows for one interval: a slide, or one page of a slide whose list is too long
 * to read from across the room. Every frame is full: the points tally (张榜公布) runs its branches on one
 * after another in columns, several small branches to a frame, a long one continued on the next column or
 * frame, and each frame says which branches it holds.
 */
import { type BoardQuery, type BoardSlide, SLIDE_QUERIES } from '../queries/board';
import { type Columns, rowCount } from '../queries/types';

/** One branch's run of rows in a column of the tally. */
export interface TallyBlock {
  readonly branch: string;
  /** 0-based place of the branch among the tally's branches. */
  readonly index: number;
  readonly rows: readonly number[];
  /** The branch's rows began on an earlier column or frame. */
  readonly continued: boolean;
  /** The branch's members in all. */
  readonly members: number;
}

export interface Frame {
  readonly slide: BoardSlide;
  /** Row indexes into the slide's columns (for the tally, every row of the frame, column by column). */
  readonly rows: readonly number[];
  /** 1-based page of this slide. */
  readonly page: number;
  readonly pages: number;
  /** The tally's columns of branch runs. */
  readonly columns?: readonly (readonly TallyBlock[])[];
  /** The tally's branches on this frame: 1-based first and last place, and how many there are. */
  readonly branches?: { readonly first: number; readonly last: number; readonly of: number };
}

/** Rows per page, sized for type readable from five metres on a 1920x1080 slide. */
export const PAGE_ROWS: Record<Exclude<BoardSlide, 'overview' | 'points'>, number> = {
  ranking: 12,
  honours: 32,
  topics: 6,
  meetings: 12,
};
/** Pages of branch totals (no names published) hold fewer, larger rows. */
export const SUMMARY_ROWS = 12;
/** The tally: columns a frame, lines a column (a branch's heading takes one), the fewest rows under a heading. */
export const TALLY_COLUMNS = 3;
export const TALLY_LINES = 12;
const MIN_SPLIT_ROWS = 2;

/** The columns a slide's frames are paged over: its own query's (the overview reads several, on one frame). */
export const slideColumns = (slide: BoardSlide, data: Partial<Record<BoardQuery, Columns>>): Columns =>
  data[SLIDE_QUERIES[slide][0]] ?? {};

export function framesOf(slides: readonly BoardSlide[], data: Partial<Record<BoardQuery, Columns>>): Frame[] {
  return slides.flatMap((slide): Frame[] => {
    if (slide === 'overview') return [{ slide, rows: [], page: 1, pages: 1 }];
    const columns = slideColumns(slide, data);
    const all = Array.from({ length: rowCount(columns) }, (_, i) => i);
    const named = 'name' in columns;
    if (slide === 'points') return named ? tally(columns, all) : paged(slide, all, SUMMARY_ROWS);
    return paged(slide, all, slide === 'honours' && !named ? SUMMARY_ROWS : PAGE_ROWS[slide]);
  });
}

/** The tally's branches, in the query's order, with their rows (the screen's frames, the printed sheets). */
export function branchesOf(columns: Columns, all: number[]): { id: string; name: string; rows: number[] }[] {
  const groups = new Map<string, { id: string; name: string; rows: number[] }>();
  for (const i of all) {
    const key = String(columns.branch_id[i]);
    const group = groups.get(key) ?? { id: key, name: String(columns.branch[i] ?? key), rows: [] };
    groups.set(key, group);
    group.rows.push(i);
  }
  return [...groups.values()];
}

/** Fills column after column with branch runs; a run too long for what is left goes on in the next column. */
function tally(columns: Columns, all: number[]): Frame[] {
  const branches = branchesOf(columns, all);
  if (branches.length === 0) return paged('points', [], 1);
  const filled: TallyBlock[][] = [];
  let column: TallyBlock[] = [];
  let used = 0;
  const nextColumn = () => {
    if (column.length) filled.push(column);
    column = [];
    used = 0;
  };
  branches.forEach((branch, index) => {
    let rest = branch.rows;
    while (rest.length) {
      const room = TALLY_LINES - used - 1;
      // A heading with a row or two under it at a column's foot reads as a stray: start the next column.
      if (room < Math.min(rest.length, MIN_SPLIT_ROWS)) {
        nextColumn();
        continue;
      }
      const rows = rest.slice(0, room);
      column.push({ branch: branch.name, index, rows, continued: rest !== branch.rows, members: branch.rows.length });
      used += 1 + rows.length;
      rest = rest.slice(rows.length);
    }
  });
  nextColumn();
  const pages = Math.ceil(filled.length / TALLY_COLUMNS);
  return Array.from({ length: pages }, (_, p) => {
    const frameColumns = filled.slice(p * TALLY_COLUMNS, (p + 1) * TALLY_COLUMNS);
    const blocks = frameColumns.flat();
    return {
      slide: 'points' as const,
      rows: blocks.flatMap((b) => b.rows),
      page: p + 1,
      pages,
      columns: frameColumns,
      branches: { first: blocks[0].index + 1, last: (blocks.at(-1)?.index ?? 0) + 1, of: branches.length },
    };
  });
}

/**
 * At most `size` rows a page, spread evenly over the fewest pages: 97 honours at 32 a page are 25, 25, 25 and 22,
 * not three full pages and one name alone on a wall for a whole interval.
 */
function paged(slide: BoardSlide, rows: number[], size: number): Frame[] {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const per = Math.ceil(rows.length / pages);
  return Array.from({ length: pages }, (_, p) => ({
    slide,
    rows: rows.slice(p * per, (p + 1) * per),
    page: p + 1,
    pages,
  }));
}
