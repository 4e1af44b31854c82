/** 积分 Points over the year: bonus and deduction month by month, and the categories they were earned in. */
import { ROLE_COLORS } from '../../charts/theme';
import { type Locale, t } from '../../i18n/dict';
import type { DeckData, SlideDoc } from '../model';
import { amount, fig, records } from '../text';

interface Month {
  readonly month: number;
  readonly bonus: number;
  readonly deduction: number;
}

interface Category {
  readonly kind: '加分' | '扣分';
  readonly category: string;
  readonly points: number;
  readonly entries: number;
}

export interface PointsFigures {
  readonly months: readonly Month[];
  readonly bonus: number;
  readonly deduction: number;
  /** Categories by points, the largest first. */
  readonly bonusCategories: readonly Category[];
  readonly deductionCategories: readonly Category[];
}

/** Categories a chart names at most; the rest are in the notes. */
const CATEGORY_BARS = 8;

export function pointsFigures(data: DeckData): PointsFigures | null {
  const months = records<Month>(data.figures.monthly).map((m) => ({
    month: Number(m.month),
    bonus: Number(m.bonus),
    deduction: Number(m.deduction),
  }));
  const bonus = months.reduce((a, m) => a + m.bonus, 0);
  const deduction = months.reduce((a, m) => a + m.deduction, 0);
  const categories = records<Category>(data.figures.categories).map((c) => ({ ...c, points: Number(c.points) }));
  if (bonus === 0 && deduction === 0 && categories.length === 0) return null;
  const of = (kind: Category['kind']) =>
    categories
      .filter((c) => c.kind === kind)
      .sort((a, b) => b.points - a.points || a.category.localeCompare(b.category));
  return { months, bonus, deduction, bonusCategories: of('加分'), deductionCategories: of('扣分') };
}

export function pointsHeadline(p: PointsFigures, locale: Locale): string {
  const top = p.bonusCategories[0];
  const [bonus, deduction] = [amount(p.bonus, locale), amount(p.deduction, locale)];
  if (locale === 'zh')
    return `全年加分 ${bonus} 分、扣分 ${deduction} 分${top ? `，加分最多的是「${top.category}」（${amount(top.points, locale)} 分）` : ''}`;
  return `${bonus} bonus and ${deduction} deduction points over the year${top ? `; most bonus points for “${top.category}” (${amount(top.points, locale)})` : ''}`;
}

export function pointsSlide(data: DeckData, locale: Locale): SlideDoc | null {
  const p = pointsFigures(data);
  if (!p) return null;
  const zh = locale === 'zh';
  const unit = zh ? '分' : 'points';
  const line = (c: Category) =>
    zh
      ? `${c.category} ${amount(c.points, locale)} 分（${c.entries} 条）`
      : `${c.category} ${amount(c.points, locale)} (${c.entries} entries)`;
  const peak = [...p.months].sort((a, b) => b.bonus - a.bonus)[0];
  const shown = p.bonusCategories.slice(0, CATEGORY_BARS);
  return {
    id: 'points',
    kicker: t(locale, 'reviewPoints'),
    headline: pointsHeadline(p, locale),
    blocks: [
      {
        kind: 'chart',
        chart: {
          title: t(locale, 'chartPointsTrend'),
          orientation: 'vertical',
          stacked: false,
          categories: p.months.map((m) => fig(m.month, 'month', locale)),
          series: [
            { name: t(locale, 'colBonus'), values: p.months.map((m) => m.bonus), color: ROLE_COLORS.bonus },
            { name: t(locale, 'colDeduction'), values: p.months.map((m) => m.deduction), color: ROLE_COLORS.deduction },
          ],
          format: 'int',
          unit,
        },
      },
      {
        kind: 'chart',
        chart: {
          title: zh ? '加分类别' : 'Bonus categories',
          orientation: 'horizontal',
          stacked: false,
          categories: shown.map((c) => c.category),
          series: [{ name: t(locale, 'colBonus'), values: shown.map((c) => c.points), color: ROLE_COLORS.bonus }],
          format: 'int',
          unit,
          note:
            shown.length < p.bonusCategories.length
              ? zh
                ? `图中为前 ${shown.length} 类，共 ${p.bonusCategories.length} 类`
                : `The first ${shown.length} of ${p.bonusCategories.length} categories shown`
              : undefined,
        },
      },
    ],
    notes: [
      zh
        ? `加分 ${amount(p.bonus, locale)} 分，扣分 ${amount(p.deduction, locale)} 分（台账记录合计，未计年度上限）`
        : `${amount(p.bonus, locale)} bonus and ${amount(p.deduction, locale)} deduction points as recorded (before yearly caps)`,
      ...(peak && peak.bonus > 0
        ? [
            zh
              ? `加分最多的月份：${fig(peak.month, 'month', locale)}（${amount(peak.bonus, locale)} 分）`
              : `Most bonus points in ${fig(peak.month, 'month', locale)} (${amount(peak.bonus, locale)})`,
          ]
        : []),
      ...(p.bonusCategories.length
        ? [`${t(locale, 'colBonus')}${zh ? '：' : ': '}${p.bonusCategories.map(line).join(zh ? '；' : '; ')}`]
        : []),
      ...(p.deductionCategories.length
        ? [`${t(locale, 'colDeduction')}${zh ? '：' : ': '}${p.deductionCategories.map(line).join(zh ? '；' : '; ')}`]
        : []),
    ],
  };
}
