// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

// BASE_PATH lets the site live under a sub-path of a plain static host (e.g. /dangjian/).
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  integrations: [react()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
