/**
 * The overview's first visit through nginx configured as docs/deploy/nginx-site.conf says (the build's gzip
 * twins sent by gzip_static), in a fresh browser profile: every byte the page transfers until its queries
 * are answered, wasm and data included. tests/e2e/nginx.e2e.ts asserts on it; `npm run bench` prints it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithProfile } from '../tests/e2e/browser';
import { ready } from '../tests/e2e/page-watch';
import { serveWithNginx } from './nginx-serve';

/** The target for the whole first visit (MB of 10^6 bytes, as scripts/bench-scale.ts counts). */
export const FIRST_VISIT_TARGET_MB = 9;

export interface WasmResponse {
  readonly url: string;
  readonly status: number;
  readonly type: string | undefined;
  readonly encoding: string | undefined;
  readonly length: string | undefined;
}

export interface FirstVisit {
  /** Bodies as they crossed the network (compressed where they were) and headers, over every response. */
  readonly bytes: number;
  readonly wasm: WasmResponse[];
}

/** Opens `url` in `page` and adds up what each response transferred until the dashboard is ready. */
export async function firstVisit(page: Page, url: string): Promise<FirstVisit> {
  const wasm: WasmResponse[] = [];
  const transfers: Promise<number>[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.endsWith('.wasm'))
      wasm.push({
        url: r.url(),
        status: r.status(),
        type: r.headers()['content-type'],
        encoding: r.headers()['content-encoding'],
        length: r.headers()['content-length'],
      });
    transfers.push(
      r
        .request()
        .sizes()
        .then((s) => s.responseBodySize + s.responseHeadersSize),
    );
  });
  await page.goto(url);
  await ready(page);
  return { bytes: (await Promise.all(transfers)).reduce((a, b) => a + b, 0), wasm };
}

export interface FirstVisitFigures {
  readonly firstVisitMB: number;
  readonly targetMB: number;
  /** How the wasm arrived: 'gzip' when the build's twin was sent, otherwise what the server did. */
  readonly wasmEncoding: string;
  /** The wasm as transferred (its Content-Length). */
  readonly wasmMB: number;
}

const MB = (bytes: number) => Math.round(bytes / 10_000) / 100;

/** The overview of `siteDir` (built for `base`) visited once through nginx, in a fresh profile. */
export async function firstVisitMB(siteDir: string, base = '/'): Promise<FirstVisitFigures> {
  const nginx = await serveWithNginx(siteDir, base);
  const profile = mkdtempSync(join(tmpdir(), 'djd-profile-'));
  try {
    const context = await launchWithProfile(profile);
    try {
      const visit = await firstVisit(await context.newPage(), nginx.url);
      if (visit.wasm.length === 0) throw new Error(`the overview at ${nginx.url} fetched no wasm`);
      return {
        firstVisitMB: MB(visit.bytes),
        targetMB: FIRST_VISIT_TARGET_MB,
        wasmEncoding: visit.wasm[0].encoding ?? 'none',
        wasmMB: MB(Number(visit.wasm[0].length ?? Number.NaN)),
      };
    } finally {
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
    await nginx.close();
  }
}
