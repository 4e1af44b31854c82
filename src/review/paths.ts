/**
 * Which review decks have a page of their own, decided once for the build (getStaticPaths) and the page (`?org=`):
 * the whole committee's for every year; every other listed organisation's (the org pages' set) for the latest
 * year, the one a review is given for. Any other deck opens on review/live/, answered in the browser.
 */
import type { Meta } from '../queries/meta';

export interface DeckPages {
  readonly root: string;
  readonly years: readonly number[];
  /** The listed organisations below the committee. */
  readonly orgs: readonly string[];
}

export function deckPages(meta: Meta): DeckPages {
  return {
    root: meta.rootOrg,
    years: meta.years,
    orgs: meta.orgs.map((o) => o.id).filter((id) => id !== meta.rootOrg),
  };
}

/** The decks pre-rendered for organisations below the committee: the latest year's. */
export function orgDeckYears(pages: DeckPages): readonly number[] {
  return pages.years.slice(-1);
}

/** The path (under the site's base and language) of a deck's own page, or null when it opens on review/live/. */
export function deckPath(pages: DeckPages, year: number, org: string): string | null {
  if (!pages.years.includes(year)) return null;
  if (org === pages.root) return `review/${year}/`;
  if (pages.orgs.includes(org) && orgDeckYears(pages).includes(year))
    return `review/${year}/${encodeURIComponent(org)}/`;
  return null;
}
