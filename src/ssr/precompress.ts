/**
 * Precompressed copies of the built assets (Node only, run after the build): `x.wasm.gz` beside `x.wasm`,
 * for servers that send a file's gzip twin as it is (nginx `gzip_static`, docs/deploy.md) instead of
 * compressing 34 MB of wasm on every first visit, or not at all. Compressed once at the highest level and
 * kept by content hash in a cache: the wasm is the same file from one build to the next.
 *
 * Parquet is left alone: it is Snappy-compressed already (gzip takes 12% more off the sample's ledger) and
 * the sliced tables are read by byte ranges, which a server cannot answer from a compressed twin.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const TYPES = new Set(['.wasm', '.js', '.mjs', '.css', '.svg', '.json']);
/** Below this a request costs more than its bytes; above it, only when gzip saves a tenth at least. */
const MIN_BYTES = 1024;
const MIN_SAVING = 0.1;

export interface Precompressed {
  readonly files: number;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export function precompress(siteDir: string, cacheDir: string): Precompressed {
  const assets = join(siteDir, '_astro');
  const out = { files: 0, bytes: 0, gzipBytes: 0 };
  if (!existsSync(assets)) return out;
  mkdirSync(cacheDir, { recursive: true });
  for (const name of readdirSync(assets)) {
    const path = join(assets, name);
    if (!TYPES.has(extname(name)) || statSync(path).size < MIN_BYTES) continue;
    const content = readFileSync(path);
    const gz = cached(content, cacheDir);
    if (gz.length > content.length * (1 - MIN_SAVING)) continue;
    writeFileSync(`${path}.gz`, gz);
    out.files++;
    out.bytes += content.length;
    out.gzipBytes += gz.length;
  }
  return out;
}

function cached(content: Buffer, cacheDir: string): Buffer {
  const file = join(cacheDir, `${createHash('sha256').update(content).digest('hex')}.gz`);
  if (existsSync(file)) return readFileSync(file);
  const gz = gzipSync(content, { level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
  // Written aside and renamed: a build killed mid-write leaves no truncated copy to be served later.
  writeFileSync(`${file}.tmp-${process.pid}`, gz);
  renameSync(`${file}.tmp-${process.pid}`, file);
  return gz;
}
