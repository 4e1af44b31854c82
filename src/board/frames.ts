/**
 * A frame is what one screen shows for one interval: a slide, or one page of
 * a slide whose list is too long to read from across the room. The points
 * tally pages per branch, so each page is one branch's 张榜公布.
 */
import type { BoardSlide } from '../queries/board';
import { type Columns, rowCount } from '../queries/types';

export interface Frame {
  readonly slide: BoardSlide;
  /** Row indexes into the slide's columns. */
  readonly rows: readonly number[];
  /** 1-based page of this slide (or of this branch, for the points tally). */
  readonly page: number;
  readonly pages: number;
  /** The branch a points-tally page belongs to. */
  readonly group?: string;
}

/** Rows per page, sized for type readable from five metres on a 1920x1080 slide. */
export const PAGE_ROWS: Record<BoardSlide, number> = { ranking: 12, points: 30, honours: 32, topics: 6, meetings: 12 };
/** Pages of branch totals (no names published) hold fewer, larger rows. */
const SUMMARY_ROWS = 12;

export function framesOf(slides: readonly BoardSlide[], data: Partial<Record<BoardSlide, Columns>>): Frame[] {
  return slides.flatMap((slide) => {
    const columns = data[slide] ?? {};
    const all = Array.from({ length: rowCount(columns) }, (_, i) => i);
    const named = 'name' in columns;
    if (slide === 'points' && named) return byBranch(columns, all);
    const size = (slide === 'points' || slide === 'honours') && !named ? SUMMARY_ROWS : PAGE_ROWS[slide];
    return paged(slide, all, size);
  });
}

function byBranch(columns: Columns, all: number[]): Frame[] {
  const groups = new Map<string, number[]>();
  for (const i of all) {
    const key = String(columns.branch_id[i]);
    const rows = groups.get(key);
    if (rows) rows.push(i);
    else groups.set(key, [i]);
  }
  if (groups.size === 0) return paged('points', [], PAGE_ROWS.points);
  return [...groups.values()].flatMap((rows) =>
    paged('points', rows, PAGE_ROWS.points).map((f) => ({ ...f, group: String(columns.branch[rows[0]]) })),
  );
}

function paged(slide: BoardSlide, rows: number[], size: number): Frame[] {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  return Array.from({ length: pages }, (_, p) => ({
    slide,
    rows: rows.slice(p * size, (p + 1) * size),
    page: p + 1,
    pages,
  }));
}
