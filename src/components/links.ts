/** Site links, under the configured base path and the locale prefix. */
import type { Locale } from '../i18n/dict';

export interface SiteLinks {
  readonly base: string;
  readonly locale: Locale;
  readonly rootOrg: string;
}

export function pageHref(links: SiteLinks, path: string): string {
  const base = links.base.endsWith('/') ? links.base : `${links.base}/`;
  return `${base}${links.locale === 'en' ? 'en/' : ''}${path}`;
}

export function orgHref(links: SiteLinks, orgId: string): string {
  return orgId === links.rootOrg ? pageHref(links, '') : pageHref(links, `org/${encodeURIComponent(orgId)}/`);
}
