// @ts-check
import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

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

// BASE_PATH lets the site live under a sub-path of a plain static host (e.g. /dangjian/).
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  integrations: [react(), siteData()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
