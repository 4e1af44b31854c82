/**
 * The one wrapper every chart passes through: title, the chart (its
 * server-rendered SVG first, then a live ECharts instance), the data table
 * alternative, and CSV / PNG downloads.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type AnswerSize, chartBound, chartHeight } from '../charts/bounds';
import { formatValue } from '../charts/format';
import { buildOption, type ChartContext } from '../charts/option';
import type { PanelSpec } from '../charts/spec';
import { t, tf } from '../i18n/dict';
import { type Columns, rowCount } from '../queries/types';
import { DataTable } from './DataTable';
import { saveBlob, svgToPng, toCsv } from './download';
import type { SiteLinks } from './links';

interface Props {
  readonly spec: PanelSpec;
  readonly data: Columns;
  readonly ctx: ChartContext;
  readonly links: SiteLinks;
  /** Server-rendered SVG of the first view. */
  readonly svg?: string;
  /** False for the static first view: no live chart, no handlers. */
  readonly interactive: boolean;
  readonly onMember?: (memberId: string) => void;
  readonly filename: string;
  /** Rows of the whole answer, when `data` is the build's share of it (see bounds.ts): downloads wait for the rest. */
  readonly whole?: AnswerSize;
}

/**
 * Re-rendered only when what it shows changes: a filter change first marks the
 * page busy (the panels stay as they are, dimmed by CSS), then each panel
 * redraws with its new data. The file name and member handler are read when
 * clicked, from the render that drew the data on screen.
 */
export const ChartPanel = memo(
  ChartPanelView,
  (a, b) =>
    a.spec === b.spec &&
    a.data === b.data &&
    a.ctx === b.ctx &&
    a.links === b.links &&
    a.svg === b.svg &&
    a.interactive === b.interactive &&
    a.whole === b.whole,
);

