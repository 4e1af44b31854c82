/**
 * Sentences made from figures, one function per figure, shared by the pages, the review deck and the board so
 * that each says the same thing the same way: a topic campaign's team, its outcomes against their targets, a
 * list cut to its first rows. Browser-safe.
 */
import { type Locale, t, tf } from '../i18n/dict';
import { type Columns, rows, type Value } from '../queries/types';
import type { OutcomeStatus } from '../sql/topic-tables';
import { formatMove, formatPlace, formatValue, localTimestamp } from './format';

const n = (v: number, locale: Locale) => formatValue(v, 'int', locale);

/** A topic team (课题团队) by kind: party members, business backbones, owners whose kind is not given. */
export interface Team {
  readonly members: number;
  readonly backbone: number;
  readonly unspecified: number;
}

/** The team of a teams-totals answer (src/queries/topics.ts teamTotalsQuery); null when it names nobody. */
export function teamOf(answer: Columns | undefined): Team | null {
  const row = answer ? rows(answer)[0] : undefined;
  if (!row) return null;
  const team = {
    members: Number(row.members ?? 0),
    backbone: Number(row.backbone ?? 0),
    unspecified: Number(row.unspecified ?? 0),
  };
  return teamSize(team) > 0 ? team : null;
}

export const teamSize = (team: Team): number => team.members + team.backbone + team.unspecified;

/** 课题团队共 95 人：党员 46 人、业务骨干 49 人 (and those whose kind the data does not give). */
export function teamSentence(team: Team, locale: Locale): string {
  const vars = {
    total: n(teamSize(team), locale),
    members: n(team.members, locale),
    backbone: n(team.backbone, locale),
    unspecified: n(team.unspecified, locale),
  };
  return tf(locale, team.unspecified > 0 ? 'teamSentenceUnspecified' : 'teamSentence', vars);
}

/** Outcome metrics counted by status. */
export interface OutcomeCounts {
  readonly metrics: number;
  readonly withTarget: number;
  readonly met: number;
  readonly regressed: number;
}

/** The counts of an outcomes answer (src/queries/topics.ts outcomesQuery). */
export function outcomeCounts(answer: Columns | undefined): OutcomeCounts {
  const status = (answer?.status ?? []) as (OutcomeStatus | null)[];
  const count = (s: OutcomeStatus) => status.filter((x) => x === s).length;
  return {
    metrics: status.length,
    withTarget: status.length - count('no_target'),
    met: count('met'),
    regressed: count('regressed'),
  };
}

/** 12 项指标中 7 项达到目标、2 项较基线倒退: never 成效突出 of metrics that did not reach their target. */
export function outcomesSentence(c: OutcomeCounts, locale: Locale): string {
  // No metric at all is not "0 metrics, none with a target".
  if (c.metrics === 0) return t(locale, 'outcomesNone');
  if (c.withTarget === 0) return tf(locale, 'outcomesNoTarget', { metrics: n(c.metrics, locale) });
  const vars = { metrics: n(c.withTarget, locale), met: n(c.met, locale), regressed: n(c.regressed, locale) };
  if (c.met === c.withTarget) return tf(locale, 'outcomesAllMet', vars);
  return tf(locale, c.regressed > 0 ? 'outcomesMetRegressed' : 'outcomesMet', vars);
}

/** What a list counts. */
export type CutUnit = 'people' | 'orgs' | 'metrics' | 'rows' | 'tasks';

/** A list shown in part says so: 共 203 人 · 显示前 24 人; a whole list just its count: 共 24 人. */
export function cutNote(total: number, shown: number, unit: CutUnit, locale: Locale): string {
  const vars = { total: n(total, locale), shown: n(shown, locale), unit: tf(locale, UNIT_KEYS[unit], {}) };
  return tf(locale, shown < total ? 'listCut' : 'listWhole', vars);
}

const UNIT_KEYS = {
  people: 'unitPeople',
  orgs: 'unitOrgs',
  metrics: 'unitMetrics',
  rows: 'unitRows',
  tasks: 'unitTasks',
} as const;

/** Where the as-of date comes from (manifest.asOfSource), in words beside it. */
export const ASOF_KEYS = { rules: 'asOfFromRules', data: 'asOfFromData', build: 'asOfFromBuild' } as const;

/** 数据截至 2025-12-31（数据中最晚日期） · 构建于 2026-05-01 18:32 (UTC+08:00): the footer's provenance line. */
export function asOfText(
  manifest: { readonly asOf: string; readonly asOfSource?: keyof typeof ASOF_KEYS; readonly generatedAt: string },
  locale: Locale,
): string {
  const source = manifest.asOfSource
    ? tf(locale, 'parenthesised', { text: tf(locale, ASOF_KEYS[manifest.asOfSource], {}) })
    : '';
  return `${tf(locale, 'dataAsOf', {})} ${manifest.asOf}${source} · ${tf(locale, 'dataBuiltAt', {})} ${localTimestamp(manifest.generatedAt)}`;
}

/** 共 97 人，均为民主评议评定 / or with suggested ones: how an honour roll (listed_honours' rows) is made up. */
export function honoursSentence(answer: Columns, locale: Locale): string | null {
  const sources = (answer.rating_source ?? []) as (string | null)[];
  if (sources.length === 0) return null;
  const suggested = sources.filter((s) => s === 'suggested').length;
  const vars = {
    total: n(sources.length, locale),
    recorded: n(sources.length - suggested, locale),
    suggested: n(suggested, locale),
  };
  return tf(locale, suggested > 0 ? 'honoursWithSuggested' : 'honoursRecorded', vars);
}

/**
 * 含按积分建议 106 人: how many of an excellent count are only suggested from points (no evaluation recorded),
 * said beside every excellent ratio, so a suggestion never passes for a recorded rating. Null when none are.
 */
export function suggestedExcellent(row: Record<string, unknown>, locale: Locale): string | null {
  const count = Number(row.excellent_suggested ?? 0);
  return count > 0 ? tf(locale, 'excellentSuggested', { n: n(count, locale) }) : null;
}

/** 21 个基层组织参与排名: how many organisations a ranking's places are among (the notice board's lists). */
export function rankedAmong(peers: Value | undefined, locale: Locale): string | null {
  return peers == null ? null : tf(locale, 'boardRankedAmong', { n: n(Number(peers), locale) });
}

/**
 * 2025年第四季度考核排名：第 11 / 21 · 上期 第 13 / 21 ▲2 — an organisation's place among its peers (a
 * branch among its committee's) and its move since the previous period, from an org page's `place` answer.
 */
export function placeSentence(answer: Columns | undefined, locale: Locale): string | null {
  const row = answer ? rows(answer)[0] : undefined;
  if (!row || row.rank === null) return null;
  const period = formatValue(row.period, 'period', locale);
  const now = tf(locale, 'placeLine', { period, place: formatPlace(row.rank, row.peers, locale) });
  if (row.previous_rank === null || row.previous_rank === undefined) return now;
  const place = formatPlace(row.previous_rank, row.previous_peers, locale);
  const move = formatMove(Number(row.previous_rank) - Number(row.rank), locale);
  return `${now} · ${tf(locale, 'placePrevious', { place, move })}`;
}

/** A slide's or a panel's leading sentence (the review deck's Headline). */
export function headlineText(
  h: { readonly kind: 'outcomes'; readonly counts: OutcomeCounts } | { readonly kind: 'team'; readonly team: Team },
  locale: Locale,
): string {
  return h.kind === 'outcomes' ? outcomesSentence(h.counts, locale) : teamSentence(h.team, locale);
}
