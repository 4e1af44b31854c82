/**
 * The deployment guide, run: Debian's nginx serves the hostile-names site
 * from its sub-path with exactly the configuration in docs/deploy/, and the
 * smoke test opens it in Chromium: the page works, the policy arrives as a
 * header, wasm has its MIME type and is fetched once, the data revalidates,
 * range requests answer 206.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_VISIT_TARGET_MB, firstVisit } from '../../scripts/bench-visit';
import { type NginxSite, serveWithNginx } from '../../scripts/nginx-serve';
import { tempDir } from '../helpers';
import { closeEveryContext, launch, launchWithProfile } from './browser';
import { HOSTILE_BASE, HOSTILE_DIST } from './global-setup';
import { ready, watch } from './page-watch';

let nginx: NginxSite;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  nginx = await serveWithNginx(HOSTILE_DIST, HOSTILE_BASE);
  origin = nginx.origin;
  browser = await launch();
});

afterEach(() => closeEveryContext(browser));
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

const wasmRequests = () => nginx.accessLog().filter((l) => /GET \S+\.wasm /.test(l));

describe('served by nginx as docs/deploy.md says', () => {
  it('redirects the bare sub-path and serves the pages with the policy as a header', async () => {
    const bare = await fetch(`${origin}${HOSTILE_BASE.replace(/\/$/, '')}`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toMatch(new RegExp(`${HOSTILE_BASE}$`));
    const page = await fetch(`${origin}${HOSTILE_BASE}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(
      readFileSync(join(HOSTILE_DIST, 'csp-header.txt'), 'utf8').trim(),
    );
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends wasm as application/wasm, cached for a year; data revalidated; Parquet in ranges', async () => {
    const html = await (await fetch(`${origin}${HOSTILE_BASE}`)).text();
    const manifest = await fetch(`${origin}${HOSTILE_BASE}data/manifest.json`);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(manifest.headers.get('content-security-policy')).toBeTruthy();
    const { tables } = (await manifest.json()) as { tables: Record<string, { file: string }> };
    const parquet = `${origin}${HOSTILE_BASE}data/${tables.points.file}`;
    const part = await fetch(parquet, { headers: { Range: 'bytes=0-99' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/);
    expect((await part.arrayBuffer()).byteLength).toBe(100);
    const script = /component-url="([^"]+_astro\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const js = await fetch(`${origin}${script}`);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('passes the smoke test: figures, no console error, no CSP violation, no dialog, wasm fetched once', async () => {
    const context = await launchWithProfile(tempDir('chromium-profile-'));
    const page = await context.newPage();
    const w = watch(page, origin);
    const before = wasmRequests().length;
    // A first visit: the page, its scripts, the wasm (its gzip twin, docs/deploy/nginx-site.conf) and the data.
    const visit = await firstVisit(page, `${origin}${HOSTILE_BASE}`);
    expect(await page.$$eval('[data-kpi]', (els) => els.length)).toBeGreaterThan(3);
    console.log(`first visit through nginx: ${(visit.bytes / 1e6).toFixed(2)} MB transferred`);
    expect(visit.bytes).toBeLessThan(FIRST_VISIT_TARGET_MB * 1e6);
    expect(visit.wasm.length).toBeGreaterThan(0);
    const [wasm] = visit.wasm;
    expect(`${wasm.status} ${wasm.type} ${wasm.encoding}`).toBe('200 application/wasm gzip');
    // The build's twin sent as it is (gzip_static gives its length; on-the-fly gzip would not know it).
    const twin = join(HOSTILE_DIST, '_astro', `${new URL(wasm.url).pathname.split('/').pop()}.gz`);
    expect(Number(wasm.length)).toBe(statSync(twin).size);
    await page.goto(`${origin}${HOSTILE_BASE}members/`);
    await ready(page);
    await page.reload();
    await ready(page);
    // Three page loads, one download of the wasm: the other two came from the browser's cache.
    expect(wasmRequests().length - before).toBe(1);
    expect(w.csp).toEqual([]);
    expect(w.problems).toEqual([]);
    expect(w.dialogs).toEqual([]);
    expect(w.foreign).toEqual([]);
    await context.close();
  });
});
