/**
 * The deployment guide, run: Debian's nginx serves the hostile-names site
 * from its sub-path with exactly the configuration in docs/deploy/, and the
 * smoke test opens it in Chromium: the page works, the policy arrives as a
 * header, wasm has its MIME type and is fetched once, the data revalidates,
 * range requests answer 206.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { launch, launchWithProfile } from './browser';
import { HOSTILE_BASE, HOSTILE_DIST, ROOT } from './global-setup';
import { ready, watch } from './page-watch';

const NGINX = '/usr/sbin/nginx';
let nginx: ChildProcess;
let origin: string;
let prefix: string;
let browser: Browser;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** docs/deploy/*.conf with the placeholders filled in, and a minimal main configuration around them. */
function configure(port: number): string {
  const fill = (text: string) =>
    text
      .replaceAll('{{PORT}}', String(port))
      .replaceAll('{{BASE_NOSLASH}}', HOSTILE_BASE.replace(/\/$/, ''))
      .replaceAll('{{BASE}}', HOSTILE_BASE)
      .replaceAll('{{ROOT}}', `${HOSTILE_DIST}/`)
      .replaceAll('{{SNIPPETS}}', prefix)
      .replaceAll('{{CSP}}', readFileSync(join(HOSTILE_DIST, 'csp-header.txt'), 'utf8').trim());
  const deploy = join(ROOT, 'docs', 'deploy');
  writeFileSync(join(prefix, 'site.conf'), fill(readFileSync(join(deploy, 'nginx-site.conf'), 'utf8')));
  writeFileSync(
    join(prefix, 'dangjian-headers.conf'),
    fill(readFileSync(join(deploy, 'dangjian-headers.conf'), 'utf8')),
  );
  const main = join(prefix, 'nginx.conf');
  writeFileSync(
    main,
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${prefix}/access.log;
  client_body_temp_path ${prefix}/tmp/body; proxy_temp_path ${prefix}/tmp/proxy; fastcgi_temp_path ${prefix}/tmp/fcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi; scgi_temp_path ${prefix}/tmp/scgi;
  include ${prefix}/site.conf;
}
`,
  );
  return main;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer at ${url}: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
}

beforeAll(async () => {
  if (!existsSync(NGINX))
    throw new Error(`${NGINX} not found: run scripts/setup-test-deps.sh (apt-get install nginx-light)`);
  prefix = tempDir('nginx-');
  mkdirSync(join(prefix, 'tmp'));
  const port = await freePort();
  const conf = configure(port);
  nginx = spawn(NGINX, ['-p', prefix, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.on('data', (d) => {
    stderr += d;
  });
  nginx.on('exit', (code) => {
    if (code) console.error(`nginx exited ${code}: ${stderr}`);
  });
  origin = `http://127.0.0.1:${port}`;
  await waitForServer(origin);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  nginx?.kill('SIGQUIT');
});

const wasmRequests = () =>
  readFileSync(join(prefix, 'access.log'), 'utf8')
    .split('\n')
    .filter((l) => /GET \S+\.wasm /.test(l));

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
    const wasm: string[] = [];
    const wasmLengths: { url: string; length: string | undefined }[] = [];
    const transfers: Promise<number>[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.wasm')) {
        wasm.push(`${r.status()} ${r.headers()['content-type']} ${r.headers()['content-encoding']}`);
        wasmLengths.push({ url: r.url(), length: r.headers()['content-length'] });
      }
      transfers.push(
        r
          .request()
          .sizes()
          .then((s) => s.responseBodySize + s.responseHeadersSize),
      );
    });
    const before = wasmRequests().length;
    await page.goto(`${origin}${HOSTILE_BASE}`);
    await ready(page);
    expect(await page.$$eval('[data-kpi]', (els) => els.length)).toBeGreaterThan(3);
    // A first visit: the page, its scripts, the wasm (its gzip twin, docs/deploy/nginx-site.conf) and the data.
    const firstVisit = (await Promise.all(transfers)).reduce((a, b) => a + b, 0);
    console.log(`first visit through nginx: ${(firstVisit / 2 ** 20).toFixed(2)} MB transferred`);
    expect(firstVisit).toBeLessThan(9 * 2 ** 20);
    expect(wasm[0]).toBe('200 application/wasm gzip');
    // The build's twin sent as it is (gzip_static gives its length; on-the-fly gzip would not know it).
    const twin = join(HOSTILE_DIST, '_astro', `${new URL(wasmLengths[0].url).pathname.split('/').pop()}.gz`);
    expect(Number(wasmLengths[0].length)).toBe(statSync(twin).size);
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
