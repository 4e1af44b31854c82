/** The page's manifest loader: fetched past the HTTP cache and parsed by the one schema (src/model/manifest.ts). */
import { MANIFEST, type Manifest } from '../model/manifest';

/** The published manifest, never from the HTTP cache: it is how a new data version is noticed. */
export async function fetchManifest(dataUrl: string): Promise<Manifest> {
  const response = await fetch(`${dataUrl}${MANIFEST.file}`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${MANIFEST.file}: HTTP ${response.status}`);
  return MANIFEST.parseText(await response.text());
}
