/**
 * Writes the published folder from a plan, table by table: a table written
 * from the database, a chunked table spliced from its parts, or a table
 * copied as the last build wrote it (a rebuild's unchanged tables). Then the
 * report and the manifest, into a temporary folder swapped in whole.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type AsOfSource, DATA_PRODUCER, MANIFEST, type Manifest, type ManifestTable } from '../model/manifest';
import { type PublishProfile, publicTreatment } from '../model/publish';
import { REPORT } from '../model/report';
import type { PublishRules } from '../model/rules';
import type { PartWriter } from './chunks';
import type { Db } from './db';
import { assertSwappable, publish, tempDirFor } from './folders';
import { dataVersion, type Projection, selectList, type TableOutput, writeTable } from './output';
import { spliceParquet } from './parquet-splice';
import type { Report } from './report';

/** The files of a published folder, by its manifest. */
export function publishedFiles(manifest: Manifest): Set<string> {
  return new Set([MANIFEST.file, REPORT.file, ...Object.values(manifest.tables).map((t) => t.file)]);
}

/** Where a published folder's report is. */
export const reportPathIn = (dir: string) => join(dir, REPORT.file);

export type TablePlan =
  | { readonly how: 'write'; readonly output: TableOutput }
  /** Writes (or finds) the table's parts, in chunk order, and they are spliced. */
  | { readonly how: 'splice'; readonly output: TableOutput; readonly parts: (w: PartWriter) => Promise<string[]> }
  | { readonly how: 'copy'; readonly output: TableOutput; readonly from: string; readonly entry: ManifestTable };

export interface OutputMeta {
  readonly report: Report;
  readonly fingerprint: string;
  readonly rulesSha256: string;
  readonly asOf: string;
  readonly asOfSource: AsOfSource;
  readonly now: Date;
  readonly inputs: Manifest['inputs'];
  readonly profile: PublishProfile;
  readonly publish: PublishRules;
}

/**
 * Writes every planned table into a folder beside `outDir` and swaps it in. `beforePublish` sees the written
 * folder and its tables first (the build keeps what its next rebuild needs).
 */
export async function writeOutput(
  db: Db,
  outDir: string,
  meta: OutputMeta,
  plan: readonly TablePlan[],
  beforePublish: (dir: string, tables: Record<string, ManifestTable>) => Promise<void> = async () => {},
): Promise<Manifest> {
  const tmp = tempDirFor(outDir);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    const tables: Record<string, ManifestTable> = {};
    const isPublic = meta.profile === 'public';
    const projection: Projection = (table, column) =>
      isPublic ? publicTreatment(table, column.name, meta.publish) : 'keep';
    // A fresh salt per build: public tokens cannot be matched to ids, nor across builds.
    const writer: PartWriter = { projection, salt: randomBytes(16).toString('hex') };
    for (const p of plan) tables[p.output.name] = await writeOne(db, tmp, p, writer);
    const report = isPublic ? publicReport(meta.report) : meta.report;
    // Checked against the schema the report page parses with, as the manifest is below.
    await writeFile(join(tmp, REPORT.file), JSON.stringify(REPORT.parse(report), null, 2));
    // Checked against the schema every reader parses with: a writer's slip fails the build, not the pages.
    const manifest = MANIFEST.parse({
      schemaVersion: 1,
      producer: DATA_PRODUCER,
      dataVersion: dataVersion(tables),
      generatedAt: meta.now.toISOString(),
      asOf: meta.asOf,
      asOfSource: meta.asOfSource,
      fingerprint: meta.fingerprint,
      rulesSha256: meta.rulesSha256,
      inputs: meta.inputs,
      tables,
      rejectsAllowed: meta.report.totals.rejected,
      profile: meta.profile,
    } satisfies Manifest);
    await beforePublish(tmp, tables);
    // The manifest is written last: a folder with a manifest is a complete folder.
    await writeFile(join(tmp, MANIFEST.file), JSON.stringify(manifest, null, 2));
    await assertSwappable(outDir); // again: the build took a while, and permissions may have changed
    await publish(tmp, outDir);
    return manifest;
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

async function writeOne(db: Db, dir: string, p: TablePlan, writer: PartWriter): Promise<ManifestTable> {
  const { name, kind } = p.output;
  if (p.how === 'write') return writeTable(db, dir, p.output, writer.projection, writer.salt);
  const file = `${name}.parquet`;
  if (p.how === 'copy') {
    await copyFile(p.from, join(dir, file));
    return p.entry;
  }
  const spliced = await spliceParquet(await p.parts(writer), join(dir, file));
  const { kept, withheld } = await selectList(db, name, name, writer.projection, writer.salt);
  return {
    file,
    kind,
    rows: spliced.rows,
    bytes: spliced.bytes,
    sha256: spliced.sha256,
    columns: kept,
    ...(withheld.length ? { withheld } : {}),
  };
}

/** A public build's report: the accounting and where each reject is, never the rejected values. */
function publicReport(report: Report): Report {
  return { ...report, rejects: report.rejects.map((r) => ({ ...r, value: null, duplicateOf: null })) };
}
