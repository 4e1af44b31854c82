/**
 * What each of the screen's figures is made of (queries/needs.ts), so that a screen over a partial export
 * says 本数据未包含… where the data lacks a table, as the pages do, never 优秀 0 人 / 参评 0 人, 本年度无课题
 * or 暂无数据. The needs are the pages' own for the same figures.
 */
import { OVERVIEW_KPIS, RATED } from '../dashboards/overview';
import { RANKED } from '../dashboards/panels';
import { type Locale, type MessageKey, tf } from '../i18n/dict';
import type { TableName } from '../model/schema';
import type { BoardSlide } from '../queries/board';
import { missingText, type Needs, type Sources, tableNames, unmetNeed } from '../queries/needs';

/** The slides after the overview, each a list of one source's rows. */
export const SLIDE_NEEDS: Record<Exclude<BoardSlide, 'overview'>, Needs> = {
  ranking: RANKED,
  points: ['members', 'points'],
  honours: RATED,
  topics: ['topics'],
  meetings: ['meetings'],
};

/** The overview's ranking: the period's branch scores. */
export const RANKING_NEEDS: Needs = RANKED;

/** The overview's excellent ratio: members rated by their evaluation or from the ledger. */
export const RATIO_NEEDS: Needs = RATED;

/** The overview's topic campaign: counted per organisation's subtree, as the topics key figure. */
export const TOPICS_NEEDS: Needs = ['topics', 'organizations'];

/** The attention list's reasons: a low rating, a ratio over the cap, overdue topics, overdue tasks. */
const REASON_NEEDS: readonly Needs[] = [RANKED, RATED, ['topics'], ['tasks']];

/** What a figure's place says when the data lacks what it needs (本数据未包含积分台账), or null when it has it. */
export function missingFor(sources: Sources, needs: Needs | undefined, locale: Locale): string | null {
  const unmet = unmetNeed(sources, needs);
  return unmet ? missingText(locale, unmet) : null;
}

/** A key figure's needs: the overview page's figure of the same name. */
export function kpiNeeds(label: MessageKey): Needs | undefined {
  return OVERVIEW_KPIS.find((k) => k.label === label)?.needs;
}

/**
 * The attention list over partial data: null when every reason can be judged; else whether none can, and the
 * sentence naming the tables it was not judged on (未含民主评议、积分台账、课题的数据，相应原因未计入).
 */
export function attentionGaps(sources: Sources, locale: Locale): { none: boolean; text: string } | null {
  const unmet = REASON_NEEDS.map((needs) => unmetNeed(sources, needs));
  const missing = [...new Set(unmet.flatMap((u) => u ?? []))] as TableName[];
  if (missing.length === 0) return null;
  const none = unmet.every((u) => u !== null);
  const tables = tableNames(locale, missing).join(locale === 'zh' ? '、' : ', ');
  return { none, text: tf(locale, none ? 'boardReasonsNone' : 'boardReasonsMissing', { tables }) };
}
