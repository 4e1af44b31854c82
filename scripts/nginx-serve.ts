/**
 * Debian's nginx serving a built site with exactly the configuration docs/deploy/ gives (its placeholders
 * filled in, a minimal main configuration around it), on a free port of localhost. The deployment guide's
 * server, for tests/e2e/nginx.e2e.ts and the bench's first visit (scripts/bench-visit.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = '/usr/sbin/nginx';
const DEPLOY = join(import.meta.dirname, '..', 'docs', 'deploy');

export interface NginxSite {
  /** http://127.0.0.1:port */
  readonly origin: string;
  /** The site's address: the origin and its base path. */
  readonly url: string;
  /** The access log's lines so far. */
  accessLog(): string[];
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
    s.on('error', fail);
  });
}

/** docs/deploy/*.conf with the placeholders filled in, and a minimal main configuration around them. */
function configure(prefix: string, port: number, siteDir: string, base: string): string {
  const csp = readFileSync(join(siteDir, 'csp-header.txt'), 'utf8').trim();
  const fill = (text: string) =>
    text
      .replaceAll('{{PORT}}', String(port))
      .replaceAll('{{BASE_NOSLASH}}', base.replace(/\/$/, ''))
      .replaceAll('{{BASE}}', base)
      .replaceAll('{{ROOT}}', `${siteDir}/`)
      .replaceAll('{{SNIPPETS}}', prefix)
      .replaceAll('{{CSP}}', csp);
  let site = readFileSync(join(DEPLOY, 'nginx-site.conf'), 'utf8');
  // At the root there is no bare sub-path to redirect (the line would read `location = { ... }`).
  if (base === '/') site = site.replace(/^.*\{\{BASE_NOSLASH\}\}.*\n/m, '');
  writeFileSync(join(prefix, 'site.conf'), fill(site));
  writeFileSync(
    join(prefix, 'dangjian-headers.conf'),
    fill(readFileSync(join(DEPLOY, 'dangjian-headers.conf'), 'utf8')),
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

async function waitForServer(url: string, prefix: string, nginx: ChildProcess): Promise<void> {
  for (let i = 0; i < 100 && nginx.exitCode === null; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const log = join(prefix, 'error.log');
  throw new Error(`nginx did not answer at ${url}: ${existsSync(log) ? readFileSync(log, 'utf8') : '(no error log)'}`);
}

/** Serves `siteDir` (built for `base`, as BASE_PATH was at its build) until close() is called. */
export async function serveWithNginx(siteDir: string, base = '/'): Promise<NginxSite> {
  if (!existsSync(NGINX))
    throw new Error(`${NGINX} not found: run scripts/setup-test-deps.sh (apt-get install nginx-light)`);
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with /: ${base}`);
  const root = resolve(siteDir);
  const prefix = mkdtempSync(join(tmpdir(), 'djd-nginx-'));
  mkdirSync(join(prefix, 'tmp'));
  const port = await freePort();
  const conf = configure(prefix, port, root, base);
  const nginx = spawn(NGINX, ['-p', prefix, '-c', conf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  nginx.stderr?.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<void>((done) => nginx.on('exit', () => done()));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(origin, prefix, nginx);
  } catch (err) {
    nginx.kill('SIGQUIT');
    await exited;
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`${(err as Error).message}${stderr}`);
  }
  return {
    origin,
    url: `${origin}${base}`,
    accessLog: () => readFileSync(join(prefix, 'access.log'), 'utf8').split('\n').filter(Boolean),
    close: async () => {
      nginx.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
