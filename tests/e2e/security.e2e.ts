/**
 * The built site as an attacker or an auditor would look at it: every page
 * carries a Content-Security-Policy whose hashes cover exactly its inline
 * scripts and styles, no page triggers a violation while it is used, and no
 * file of dist/ holds an ID-card or phone number although the sample exports
 * do.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/static-server';
import { ID_CARD_TOKEN, PHONE_TOKEN } from '../../src/model/personal';
import { eventHandlerAttribute } from '../../src/ssr/csp';
import { launch } from './browser';
import { HOSTILE_DIST, ROOT, SAMPLE_DIST } from './global-setup';
import { ready, watch } from './page-watch';

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content-Security-Policy', () => {
  it('is the first thing in every page, and allows exactly the inline code the page has', () => {
    for (const dist of [SAMPLE_DIST, HOSTILE_DIST]) {
      const pages = files(dist).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(20);
      for (const file of pages) {
        const html = readFileSync(file, 'utf8');
        const meta =
          /^<!DOCTYPE html><html[^>]*>\s*<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="([^"]+)">/i.exec(
            html,
          );
        expect(meta, relative(dist, file)).not.toBeNull();
        const policy = Object.fromEntries(
          (meta?.[1] ?? '').split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
        );
        expect(policy['default-src']).toEqual(["'none'"]);
        expect(policy['connect-src']).toEqual(["'self'"]);
        expect(policy['worker-src']).toEqual(["'self'"]);
        // Inline code, not src= scripts and not data blocks (a page's first view travels as JSON).
        const inlineScripts = [
          ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>([\s\S]*?)<\/script>/g),
        ].map((m) => hash(m[1]));
        const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]));
        expect(policy['script-src'].filter((s: string) => s.startsWith("'sha256-")).sort()).toEqual(
          [...new Set(inlineScripts)].sort(),
        );
        expect(policy['style-src'].filter((s: string) => s.startsWith("'sha256-")).sort()).toEqual(
          [...new Set(inlineStyles)].sort(),
        );
        expect(eventHandlerAttribute(html), relative(dist, file)).toBeNull(); // no inline event handlers
      }
      // The header form covers every page's hashes.
      const header = readFileSync(join(dist, 'csp-header.txt'), 'utf8');
      for (const file of pages) {
        const meta = /content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
        for (const h of meta.match(/'sha256-[^']+'/g) ?? []) expect(header).toContain(h);
      }
    }
  });

  describe('in use', () => {
    let server: StaticServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await serveStatic(SAMPLE_DIST);
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('is never violated: dashboards with a filter change and a chart download, board, deck', async () => {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
      const w = watch(page, new URL(server.url).origin);
      // Each dashboard's load is watched in dashboards.e2e ("every page": a CSP violation is a console error there
      // too, in both languages and at both widths); here what only use does: a filter change, a download, a tooltip.
      await page.goto(new URL('members/', server.url).href);
      await ready(page);
      await page.selectOption('select[name="year"]', { index: 0 });
      await ready(page);
      const download = page.waitForEvent('download');
      await page.locator('button', { hasText: 'PNG' }).first().click();
      await download;
      await page.hover('.panel svg >> nth=0').catch(() => undefined); // live tooltip
      await page.goto(new URL('report/', server.url).href);
      await page.goto(new URL('board/?slides=ranking,topics&interval=5', server.url).href);
      await page.waitForSelector('.board-viewport[data-version]:not([data-version=""])');
      await page.waitForTimeout(5500); // one frame change (5 s is the least a frame stays)
      await page.goto(new URL('review/2025/', server.url).href);
      await page.keyboard.press('End');
      expect(w.csp).toEqual([]);
      expect(w.problems).toEqual([]);
      await page.close();
    });
  });
});

describe('personal identifiers', () => {
  it('are in the sample exports (so the scan can fail) and in no file of the built site', () => {
    const book = XLSX.read(readFileSync(join(ROOT, 'data', 'sample', '基础信息.xlsx')));
    const members = XLSX.utils.sheet_to_csv(book.Sheets[book.SheetNames.find((n) => n.includes('党员')) ?? '']);
    expect(members).toMatch(ID_CARD_TOKEN);
    expect(members).toMatch(PHONE_TOKEN);
    const all = files(SAMPLE_DIST);
    expect(all.length).toBeGreaterThan(100);
    for (const file of all) {
      const text = readFileSync(file).toString('latin1');
      expect(ID_CARD_TOKEN.test(text), relative(SAMPLE_DIST, file)).toBe(false);
      expect(PHONE_TOKEN.test(text), relative(SAMPLE_DIST, file)).toBe(false);
    }
  });
});
