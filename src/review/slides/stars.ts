/**
 * 星级评定 Star ratings of the basic organisations in view: the year's annual rating where the data holds one,
 * else its last quarter's (named as such), beside the same period a year before.
 */
import { ROLE_COLORS } from '../../charts/theme';
import { type Locale, t } from '../../i18n/dict';
import type { DeckData, SlideDoc } from '../model';
import { countChange, fig, joinNames, records } from '../text';

export interface StarLevel {
  readonly stars: number;
  readonly current: number;
  readonly previous: number;
  readonly period: string | null;
  readonly previous_period: string | null;
}

export interface StarFigures {
  readonly levels: readonly StarLevel[];
  readonly period: string;
  readonly previousPeriod: string | null;
  readonly rated: number;
  readonly fiveStar: number;
  /** Five-star a period before; null when the data holds no such period. */
  readonly fiveStarBefore: number | null;
  readonly annual: boolean;
}

export function starFigures(data: DeckData): StarFigures | null {
  const levels = records<StarLevel>(data.figures.stars);
  const period = levels[0]?.period;
  const rated = levels.reduce((a, l) => a + l.current, 0);
  if (!period || rated === 0) return null;
  const previousPeriod = levels[0]?.previous_period ?? null;
  const five = (f: (l: StarLevel) => number) => f(levels.find((l) => l.stars === 5) as StarLevel);
  return {
    levels,
    period,
    previousPeriod,
    rated,
    fiveStar: five((l) => l.current),
    fiveStarBefore: previousPeriod ? five((l) => l.previous) : null,
    annual: /^\d{4}$/.test(period),
  };
}

export function starsHeadline(s: StarFigures, locale: Locale): string {
  const when = fig(s.period, 'period', locale);
  const change = countChange(s.fiveStar, s.fiveStarBefore, locale, s.annual ? 'year' : 'period');
  if (locale === 'zh') return `${when} ${s.fiveStar} 个基层组织${s.annual ? '获评' : '为'}五星级${change}`;
  return `${s.fiveStar} basic organisations ${s.annual ? 'rated' : 'at'} five stars in ${when}${change}`;
}

export function starsSlide(data: DeckData, locale: Locale): SlideDoc | null {
  const s = starFigures(data);
  // A basic organisation's own deck has its stars on the ranking slide: a distribution of one says nothing.
  if (!s || s.rated < 2) return null;
  const zh = locale === 'zh';
  const names = records<{ name: string }>(data.figures.fiveStar).map((r) => r.name);
  const notes = [
    zh
      ? `${fig(s.period, 'period', locale)}共 ${s.rated} 个基层组织评定星级` +
        (s.previousPeriod ? `；对比期：${fig(s.previousPeriod, 'period', locale)}` : '')
      : `${s.rated} basic organisations rated in ${fig(s.period, 'period', locale)}` +
        (s.previousPeriod ? `; compared with ${fig(s.previousPeriod, 'period', locale)}` : ''),
    ...s.levels.map((l) =>
      zh
        ? `${l.stars} 星：${l.current} 个（上年同期 ${l.previous} 个）`
        : `${l.stars} stars: ${l.current} (a year before: ${l.previous})`,
    ),
  ];
  if (names.length) notes.push(zh ? `五星级：${joinNames(names, locale)}` : `Five stars: ${joinNames(names, locale)}`);
  const series = [
    ...(s.previousPeriod
      ? [
          {
            name: fig(s.previousPeriod, 'period', locale),
            values: s.levels.map((l) => l.previous),
            color: ROLE_COLORS.reference,
          },
        ]
      : []),
    { name: fig(s.period, 'period', locale), values: s.levels.map((l) => l.current), color: ROLE_COLORS.measure },
  ];
  return {
    id: 'stars',
    kicker: t(locale, 'reviewStars'),
    headline: starsHeadline(s, locale),
    blocks: [
      {
        kind: 'chart',
        chart: {
          title: t(locale, 'chartStars'),
          orientation: 'vertical',
          stacked: false,
          categories: s.levels.map((l) => fig(l.stars, 'stars', locale)),
          series,
          format: 'int',
          unit: zh ? '个' : 'organisations',
        },
      },
    ],
    notes,
  };
}
