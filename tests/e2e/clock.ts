/** Moving a page's clock on (Playwright's fake timers) for the notice board's rotation: hours in seconds. */
import type { Page } from 'playwright-core';

/**
 * Moves the page's clock on by `ms`, then lets React commit what the timers changed: its scheduler runs on
 * message events, which the fake clock does not drive, so two message round trips come after its work.
 */
export async function advance(page: Page, ms: number): Promise<void> {
  await page.clock.runFor(ms);
  for (let i = 0; i < 2; i++)
    await page.evaluate(
      () =>
        new Promise((done) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(null);
          channel.port2.postMessage(null);
        }),
    );
}

/**
 * Stops the page's clock 2 s on from where it is, and says when that is: the clock runs on while the call
 * travels, and on a loaded machine a moment too soon is in the past when it arrives ('Cannot fast-forward to
 * the past'; 1 ms was, and so was 1 s once).
 */
export async function pause(page: Page): Promise<number> {
  const at = (await page.evaluate(() => Date.now())) + 2_000;
  await page.clock.pauseAt(at);
  return at;
}

/** Stops the page's clock, then moves it on until `mark` says the screen has just changed frames. */
export async function atChange(page: Page, mark: () => Promise<string | undefined>): Promise<void> {
  await pause(page);
  const from = await mark();
  for (let i = 0; i < 400 && (await mark()) === from; i++) await advance(page, 100);
}
