/**
 * Moves through the review deck: arrow keys, page up/down (what presentation clickers send), space, Home/End,
 * a click; F toggles full screen, S the speaker notes. The slide number lives in the URL hash, so a reload stays
 * on the same slide. The toolbar shows while the pointer moves and keeps clear of the slide number.
 */
import { fitScreen } from './screen';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);
/** How long the toolbar stays after the pointer last moved. */
const TOOLBAR_MS = 2500;

/** Typing in the cover form or on a prompt slide is typing, not moving through the deck. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target : null;
  return !!el?.closest(
    'input, textarea, select, button, [contenteditable]:not([contenteditable="false"]), .cover-form',
  );
}

export function initDeckControls(): void {
  const deck = document.querySelector<HTMLElement>('.deck');
  if (!deck) return;
  const root = document.documentElement;
  const slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
  const chrome = document.querySelector<HTMLElement>('.deck-chrome');
  root.classList.add('deck-live');
  fitScreen(deck); // the slides inherit --screen-scale
  deck.dataset.slides = String(slides.length);

  let current = -1;
  const show = (index: number) => {
    const next = Math.max(0, Math.min(slides.length - 1, index));
    if (next === current) return;
    slides[current]?.classList.remove('current');
    slides[next].classList.add('current');
    current = next;
    deck.dataset.current = String(next + 1);
    history.replaceState(null, '', `${location.search}#${next + 1}`);
    const bar = chrome?.querySelector<HTMLElement>('.progress span');
    if (bar) bar.style.width = `${((next + 1) / slides.length) * 100}%`;
  };
  const fromHash = () => Number.parseInt(location.hash.slice(1), 10) - 1 || 0;
  show(fromHash());

  const notesButton = chrome?.querySelector<HTMLElement>('[data-action="notes"]');
  const toggleNotes = () => {
    const on = root.classList.toggle('deck-notes');
    notesButton?.setAttribute('aria-pressed', String(on));
  };
  const actions: Record<string, () => void> = {
    notes: toggleNotes,
    print: () => print(),
    fullscreen: () => void toggleFullscreen(),
  };
  chrome?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    const action = button?.dataset.action;
    if (action && actions[action]) actions[action]();
    // Space and Enter move through the deck again, not press the button once more.
    button?.blur();
  });

  addEventListener('hashchange', () => show(fromHash()));
  addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    if (NEXT.has(event.key) && !(event.key === ' ' && event.shiftKey)) show(current + 1);
    else if (PREVIOUS.has(event.key) || (event.key === ' ' && event.shiftKey)) show(current - 1);
    else if (event.key === 'Home') show(0);
    else if (event.key === 'End') show(slides.length - 1);
    else if (event.key === 'f' || event.key === 'F') void toggleFullscreen();
    else if (event.key === 's' || event.key === 'S') toggleNotes();
    else return;
    event.preventDefault();
  });
  deck.addEventListener('click', (event) => {
    if (isTyping(event.target) || (event.target as Element).closest('.notes')) return;
    show(event.clientX < innerWidth / 3 ? current - 1 : current + 1);
  });

  let hide: ReturnType<typeof setTimeout> | undefined;
  addEventListener('pointermove', () => {
    root.classList.add('deck-pointer');
    clearTimeout(hide);
    hide = setTimeout(() => root.classList.remove('deck-pointer'), TOOLBAR_MS);
  });
}

async function toggleFullscreen(): Promise<void> {
  if (document.fullscreenElement) await document.exitFullscreen();
  else await document.documentElement.requestFullscreen().catch(() => undefined);
}
