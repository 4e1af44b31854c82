/** Site links, under the configured base path and the locale prefix. */
import type { Locale } from '../i18n/dict';

export interface SiteLinks {
  readonly base: string;
  readonly locale: Locale;
  readonly rootOrg: string;
  /** Organisations with a pre-rendered page (the listed ones); the others open on the one org page by `?id=`. */
  readonly paged: readonly string[];
}

export function pageHref(links: SiteLinks, path: string): string {
  const base = links.base.endsWith('/') ? links.base : `${links.base}/`;
  return `${base}${links.locale === 'en' ? 'en/' : ''}${path}`;
}

const pagedSets = new WeakMap<readonly string[], ReadonlySet<string>>();

export function orgHref(links: SiteLinks, orgId: string): string {
  if (orgId === links.rootOrg) return pageHref(links, '');
  let paged = pagedSets.get(links.paged);
  if (!paged) {
    paged = new Set(links.paged);
    pagedSets.set(links.paged, paged);
  }
  return paged.has(orgId)
    ? pageHref(links, `org/${encodeURIComponent(orgId)}/`)
    : pageHref(links, `org/?id=${encodeURIComponent(orgId)}`);
}
