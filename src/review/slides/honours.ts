/**
 * 表彰 The year's honours: the five-star basic organisations (stars slide's period) and the honour roll, the
 * members the evaluation rated excellent (src/sql/honours.ts: ratings suggested from points only where the rules'
 * publish.suggestedHonours says so, each labelled 建议). A list cut to its first names says so.
 */
import { cutNote, honoursSentence } from '../../charts/sentences';
import { type Locale, t } from '../../i18n/dict';
import type { DeckBlock, DeckData, SlideDoc } from '../model';
import { fig, records } from '../text';
import { starFigures } from './stars';

/** Members a slide names at most; the count says how many there are. */
export const HONOUR_NAMES = 24;

interface Honour {
  readonly name: string | null;
  readonly branch: string | null;
  readonly total: number;
  readonly rating_source: string;
}

export interface HonourFigures {
  /** On the honour roll in all. */
  readonly excellent: number;
  readonly named: readonly Honour[];
  /** Of those named, how many have a rating suggested from points rather than recorded. */
  readonly suggested: number;
  readonly fiveStar: readonly { name: string; score100: number }[];
  readonly starPeriod: string | null;
}

export function honourFigures(data: DeckData): HonourFigures | null {
  const honours = records<Honour>(data.figures.honours);
  const excellent = honours.length;
  const stars = starFigures(data);
  const fiveStar = stars && stars.rated > 1 ? records<{ name: string; score100: number }>(data.figures.fiveStar) : [];
  if (excellent === 0 && fiveStar.length === 0) return null;
  const named = honours.slice(0, HONOUR_NAMES);
  return {
    excellent,
    named,
    suggested: named.filter((h) => h.rating_source === 'suggested').length,
    fiveStar,
    starPeriod: stars?.period ?? null,
  };
}

export function honoursHeadline(h: HonourFigures, locale: Locale): string {
  const zh = locale === 'zh';
  const parts: string[] = [];
  if (h.excellent) parts.push(zh ? `${h.excellent} 名党员评为优秀党员` : `${h.excellent} members rated excellent`);
  if (h.fiveStar.length)
    parts.push(
      zh ? `${h.fiveStar.length} 个基层组织获评五星级` : `${h.fiveStar.length} basic organisations at five stars`,
    );
  return zh ? `表彰：${parts.join('，')}` : `Honours: ${parts.join('; ')}`;
}

export function honoursSlide(data: DeckData, locale: Locale): SlideDoc | null {
  const h = honourFigures(data);
  if (!h) return null;
  const zh = locale === 'zh';
  const blocks: DeckBlock[] = [];
  if (h.fiveStar.length)
    blocks.push({
      kind: 'list',
      title: `${t(locale, 'reviewFiveStar')} · ${fig(h.starPeriod, 'period', locale)}`,
      count: cutNote(h.fiveStar.length, h.fiveStar.length, 'orgs', locale),
      items: h.fiveStar.map((b) => ({ name: b.name, detail: `${fig(b.score100, 'num1', locale)}${zh ? ' 分' : ''}` })),
    });
  const named = h.named.filter((m) => m.name);
  if (h.excellent)
    blocks.push({
      kind: 'list',
      title: t(locale, 'reviewExcellent'),
      count: cutNote(h.excellent, named.length, 'people', locale),
      items: named.map((m) => ({
        name: String(m.name),
        // A rating suggested from points is a proposal, not an award: said wherever it is listed.
        detail:
          m.rating_source === 'suggested' ? `${m.branch ?? ''} · ${t(locale, 'sourceSuggested')}` : (m.branch ?? ''),
      })),
    });
  return {
    id: 'honours',
    kicker: t(locale, 'reviewHonours'),
    headline: honoursHeadline(h, locale),
    blocks,
    notes: [
      ...(h.excellent ? [honoursSentence(data.figures.honours, locale) as string] : []),
      ...(named.length
        ? [zh ? `按年度积分从高到低列出前 ${named.length} 名` : `The first ${named.length} by year total are named`]
        : []),
      ...(h.suggested
        ? [
            zh
              ? `所列党员中 ${h.suggested} 人的“优秀”是按积分建议的等次（规则 publish.suggestedHonours 开启），尚未录入民主评议结果`
              : `${h.suggested} of those named are rated excellent by a suggestion from points (the rules' publish.suggestedHonours), not a recorded evaluation`,
          ]
        : []),
    ],
  };
}
