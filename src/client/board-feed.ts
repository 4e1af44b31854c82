/**
 * Keeps a notice-board screen's figures current for months without anyone
 * touching it: looks at the manifest every `poll` seconds; a new data
 * version is loaded beside the one on screen and swapped in only once every
 * slide's query has answered, so the screen never goes blank. When anything
 * fails the last good figures stay up, the failure is reported, and the
 * next try waits longer (backoff).
 */
import { answerBoard, type BoardData } from '../board/answer';
import { type BoardConfig, retryDelay } from '../board/config';
import { type Dataset, openDataset } from './duckdb';
import { fetchManifest } from './manifest';

export type { BoardData };

export interface FeedFailure {
  readonly message: string;
  /** Consecutive failed tries. */
  readonly failures: number;
  /** When the next try starts (ms since epoch). */
  readonly retryAt: number;
}

export interface FeedState {
  readonly current: BoardData | null;
  readonly failure: FeedFailure | null;
}

/** Starts the feed; returns a function that stops it. */
export function startFeed(dataUrl: string, config: BoardConfig, onState: (s: FeedState) => void): () => void {
  let shown: { dataset: Dataset; data: BoardData } | null = null;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const schedule = (seconds: number) => {
    if (!stopped) timer = setTimeout(() => void refresh(), seconds * 1000);
  };

  async function refresh(): Promise<void> {
    try {
      const manifest = await fetchManifest(dataUrl);
      if (manifest.dataVersion !== shown?.data.version) {
        const dataset = await openDataset(dataUrl, manifest);
        const data = await answerBoard(dataset, config, manifest).catch(async (err) => {
          await dataset.close().catch(() => undefined);
          throw err;
        });
        if (stopped) return void (await dataset.close());
        const previous = shown;
        shown = { dataset, data };
        await previous?.dataset.close().catch(() => undefined);
      }
      failures = 0;
      onState({ current: shown?.data ?? null, failure: null });
      schedule(config.poll);
    } catch (err) {
      failures++;
      const delay = retryDelay(failures, config.poll);
      const message = err instanceof Error ? err.message : String(err);
      onState({ current: shown?.data ?? null, failure: { message, failures, retryAt: Date.now() + delay * 1000 } });
      schedule(delay);
    }
  }

  void refresh();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
