/**
 * The build-time loader of the published data's manifest and report, each
 * parsed by its schema (src/model/manifest.ts, src/model/report.ts). The site
 * reads them once per build, not on every page rendered.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MANIFEST, type Manifest } from '../model/manifest';
import { REPORT, type Report } from '../model/report';
import { SITE_DATA_DIR } from './data-dir';

const manifests = new Map<string, Manifest>();
let report: Report | undefined;

/** The manifest of a data folder as it is now on disk. */
export function readManifest(dataDir: string): Manifest {
  const path = join(dataDir, MANIFEST.file);
  return MANIFEST.parseText(readText(path), path);
}

/** The manifest of a data folder, read the first time it is asked for: a site's build reads one version. */
export function manifestIn(dataDir: string): Manifest {
  const dir = resolve(dataDir);
  let manifest = manifests.get(dir);
  if (!manifest) {
    manifest = readManifest(dir);
    manifests.set(dir, manifest);
  }
  return manifest;
}

/** The manifest of the data the site is built from. */
export function siteManifest(): Manifest {
  return manifestIn(SITE_DATA_DIR);
}

/** The report of the build that wrote a data folder. */
export function readReport(dataDir: string): Report {
  const path = join(dataDir, REPORT.file);
  return REPORT.parseText(readText(path), path);
}

/** The report of the build that wrote the site's data. */
export function siteReport(): Report {
  report ??= readReport(SITE_DATA_DIR);
  return report;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${path}: 无法读取 / cannot read (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
}
