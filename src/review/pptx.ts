/**
 * 下载 PPTX The deck as an editable PowerPoint file, from the same DeckDoc the web deck draws: every text a text
 * box, every chart a native PowerPoint chart (its data editable in PowerPoint or WPS), each slide's notes in its
 * speaker notes, and the presenter's own slides as prompts to type over. Runs in the page (the deck's button)
 * and in Node (`npm run deck`): pptxgenjs writes the file, JSZip names the Chinese font where pptxgenjs does not.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { DECK_INK } from '../charts/theme';
import { valueScale } from './chart-option';
import type { CoverSettings } from './cover';
import type { DeckBlock, DeckChart, DeckDoc, SlideDoc, SlideId } from './model';

/** 微软雅黑 by its English name, which PowerPoint and WPS find on Chinese and English Windows alike. */
export const DECK_FONT = 'Microsoft YaHei';

/**
 * Written as the file's author and last editor: `npm run deck` replaces a file only while both still say so
 * (PowerPoint and WPS write the person who saved it as last editor, so an edited deck is never overwritten).
 */
export const DECK_PRODUCER = 'dangjian-dashboard review deck';

/** What the presenter wrote on the web deck's prompt slides, by slide. */
export type PromptEdits = Partial<Record<SlideId, readonly string[]>>;

const W = 13.333;
const MARGIN = 0.6;
const BODY = { x: MARGIN, y: 1.95, w: W - 2 * MARGIN, h: 4.8 };
const hex = (color: string) => color.replace('#', '').toUpperCase();
const INK = Object.fromEntries(Object.entries(DECK_INK).map(([k, v]) => [k, hex(v)])) as Record<
  keyof typeof DECK_INK,
  string
>;

type Slide = ReturnType<PptxGenJS['addSlide']>;
interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export async function writeDeckPptx(
  doc: DeckDoc,
  cover: CoverSettings = {},
  edits: PromptEdits = {},
): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = DECK_PRODUCER;
  pptx.company = DECK_PRODUCER;
  pptx.title = cover.title ?? doc.cover.title;
  pptx.subject = doc.footer;
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  addCover(pptx, doc, cover);
  for (const slide of doc.slides) addSlide(pptx, doc, slide, edits[slide.id]);
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return nameEastAsianFont(written);
}

function text(slide: Slide, value: string, box: Box, style: Record<string, unknown> = {}): void {
  slide.addText(value, {
    ...box,
    fontFace: DECK_FONT,
    fontSize: 14,
    color: INK.text,
    margin: 0,
    valign: 'top',
    ...style,
  });
}

function addCover(pptx: PptxGenJS, doc: DeckDoc, cover: CoverSettings): void {
  const slide = pptx.addSlide();
  slide.background = { color: INK.cover };
  const byline = [cover.presenter, cover.date].filter(Boolean).join('    ');
  text(slide, cover.org ?? doc.cover.org, { x: 1, y: 1.5, w: 11.3, h: 0.6 }, { fontSize: 24, color: INK.coverText });
  text(
    slide,
    cover.title ?? doc.cover.title,
    { x: 1, y: 2.3, w: 11.3, h: 2 },
    { fontSize: 44, bold: true, color: INK.coverTitle },
  );
  text(slide, byline, { x: 1, y: 4.6, w: 11.3, h: 0.5 }, { fontSize: 22, color: INK.coverText });
  text(slide, doc.cover.asOf, { x: 1, y: 5.3, w: 11.3, h: 0.4 }, { fontSize: 16, color: INK.coverText });
}

