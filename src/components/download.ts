/** Downloads of a panel's data: CSV that Excel opens (UTF-8 BOM, CRLF, formulas neutralised) and PNG. */
import { formatValue } from '../charts/format';
import type { ColumnSpec } from '../charts/spec';
import { type Locale, type MessageKey, t } from '../i18n/dict';
import { type Columns, rowCount, type Value } from '../queries/types';

/** The header of the second number a place or a fraction writes into the CSV. */
const OF_LABEL: Record<'place' | 'fraction', MessageKey> = { place: 'colPeers', fraction: 'colOf' };

/** A text cell starting like a formula would run in Excel: prefix it so it stays text (OWASP CSV injection). */
export function csvCell(value: Value): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Formats whose words are written in the reader's language; every other value stays as it is (numbers for Excel). */
const WORDS = new Set(['value', 'source', 'outcome']);

export function toCsv(columns: readonly ColumnSpec[], data: Columns, locale: Locale): string {
  // A column written with a second one (第 11 / 21, 3 / 4) gives two numbers in the CSV.
  const header = columns.flatMap((c) => (c.of ? [c.label, OF_LABEL[c.of.as]] : [c.label]));
  const lines = [header.map((label) => csvCell(t(locale, label))).join(',')];
  for (let i = 0; i < rowCount(data); i++) {
    lines.push(
      columns
        .flatMap((c) => {
          const v = data[c.field]?.[i] ?? null;
          const cell = csvCell(c.format && WORDS.has(c.format) ? formatValue(v, c.format, locale) : v);
          return c.of ? [cell, csvCell(data[c.of.field]?.[i] ?? null)] : [cell];
        })
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What a downloaded chart says above itself: the panel's title and the view it shows (view-line.ts). */
export interface PngHeading {
  readonly title: string;
  readonly line: string;
  /** Text colour on the background (the theme's ink). */
  readonly ink: string;
}

const PNG_SCALE = 2;
const TITLE_PX = 18;
const LINE_PX = 13;
const PAD_PX = 12;

/**
 * Rasterises the chart's SVG at twice its drawn size, in its own proportions (the SVG's width and height,
 * not the box it is scaled into), under a heading with the panel's title and the view it shows.
 */
export async function svgToPng(svg: SVGSVGElement, background: string, heading: PngHeading): Promise<Blob> {
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || box.width;
  const height = Number(svg.getAttribute('height')) || box.height;
  const source = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const top = PAD_PX + TITLE_PX + 6 + LINE_PX + PAD_PX;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * PNG_SCALE);
    canvas.height = Math.round((height + top) * PNG_SCALE);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.scale(PNG_SCALE, PNG_SCALE);
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, width, height + top);
    ctx.fillStyle = heading.ink;
    ctx.textBaseline = 'top';
    const font = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';
    ctx.font = `600 ${TITLE_PX}px ${font}`;
    ctx.fillText(heading.title, PAD_PX, PAD_PX, width - 2 * PAD_PX);
    ctx.font = `${LINE_PX}px ${font}`;
    ctx.fillText(heading.line, PAD_PX, PAD_PX + TITLE_PX + 6, width - 2 * PAD_PX);
    ctx.drawImage(img, 0, top, width, height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
