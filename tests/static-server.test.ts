/**
 * The static server the PDF export and the browser tests serve a built site with: a path never leaves its
 * folder, and an address it cannot read is answered 400, not a crash of the server.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUnder, type StaticServer, serveStatic } from '../scripts/static-server';
import { tempDir } from './helpers';

describe('fileUnder', () => {
  it('keeps every decoded path inside its folder', () => {
    expect(fileUnder('/srv/site', 'a/b.html')).toBe('/srv/site/a/b.html');
    expect(fileUnder('/srv/site', '')).toBe('/srv/site');
    expect(fileUnder('/srv/site', '/x')).toBe('/srv/site/x');
    // A sibling folder that shares the name's start is outside: '/srv/site-2' starts with '/srv/site'.
    expect(fileUnder('/srv/site', '..%2fsite-2%2fsecret')).toBeNull();
    expect(fileUnder('/srv/site', '../site-2/secret')).toBeNull();
    expect(fileUnder('/srv/site', 'a/../../etc/passwd')).toBeNull();
    expect(fileUnder('/srv/site', 'a%00.html')).toBeNull();
    expect(fileUnder('/srv/site', '%E0%A4%A')).toBeNull();
  });
});

describe('serveStatic', () => {
  let server: StaticServer;
  let root: string;
  beforeAll(async () => {
    const dir = tempDir('djd-static-');
    root = join(dir, 'site');
    mkdirSync(root);
    mkdirSync(join(dir, 'site-2'));
    writeFileSync(join(root, 'index.html'), '<p>ok</p>');
    writeFileSync(join(dir, 'site-2', 'secret.txt'), 'secret');
    server = await serveStatic(root);
  });
  afterAll(() => server.close());

  it('answers a bad address 400, a way out 403, and goes on serving', async () => {
    const get = async (path: string) => {
      // Sent as written: fetch would normalise the path first.
      const res = await fetch(new URL(server.url).origin + path).catch(() => null);
      return res ? [res.status, res.status === 200 ? await res.text() : ''] : null;
    };
    expect(await get('/..%2fsite-2%2fsecret.txt')).toEqual([403, '']);
    expect(await get('/%E0%A4%A')).toEqual([403, '']);
    expect(await get('/')).toEqual([200, '<p>ok</p>']);
    // '//x' cannot be parsed against a base by WHATWG URL: fetch normalises it, so a raw request sends it.
    const raw = await new Promise<string>((done, fail) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () =>
        socket.end('GET //?org=B001 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
      );
      const chunks: Buffer[] = [];
      socket.on('data', (b) => chunks.push(b));
      socket.on('end', () => done(Buffer.concat(chunks).toString()));
      socket.on('error', fail);
    });
    expect(raw.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(await get('/')).toEqual([200, '<p>ok</p>']);
  });
});
