/**
 * CSV / TXT exports: the encoding is detected, not configured. UTF-8 (with or
 * without BOM) is tried first and strictly; anything else that decodes as
 * GB18030 (a superset of GBK, what Chinese Excel and WPS write) is read as
 * such; UTF-16 is recognised by its BOM (Excel's "Unicode text").
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { CsvTokenizer, detectDelimiter } from './csv-tokenizer';
import { InputError, type Sheet, type SourceRow } from './source';

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

const CHUNK = 1 << 20;

/** Reads the file once to pick its encoding; fails clearly on binary content. */
export async function detectEncoding(path: string, display: string): Promise<TextEncoding> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(8192);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const first = head.subarray(0, bytesRead);
    if (bytesRead === 0) throw new InputError('empty_file', display, '文件为空 / the file is empty');
    if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
    if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
    if (looksBinary(first)) {
      throw new InputError(
        'binary_file',
        display,
        '不是文本文件（可能是改了扩展名的其他文件）/ not a text file (perhaps another format renamed .csv)',
      );
    }
  } finally {
    await fh.close();
  }
  if (await isUtf8File(path)) return 'utf-8';
  if (await decodesAll(path, 'gb18030')) return 'gb18030';
  throw new InputError(
    'bad_encoding',
    display,
    '无法识别的文字编码（应为 UTF-8 或 GBK/GB18030）/ unreadable text encoding (expected UTF-8 or GBK/GB18030)',
  );
}

function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > bytes.length * 0.05;
}

/** Strict UTF-8 check without decoding (Node's validator): a fraction of the cost of a fatal TextDecoder. */
async function isUtf8File(path: string): Promise<boolean> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
    const bytes = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    const cut = completeUpTo(bytes);
    if (!isUtf8(bytes.subarray(0, cut))) return false;
    carry = Buffer.from(bytes.subarray(cut));
  }
  return carry.length === 0;
}

/** Where the last complete UTF-8 sequence ends: a character split between chunks waits for the next one. */
function completeUpTo(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if (b < 0x80) return bytes.length; // ASCII: everything before is complete
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

async function decodesAll(path: string, encoding: TextEncoding): Promise<boolean> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
      decoder.decode(chunk as Buffer, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

export interface CsvSheet extends Sheet {
  readonly encoding: TextEncoding;
}

export async function readCsv(path: string, display: string): Promise<CsvSheet> {
  const encoding = await detectEncoding(path, display);
  return { sheet: null, encoding, rows: csvRows(path, display, encoding) };
}

async function* csvRows(path: string, display: string, encoding: TextEncoding): AsyncGenerator<SourceRow[]> {
  // ignoreBOM false: the decoder strips a leading BOM itself.
  const decoder = new TextDecoder(encoding);
  let tokenizer: CsvTokenizer | null = null;
  let pending = '';
  let row = 0;
  const out: string[][] = [];
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (!tokenizer) {
      pending += text;
      if (pending.length < 4096) continue;
      tokenizer = new CsvTokenizer(detectDelimiter(pending));
      tokenizer.push(pending, out);
      pending = '';
    } else {
      tokenizer.push(text, out);
    }
    if (out.length) yield out.map((cells) => ({ row: ++row, cells }));
    out.length = 0;
  }
  const tail = decoder.decode();
  if (!tokenizer) {
    tokenizer = new CsvTokenizer(detectDelimiter(pending + tail));
    tokenizer.push(pending, out);
  }
  tokenizer.push(tail, out);
  tokenizer.end(out);
  if (out.length) yield out.map((cells) => ({ row: ++row, cells }));
  if (tokenizer.unterminated) {
    throw new InputError(
      'unterminated_quote',
      display,
      `第 ${row} 行的引号没有闭合 / row ${row}: a quoted field is never closed`,
    );
  }
}
