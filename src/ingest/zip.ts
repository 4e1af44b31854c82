/**
 * Just enough of ZIP to stream a workbook's parts: the central directory is
 * read first, so a part's declared size and compression ratio are checked
 * before a byte of it is inflated (a zip bomb is refused unopened), and the
 * inflated bytes are counted against that declaration as they come (a part
 * that lies about its size is stopped where the lie shows).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Inflate } from 'fflate';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** Why a file cannot be read as a ZIP archive, or a part of it is refused. */
export class ZipError extends Error {
  constructor(
    readonly code: 'not_zip' | 'unsupported' | 'too_large',
    message: string,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SEARCH = 22 + 0xffff; // the record and the longest comment
const STORED = 0;
const DEFLATED = 8;

/** The archive's parts by name, from its central directory. */
export async function readZipDirectory(path: string, fileSize: number): Promise<Map<string, ZipEntry>> {
  const fh = await open(path, 'r');
  try {
    const tailLength = Math.min(fileSize, EOCD_SEARCH);
    const tail = Buffer.alloc(tailLength);
    await fh.read(tail, 0, tailLength, fileSize - tailLength);
    let at = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new ZipError('not_zip', 'no ZIP central directory');
    const count = tail.readUInt16LE(at + 10);
    const dirSize = tail.readUInt32LE(at + 12);
    const dirOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipError('unsupported', 'ZIP64 archives are not read');
    if (dirOffset + dirSize > fileSize) throw new ZipError('not_zip', 'the central directory lies outside the file');
    const dir = Buffer.alloc(dirSize);
    await fh.read(dir, 0, dirSize, dirOffset);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let k = 0; k < count; k++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL)
        throw new ZipError('not_zip', 'a damaged central directory');
      const nameLength = dir.readUInt16LE(p + 28);
      const entry: ZipEntry = {
        flags: dir.readUInt16LE(p + 8),
        method: dir.readUInt16LE(p + 10),
        compressedSize: dir.readUInt32LE(p + 20),
        size: dir.readUInt32LE(p + 24),
        localOffset: dir.readUInt32LE(p + 42),
        name: dir.toString('utf8', p + 46, p + 46 + nameLength),
      };
      entries.set(entry.name, entry);
      p += 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/** Where a part's compressed bytes start: after its local header, whose name and extra field lengths may differ. */
async function dataOffset(path: string, entry: ZipEntry): Promise<number> {
  const fh = await open(path, 'r');
  try {
    const header = Buffer.alloc(30);
    const { bytesRead } = await fh.read(header, 0, 30, entry.localOffset);
    if (bytesRead < 30 || header.readUInt32LE(0) !== LOCAL)
      throw new ZipError('not_zip', `${entry.name}: no local header`);
    return entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await fh.close();
  }
}

export interface PartLimits {
  /** Most bytes a part may declare, inflated. */
  readonly maxBytes: number;
  /** Most inflated bytes per compressed byte, for parts larger than a MiB. */
  readonly maxRatio: number;
}

/** Refuses a part by its declaration alone, before anything is inflated. */
export function checkDeclared(entry: ZipEntry, limits: PartLimits): void {
  if (entry.flags & 1) throw new ZipError('unsupported', `${entry.name}: encrypted`);
  if (entry.method !== STORED && entry.method !== DEFLATED)
    throw new ZipError('unsupported', `${entry.name}: compression method ${entry.method}`);
  const ratio = entry.size / Math.max(entry.compressedSize, 1);
  if (entry.size > limits.maxBytes || (entry.size > 1 << 20 && ratio > limits.maxRatio)) {
    throw new ZipError(
      'too_large',
      `${entry.name}: ${mib(entry.size)} MiB inflated from ${mib(entry.compressedSize)} MiB (ratio ${Math.round(ratio)}; limits ${mib(limits.maxBytes)} MiB, ratio ${limits.maxRatio})`,
    );
  }
}

const mib = (n: number) => (n / (1 << 20)).toFixed(1);

/** A part's bytes, inflated as they are read, never more than it declared. */
export async function* readPart(path: string, entry: ZipEntry, limits: PartLimits): AsyncGenerator<Uint8Array> {
  checkDeclared(entry, limits);
  const start = await dataOffset(path, entry);
  const out: Uint8Array[] = [];
  let inflated = 0;
  const take = (data: Uint8Array) => {
    inflated += data.length;
    if (inflated > entry.size) {
      throw new ZipError('too_large', `${entry.name}: inflates past the ${mib(entry.size)} MiB it declares`);
    }
    out.push(data);
  };
  const inflater = entry.method === DEFLATED ? new Inflate((data) => take(data)) : null;
  if (entry.compressedSize > 0) {
    const stream = createReadStream(path, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 16 });
    let read = 0;
    for await (const chunk of stream) {
      read += (chunk as Buffer).length;
      const bytes = chunk as Buffer;
      if (inflater) inflater.push(bytes, read >= entry.compressedSize);
      else take(bytes);
      yield* out.splice(0);
    }
  } else inflater?.push(new Uint8Array(0), true);
  yield* out.splice(0);
  if (inflated !== entry.size)
    throw new ZipError('not_zip', `${entry.name}: ${inflated} bytes where ${entry.size} were declared`);
}
