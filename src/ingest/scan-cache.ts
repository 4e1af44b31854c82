/**
 * The scan of an input the last build read, kept by the file's identity: an
 * input whose device, inode, size, modification and change times are all
 * what they were is not read again to be hashed (a group's 2.3 GB of exports
 * took seconds). The change time (ctime) moves with every write and cannot be
 * set back by tools that restore a modification time, as git's index relies on.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Scan, scanFile } from './scan';

/** Bumped when the scan gains a fact: older records are then read again. */
const SCAN_VERSION = 1;

interface Record {
  readonly version: number;
  readonly path: string;
  readonly ctimeNs: string;
  readonly identity: { dev: string; ino: string; size: string; mtimeNs: string };
  readonly scan: Omit<Scan, 'path' | 'display' | 'identity'>;
}

/** The scan of `path`: the cached one while the file's identity is unchanged, else a fresh read (then cached). */
export async function scanCached(path: string, display: string, cacheDir: string): Promise<Scan & { cached: boolean }> {
  const dir = join(cacheDir, 'scans');
  const file = join(dir, `${createHash('sha256').update(path).digest('hex').slice(0, 32)}.json`);
  const now = await lstat(path, { bigint: true });
  const cached = await readRecord(file);
  if (
    cached?.version === SCAN_VERSION &&
    cached.path === path &&
    now.isFile() &&
    cached.ctimeNs === String(now.ctimeNs) &&
    cached.identity.dev === String(now.dev) &&
    cached.identity.ino === String(now.ino) &&
    cached.identity.size === String(now.size) &&
    cached.identity.mtimeNs === String(now.mtimeNs)
  ) {
    const identity = { dev: now.dev, ino: now.ino, size: now.size, mtimeNs: now.mtimeNs };
    return { ...cached.scan, path, display, identity, cached: true };
  }
  const scan = await scanFile(path, display);
  // The change time as it was when the scan began and ended the same: the scan saw one version of the file.
  const after = await lstat(path, { bigint: true });
  if (after.ctimeNs === now.ctimeNs) await writeRecord(dir, file, scan, String(now.ctimeNs));
  return { ...scan, cached: false };
}

async function readRecord(file: string): Promise<Record | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record;
  } catch {
    return null;
  }
}

async function writeRecord(dir: string, file: string, scan: Scan, ctimeNs: string): Promise<void> {
  const { path, display: _display, identity, ...facts } = scan;
  const record: Record = {
    version: SCAN_VERSION,
    path,
    ctimeNs,
    identity: {
      dev: String(identity.dev),
      ino: String(identity.ino),
      size: String(identity.size),
      mtimeNs: String(identity.mtimeNs),
    },
    scan: facts,
  };
  await mkdir(dir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, JSON.stringify(record));
  await rename(tmp, file);
}
