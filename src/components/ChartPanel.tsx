/**
 * The one wrapper every chart passes through: its chrome. Title, notes, the chart (Chart.tsx), the data
 * table alternative, and CSV / PNG downloads.
 */
import { memo, useMemo, useRef } from 'react';
import { type AnswerSize, chartBound, chartHeight, linesAtFirst } from '../charts/bounds';
import { formatValue } from '../charts/format';
import type { FirstPaint } from '../charts/layout';
import type { ChartContext } from '../charts/option';
import type { PanelSpec } from '../charts/spec';
import { BUILD_THEME, inkColor, paperColor, type ThemeName } from '../charts/theme';
import { t, tf } from '../i18n/dict';
import { meets, missingText, type Sources, unmetNeed } from '../queries/needs';
import { type Columns, rowCount } from '../queries/types';
import { Chart } from './Chart';
import { DataTable } from './DataTable';
import { saveBlob, svgToPng, toCsv } from './download';
import { orgHref, type SiteLinks } from './links';

interface Props {
  readonly spec: PanelSpec;
  readonly data: Columns;
  readonly ctx: ChartContext;
  /** The page's theme (default: the build's, for the static first view). */
  readonly theme?: ThemeName;
  readonly links: SiteLinks;
  /** The first view's chart as the build drew it. */
  readonly paint?: FirstPaint;
  /** False for the static first view: no live chart, no handlers. */
  readonly interactive: boolean;
  readonly onMember?: (memberId: string) => void;
  readonly filename: string;
  /** The view the panel shows, for a downloaded PNG's heading (view-line.ts). */
  readonly viewLine: string;

  /** Rows of the whole answer, when `data` is the build's share of it (see bounds.ts): downloads wait for the rest. */
  readonly whole?: AnswerSize;
  /** What the data holds (Meta.sources): a panel, chart or column it cannot make says what is missing instead. */
  readonly sources: Sources;
  /** The panel's headline sentence, made from the page's answers (PanelSpec.summary). */
  readonly summary?: string | null;
}

/**
 * Re-rendered only when one of its props changes (the islands keep their handlers stable): a filter change
 * first marks the page busy (the panels stay as they are, dimmed by CSS if the answer is slow: useLate.ts), then
 * each panel redraws with its new data.
 */