function ChartPanelView({ spec, data, ctx, links, svg, interactive, onMember, filename, whole }: Props) {
  const chartRef = useRef<HTMLDivElement>(null);
  const title = t(ctx.locale, spec.title);
  const bounded = useMemo(() => (spec.chart ? chartBound(spec.chart, data) : null), [spec, data]);
  const height = spec.chart && bounded ? chartHeight(spec.chart, bounded.data) : 360;
  const empty = rowCount(data) === 0;
  // What the note says is cut: of the whole answer (the build's, until the browser has answered).
  const bound = whole?.chart ?? bounded;
  const table = (
    <DataTable
      columns={spec.columns}
      data={data}
      locale={ctx.locale}
      links={links}
      caption={title}
      onMember={onMember}
      total={whole?.rows}
      interactive={interactive}
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
                new Blob([toCsv(spec.columns, data, ctx.locale)], { type: 'text/csv;charset=utf-8' }),
                `${filename}.csv`,
              )
            }
          >
            {t(ctx.locale, 'downloadCsv')}
          </button>
          {spec.chart && (
            <button
              type="button"
              disabled={!interactive || empty}
              onClick={async () => {
                const svgEl = chartRef.current?.querySelector('svg');
                if (svgEl) saveBlob(await svgToPng(svgEl, ctx.dark ? '#16191e' : '#ffffff'), `${filename}.png`);
              }}
            >
              {t(ctx.locale, 'downloadPng')}
            </button>
          )}
        </div>
      </header>
      {spec.note && <p className="note">{t(ctx.locale, spec.note)}</p>}
      {bound && bound.shown < bound.total && (
        <p className="note">
          {tf(ctx.locale, bound.unit === 'series' ? 'chartBoundedSeries' : 'chartBoundedCategories', {
            shown: formatValue(bound.shown, 'int', ctx.locale),
            total: formatValue(bound.total, 'int', ctx.locale),
          })}
        </p>
      )}
      {bounded && empty && <p className="empty chart-empty">{t(ctx.locale, 'noData')}</p>}
      {bounded && !empty && (
        <LiveChart
          refEl={chartRef}
          spec={spec}
          data={bounded.data}
          ctx={ctx}
          svg={svg}
          interactive={interactive}
          height={height}
          title={title}
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
}

interface LiveProps {
  readonly refEl: React.RefObject<HTMLDivElement | null>;
  readonly spec: PanelSpec;
  readonly data: Columns;
  readonly ctx: ChartContext;
  readonly svg?: string;
  readonly interactive: boolean;
  readonly height: number;
  readonly title: string;
}

/**
 * ECharts (the largest script of the page) loads only when the chart needs
 * it: data other than the server-rendered first view, a dark theme, or a
 * pointer on the chart for its tooltip. Until then the build's
 * SVG is the chart, so a page that is only looked at never downloads it.
 */
function useLiveWanted(data: Columns, svg: string | undefined, dark: boolean): [boolean, () => void] {
  const first = useRef(data);
  const [touched, setTouched] = useState(false);
  const changed = data !== first.current && JSON.stringify(data) !== JSON.stringify(first.current);
  return [!svg || dark || changed || touched, () => setTouched(true)];
}

function LiveChart({ refEl, spec, data, ctx, svg, interactive, height, title }: LiveProps) {
  const live = useRef<{
    dispose(): void;
    setOption(o: unknown, notMerge: boolean): void;
    resize(opts?: { height: number }): void;
    getHeight(): number;
  } | null>(null);
  const [wanted, want] = useLiveWanted(data, svg, ctx.dark);
  const resizer = useRef<ResizeObserver | null>(null);
  // The build's SVG is drawn 960 px wide: on a phone it shrinks to unreadable, so the live chart is drawn there
  // (a desktop's half-width panel reads it well enough, and keeps ECharts unloaded until it is needed).
  useEffect(() => {
    if (interactive && svg && window.innerWidth < 720) want();
  }, [interactive, svg, want]);
  const drawing = interactive && wanted && !!spec.chart;
  // data-pending marks a chart whose new data is not drawn yet, set in the same commit as the page's
  // data-ready: "ready" then means figures and charts, for the tests and the bench alike.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new data or context must mark the chart pending again
  useLayoutEffect(() => {
    if (drawing && refEl.current) refEl.current.dataset.pending = 'true';
  }, [drawing, data, ctx, refEl]);
  useEffect(() => {
    if (!drawing || !spec.chart) return;
    let cancelled = false;
    const shape = spec.chart;
    import('../charts/echarts').then(({ echarts }) => {
      const el = refEl.current;
      if (cancelled || !el) return;
      if (!live.current) {
        el.replaceChildren(); // the server-rendered SVG gives way to the live chart
        const chart = echarts.init(el, null, { renderer: 'svg', height });
        // A viewBox lets the SVG scale to paper when printed (ECharts sizes it in pixels for the screen).
        chart.on('finished', () => {
          const svg = el.querySelector('svg');
          if (svg) svg.setAttribute('viewBox', `0 0 ${chart.getWidth()} ${chart.getHeight()}`);
        });
        // The first frame drawn after setOption: the new data is on screen (its transition may still run).
        chart.on('rendered', () => delete el.dataset.pending);
        live.current = chart;
        resizer.current = new ResizeObserver(() => live.current?.resize());
        resizer.current.observe(el);
      }
      if (live.current.getHeight() !== height) live.current.resize({ height });
      live.current.setOption(buildOption(shape, data, ctx, el.clientWidth), true);
    });
    return () => {
      cancelled = true;
    };
  }, [drawing, spec, data, ctx, height, refEl]);
  // The chart and its resize observer live as long as the panel, across data changes.
  useEffect(
    () => () => {
      resizer.current?.disconnect();
      live.current?.dispose();
    },
    [],
  );
  return (
    <div
      className="chart"
      ref={refEl}
      role="img"
      aria-label={title}
      style={{ height }}
      onPointerEnter={want}
      // The SVG comes from ECharts' own server renderer, which escapes every text it writes. It stays
      // until the live chart replaces it, so the first view does not blink when the page takes over.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: our own build-time SVG, text escaped by ECharts (tested with hostile names)
      dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
    />
  );
}
