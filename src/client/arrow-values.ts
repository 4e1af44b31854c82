/**
 * A query answer's Arrow columns as plain arrays for the charts and tables.
 * Text columns are decoded a chunk at a time: Arrow's `get` decodes every
 * value on its own (a TextDecoder call and a chunk search each), which took
 * most of a second for a group-size page's answers.
 */
import { type Data, DataType, type Utf8, type Vector } from 'apache-arrow';
import type { Value } from '../queries/types';

const decoder = new TextDecoder();

/** Column values with nulls kept (a typed array would turn them into 0) and BigInt made numbers. */
export function columnValues(vector: Vector): Value[] {
  const out: Value[] = new Array(vector.length);
  if (DataType.isUtf8(vector.type)) {
    let at = 0;
    for (const chunk of vector.data as Data<Utf8>[]) at += textChunk(chunk, out, at);
    return out;
  }
  for (let i = 0; i < vector.length; i++) {
    const v: unknown = vector.get(i);
    out[i] = v === undefined || v === null ? null : typeof v === 'bigint' ? Number(v) : (v as Value);
  }
  return out;
}

/**
 * One chunk of text: its bytes decoded at once, each value cut out of the result. UTF-16 positions are counted
 * from the UTF-8 bytes (a lead byte starts a character; four-byte ones take two UTF-16 units).
 */
function textChunk(chunk: Data<Utf8>, out: Value[], at: number): number {
  const { values: bytes, valueOffsets: offsets, length } = chunk;
  const text = decoder.decode(bytes.subarray(offsets[0], offsets[length]));
  const starts = new Int32Array(length + 1);
  let unit = 0;
  let b = offsets[0];
  for (let i = 0; i < length; i++) {
    starts[i] = unit;
    for (const end = offsets[i + 1]; b < end; b++) {
      const c = bytes[b];
      if ((c & 0xc0) !== 0x80) unit += c >= 0xf0 ? 2 : 1;
    }
  }
  starts[length] = unit;
  // Bytes that are not UTF-8 would decode to replacement characters and shift the count: then value by value.
  const exact = unit === text.length;
  const nulls = chunk.nullCount > 0;
  for (let i = 0; i < length; i++) {
    if (nulls && !chunk.getValid(i)) out[at + i] = null;
    else if (exact) out[at + i] = text.slice(starts[i], starts[i + 1]);
    else out[at + i] = decoder.decode(bytes.subarray(offsets[i], offsets[i + 1]));
  }
  return length;
}