export const ChartPanel = memo(function ChartPanel({
  spec,
  data,
  ctx,
  theme = BUILD_THEME,
  links,
  paint,
  interactive,
  onMember,
  filename,
  viewLine,
  whole,
  sources,
  summary,
}: Props) {
  const chartRef = useRef<HTMLDivElement>(null);
  const title = t(ctx.locale, spec.title);
  // What the data cannot make is left out: a chart of zeros would stand for "missing".
  const chart = spec.chart && meets(sources, spec.chart.needs) ? spec.chart : undefined;
  const chartMissing = spec.chart && !chart ? unmetNeed(sources, spec.chart.needs) : null;
  const columns = useMemo(() => spec.columns.filter((c) => meets(sources, c.needs)), [spec, sources]);
  const bounded = useMemo(() => (chart ? chartBound(chart, data) : null), [chart, data]);
  const lines = chart && bounded ? linesAtFirst(chart, bounded.data) : null;
  const height = chart && bounded ? chartHeight(chart, bounded.data) : 360;
  const empty = rowCount(data) === 0;
  const drill = useMemo(() => drillTo(spec, bounded?.data, links), [spec, bounded, links]);
  const missing = unmetNeed(sources, spec.needs);
  if (missing) {
    return (
      <section className={`panel missing${spec.wide ? ' wide' : ''}`} id={spec.id} data-missing={missing.join(' ')}>
        <header>
          <h2>{title}</h2>
        </header>
        <p className="missing-data">{missingText(ctx.locale, missing)}</p>
      </section>
    );
  }
  const emptyText = t(ctx.locale, spec.empty ?? 'noData');
  // What the note says is cut: of the whole answer (the build's, until the browser has answered).
  const bound = whole?.chart ?? bounded;
  const table = (
    <DataTable
      columns={columns}
      data={data}
      locale={ctx.locale}
      links={links}
      caption={title}
      onMember={onMember}
      total={whole?.rows}
      totalField={spec.totalField}
      interactive={interactive}
      emptyText={emptyText}
    />
  );
  return (
    <section className={`panel${spec.wide ? ' wide' : ''}`} id={spec.id}>
      <header>
        <h2>{title}</h2>
        <div className="actions">
          <button
            type="button"
            disabled={!interactive || whole !== undefined}
            onClick={() =>
              saveBlob(
                new Blob([toCsv(columns, data, ctx.locale)], { type: 'text/csv;charset=utf-8' }),
                `${filename}.csv`,
              )
            }
          >
            {t(ctx.locale, 'downloadCsv')}
          </button>
          {chart && (
            <button
              type="button"
              disabled={!interactive || empty}
              onClick={async () => {
                const svgEl = chartRef.current?.querySelector('svg');
                if (!svgEl) return;
                const heading = { title, line: viewLine, ink: inkColor(theme) };
                saveBlob(await svgToPng(svgEl, paperColor(theme), heading), `${filename}.png`);
              }}
            >
              {t(ctx.locale, 'downloadPng')}
            </button>
          )}
        </div>
      </header>
      {summary && <p className="summary">{summary}</p>}
      {spec.note && <p className="note">{t(ctx.locale, spec.note)}</p>}
      {chart?.note && <p className="note">{t(ctx.locale, chart.note)}</p>}
      {chartMissing && <p className="note missing-data">{missingText(ctx.locale, chartMissing)}</p>}
      {bound && bound.shown < bound.total && (
        <p className="note">
          {tf(ctx.locale, bound.unit === 'series' ? 'chartBoundedSeries' : 'chartBoundedCategories', {
            shown: formatValue(bound.shown, 'int', ctx.locale),
            total: formatValue(bound.total, 'int', ctx.locale),
          })}
        </p>
      )}
      {lines && (
        <p className="note lines-at-first">
          {tf(ctx.locale, 'chartLinesAtFirst', {
            shown: formatValue(lines.shown, 'int', ctx.locale),
            total: formatValue(lines.total, 'int', ctx.locale),
            order: t(ctx.locale, chart?.linesOrder ?? 'linesInTableOrder'),
          })}
        </p>
      )}
      {bounded && empty && <p className="empty chart-empty">{emptyText}</p>}
      {chart && bounded && !empty && (
        <Chart
          chartRef={chartRef}
          shape={chart}
          data={bounded.data}
          ctx={ctx}
          theme={theme}
          paint={paint}
          interactive={interactive}
          height={height}
          title={title}
          onDrill={drill}
        />
      )}
      {bounded
        ? !empty && (
            <details className="data-table">
              <summary>{t(ctx.locale, 'showTable')}</summary>
              {table}
            </details>
          )
        : table}
    </section>
  );
});

/**
 * A bar or slice of an organisation opens its page with the year and period kept: the chart is one view
 * of the data, the organisation's page the next step down.
 */
function drillTo(spec: PanelSpec, data: Columns | undefined, links: SiteLinks): ((row: number) => void) | undefined {
  const field = spec.chart?.drillOrg;
  if (!field || !data) return undefined;
  return (row) => {
    const id = data[field]?.[row];
    if (id == null) return;
    const here = new URLSearchParams(location.search);
    const keep = new URLSearchParams();
    for (const key of ['year', 'period']) {
      const value = here.get(key);
      if (value) keep.set(key, value);
    }
    const href = orgHref(links, String(id));
    const search = keep.toString();
    location.assign(search ? `${href}${href.includes('?') ? '&' : '?'}${search}` : href);
  };
}
