/**
 * What the pre-rendered screen's script (static-screen.js) offers the live board on `window.BoardStatic`:
 * where its rotation stands, so the live board carries on from the frame on show, and a way to step aside.
 */
import type { BoardConfig } from './config';

/** The settings the script reads from the URL: the config's, and the one the frames cannot show (if any). */
export interface StaticSettings extends Omit<BoardConfig, 'slides'> {
  readonly slides: readonly string[];
  readonly needsLive: string | null;
}

export interface StaticBoard {
  readonly settings: (search: string) => StaticSettings;
  /** The pre-rendered frames show this screen's settings (and are rotating). */
  readonly applies: boolean;
  /** The frame on show, as its place in the rotation, and when it came up (ms since the epoch). */
  readonly step: number;
  readonly changedAt: number;
  /** Stops the rotation and takes the pre-rendered screen out of the page: the live board has the screen. */
  stop(): void;
  /** The live board will not start here: a screen whose frames do not apply says what needed it. */
  cannotGoLive(): void;
}

declare global {
  interface Window {
    BoardStatic?: StaticBoard;
  }
}

/** The pre-rendered screen's script in this page, if it ran. */
export function staticBoard(): StaticBoard | null {
  return typeof window === 'undefined' ? null : (window.BoardStatic ?? null);
}
