/**
 * The published data folder the site is built from. `npm run data` writes
 * public/data, which Astro copies into dist/ as it is; SITE_DATA_DIR points a
 * build at another folder, copied into dist/data by the integration in
 * astro.config.mjs.
 */
export const SITE_DATA_DIR = process.env.SITE_DATA_DIR ?? 'public/data';
