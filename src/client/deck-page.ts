/**
 * The review deck page's start. `?org=` naming another organisation (and `?year=` on review/live/) goes to that
 * deck: its own page when it has one (review/paths.ts), else review/live/, which answers it in the browser.
 * Then the controls.
 */
import { ID_RULE } from '../model/schema';
import { DECK_PAGES } from '../review/model';
import { type DeckPages, deckPath } from '../review/paths';
import { initDeckControls } from './deck-controls';
import { initCover } from './deck-cover';
import { initPptx } from './deck-pptx';

const ID = new RegExp(`^${ID_RULE.pattern}$`, 'u');
const isId = (s: string) => s.length <= ID_RULE.maxLength && ID.test(s);

/** Where the deck of `org` for `year` is, with the page's other parameters (the cover's) kept. */
function deckUrl(deck: HTMLElement, org: string, year: number): { url: string; live: boolean } {
  const { base = '/', locale } = deck.dataset;
  const pages = JSON.parse(document.getElementById(DECK_PAGES)?.textContent ?? '{}') as DeckPages;
  const params = new URLSearchParams(location.search);
  const home = `${base}${locale === 'en' ? 'en/' : ''}`;
  const path = deckPath(pages, year, org);
  if (path) {
    params.delete('org');
    params.delete('year');
    const rest = params.toString();
    return { url: `${home}${path}${rest ? `?${rest}` : ''}${location.hash}`, live: false };
  }
  params.set('year', String(year));
  params.set('org', org);
  return { url: `${home}review/live/?${params}${location.hash}`, live: true };
}

export async function initDeckPage(): Promise<void> {
  const deck = document.querySelector<HTMLElement>('.deck');
  if (!deck) return;
  const message = document.querySelector<HTMLElement>('.deck-message');
  const say = (text: string) => {
    if (message) message.textContent = text;
  };
  const params = new URLSearchParams(location.search);
  const own = deck.dataset.org ?? '';
  const live = own === '';
  const wanted = params.get('org');
  const year = Number(live ? params.get('year') : deck.dataset.year);
  if (wanted !== null && wanted !== own && isId(wanted) && Number.isInteger(year)) {
    const target = deckUrl(deck, wanted, year);
    // review/live/ answers an organisation without a page itself, below.
    if (!(live && target.live)) {
      location.replace(target.url);
      return;
    }
  }
  if (live) {
    const { showLiveDeck } = await import('./deck-live');
    if (!(await showLiveDeck(deck, params))) return;
  }
  initDeckControls();
  initPptx(initCover(say), say);
  if (wanted !== null && !isId(wanted)) say('网址中的 org 不是组织编号 / the org parameter is not an organisation id');
}
