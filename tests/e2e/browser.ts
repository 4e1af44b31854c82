/** Debian's Chromium, driven by playwright-core; no browser download. */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function checkChromium(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: run scripts/setup-test-deps.sh (apt-get install chromium fonts-noto-cjk)`,
    );
}

/**
 * A browser with a profile on disk, as a user's is: its HTTP cache keeps large
 * files (the 34 MB wasm) that an incognito context's memory cache drops.
 */
export function launchWithProfile(dir: string, viewport = { width: 1920, height: 1080 }): Promise<BrowserContext> {
  checkChromium();
  return chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: ARGS, viewport });
}

export function launch(): Promise<Browser> {
  checkChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * Closes every page a test left open (call in afterEach): an open dashboard goes on running its warm-up queries
 * (src/client/warm-up.ts) on the cores the next test's page load needs.
 */
export async function closeEveryContext(browser: Browser | undefined): Promise<void> {
  await Promise.all((browser?.contexts() ?? []).map((c) => c.close()));
}
