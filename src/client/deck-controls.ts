/**
 * Moves through the review deck: arrow keys, page up/down (what presentation
 * clickers send), space, Home/End, a click; F toggles full screen. The slide
 * number lives in the URL hash, so a reload stays on the same slide.
 */
import { fitScreen } from './screen';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);

export function initDeckControls(): void {
  const deck = document.querySelector<HTMLElement>('.deck');
  if (!deck) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
  const chrome = document.querySelector<HTMLElement>('.deck-chrome');
  document.documentElement.classList.add('deck-live');
  fitScreen(deck); // the slides inherit --screen-scale

  let current = -1;
  const show = (index: number) => {
    const next = Math.max(0, Math.min(slides.length - 1, index));
    if (next === current) return;
    slides[current]?.classList.remove('current');
    slides[next].classList.add('current');
    current = next;
    deck.dataset.current = String(next + 1);
    history.replaceState(null, '', `#${next + 1}`);
    const bar = chrome?.querySelector<HTMLElement>('.progress span');
    if (bar) bar.style.width = `${((next + 1) / slides.length) * 100}%`;
  };
  const fromHash = () => Number.parseInt(location.hash.slice(1), 10) - 1 || 0;
  show(fromHash());

  addEventListener('hashchange', () => show(fromHash()));
  addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (NEXT.has(event.key) && !(event.key === ' ' && event.shiftKey)) show(current + 1);
    else if (PREVIOUS.has(event.key) || (event.key === ' ' && event.shiftKey)) show(current - 1);
    else if (event.key === 'Home') show(0);
    else if (event.key === 'End') show(slides.length - 1);
    else if (event.key === 'f' || event.key === 'F') void toggleFullscreen();
    else return;
    event.preventDefault();
  });
  deck.addEventListener('click', (event) => show(event.clientX < innerWidth / 3 ? current - 1 : current + 1));
}

async function toggleFullscreen(): Promise<void> {
  if (document.fullscreenElement) await document.exitFullscreen();
  else await document.documentElement.requestFullscreen().catch(() => undefined);
}
