/**
 * The live notice-board screen (公示栏, client:only): where the browser can (WebAssembly, enough memory),
 * it loads DuckDB-WASM, keeps the figures current through the feed and rotates its frames, showing a notice
 * when an update fails while the last good figures stay up. The page's pre-rendered frames (StaticBoard)
 * are on show until its first figures arrive; it then carries on from the frame on show, which stays its
 * whole interval. Set up by the URL alone; nothing on it needs a pointer or a key.
 */
import { type CSSProperties, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { BoardFrame } from '../board/BoardFrame';
import { type BoardConfig, goesLive, parseBoardConfig } from '../board/config';
import { framesOf } from '../board/frames';
import { staticBoard } from '../board/static-api';
import { SCREEN_COLORS } from '../charts/theme';
import { type Locale, t } from '../i18n/dict';
import { type FeedState, startFeed } from './board-feed';
import { fitScreen } from './screen';

/** Where the rotation starts: the frame on show, and when it gives way to the next (ms since the epoch). */
interface Rotation {
  readonly from: number;
  readonly firstChange: number;
}

export default function BoardIsland({ locale: pageLocale, dataUrl }: { locale: Locale; dataUrl: string }) {
  const config = useMemo<BoardConfig>(() => parseBoardConfig(location.search, pageLocale), [pageLocale]);
  const { locale } = config;
  const [handover] = useState(staticBoard);
  const [live] = useState(() =>
    goesLive(config, {
      wasm: typeof WebAssembly === 'object',
      deviceMemory: (navigator as Navigator & { deviceMemory?: number }).deviceMemory,
    }),
  );
  const [feed, setFeed] = useState<FeedState>({ current: null, failure: null });
  const [rotation, setRotation] = useState<Rotation | null>(null);
  const [step, setStep] = useState(0);
  const screen = useRef<HTMLDivElement>(null);
  // Until its figures arrive, the pre-rendered frames stay on show where they apply.
  const showing = live && (rotation !== null || !handover?.applies);

  useEffect(() => {
    if (!live) return handover?.cannotGoLive();
    if (!handover?.applies) handover?.stop(); // this screen's own loading frame from now on
    return startFeed(dataUrl, config, setFeed);
  }, [live, handover, dataUrl, config]);
  useEffect(() => (showing && screen.current ? fitScreen(screen.current) : undefined), [showing]);
  useEffect(() => {
    if (!showing) return;
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t(locale, 'boardTitle')} · ${t(locale, 'siteTitle')}`;
  }, [locale, showing]);

  // The first figures: the rotation starts now, from the pre-rendered frame on show, which keeps its time.
  const hasData = feed.current !== null;
  useLayoutEffect(() => {
    if (!hasData || rotation) return;
    const ms = config.interval * 1000;
    if (handover?.applies) {
      setRotation({ from: handover.step, firstChange: handover.changedAt + ms });
      handover.stop();
    } else setRotation({ from: 0, firstChange: Date.now() + ms });
  }, [hasData, rotation, handover, config.interval]);
  useEffect(() => {
    if (!rotation) return;
    let every: ReturnType<typeof setInterval> | undefined;
    // At the time fixed when the figures came, not an interval from now: this effect may run a while after that.
    const first = setTimeout(
      () => {
        setStep((s) => s + 1);
        every = setInterval(() => setStep((s) => s + 1), config.interval * 1000);
      },
      Math.max(0, rotation.firstChange - Date.now()),
    );
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, [rotation, config.interval]);

  const current = feed.current;
  const frames = useMemo(() => (current ? framesOf(config.slides, current.data) : []), [current, config.slides]);
  if (!showing) return null;
  const frame = rotation && frames.length ? frames[(rotation.from + step) % frames.length] : null;
  const failure = feed.failure && (
    <span
      className="board-notice"
      role="status"
      data-failures={feed.failure.failures}
      data-error={feed.failure.message}
    >
      {[
        t(locale, 'boardUpdateFailed'),
        current ? `${t(locale, 'boardShowing')} ${current.asOf}` : null,
        t(locale, 'boardRetry'),
      ]
        .filter(Boolean)
        .join(' · ')}
    </span>
  );

  return (
    <div
      className="board-viewport"
      data-board-theme={config.theme}
      style={SCREEN_COLORS[config.theme] as CSSProperties}
      data-frame={frame ? `${frame.slide}:${frame.page}` : ''}
      data-slide={frame?.slide ?? ''}
      data-step={step}
      data-version={current?.version ?? ''}
    >
      <div className="screen board" ref={screen}>
        <Clock locale={locale} />
        {current && frame ? (
          <BoardFrame frame={frame} board={current} locale={locale} slides={config.slides} notice={failure} />
        ) : (
          <section className="board-frame board-message">
            <header>
              <h1>{t(locale, feed.failure ? 'boardUpdateFailed' : 'boardLoading')}</h1>
            </header>
            <div className="board-body" />
            <footer>{failure}</footer>
          </section>
        )}
      </div>
    </div>
  );
}

/** The wall clock; its own state, so the slide does not re-render every second. */
function Clock({ locale }: { locale: Locale }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
  return (
    <div className="clock">
      <time dateTime={now.toISOString()}>{now.toLocaleTimeString(tag, { hour12: false })}</time>
      <span>{now.toLocaleDateString(tag, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' })}</span>
    </div>
  );
}
