/**
 * 问题与不足 · 明年工作打算 Slides the presenter writes: prompts to replace, editable in the web deck and in the
 * PowerPoint file. Always in the deck, after the figures.
 */
import { type Locale, t } from '../../i18n/dict';
import type { SlideDoc } from '../model';

const PROMPTS = {
  problems: {
    zh: ['（请填写：工作中存在的主要问题）', '（请填写：问题产生的原因）', '（请填写：整改措施与时限）'],
    en: [
      '(Write here: the main shortcomings of the year)',
      '(Write here: their causes)',
      '(Write here: what will be done, by when)',
    ],
  },
  plans: {
    zh: ['（请填写：明年工作总体思路）', '（请填写：重点任务一）', '（请填写：重点任务二）', '（请填写：保障措施）'],
    en: [
      '(Write here: next year’s overall approach)',
      '(Write here: first priority)',
      '(Write here: second priority)',
      '(Write here: how it will be supported)',
    ],
  },
} as const;

export function promptSlides(locale: Locale): SlideDoc[] {
  return (['problems', 'plans'] as const).map((id) => {
    const title = t(locale, id === 'problems' ? 'reviewProblems' : 'reviewPlans');
    const items = PROMPTS[id][locale];
    return { id, kicker: t(locale, 'reviewDecks'), headline: title, blocks: [{ kind: 'prompts', items }], notes: [] };
  });
}
