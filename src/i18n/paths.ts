import type { Locale } from './dict';

/** Chinese at the site root, English under /en/. */
export function localePaths() {
  return [{ params: { lang: undefined } }, { params: { lang: 'en' } }];
}

export function localeOf(param: string | undefined): Locale {
  return param === 'en' ? 'en' : 'zh';
}
