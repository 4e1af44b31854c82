/**
 * The notice-board screen (公示栏, client:only): rotates through its frames
 * on a timer, keeps its data current through the feed, and shows a notice
 * when an update fails while the last good figures stay up. Set up by the
 * URL alone; nothing on it needs a pointer or a key.
 */
import { type CSSProperties, useEffect, useMemo, useRef, useState } from 'react';
import { type BoardConfig, parseBoardConfig } from '../board/config';
import { FrameView } from '../board/FrameView';
import { framesOf } from '../board/frames';
import { formatValue } from '../charts/format';
import { SCREEN_COLORS } from '../charts/theme';
import { type Locale, type MessageKey, t } from '../i18n/dict';
import type { BoardSlide } from '../queries/board';
import { orgName } from '../queries/meta';
import { type FeedState, startFeed } from './board-feed';
import { fitScreen } from './screen';

const TITLES: Record<BoardSlide, MessageKey> = {
  ranking: 'boardRanking',
  points: 'boardPoints',
  honours: 'boardHonours',
  topics: 'boardTopics',
  meetings: 'boardMeetings',
};

/** Slides of the selected period; the others cover the whole year. */
const PER_PERIOD = new Set<BoardSlide>(['ranking', 'points']);

export default function BoardIsland({ locale: pageLocale, dataUrl }: { locale: Locale; dataUrl: string }) {
  const config = useMemo<BoardConfig>(() => parseBoardConfig(location.search, pageLocale), [pageLocale]);
  const { locale } = config;
  const [feed, setFeed] = useState<FeedState>({ current: null, failure: null });
  const [step, setStep] = useState(0);
  const screen = useRef<HTMLDivElement>(null);

  useEffect(() => startFeed(dataUrl, config, setFeed), [dataUrl, config]);
  useEffect(() => (screen.current ? fitScreen(screen.current) : undefined), []);
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t(locale, 'boardTitle')} · ${t(locale, 'siteTitle')}`;
  }, [locale]);
  useEffect(() => {
    const timer = setInterval(() => setStep((s) => s + 1), config.interval * 1000);
    return () => clearInterval(timer);
  }, [config.interval]);

  const current = feed.current;
  const frames = useMemo(() => (current ? framesOf(config.slides, current.data) : []), [current, config.slides]);
  const frame = frames.length ? frames[step % frames.length] : null;

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
        {current && frame ? (
          <>
            <header>
              <div>
                <h1>{t(locale, TITLES[frame.slide])}</h1>
                <p className="sub">
                  {[
                    orgName(current.meta, current.filters.org),
                    frame.group,
                    formatValue(
                      PER_PERIOD.has(frame.slide) ? current.filters.period : String(current.filters.year),
                      'period',
                      locale,
                    ),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </div>
              <Clock locale={locale} />
            </header>
            <section className="board-body">
              <FrameView frame={frame} columns={current.data[frame.slide]} locale={locale} />
            </section>
          </>
        ) : (
          <header>
            <h1>{t(locale, feed.failure ? 'boardUpdateFailed' : 'boardLoading')}</h1>
            <Clock locale={locale} />
          </header>
        )}
        <footer>
          <span>
            {current ? `${t(locale, 'dataAsOf')} ${current.asOf} · ${t(locale, 'dataVersion')} ${current.version}` : ''}
          </span>
          {feed.failure && (
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
          )}
          {frame && frame.pages > 1 && <span className="page">{`${frame.page} / ${frame.pages}`}</span>}
          <Progress slides={config.slides} active={frame?.slide} />
        </footer>
      </div>
    </div>
  );
}

function Progress({ slides, active }: { slides: readonly BoardSlide[]; active?: BoardSlide }) {
  return (
    <span className="dots" aria-hidden="true">
      {slides.map((s) => (
        <span key={s} className={s === active ? 'on' : ''} />
      ))}
    </span>
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
