/** Build time only: what the site's bundler (Rollup, through Vite) need not say. */

interface Warning {
  readonly code?: string;
  readonly id?: string;
}

/**
 * zod (the manifest's schema, parsed in the page) carries comments that Rollup cannot place and drops, harmlessly:
 * its two warnings would be noise in every build.
 */
export function quietZodAnnotations<W extends Warning>(warning: W, warn: (warning: W) => void): void {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
  warn(warning);
}
