import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../src/ingest/progress';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream, writes };
}

describe('progress', () => {
  it('shows rows and rows per second per file on a terminal, and clears the line at the end', () => {
    const { stream, writes } = fakeStream(true);
    const p = terminalProgress(stream);
    p?.update('积分台账.csv', 50000);
    p?.update('积分台账.csv', 100000);
    p?.done();
    expect(writes[1]).toMatch(/积分台账\.csv: 100,000 行 rows, [\d,]+ 行\/秒 rows\/s/);
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });

  it('stays quiet when not on a terminal', () => {
    const { stream } = fakeStream(false);
    expect(terminalProgress(stream)).toBeNull();
  });
});
