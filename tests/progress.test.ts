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

  it('quotes a file name holding a line break or an escape sequence, so the line cannot be broken or recoloured', () => {
    const { stream, writes } = fakeStream(true);
    terminalProgress(stream)?.update('a\nb\x1b[2J\u202e.csv', 10);
    expect(writes[0]).toContain('"a\\nb\\u001b[2J\\u202e.csv"');
    // The only control characters written are the progress line's own (return, clear line).
    const rest = writes[0].replace('\r\x1b[K', '');
    for (const c of ['\n', '\x1b', '\u202e']) expect(rest).not.toContain(c);
  });
});
