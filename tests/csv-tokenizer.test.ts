import { describe, expect, it } from 'vitest';
import { CsvTokenizer, detectDelimiter } from '../src/ingest/csv-tokenizer';

function tokenize(text: string, delimiter = ',', chunk = text.length || 1): string[][] {
  const t = new CsvTokenizer(delimiter);
  const out: string[][] = [];
  for (let i = 0; i < text.length; i += chunk) t.push(text.slice(i, i + chunk), out);
  t.end(out);
  return out;
}

describe('CsvTokenizer', () => {
  const text = 'a,b,c\r\n"x, y","say ""hi""","line1\nline2"\r\nlast,,\n';
  const expected = [
    ['a', 'b', 'c'],
    ['x, y', 'say "hi"', 'line1\nline2'],
    ['last', '', ''],
  ];

  it('reads quotes, doubled quotes, quoted newlines and CRLF', () => {
    expect(tokenize(text)).toEqual(expected);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    for (let size = 1; size <= text.length; size++) expect(tokenize(text, ',', size)).toEqual(expected);
  });

  it('keeps a blank line as an empty record, so row numbers match Excel', () => {
    expect(tokenize('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('handles a lone CR line end and no final newline', () => {
    expect(tokenize('a,b\rc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps a stray quote inside an unquoted field as text', () => {
    expect(tokenize('ab"c,d\n')).toEqual([['ab"c', 'd']]);
  });

  it('flags a quote that is never closed', () => {
    const t = new CsvTokenizer();
    const out: string[][] = [];
    t.push('a,"open\nmore', out);
    t.end(out);
    expect(t.unterminated).toBe(true);
    expect(out).toEqual([['a', 'open\nmore']]);
  });

  it('detects tab and semicolon delimiters', () => {
    expect(detectDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('\n\na,b')).toBe(',');
    expect(tokenize('a\tb\n1\t2', '\t')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
