/**
 * Slides are laid out on a fixed 1920x1080 screen and scaled to the window:
 * the whole screen always fits (letterboxed, never cropped), and because the
 * scaling is a CSS transform of vector text and SVG it stays crisp at 4K.
 */
export const SCREEN_WIDTH = 1920;
export const SCREEN_HEIGHT = 1080;

export function screenScale(width: number, height: number): number {
  return Math.min(width / SCREEN_WIDTH, height / SCREEN_HEIGHT);
}

/** Keeps `--screen-scale` on the element in step with the window; returns the cleanup. */
export function fitScreen(element: HTMLElement): () => void {
  const rescale = () => element.style.setProperty('--screen-scale', String(screenScale(innerWidth, innerHeight)));
  rescale();
  addEventListener('resize', rescale);
  return () => removeEventListener('resize', rescale);
}
