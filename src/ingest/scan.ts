/**
 * The one read of an input before its reader: the content hash (cache key and
 * the build's fingerprint), the file's identity (to tell afterwards that
 * nothing changed while a reader read it) and the facts that choose a text
 * file's reader: a UTF-16 BOM, binary content, strict UTF-8, one line per
 * record. Streamed in 1 MiB chunks, so memory stays flat whatever the size.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { type BigIntStats, constants, createReadStream } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { shown } from './terminal';

export const CHUNK = 1 << 20;

/** How much of the start decides whether a file is binary. */
const BINARY_PROBE = 8192;

export interface FileIdentity {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
}

export interface Scan {
  readonly path: string;
  readonly display: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly identity: FileIdentity;
  readonly bom: 'utf-16le' | 'utf-16be' | null;
  /** NUL or many control bytes near the start: another format renamed .csv. */
  readonly binary: boolean;
  readonly utf8: boolean;
  /** No blank line (DuckDB skips them, shifting row numbers) and no lone CR (old Mac line ends). */
  readonly oneLinePerRecord: boolean;
  /** Bytes in the longest line (of a UTF-8 file; 0 otherwise): DuckDB's reader has a limit. */
  readonly longestLine: number;
}

export class InputChangedError extends Error {
  constructor(readonly file: string) {
    super(
      `${shown(file)}: 文件在构建过程中被修改，原有输出未改动；请在文件写完后重新构建 / the file changed while the build read it; the previous output is untouched; rebuild once the file is complete`,
    );
  }
}

/** Reads the file once, start to end. Never follows a symbolic link (the listing skips them; this closes the race). */
export async function scanFile(path: string, display: string): Promise<Scan> {
  const fh = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const before = await fh.stat({ bigint: true });
    const hash = createHash('sha256');
    const utf8 = new Utf8Check();
    const lines = new LineCheck();
    const probe: Buffer[] = [];
    let bytes = 0;
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const { bytesRead } = await fh.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      if (bytes < BINARY_PROBE) probe.push(Buffer.from(chunk.subarray(0, BINARY_PROBE - bytes)));
      bytes += bytesRead;
      hash.update(chunk);
      // Only a UTF-8 file can take DuckDB's reader, the one that needs the line facts.
      if (utf8.ok) utf8.push(chunk);
      if (utf8.ok) lines.push(chunk);
    }
    const identity = identityOf(await fh.stat({ bigint: true }));
    if (!sameIdentity(identityOf(before), identity) || BigInt(bytes) !== identity.size) {
      throw new InputChangedError(display);
    }
    const head = Buffer.concat(probe);
    const bom =
      head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : null;
    return {
      path,
      display,
      sha256: hash.digest('hex'),
      bytes,
      identity,
      bom,
      binary: looksBinary(head),
      utf8: utf8.end(),
      oneLinePerRecord: utf8.ok && lines.end(),
      longestLine: utf8.ok ? lines.longest : 0,
    };
  } finally {
    await fh.close();
  }
}

/** After a reader (ours or DuckDB's) has read the file: it must still be the file the scan hashed. */
export async function assertUnchanged(scan: Scan): Promise<void> {
  let now: BigIntStats;
  try {
    now = await lstat(scan.path, { bigint: true });
  } catch {
    throw new InputChangedError(scan.display);
  }
  // A write moves the modification time and usually the size; a replaced file has another inode.
  if (!now.isFile() || !sameIdentity(identityOf(now), scan.identity)) throw new InputChangedError(scan.display);
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function identityOf(s: BigIntStats): FileIdentity {
  return { dev: s.dev, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs };
}

function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

export function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > bytes.length * 0.05;
}

/** Strict UTF-8 over chunks (Node's validator): a character split between chunks waits for the next one. */
class Utf8Check {
  ok = true;
  private carry: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = completeUpTo(bytes);
    if (!isUtf8(bytes.subarray(0, cut))) this.ok = false;
    this.carry = Buffer.from(bytes.subarray(cut));
  }

  end(): boolean {
    return this.ok && this.carry.length === 0;
  }
}

/** Where the last complete UTF-8 sequence ends. */
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

/** Whether every line holds text and ends in LF or CRLF: then DuckDB's line numbers are the Excel rows. */
class LineCheck {
  private ok = true;
  private previous = 0x0a; // the start of the file counts as a line start: a leading blank line fails too
  private lastWasCR = false;
  /** The chunk ended in a CR that began its line: "\n\r" then "\n" is a blank line split between chunks. */
  private crAtLineStart = false;
  longest = 0;
  private current = 0; // bytes of the line still open at the end of the last chunk

  push(bytes: Buffer): void {
    if (!this.ok || bytes.length === 0) return;
    this.measure(bytes);
    if (this.lastWasCR && (bytes[0] !== 0x0a || this.crAtLineStart)) this.ok = false;
    if (this.previous === 0x0a && (bytes[0] === 0x0a || bytes[0] === 0x0d)) this.ok = false;
    if (bytes.indexOf('\n\n') >= 0 || bytes.indexOf('\n\r\n') >= 0) this.ok = false;
    for (let i = bytes.indexOf(0x0d); this.ok && i >= 0; i = bytes.indexOf(0x0d, i + 1)) {
      if (i + 1 < bytes.length && bytes[i + 1] !== 0x0a) this.ok = false;
    }
    const n = bytes.length;
    this.lastWasCR = bytes[n - 1] === 0x0d;
    this.crAtLineStart = this.lastWasCR && (n >= 2 ? bytes[n - 2] === 0x0a : this.previous === 0x0a);
    this.previous = bytes[n - 1];
  }

  end(): boolean {
    return this.ok && !this.lastWasCR;
  }

  private measure(bytes: Buffer): void {
    let start = 0;
    for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) {
      this.longest = Math.max(this.longest, this.current + i - start);
      this.current = 0;
      start = i + 1;
    }
    this.current += bytes.length - start;
    this.longest = Math.max(this.longest, this.current);
  }
}
