/**
 * The cover as the presenter sets it: from the URL (`?title=&org_name=&presenter=&date=`) and from the cover
 * form, which writes what it is given back into the URL (so a link carries it). Values are cleaned and bounded
 * (review/cover.ts) and set as text only.
 */
import {
  COVER_FIELDS,
  type CoverField,
  type CoverSettings,
  cleanCoverValue,
  coverFromSearch,
  coverToSearch,
} from '../review/cover';

const FIELDS = Object.keys(COVER_FIELDS) as CoverField[];

export interface Cover {
  /** What the presenter set, for the PowerPoint file. */
  settings(): CoverSettings;
}

export function initCover(say: (message: string) => void): Cover {
  const element = (field: CoverField) => document.querySelector<HTMLElement>(`[data-cover="${field}"]`);
  // The deck's own values, shown where the presenter sets none.
  const defaults = Object.fromEntries(FIELDS.map((f) => [f, element(f)?.textContent ?? ''])) as Record<
    CoverField,
    string
  >;
  let settings: CoverSettings = {};
  const apply = (next: CoverSettings) => {
    settings = next;
    for (const f of FIELDS) {
      const el = element(f);
      if (el) el.textContent = next[f] ?? defaults[f];
    }
  };
  const fromUrl = coverFromSearch(location.search);
  apply(fromUrl.settings);
  if (fromUrl.problems.length) say(fromUrl.problems.join('；'));

  const form = document.querySelector<HTMLFormElement>('.cover-form');
  const problems = form?.querySelector<HTMLElement>('.cover-problems');
  const input = (f: CoverField) => form?.querySelector<HTMLInputElement>(`input[name="${f}"]`);
  document.querySelector('[data-action="cover"]')?.addEventListener('click', () => {
    if (!form) return;
    for (const f of FIELDS) {
      const el = input(f);
      if (el) el.value = settings[f] ?? defaults[f];
    }
    form.hidden = !form.hidden;
    if (!form.hidden) input('title')?.focus();
  });
  form?.addEventListener('input', () => {
    const next: CoverSettings = {};
    const found: string[] = [];
    for (const f of FIELDS) {
      const clean = cleanCoverValue(f, input(f)?.value ?? '');
      // A value left as the deck's own is not the presenter's: the URL stays clean.
      if (clean.value && clean.value !== defaults[f]) next[f] = clean.value;
      found.push(...clean.problems);
    }
    apply(next);
    if (problems) problems.textContent = found.join('；');
    // The whole path: a query string emptied by the form is removed, not left as it was.
    history.replaceState(null, '', `${location.pathname}${coverToSearch(location.search, next)}${location.hash}`);
  });
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    form.hidden = true;
  });
  return { settings: () => settings };
}
