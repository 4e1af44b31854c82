/**
 * The review decks' figures at build time: each organisation's and year's read once on native DuckDB, then
 * drawn in both languages (a deck page per language). Node only (used from .astro frontmatter).
 */
import { buildDeckData } from '../review/deck';
import type { DeckData } from '../review/model';
import { buildRunner } from './node-runner';
import { siteMeta } from './prerender';

const decks = new Map<string, Promise<DeckData>>();

export function siteDeckData(year: number, org: string): Promise<DeckData> {
  const key = `${year}\u0000${org}`;
  let deck = decks.get(key);
  if (!deck) {
    deck = Promise.all([buildRunner(), siteMeta()]).then(([runner, meta]) =>
      buildDeckData(runner, meta, { year, org }),
    );
    decks.set(key, deck);
  }
  return deck;
}
