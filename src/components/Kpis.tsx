/**
 * Headline figures. Each carries its raw value in data-value, so tests compare numbers, not text; with it,
 * where the data has them, the change since a year (or a period) before, a small trend line, and a state in
 * words (the excellent ratio against its cap), never colour alone. A figure the data cannot make (no meetings
 * table: no completion rate) is left out, not shown as 0 or —.
 */

import { formatValue } from '../charts/format';
import { type KpiState, kpiChange, kpiState } from '../charts/kpi';
import type { KpiSpec } from '../charts/spec';
import { KPI_STATE_COLORS, ROLE_COLORS } from '../charts/theme';
import { type Locale, t, tf } from '../i18n/dict';
import { meets, missingText, type Sources, unmetNeed } from '../queries/needs';
import { type Columns, rows, type Value } from '../queries/types';

interface Props {
  readonly specs: readonly KpiSpec[];
  /** The page's answers: `kpis` (one row), and the trend tables the specs name. */
  readonly data: Record<string, Columns>;
  readonly locale: Locale;
  readonly sources: Sources;
  /** Not answered yet: each card keeps its place and says so. */
  readonly pending?: boolean;
}

export function Kpis({ specs, data, locale, sources, pending }: Props) {
  const row = rows(data.kpis ?? {})[0] ?? {};
  const shown = shownKpis(specs, sources);
  const leftOut = leftOutText(specs, sources, locale);
  return (
    <>
      {shown.length > 0 && (
        <dl className="kpis">
          {shown.map((k) => (
            <KpiCard key={k.field} spec={k} row={row} data={data} locale={locale} pending={pending} />
          ))}
        </dl>
      )}
      {leftOut && <p className="missing-data kpis-left-out">{leftOut}</p>}
    </>
  );
}

/** One headline figure: its value, its detail and state, its change since the period before, its trend. */
function KpiCard({
  spec: k,
  row,
  data,
  locale,
  pending,
}: {
  readonly spec: KpiSpec;
  readonly row: Record<string, Value>;
  readonly data: Record<string, Columns>;
  readonly locale: Locale;
  readonly pending?: boolean;
}) {
  const change = kpiChange(k, row, locale);
  const state = kpiState(k, row);
  const trend = k.trend ? ((data[k.trend.table]?.[k.trend.field] ?? []) as Value[]) : [];
  return (
    <div className="kpi" data-kpi={k.field} data-value={row[k.field] ?? ''}>
      <dt>{t(locale, k.label)}</dt>
      <dd>
        <span className="value">{pending ? '…' : formatValue(row[k.field] ?? null, k.format, locale)}</span>
        {/* Pending, the line is kept but empty: a detail of no answer would read "— / — · ≤ NaN%". */}
        {k.detail && <span className="detail">{pending ? '\u00a0' : k.detail(row, locale)}</span>}
        {state && <StateBadge state={state} locale={locale} />}
      </dd>
      {/* Kept as a line (empty where it does not apply): an answer arriving with a note moves nothing. */}
      {k.note && <dd className="note">{(!pending && k.note(row, locale)) || '\u00a0'}</dd>}
      {change && (
        <dd className="change" data-change={change.delta}>
          {change.text}
        </dd>
      )}
      {/* Before the first answer their lines are kept, so the answer moves nothing below the cards. */}
      {pending && k.previous && <dd className="change">{'\u00a0'}</dd>}
      {trend.filter((v) => v != null).length > 1 && <Sparkline values={trend} />}
      {pending && k.trend && <span className="sparkline" />}
    </div>
  );
}

/**
 * The figures left out, each with the table its data lacks (未显示的指标：党员（本数据未包含党员）), so a row of
 * cards with some missing, or none at all, does not pass for the whole set.
 */
export function leftOutText(specs: readonly KpiSpec[], sources: Sources, locale: Locale): string | null {
  const list = specs.flatMap((k) => {
    const unmet = unmetNeed(sources, k.needs);
    return unmet ? [tf(locale, 'kpiLeftOut', { label: t(locale, k.label), why: missingText(locale, unmet) })] : [];
  });
  return list.length ? tf(locale, 'kpisLeftOut', { list: list.join(t(locale, 'listSep')) }) : null;
}

/** The figures the data can make. */
export function shownKpis(specs: readonly KpiSpec[], sources: Sources): KpiSpec[] {
  return specs.filter((k) => meets(sources, k.needs));
}

function StateBadge({ state, locale }: { state: KpiState; locale: Locale }) {
  return (
    <span className="state" data-state={state} style={{ color: KPI_STATE_COLORS[state] }}>
      {t(locale, `state_${state}`)}
    </span>
  );
}

/** The figure over time: a line, its last point marked. Missing years are gaps, not zeros. */
function Sparkline({ values }: { values: readonly Value[] }) {
  const nums = values.map((v) => (v == null ? null : Number(v)));
  const present = nums.filter((n): n is number => n !== null);
  const [lo, hi] = [Math.min(...present), Math.max(...present)];
  const [w, h] = [120, 28];
  const x = (i: number) => (nums.length === 1 ? w / 2 : (i / (nums.length - 1)) * (w - 4) + 2);
  const y = (n: number) => (hi === lo ? h / 2 : h - 3 - ((n - lo) / (hi - lo)) * (h - 6));
  const runs: string[] = [];
  let run: string[] = [];
  nums.forEach((n, i) => {
    if (n === null) {
      if (run.length) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(i).toFixed(1)},${y(n).toFixed(1)}`);
  });
  if (run.length) runs.push(run.join(' '));
  const last = nums.length - 1;
  return (
    <svg className="sparkline" viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
      {runs.map((points) => (
        <polyline key={points} points={points} fill="none" stroke={ROLE_COLORS.measure} strokeWidth="1.5" />
      ))}
      {nums[last] !== null && <circle cx={x(last)} cy={y(nums[last] as number)} r="2.5" fill={ROLE_COLORS.measure} />}
    </svg>
  );
}
