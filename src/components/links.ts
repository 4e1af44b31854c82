/** Site links, under the configured base path and the locale prefix. */
import type { Locale } from '../i18n/dict';
import type { Meta } from '../queries/meta';

export interface SiteLinks {
  readonly base: string;
  readonly locale: Locale;
  readonly rootOrg: string;
  /** Organisations with a pre-rendered page (the listed ones); the others open on the one org page by `?id=`. */
  readonly paged: readonly string[];
}

/** A base path with its one trailing slash (Astro's BASE_URL has it or not, as BASE_PATH was given). */
export function baseDir(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** The site's base path, from the build's configuration: pages and layouts read it here. */
export function siteBase(): string {
  return baseDir(import.meta.env.BASE_URL);
}

/** A page's links, from the site's base path (normalised here) and the data's listed organisations. */
export function siteLinks(base: string, locale: Locale, meta: Meta): SiteLinks {
  return { base: baseDir(base), locale, rootOrg: meta.rootOrg, paged: meta.orgs.map((o) => o.id) };
}

export function pageHref(links: SiteLinks, path: string): string {
  return `${baseDir(links.base)}${links.locale === 'en' ? 'en/' : ''}${path}`;
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
