/**
 * 优秀党员占比 The excellent-member ratio against its guidance cap: per basic organisation where the view has
 * several, and the year's ratings (recorded in 民主评议, or suggested from points) for any organisation.
 */
import { ROLE_COLORS } from '../../charts/theme';
import { type Locale, t, valueLabel } from '../../i18n/dict';
import type { DeckBlock, DeckData, SlideDoc } from '../model';
import { bounded, fig, joinNames, num, records } from '../text';
import { kpiRow } from './numbers';

export interface RatioRow {
  readonly org_id: string;
  readonly name: string;
  readonly excellent_ratio: number | null;
  readonly excellent: number;
  readonly rated: number;
  readonly over_cap: boolean;
}

export interface RatioFigures {
  readonly ratio: number;
  readonly excellent: number;
  /** Of the excellent, those only suggested from points (no evaluation recorded). */
  readonly suggested: number;
  readonly rated: number;
  readonly cap: number;
  /** The basic organisations with members rated, when the view has more than one. */
  readonly rows: readonly RatioRow[];
  readonly over: readonly RatioRow[];
}

export function ratioFigures(data: DeckData): RatioFigures | null {
  const k = kpiRow(data.figures.kpis);
  if (!k.rated) return null;
  const all = records<RatioRow>(data.figures.ratio).filter((r) => Number(r.rated) > 0);
  const rows = all.length > 1 ? all : [];
  return {
    ratio: Number(k.excellent_ratio),
    excellent: Number(k.excellent),
    suggested: k.excellent_suggested ?? 0,
    rated: k.rated,
    cap: k.excellent_cap ?? data.excellentCap,
    rows,
    over: rows.filter((r) => r.over_cap),
  };
}

export function ratioHeadline(r: RatioFigures, locale: Locale): string {
  const pct = fig(r.ratio, 'pct', locale);
  const cap = fig(r.cap, 'pct', locale);
  if (locale === 'zh') {
    const head = `优秀党员占比 ${pct}（${r.excellent} / ${r.rated}${r.suggested ? `，含按积分建议 ${r.suggested} 人` : ''}）`;
    if (r.rows.length)
      return r.over.length
        ? `${head}，${r.rows.length} 个基层组织中 ${r.over.length} 个超过 ${cap} 的指导上限`
        : `${head}，各基层组织均未超过 ${cap} 的指导上限`;
    return `${head}，${r.ratio > r.cap ? '超过' : '未超过'} ${cap} 的指导上限`;
  }
  const head = `${pct} of rated members are excellent (${r.excellent} of ${r.rated}${r.suggested ? `, ${r.suggested} of them suggested from points` : ''})`;
  if (r.rows.length)
    return r.over.length
      ? `${head}; ${r.over.length} of ${r.rows.length} basic organisations exceed the ${cap} guidance cap`
      : `${head}; no basic organisation exceeds the ${cap} guidance cap`;
  return `${head}, ${r.ratio > r.cap ? 'above' : 'within'} the ${cap} guidance cap`;
}

interface RatingRow {
  readonly rating: string;
  readonly recorded: number;
  readonly suggested: number;
}

export function ratioSlide(data: DeckData, locale: Locale): SlideDoc | null {
  const r = ratioFigures(data);
  if (!r) return null;
  const zh = locale === 'zh';
  const ratings = records<RatingRow>(data.figures.ratings);
  const suggested = ratings.reduce((a, x) => a + Number(x.suggested), 0);
  const cap = fig(r.cap, 'pct', locale);
  const blocks: DeckBlock[] = [];
  if (r.rows.length) {
    const { shown, note } = bounded(r.rows, 'orgs', locale);
    blocks.push({
      kind: 'chart',
      chart: {
        title: t(locale, 'chartRatio'),
        orientation: 'horizontal',
        stacked: false,
        categories: shown.map((x) => x.name),
        series: [
          { name: t(locale, 'colRatio'), values: shown.map((x) => num(x.excellent_ratio)), color: ROLE_COLORS.measure },
        ],
        format: 'pct',
        unit: '%',
        target: { value: r.cap, label: `${t(locale, 'kpiCap')} ${cap}` },
        note,
      },
    });
  }
  blocks.push({
    kind: 'chart',
    chart: {
      title: t(locale, 'chartRatings'),
      orientation: 'vertical',
      stacked: true,
      categories: ratings.map((x) => valueLabel(locale, x.rating)),
      series: [
        { name: t(locale, 'colRecorded'), values: ratings.map((x) => Number(x.recorded)), color: ROLE_COLORS.measure },
        { name: t(locale, 'colSuggested'), values: ratings.map((x) => Number(x.suggested)), color: ROLE_COLORS.share },
      ],
      format: 'int',
      unit: zh ? '人' : 'members',
    },
  });
  const notes = [
    zh
      ? `优秀党员占比 = 评为优秀的 ${r.excellent} 人 ÷ 参评的 ${r.rated} 人；指导上限 ${cap}`
      : `Excellent ratio = ${r.excellent} rated excellent ÷ ${r.rated} rated; guidance cap ${cap}`,
    zh
      ? `其中 ${suggested} 人的等次是按积分建议的（未录入民主评议结果）`
      : `${suggested} of the ratings are suggested from points (no recorded evaluation)`,
  ];
  if (r.over.length)
    notes.push(
      zh
        ? `超过上限：${joinNames(
            r.over.map((x) => `${x.name}（${fig(x.excellent_ratio, 'pct', locale)}）`),
            locale,
          )}`
        : `Above the cap: ${joinNames(
            r.over.map((x) => `${x.name} (${fig(x.excellent_ratio, 'pct', locale)})`),
            locale,
          )}`,
    );
  return { id: 'ratio', kicker: t(locale, 'reviewRatio'), headline: ratioHeadline(r, locale), blocks, notes };
}
