/**
 * The line that says which view a figure belongs to: organisation, year or period, and the data's as-of
 * date ("市分公司党委 · 2025年第四季度 · 数据截至 2025-12-31"). A downloaded PNG and a printed page carry it, so
 * neither can be mistaken for another view once it leaves the site.
 */
import { periodLabel } from '../charts/format';
import { type Locale, t } from '../i18n/dict';
import type { Filters } from '../queries/filters';
import type { Meta } from '../queries/meta';

export function viewLine(
  meta: Meta,
  filters: Filters,
  shown: readonly ('year' | 'period' | 'org')[],
  locale: Locale,
  orgName?: string,
): string {
  return joinViewLine(viewLineParts(meta, filters, shown, locale, orgName));
}

/** The line as text from its parts (viewLineParts). */
export const joinViewLine = ({ org, rest }: { org: string | undefined; rest: string }): string =>
  [org, rest].filter(Boolean).join(VIEW_LINE_SEP);

export const VIEW_LINE_SEP = ' · ';

/** The line's organisation (unknown until the org page's first answer) apart from the rest: a phone sets it on a line of its own. */
export function viewLineParts(
  meta: Meta,
  filters: Filters,
  shown: readonly ('year' | 'period' | 'org')[],
  locale: Locale,
  orgName?: string,
): { org: string | undefined; rest: string } {
  const org = orgName ?? meta.orgs.find((o) => o.id === filters.org)?.name;
  const when =
    shown.includes('period') && filters.period
      ? periodLabel(filters.period, locale)
      : periodLabel(String(filters.year), locale);
  return { org: org || undefined, rest: [when, `${t(locale, 'dataAsOf')} ${meta.asOf}`].join(VIEW_LINE_SEP) };
}
