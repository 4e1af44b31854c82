/** Watches a page for what must never happen: console errors, page errors, dialogs, requests to other origins. */
import type { Page } from 'playwright-core';

export interface Watch {
  readonly problems: string[];
  /** Content-Security-Policy violations the page reported (they are console errors too). */
  readonly csp: string[];
  readonly foreign: string[];
  readonly dialogs: string[];
}

export function watch(page: Page, origin: string): Watch {
  const w: Watch = { problems: [], csp: [], foreign: [], dialogs: [] };
  // Violations in the page and its workers are reported as events too; surface them on the console.
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') w.problems.push(`${m.type()}: ${m.text()}`);
    if (/Content Security Policy|CSP violation/i.test(m.text())) w.csp.push(m.text());
  });
  page.on('pageerror', (e) => w.problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) w.foreign.push(url);
  });
  page.on('dialog', async (d) => {
    w.dialogs.push(d.message());
    await d.dismiss();
  });
  return w;
}

/** Waits until DuckDB-WASM has taken over and answered the page's queries, and its charts show the answers. */
export async function ready(page: Page): Promise<void> {
  try {
    await page.waitForSelector('.dashboard[data-ready="true"]:not(:has([data-pending]))', { timeout: 150_000 });
  } catch (err) {
    const status = await page.$eval('.status', (e) => e.textContent).catch(() => '(no status)');
    throw new Error(`page never became ready: status "${status}" at ${page.url()}: ${(err as Error).message}`);
  }
}
