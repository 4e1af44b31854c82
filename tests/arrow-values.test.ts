/**
 * Answers' text columns decoded a chunk at a time equal Arrow's own value-by-value reading: any Unicode
 * (four-byte characters included), empty texts, nulls, several chunks and sliced chunks.
 */
import { makeVector, Utf8, vectorFromArray } from 'apache-arrow';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnValues } from '../src/client/arrow-values';

const text = fc.option(fc.string({ unit: fc.constantFrom('binary', 'grapheme-ascii', 'grapheme') as never }), {
  freq: 5,
});
const texts = fc.array(fc.oneof(text, fc.constantFrom('', '第一党支部', '😀党员', null)), { maxLength: 40 });

const byArrow = (vector: { length: number; get(i: number): unknown }) =>
  Array.from({ length: vector.length }, (_, i) => vector.get(i) ?? null);

describe('answer columns', () => {
  it('read text exactly as Arrow does, chunk by chunk', () => {
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 4 }), (chunks) => {
        const vector = chunks.map((c) => vectorFromArray(c, new Utf8())).reduce((a, b) => a.concat(b));
        expect(vector.data.length).toBe(chunks.length);
        expect(columnValues(vector)).toEqual(chunks.flat());
        expect(columnValues(vector)).toEqual(byArrow(vector));
      }),
      { numRuns: 2_000 },
    );
  });

  it('read a sliced chunk (an offset into its buffers)', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (values, a, b) => {
        const [from, to] = [a % (values.length + 1), b % (values.length + 1)].sort((x, y) => x - y);
        const sliced = vectorFromArray(values, new Utf8()).slice(from, to);
        expect(columnValues(sliced)).toEqual(values.slice(from, to));
      }),
      { numRuns: 2_000 },
    );
  });

  it('keep numbers, make BigInt numbers and keep nulls in other columns', () => {
    const ints = makeVector(new BigInt64Array([1n, -2n, 3n]));
    expect(columnValues(ints)).toEqual([1, -2, 3]);
    expect(columnValues(vectorFromArray([1.5, null, 2]))).toEqual([1.5, null, 2]);
  });
});
