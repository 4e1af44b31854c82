/**
 * Content-Security-Policy for the built site (Node only, run after the build).
 * Every page gets a <meta> policy first thing in its <head>: scripts, workers,
 * wasm, data and styles from the site's own origin, the few inline scripts
 * Astro and the layout emit allowed by their hashes, nothing else. The union
 * of all pages' hashes is written to dist/csp-header.txt for servers that send
 * the policy as a header (docs/deploy.md).
 *
 * Inline style *attributes* stay allowed (style-src-attr): React's SSR output
 * and ECharts' SVG renderer set widths and colours that way. They cannot run
 * script, and data from an export never becomes markup in the first place.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The policy's fixed part; `script-src` gains the page's hashes. */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'worker-src': "'self'",
  'connect-src': "'self'",
  'img-src': "'self' data: blob:",
  'style-src': "'self'",
  'style-src-attr': "'unsafe-inline'",
  'font-src': "'self'",
  'manifest-src': "'self'",
  'base-uri': "'self'",
  'form-action': "'none'",
  'object-src': "'none'",
};

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
/** A tag and its attributes, quoted values read whole (text escaped inside them is not an attribute). */
const TAG = /<[a-zA-Z][^\s/>]*((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

/** The first on* attribute of any tag (onclick, onerror, ...), or null. */
export function eventHandlerAttribute(html: string): string | null {
  for (const [tag, attributes] of html.matchAll(TAG)) {
    for (const [, name] of attributes.matchAll(ATTRIBUTE)) if (/^on/i.test(name)) return tag.slice(0, 80);
  }
  return null;
}

export interface InlineHashes {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of the inline scripts the browser would run (not data blocks, not src= scripts) and inline styles. */
export function inlineHashes(html: string): InlineHashes {
  const scripts = new Set<string>();
  for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    scripts.add(sha256(body));
  }
  const styles = new Set([...html.matchAll(INLINE_STYLE)].map(([, body]) => sha256(body)));
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

export function policy(hashes: InlineHashes): string {
  const extra: Record<string, readonly string[]> = { 'script-src': hashes.scripts, 'style-src': hashes.styles };
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, value]) => [name, value, ...(extra[name] ?? [])].join(' '))
    .join('; ');
}

/** Puts the page's policy first in its <head>; refuses pages the policy could not describe. */
export function withPolicy(html: string, file: string): { html: string; hashes: InlineHashes } {
  const handler = eventHandlerAttribute(html);
  if (handler) throw new Error(`${file}: inline event handler attribute in ${handler}`);
  if (/http-equiv="content-security-policy"/i.test(html)) throw new Error(`${file}: already has a policy`);
  const hashes = inlineHashes(html);
  const meta = `<meta http-equiv="content-security-policy" content="${policy(hashes)}">`;
  // Right after <meta charset> (which must stay within the first bytes), before any script or style.
  const anchor = /<head[^>]*>\s*(<meta charset="[^"]*">)?/i.exec(html);
  if (!anchor) throw new Error(`${file}: no <head>`);
  const at = anchor.index + anchor[0].length;
  return { html: `${html.slice(0, at)}${meta}${html.slice(at)}`, hashes };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Adds the policy to every page of a built site; returns the header form of the policy. */
export function applyCsp(distDir: string): { pages: number; header: string } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const files = htmlFiles(distDir);
  for (const file of files) {
    const result = withPolicy(readFileSync(file, 'utf8'), file);
    writeFileSync(file, result.html);
    for (const h of result.hashes.scripts) scripts.add(h);
    for (const h of result.hashes.styles) styles.add(h);
  }
  const header = policy({ scripts: [...scripts].sort(), styles: [...styles].sort() });
  writeFileSync(join(distDir, 'csp-header.txt'), `${header}\n`);
  return { pages: files.length, header };
}
