/** The policy the build puts in every page: what it hashes, where it goes, what it refuses. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventHandlerAttribute, inlineHashes, policy, withPolicy } from '../src/ssr/csp';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('Content-Security-Policy', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title>
    <script>a()</script><script type="module">b()</script><script type="module" src="/x.js"></script>
    <script type="application/json">{"x":1}</script><style>p{}</style></head><body></body></html>`;

  it('hashes the inline scripts the browser runs and the inline styles, nothing else', () => {
    expect(inlineHashes(page)).toEqual({ scripts: [sha('a()'), sha('b()')].sort(), styles: [sha('p{}')] });
  });

  it('goes right after <meta charset>, before any script', () => {
    const { html } = withPolicy(page, 'p.html');
    expect(html).toMatch(
      /^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
    );
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('allows only the own origin, wasm compilation, and style attributes', () => {
    const p = policy({ scripts: [], styles: [] });
    expect(p).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(p).toContain("style-src 'self';");
    expect(p).toContain("style-src-attr 'unsafe-inline'");
    expect(p).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(p).not.toMatch(/https?:|\*/);
  });

  it('refuses a page with an inline event handler, or a second policy', () => {
    expect(() => withPolicy('<html><head></head><body><img src=x onerror=alert(1)></body></html>', 'x.html')).toThrow(
      /x.html: inline event handler/,
    );
    expect(() => withPolicy(withPolicy(page, 'p').html, 'p.html')).toThrow(/already has a policy/);
    // Escaped text that only looks like a handler, inside an attribute value, is not one.
    const escaped =
      '<html><head></head><body><astro-island props="&lt;img src=x onerror=alert(1)&gt;"></astro-island></body></html>';
    expect(eventHandlerAttribute(escaped)).toBeNull();
    expect(eventHandlerAttribute('<p>a</p><svg onload="x()"></svg>')).toMatch(/^<svg onload/);
  });
});
