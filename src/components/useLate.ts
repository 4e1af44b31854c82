/** A flag that turns on only once its cause has lasted a while. */
import { useEffect, useState } from 'react';

/** How long a view's answers may take before the page says it is loading (dims its panels). */
export const LOADING_SHOWN_AFTER_MS = 300;

/**
 * True once `on` has stayed true for `ms`. Most filter changes are answered in about 100 ms: shown at once, the
 * dimming would blink on and off, and its repaint of every panel (their charts' SVGs) competes with DuckDB-WASM
 * for the CPU while it answers (about 15 ms of a change, measured in docs/performance.md).
 */
export function useLate(on: boolean, ms: number): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!on) return;
    const timer = setTimeout(() => setLate(true), ms);
    return () => {
      clearTimeout(timer);
      setLate(false);
    };
  }, [on, ms]);
  return on && late;
}