function addSlide(pptx: PptxGenJS, doc: DeckDoc, s: SlideDoc, edited: readonly string[] | undefined): void {
  const slide = pptx.addSlide();
  slide.background = { color: INK.paper };
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 0,
    w: W,
    h: 0.12,
    fill: { color: INK.accent },
    line: { color: INK.accent },
  });
  text(slide, s.kicker, { x: MARGIN, y: 0.3, w: BODY.w, h: 0.35 }, { fontSize: 14, color: INK.muted });
  text(slide, s.headline, { x: MARGIN, y: 0.7, w: BODY.w, h: 1.0 }, { fontSize: 24, bold: true, color: INK.headline });
  slide.addShape(pptx.ShapeType.line, { x: MARGIN, y: 1.78, w: BODY.w, h: 0, line: { color: INK.rule, width: 2 } });
  const blocks = s.blocks.map((b) => (b.kind === 'prompts' && edited?.length ? { ...b, items: edited } : b));
  // Side by side, a long list (the honour roll) takes twice the width of what stands beside it.
  const gap = 0.35;
  const weights = blocks.map((b) => (b.kind === 'list' && b.items.length > 6 && blocks.length > 1 ? 2 : 1));
  const unit = (BODY.w - gap * (blocks.length - 1)) / weights.reduce((a, b) => a + b, 0);
  let x = BODY.x;
  for (const [i, block] of blocks.entries()) {
    addBlock(pptx, slide, block, { ...BODY, x, w: unit * weights[i] });
    x += unit * weights[i] + gap;
  }
  text(slide, doc.footer, { x: MARGIN, y: 6.98, w: 9, h: 0.3 }, { fontSize: 11, color: INK.muted });
  slide.slideNumber = {
    x: W - MARGIN - 0.8,
    y: 6.98,
    w: 0.8,
    h: 0.3,
    fontFace: DECK_FONT,
    fontSize: 11,
    color: INK.muted,
    align: 'right',
  };
  if (s.notes.length) slide.addNotes(s.notes.join('\n'));
}

