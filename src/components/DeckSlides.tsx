/**
 * The review deck's slides, drawn from a DeckDoc: at build time for a page of its own (React rendered to HTML,
 * no script needed to show or print it) and in the page for an organisation answered by DuckDB-WASM. Every text
 * is set as text; each chart is the SVG ECharts renders (it escapes the text it writes).
 */
import { renderSvg } from '../charts/echarts';
import { type Locale, t } from '../i18n/dict';
import { deckChartOption } from '../review/chart-option';
import type { DeckBlock, DeckChart, DeckDoc, SlideDoc } from '../review/model';

/** A chart's design size: the slide's body is about 1760 x 660 px; two blocks share it side by side. */
function chartSize(blocks: number) {
  return blocks > 1 ? { width: 840, height: 640 } : { width: 1740, height: 640 };
}

function Chart({ chart, locale, blocks }: { chart: DeckChart; locale: Locale; blocks: number }) {
  const size = chartSize(blocks);
  const svg = renderSvg(deckChartOption(chart, locale, size), size.height, size.width, 'light');
  return (
    <figure className="deck-chart">
      <figcaption>
        {chart.title}
        {chart.note && <span className="deck-chart-note">{chart.note}</span>}
      </figcaption>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: ECharts' SVG, its text escaped by ECharts */}
      <div className="svg" dangerouslySetInnerHTML={{ __html: svg }} />
    </figure>
  );
}

function Block({ block, locale, blocks }: { block: DeckBlock; locale: Locale; blocks: number }) {
  switch (block.kind) {
    case 'kpis':
      // One grid item with its note, where the slide lays its blocks out side by side.
      return (
        <div className="kpis-block">
          <dl className="kpis">
            {block.items.map((k) => (
              <div className="kpi" key={k.key} data-kpi={k.key} data-value={k.raw ?? ''}>
                <dt>{k.label}</dt>
                <dd>
                  <span className="value">{k.value}</span>
                  {k.detail && <span className="detail">{k.detail}</span>}
                </dd>
              </div>
            ))}
          </dl>
          {block.leftOut && <p className="kpis-left-out">{block.leftOut}</p>}
        </div>
      );
    case 'changes':
      return (
        <table className="changes">
          <thead>
            <tr>
              {block.head.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the header's columns are fixed
                <th scope="col" key={i}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((r) => (
              <tr key={r.key} data-kpi={r.key} data-value={r.rawCurrent ?? ''} data-previous={r.rawPrevious ?? ''}>
                <th scope="row">{r.label}</th>
                <td>{r.previous}</td>
                <td>{r.current}</td>
                <td className={r.direction}>{r.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'chart':
      return <Chart chart={block.chart} locale={locale} blocks={blocks} />;
    case 'list':
      return (
        <div className="deck-list">
          <h3>
            {block.title} <span className="count">{block.count}</span>
          </h3>
          <ol>
            {block.items.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: names may repeat; the order is the list's
              <li key={i}>
                <span className="name">{item.name}</span>
                <span className="detail">{item.detail}</span>
              </li>
            ))}
          </ol>
        </div>
      );
    case 'prompts':
      return (
        <ul className="prompts">
          {block.items.map((p, i) => (
            // The presenter writes over the prompts (plain text only); the PPTX button takes what is written.
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed prompts
            <li key={i} contentEditable="plaintext-only" suppressContentEditableWarning data-prompt={p}>
              {p}
            </li>
          ))}
        </ul>
      );
  }
}

function Notes({ notes, locale }: { notes: readonly string[]; locale: Locale }) {
  return (
    <aside className="notes" aria-label={t(locale, 'reviewNotes')}>
      <h3>{t(locale, 'reviewNotes')}</h3>
      {notes.length ? (
        <ul>
          {notes.map((n, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: notes are a fixed list
            <li key={i}>{n}</li>
          ))}
        </ul>
      ) : (
        <p>{t(locale, 'reviewNoNotes')}</p>
      )}
    </aside>
  );
}

function Slide({ slide, doc, number, total }: { slide: SlideDoc; doc: DeckDoc; number: number; total: number }) {
  return (
    <section className={`slide screen slide-${slide.id}`} data-slide={slide.id} aria-label={`${number} / ${total}`}>
      <header>
        <p className="kicker">{slide.kicker}</p>
        <h2>{slide.headline}</h2>
      </header>
      <div className={`deck-body items-${slide.blocks.length}`}>
        {slide.blocks.map((b, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a slide's blocks are fixed
          <Block key={i} block={b} locale={doc.locale} blocks={slide.blocks.length} />
        ))}
      </div>
      <footer>
        <span>{doc.footer}</span>
        <span className="number">
          {number} / {total}
        </span>
      </footer>
      <Notes notes={slide.notes} locale={doc.locale} />
    </section>
  );
}

function Cover({ doc, total }: { doc: DeckDoc; total: number }) {
  const { cover } = doc;
  return (
    <section className="slide screen slide-cover" data-slide="cover" aria-label={`1 / ${total}`}>
      <div className="title-slide">
        <p className="org" data-cover="org">
          {cover.org}
        </p>
        <h1 data-cover="title">{cover.title}</h1>
        <p className="byline">
          <span data-cover="presenter" />
          <span data-cover="date" />
        </p>
        <p className="meta">{cover.asOf}</p>
      </div>
      <footer>
        <span />
        <span className="number">1 / {total}</span>
      </footer>
      <Notes notes={[]} locale={doc.locale} />
    </section>
  );
}

export function DeckSlides({ doc }: { doc: DeckDoc }) {
  const total = doc.slides.length + 1;
  return (
    <>
      <Cover doc={doc} total={total} />
      {doc.slides.map((s, i) => (
        <Slide key={s.id} slide={s} doc={doc} number={i + 2} total={total} />
      ))}
    </>
  );
}
