// @ts-check
import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { applyCsp } from './src/ssr/csp.ts';
import { precompress } from './src/ssr/precompress.ts';
import { quietZodAnnotations } from './src/ssr/rollup-warnings.ts';

/** Copies a data folder other than public/data (SITE_DATA_DIR) into dist/data. */
function siteData() {
  const dir = process.env.SITE_DATA_DIR;
  return {
    name: 'site-data',
    hooks: {
      /** @param {{ dir: URL }} options */
      'astro:build:done': ({ dir: out }) => {
        if (!dir || resolve(dir) === resolve('public/data')) return;
        const target = resolve(fileURLToPath(out), 'data');
        rmSync(target, { recursive: true, force: true }); // whatever public/data held is not this build's data
        cpSync(dir, target, { recursive: true });
      },
    },
  };
}

/** After the build: a Content-Security-Policy in every page, and its header form in dist/csp-header.txt. */
function contentSecurityPolicy() {
  return {
    name: 'content-security-policy',
    hooks: {
      /** @param {{ dir: URL, logger: { info(m: string): void } }} options */
      'astro:build:done': ({ dir, logger }) => {
        const { pages, header } = applyCsp(fileURLToPath(dir));
        logger.info(`CSP added to ${pages} pages; header form (${header.length} characters) in dist/csp-header.txt`);
      },
    },
  };
}

/** After the build: gzip twins of the large assets (the 34 MB wasm is 7.6 MB gzipped) for gzip_static servers. */
function precompressedAssets() {
  return {
    name: 'precompressed-assets',
    hooks: {
      /** @param {{ dir: URL, logger: { info(m: string): void } }} options */
      'astro:build:done': ({ dir, logger }) => {
        const done = precompress(fileURLToPath(dir), resolve('.cache/precompress'));
        const mb = (/** @type {number} */ n) => (n / 2 ** 20).toFixed(1);
        logger.info(`${done.files} assets precompressed: ${mb(done.bytes)} MB → ${mb(done.gzipBytes)} MB gzip`);
      },
    },
  };
}

// BASE_PATH lets the site live under a sub-path of a plain static host (e.g. /dangjian/).
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  integrations: [react(), siteData(), contentSecurityPolicy(), precompressedAssets()],
  // Stylesheets as files, never inline <style>: the policy allows styles from the site only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: { build: { rollupOptions: { onwarn: quietZodAnnotations } } },
});
