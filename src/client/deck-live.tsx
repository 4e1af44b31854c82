/**
 * review/live/?year=&org= : the deck of an organisation without a page of its own, answered by DuckDB-WASM
 * (its member-level tables read as its slice), drawn by the same component as the built decks.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { DeckSlides } from '../components/DeckSlides';
import { type Locale, t } from '../i18n/dict';
import { ID_RULE } from '../model/schema';
import { loadMeta } from '../queries/meta';
import { readSlice } from '../queries/org';
import { buildDeckData, deckDoc, UnknownOrgError } from '../review/deck';
import { DECK_DOC, deckJson } from '../review/model';
import { getClient } from './duckdb';

function fail(deck: HTMLElement, text: string): false {
  const status = deck.querySelector('[role="status"]');
  if (status) status.textContent = text;
  deck.dataset.error = 'true';
  return false;
}

/** Draws the URL's deck into the page; false (with the reason on screen) when there is none to draw. */
export async function showLiveDeck(deck: HTMLElement, params: URLSearchParams): Promise<boolean> {
  const locale: Locale = deck.dataset.locale === 'en' ? 'en' : 'zh';
  const org = params.get('org') ?? '';
  const year = Number(params.get('year'));
  if (!org || org.length > ID_RULE.maxLength || !new RegExp(`^${ID_RULE.pattern}$`, 'u').test(org))
    return fail(deck, '网址中的组织编号无效 / the org parameter is not an organisation id');
  try {
    const client = await getClient(`${deck.dataset.base ?? '/'}data/`);
    const meta = await loadMeta(client, client.manifest);
    if (!meta.years.includes(year))
      return fail(deck, `数据中的年度为 / the data's years are: ${meta.years.join(', ')}`);
    const slice = await readSlice(client, org);
    if (slice === undefined) throw new UnknownOrgError(org);
    const doc = deckDoc(await buildDeckData(client, meta, { year, org, slice }), locale);
    document.title = `${doc.cover.title} · ${doc.org.name} · ${t(locale, 'siteTitle')}`;
    deck.dataset.org = org;
    deck.dataset.year = String(year);
    const block = document.createElement('script');
    block.type = 'application/json';
    block.id = DECK_DOC;
    block.textContent = deckJson(doc);
    document.body.append(block);
    deck.replaceChildren();
    flushSync(() => createRoot(deck).render(<DeckSlides doc={doc} />));
    return true;
  } catch (err) {
    return fail(deck, err instanceof Error ? err.message : String(err));
  }
}
