/**
 * CSV / TXT exports: the encoding is detected, not configured. UTF-8 (with or
 * without BOM) is tried first and strictly; anything else that decodes as
 * GB18030 (a superset of GBK, what Chinese Excel and WPS write) is read as
 * such; UTF-16 is recognised by its BOM (Excel's "Unicode text").
 */
import { createReadStream } from 'node:fs';
import { READER_CELL_CAP } from '../model/limits';
import { CsvTokenizer, detectDelimiter } from './csv-tokenizer';
import { CHUNK, type Scan, scanFile } from './scan';
import { InputError, type Sheet, type SourceRow } from './source';

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

const BAD_ENCODING =
  '无法识别的文字编码（应为 UTF-8 或 GBK/GB18030）/ unreadable text encoding (expected UTF-8 or GBK/GB18030)';

/**
 * The encoding, from the scan: a file that is not strict UTF-8 is read as
 * GB18030, and proven so by the reader's own fatal decoder (no pass of its own).
 */
export function textEncoding(scan: Scan): TextEncoding {
  if (scan.bytes === 0) throw new InputError('empty_file', scan.display, '文件为空 / the file is empty');
  if (scan.bom) return scan.bom;
  if (scan.binary) {
    throw new InputError(
      'binary_file',
      scan.display,
      '不是文本文件（可能是改了扩展名的其他文件）/ not a text file (perhaps another format renamed .csv)',
    );
  }
  return scan.utf8 ? 'utf-8' : 'gb18030';
}

/** The encoding of a file, GB18030 checked to the end: for a file whose rows are not read (and for tests). */
export async function detectEncoding(path: string, display: string): Promise<TextEncoding> {
  const encoding = textEncoding(await scanFile(path, display));
  if (encoding === 'gb18030' && !(await decodesAll(path, encoding))) {
    throw new InputError('bad_encoding', display, BAD_ENCODING);
  }
  return encoding;
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

export function readCsv(scan: Scan): CsvSheet {
  const encoding = textEncoding(scan);
  return { sheet: null, encoding, rows: csvRows(scan.path, scan.display, encoding) };
}

async function* csvRows(path: string, display: string, encoding: TextEncoding): AsyncGenerator<SourceRow[]> {
  // ignoreBOM false: the decoder strips a leading BOM itself. GB18030 is decoded strictly: this read proves it.
  const strict = new TextDecoder(encoding, { fatal: encoding === 'gb18030' });
  const decoder = {
    decode(bytes?: Buffer, options?: TextDecodeOptions): string {
      try {
        return strict.decode(bytes, options);
      } catch {
        throw new InputError('bad_encoding', display, BAD_ENCODING);
      }
    },
  };
  let tokenizer: CsvTokenizer | null = null;
  let pending = '';
  let row = 0;
  const out: string[][] = [];
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (!tokenizer) {
      pending += text;
      if (pending.length < 4096) continue;
      tokenizer = new CsvTokenizer(detectDelimiter(pending), READER_CELL_CAP);
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
    tokenizer = new CsvTokenizer(detectDelimiter(pending + tail), READER_CELL_CAP);
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
