/**
 * Slides are laid out on a fixed 1920x1080 stage and scaled to the screen:
 * the whole stage always fits (letterboxed, never cropped), and because the
 * scaling is a CSS transform of vector text and SVG it stays crisp at 4K.
 */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

export function stageScale(width: number, height: number): number {
  return Math.min(width / STAGE_WIDTH, height / STAGE_HEIGHT);
}

/** Keeps `--stage-scale` on the element in step with the window; returns the cleanup. */
export function fitStage(element: HTMLElement): () => void {
  const rescale = () => element.style.setProperty('--stage-scale', String(stageScale(innerWidth, innerHeight)));
  rescale();
  addEventListener('resize', rescale);
  return () => removeEventListener('resize', rescale);
}
