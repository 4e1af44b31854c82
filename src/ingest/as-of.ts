/**
 * 数据截至 The as-of date a data set speaks for, when the rules do not set one: the latest day on which
 * something the data records happened (an entry, a meeting, a task done, a topic set or closed, the end of
 * a period assessed or a year evaluated), never after the build's own day. Deadlines are plans, not events:
 * a due date in December says nothing of how far an export of June reaches. Before, a data set of 2017 said
 * 数据截至 <the build's day> and judged its open tasks overdue against that day.
 */
import type { AsOfSource } from '../model/manifest';
import type { Db } from './db';

/** Each table's latest event (run after validation, with the build's parse macros). */
const EVENTS: Readonly<Record<string, readonly string[]>> = {
  points: ['SELECT max(date) AS d FROM points'],
  meetings: ['SELECT max(date) FROM meetings'],
  tasks: ['SELECT max(done_on) FROM tasks'],
  topics: ['SELECT max(set_on) FROM topics', 'SELECT max(closed_on) FROM topics'],
  assessments: ['SELECT max(period_end(period)) FROM assessments'],
  evaluations: ['SELECT max(make_date(year, 12, 31)) FROM evaluations'],
};

/** The latest event of the accepted tables but `except` (a rebuild keeps the ledger's per source). */
export function latestEventSql(except: readonly string[] = []): string {
  const parts = Object.entries(EVENTS).flatMap(([t, sql]) => (except.includes(t) ? [] : sql));
  return `SELECT CAST(max(d) AS VARCHAR) AS latest FROM (${parts.join(' UNION ALL ')}) AS e(d)`;
}

/** The latest event of the accepted tables. */
export const LATEST_EVENT_SQL = latestEventSql();

/** The as-of date and where it comes from: the rules' asOf, else the data's latest event (at most `today`), else today. */
export async function resolveAsOf(
  db: Db,
  rulesAsOf: string | undefined,
  today: string,
): Promise<{ asOf: string; source: AsOfSource }> {
  if (rulesAsOf) return { asOf: rulesAsOf, source: 'rules' };
  const [{ latest }] = await db.all(LATEST_EVENT_SQL);
  return asOfFrom(latest === null ? null : String(latest), undefined, today);
}

/** resolveAsOf from a latest event already known (a rebuild keeps each source's own). */
export function asOfFrom(
  latest: string | null,
  rulesAsOf: string | undefined,
  today: string,
): { asOf: string; source: AsOfSource } {
  if (rulesAsOf) return { asOf: rulesAsOf, source: 'rules' };
  if (latest === null) return { asOf: today, source: 'build' };
  const day = latest.slice(0, 10);
  return day > today ? { asOf: today, source: 'build' } : { asOf: day, source: 'data' };
}