function addBlock(pptx: PptxGenJS, slide: Slide, block: DeckBlock, box: Box): void {
  switch (block.kind) {
    case 'kpis': {
      // Three across the slide; two by two in half of it (the topic teams beside their chart).
      const cols = box.w < BODY.w / 2 + 0.5 ? 2 : 3;
      const [cw, ch, gap] = [(box.w - 0.4 * (cols - 1)) / cols, 1.9, 0.4];
      block.items.forEach((k, i) => {
        const x = box.x + (i % cols) * (cw + gap);
        const y = box.y + 0.2 + Math.floor(i / cols) * (ch + gap);
        slide.addShape(pptx.ShapeType.rect, {
          x,
          y,
          w: cw,
          h: ch,
          fill: { color: 'FBF3F3' },
          line: { color: 'FBF3F3' },
        });
        slide.addShape(pptx.ShapeType.rect, {
          x,
          y,
          w: 0.1,
          h: ch,
          fill: { color: INK.accent },
          line: { color: INK.accent },
        });
        text(slide, k.label, { x: x + 0.3, y: y + 0.2, w: cw - 0.4, h: 0.4 }, { fontSize: 16, color: INK.muted });
        text(
          slide,
          k.value,
          { x: x + 0.3, y: y + 0.65, w: cw - 0.4, h: 0.75 },
          { fontSize: 40, bold: true, color: INK.headline },
        );
        if (k.detail)
          text(slide, k.detail, { x: x + 0.3, y: y + 1.4, w: cw - 0.4, h: 0.35 }, { fontSize: 13, color: INK.muted });
      });
      if (block.leftOut) {
        const rows = Math.ceil(block.items.length / cols);
        const y = box.y + 0.2 + rows * (ch + gap);
        text(
          slide,
          block.leftOut,
          { x: box.x, y, w: box.w, h: 0.8 },
          { fontSize: 14, color: INK.muted, valign: 'top' },
        );
      }
      return;
    }
    case 'changes': {
      const cell = (t: string, opts: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({
        text: t,
        options: { fontFace: DECK_FONT, fontSize: 18, color: INK.text, align: 'right', ...opts },
      });
      const head = block.head.map((h) => cell(h, { color: INK.muted, fontSize: 14 }));
      const rows = block.rows.map((r) => [
        cell(r.label, { align: 'left' }),
        cell(r.previous),
        cell(r.current, { bold: true }),
        cell(r.change, { color: r.direction === 'up' ? INK.headline : r.direction === 'down' ? '2F6DB5' : INK.muted }),
      ]);
      slide.addTable([head, ...rows], {
        x: box.x,
        y: box.y + 0.2,
        w: box.w,
        colW: [box.w * 0.4, box.w * 0.2, box.w * 0.2, box.w * 0.2],
        border: { type: 'solid', pt: 1, color: 'E3E6EB' },
        rowH: 0.7,
        valign: 'middle',
      });
      return;
    }
    case 'chart':
      addChart(pptx, slide, block.chart, box);
      return;
    case 'list': {
      text(
        slide,
        `${block.title}    ${block.count}`,
        { x: box.x, y: box.y, w: box.w, h: 0.4 },
        { fontSize: 16, bold: true },
      );
      const cols = block.items.length > 12 ? 3 : block.items.length > 6 ? 2 : 1;
      const perCol = Math.ceil(block.items.length / cols);
      const cw = box.w / cols;
      for (let c = 0; c < cols; c++) {
        const items = block.items.slice(c * perCol, (c + 1) * perCol);
        if (!items.length) continue;
        slide.addText(
          items.map((item) => ({
            text: item.detail ? `${item.name}  ${item.detail}` : item.name,
            options: { breakLine: true, fontFace: DECK_FONT, fontSize: 14, color: INK.text, paraSpaceAfter: 4 },
          })),
          { x: box.x + c * cw, y: box.y + 0.55, w: cw - 0.2, h: box.h - 0.6, valign: 'top', margin: 0 },
        );
      }
      return;
    }
    case 'prompts':
      slide.addText(
        block.items.map((p) => ({
          text: p,
          options: {
            bullet: true,
            breakLine: true,
            fontFace: DECK_FONT,
            fontSize: 22,
            color: INK.muted,
            paraSpaceAfter: 14,
          },
        })),
        { x: box.x, y: box.y + 0.2, w: box.w, h: box.h - 0.2, valign: 'top', margin: 0.1 },
      );
      return;
  }
}

/** Excel number formats for a chart's labels and axis; a stack's empty parts (zero) are not labelled. */
const FORMAT_CODE = { int: '#,##0', num1: '0.0', pct: '0.0%' } as const;
const labelFormat = (c: DeckChart) =>
  c.stacked ? `${FORMAT_CODE[c.format]};-${FORMAT_CODE[c.format]};;` : FORMAT_CODE[c.format];

/** Label type that fits: smaller where many columns share the width. */
function labelPoints(c: DeckChart): number {
  const columns = c.categories.length * (c.stacked || c.orientation === 'horizontal' ? 1 : c.series.length);
  return columns > 16 ? 8 : columns > 10 ? 10 : 12;
}

/**
 * A native bar chart. Horizontal bars are given last first (PowerPoint draws a bar chart's first category at the
 * bottom). The plot area is placed by hand, so the target line, a drawn line over it, sits at its value.
 */
function addChart(pptx: PptxGenJS, slide: Slide, c: DeckChart, box: Box): void {
  const horizontal = c.orientation === 'horizontal';
  const order = <T>(xs: readonly T[]) => (horizontal ? [...xs].reverse() : [...xs]);
  text(slide, c.title, { x: box.x, y: box.y, w: box.w, h: 0.4 }, { fontSize: 16, bold: true });
  const area = { x: box.x, y: box.y + 0.45, w: box.w, h: box.h - (c.note ? 0.85 : 0.5) };
  const plot = horizontal ? { x: 0.3, y: 0.1, w: 0.62, h: 0.8 } : { x: 0.1, y: 0.14, w: 0.86, h: 0.7 };
  const scale = valueScale(c);
  const { max, interval } = scale;
  // Below zero one step more: a bar's label sits past its end, and at the axis' end it ran into the names.
  const min = scale.min < 0 ? scale.min - interval : scale.min;
  // One series coloured value by value (an outcome metric's status): pptxgenjs writes a colour per data point.
  const pointColors = c.series.length === 1 ? c.series[0].colors : undefined;
  slide.addChart(
    pptx.ChartType.bar,
    c.series.map((s) => ({ name: s.name, labels: order(c.categories), values: order(s.values) as number[] })),
    {
      ...area,
      barDir: horizontal ? 'bar' : 'col',
      barGrouping: c.stacked ? 'stacked' : 'clustered',
      barGapWidthPct: 60,
      chartColors: pointColors ? order(pointColors).map(hex) : c.series.map((s) => hex(s.color)),
      ...(pointColors ? { invertedColors: order(pointColors).map(hex) } : {}),
      layout: plot,
      showValue: true,
      dataLabelFormatCode: labelFormat(c),
      dataLabelPosition: c.stacked ? 'ctr' : 'outEnd',
      dataLabelFontFace: DECK_FONT,
      dataLabelFontSize: labelPoints(c),
      dataLabelColor: c.stacked ? INK.paper : INK.text,
      // Names at the value axis' low end, not at zero: a bar below zero (an outcome gone backwards) would cover them.
      catAxisLabelPos: 'low',
      catAxisLabelFontFace: DECK_FONT,
      catAxisLabelFontSize: c.categories.length > 10 ? 10 : 12,
      valAxisLabelFontFace: DECK_FONT,
      valAxisLabelFontSize: 11,
      valAxisLabelFormatCode: c.format === 'pct' ? '0%' : '#,##0',
      valAxisMinVal: min,
      valAxisMaxVal: max,
      valAxisMajorUnit: interval,
      showValAxisTitle: true,
      valAxisTitle: c.unit,
      valAxisTitleFontFace: DECK_FONT,
      valAxisTitleFontSize: 11,
      valGridLine: { color: 'E3E6EB', size: 0.5 },
      showLegend: c.series.length > 1,
      legendPos: 't',
      legendFontFace: DECK_FONT,
      legendFontSize: 12,
    },
  );
  if (c.target)
    drawTarget(pptx, slide, c.target, { min, max }, horizontal, {
      x: area.x + plot.x * area.w,
      y: area.y + plot.y * area.h,
      w: plot.w * area.w,
      h: plot.h * area.h,
    });
  if (c.note)
    text(slide, c.note, { x: box.x, y: box.y + box.h - 0.35, w: box.w, h: 0.3 }, { fontSize: 11, color: INK.muted });
}

function drawTarget(
  pptx: PptxGenJS,
  slide: Slide,
  target: NonNullable<DeckChart['target']>,
  scale: { min: number; max: number },
  horizontal: boolean,
  plot: Box,
): void {
  const at = (target.value - scale.min) / (scale.max - scale.min);
  const line = { color: INK.accent, width: 1.5, dashType: 'dash' as const };
  if (horizontal) {
    const x = plot.x + at * plot.w;
    slide.addShape(pptx.ShapeType.line, { x, y: plot.y, w: 0, h: plot.h, line });
    text(
      slide,
      target.label,
      { x: x - 1.5, y: plot.y - 0.3, w: 3, h: 0.28 },
      { fontSize: 11, color: INK.accent, align: 'center' },
    );
  } else {
    const y = plot.y + (1 - at) * plot.h;
    slide.addShape(pptx.ShapeType.line, { x: plot.x, y, w: plot.w, h: 0, line });
    text(
      slide,
      target.label,
      { x: plot.x + plot.w - 3, y: y - 0.3, w: 3, h: 0.28 },
      { fontSize: 11, color: INK.accent, align: 'right' },
    );
  }
}

/**
 * pptxgenjs names a font for Latin text only in charts and the theme; Chinese text there would fall to the
 * theme's default (等线). The chart parts and the theme get the East Asian font named too.
 */
async function nameEastAsianFont(file: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  const latin = `<a:latin typeface="${DECK_FONT}"/>`;
  for (const name of Object.keys(zip.files)) {
    const part = zip.file(name);
    if (!part) continue;
    if (/^ppt\/charts\/chart\d+\.xml$/.test(name)) {
      const xml = await part.async('string');
      zip.file(name, xml.replaceAll(latin, `${latin}<a:ea typeface="${DECK_FONT}"/>`));
    } else if (/^ppt\/theme\/theme\d+\.xml$/.test(name)) {
      const xml = await part.async('string');
      zip.file(name, xml.replaceAll('<a:ea typeface=""/>', `<a:ea typeface="${DECK_FONT}"/>`));
    }
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
