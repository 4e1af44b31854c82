/**
 * A plain static file server for dist/, as any static host would be: no
 * rewriting, optional sub-path, correct MIME types (application/wasm), the
 * deployment guide's cache headers, and
 * a log of every request so tests can check what the page fetched.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  readonly url: string;
  readonly requests: string[];
  /** Bytes sent per request, and whether it asked for a range (as servers of the deployment guide answer). */
  readonly served: { path: string; bytes: number; range: boolean }[];
  close(): Promise<void>;
}

export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const requests: string[] = [];
  const served: StaticServer['served'] = [];
  const top = resolve(root);
  const server: Server = createServer((req, res) => {
    const url = urlOf(req.url);
    if (!url) {
      res.writeHead(400).end('bad request');
      return;
    }
    requests.push(url.pathname);
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('not under base');
      return;
    }
    let path = fileUnder(top, url.pathname.slice(base.length));
    if (!path) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404).end('not found');
      return;
    }
    const info = statSync(path);
    const headers = {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      // As docs/deploy.md sets them: hashed build assets for a year, everything else revalidated.
      'cache-control': url.pathname.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'last-modified': info.mtime.toUTCString(),
      'accept-ranges': 'bytes',
    };
    // One byte range, as nginx, IIS and astro preview answer it: how a branch's slice of the ledger is read.
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range && (range[1] || range[2])) {
      const start = range[1] ? Number(range[1]) : Math.max(0, info.size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), info.size - 1) : info.size - 1;
      if (start > end || start >= info.size) {
        res.writeHead(416, { 'content-range': `bytes */${info.size}` }).end();
        return;
      }
      served.push({ path: url.pathname, bytes: end - start + 1, range: true });
      res.writeHead(206, {
        ...headers,
        'content-length': end - start + 1,
        'content-range': `bytes ${start}-${end}/${info.size}`,
      });
      createReadStream(path, { start, end }).pipe(res);
      return;
    }
    served.push({ path: url.pathname, bytes: info.size, range: false });
    res.writeHead(200, { ...headers, 'content-length': info.size });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The request's address, or null where it is not one (`//x` has no host to resolve against). */
function urlOf(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

/** The file a decoded path names inside `top`, or null: outside it (`..%2f`), malformed (`%E0`) or with a NUL. */
export function fileUnder(top: string, encoded: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = resolve(top, `.${sep}${decoded}`);
  return path === top || path.startsWith(top + sep) ? path : null;
}
