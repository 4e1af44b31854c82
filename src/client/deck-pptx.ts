/**
 * 下载 PPTX The deck on screen as a PowerPoint file, written in the page: the cover as the presenter set it and
 * what was typed on the prompt slides. The writer (pptxgenjs) is fetched on the first click only.
 */
import { saveBlob } from '../components/download';
import { DECK_DOC, type DeckDoc, type SlideId } from '../review/model';
import type { PromptEdits } from '../review/pptx';
import type { Cover } from './deck-cover';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The prompt slides' lines as they stand (the prompt itself where nothing was written over it). */
function promptEdits(): PromptEdits {
  const edits: PromptEdits = {};
  for (const slide of document.querySelectorAll<HTMLElement>('.slide:has(.prompts)')) {
    const lines = [...slide.querySelectorAll<HTMLElement>('.prompts li')].map((li) => (li.textContent ?? '').trim());
    edits[slide.dataset.slide as SlideId] = lines.filter(Boolean);
  }
  return edits;
}

export function initPptx(cover: Cover, say: (message: string) => void): void {
  const button = document.querySelector<HTMLButtonElement>('[data-action="pptx"]');
  button?.addEventListener('click', async () => {
    const block = document.getElementById(DECK_DOC);
    if (!block?.textContent || button.disabled) return;
    const doc = JSON.parse(block.textContent) as DeckDoc;
    button.disabled = true;
    say(button.dataset.busy ?? '');
    try {
      const { writeDeckPptx } = await import('../review/pptx');
      const bytes = await writeDeckPptx(doc, cover.settings(), promptEdits());
      saveBlob(new Blob([bytes as BlobPart], { type: PPTX_TYPE }), `review-${doc.year}-${doc.org.id}.pptx`);
      say('');
    } catch (err) {
      say(`${button.dataset.failed ?? ''}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      button.disabled = false;
    }
  });
}
