/**
 * The monthly rebuild, measured: after a full build, one branch's export for one month is added to the
 * exports, then replaced by a corrected one, then removed again, and the same output folder is rebuilt each
 * time (src/ingest/rebuild.ts). Each rebuild is timed against a full build of the same inputs (`--full`, a
 * fresh cache) run right after it, and its output compared with that build's, table by table (the manifest's
 * checksums); the last case (removed) gives back the first build's inputs and is compared with that one too.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { MANIFEST } from '../src/model/manifest';
import { row } from './bench-row';

/** One build as the bench runs it (scripts/bench.ts ourBuild): its time and the phases it reported. */
export interface BuildRun {
  readonly seconds: number;
  readonly peakMiB?: number;
  readonly phases?: readonly { phase: string; ms: number }[];
}

export type RunBuild = (o: { outDir: string; cacheDir: string; fresh: boolean; full: boolean }) => Promise<BuildRun>;

export interface RebuildCase {
  readonly change: 'added' | 'replaced' | 'removed';
  readonly rebuildSeconds: number;
  /** A full build of the same inputs, measured in the same run. */
  readonly fullSeconds: number;
  readonly rebuildShare: number;
  /** Every table's checksum equal to the full build's; null where no full build was run to compare (a province). */
  readonly identical: boolean | null;
  /** Inputs read by the rebuild (the others are the last build's) and chunks re-encoded. */
  readonly filesRead: number;
  readonly chunks: number | null;
  readonly peakMiB: number;
}

export interface RebuildFigures {
  readonly branch: string;
  readonly rows: number;
  readonly cases: readonly RebuildCase[];
  /** The largest share over the cases: the figure the target is for. */
  readonly rebuildShare: number;
  readonly target: number;
}

const HEADER = '序号,党员编号,姓名,日期,积分类型,积分类别,分值,事由,登记人';
const FILE = '积分台账-月报-2025-11.csv';

/**
 * Takes out the month's file an interrupted run left in `input` (the bench's own exports): measured with it, the
 * first full build would already hold the month, "added" would change nothing and "removed" not give it back.
 */
export function clearLeftMonth(input: string): void {
  const path = join(input, FILE);
  if (!existsSync(path)) return;
  console.log(`removing ${FILE}, left in ${input} by an interrupted bench`);
  rmSync(path);
}

/**
 * Runs the three changes against `out` (a full build's output) and its `cache`; `first` is that build's
 * time. Leaves `input` as it found it and `out` rebuilt from it.
 */
export async function rebuildBench(
  input: string,
  root: string,
  out: string,
  cache: string,
  first: BuildRun,
  build: RunBuild,
  /** False at a province's size: one change (added), timed against the first full build, without a full build of its own. */
  compare = true,
): Promise<RebuildFigures> {
  const { branch, members } = await largestBranch(out);
  const firstTables = checksums(out);
  const path = join(input, FILE);
  const cases: RebuildCase[] = [];
  const fullOut = join(root, 'full-out');
  const fullCache = join(root, 'full-cache');
  try {
    for (const change of compare ? (['added', 'replaced', 'removed'] as const) : (['added'] as const)) {
      if (change === 'removed') rmSync(path);
      else writeFileSync(path, monthFile(members, change === 'added' ? 2 : 3));
      const rebuilt = await build({ outDir: out, cacheDir: cache, fresh: false, full: false });
      const rebuiltTables = checksums(out);
      let full = first;
      let fullTables = firstTables;
      // Timed right after the rebuild: on a shared machine, the two times see the same load.
      if (compare) {
        full = await build({ outDir: fullOut, cacheDir: fullCache, fresh: true, full: true });
        fullTables = checksums(fullOut);
      }
      const asFirst = change !== 'removed' || JSON.stringify(rebuiltTables) === JSON.stringify(firstTables);
      cases.push({
        change,
        rebuildSeconds: rebuilt.seconds,
        fullSeconds: full.seconds,
        rebuildShare: rebuilt.seconds / full.seconds,
        identical: compare ? asFirst && JSON.stringify(rebuiltTables) === JSON.stringify(fullTables) : null,
        filesRead: (rebuilt.phases ?? []).filter((p) => p.phase.startsWith('stage ')).length,
        chunks: chunksOf(rebuilt),
        peakMiB: rebuilt.peakMiB ?? 0,
      });
    }
  } finally {
    rmSync(path, { force: true });
    rmSync(fullOut, { recursive: true, force: true });
    rmSync(fullCache, { recursive: true, force: true });
  }
  return {
    branch,
    rows: members.length * 3,
    cases,
    rebuildShare: Math.max(...cases.map((c) => c.rebuildShare)),
    target: 0.15,
  };
}

export function printRebuild(r: RebuildFigures): void {
  console.log(`\nthe monthly rebuild: ${r.rows} ledger rows of branch ${r.branch} for 2025-11 (${FILE})`);
  for (const c of r.cases) {
    row(`rebuild, file ${c.change} (s)`, c.rebuildSeconds.toFixed(2), '');
    const full = c.identical === null ? 'the first full build (s)' : 'full build of the same inputs (s)';
    row(`  ${full}`, c.fullSeconds.toFixed(2), '');
    row(`  rebuildShare (rebuild / full)`, c.rebuildShare.toFixed(3), '≤ 0.150');
    const same = c.identical === null ? 'not compared' : c.identical ? 'yes' : 'NO';
    row(`  the same bytes as the full build`, same, 'yes');
    row(`  files read, chunks re-encoded`, `${c.filesRead}, ${c.chunks ?? 'none (whole)'}`, '');
    row(`  peak resident memory (MiB)`, c.peakMiB.toFixed(0), '< 2048');
  }
}

/** The branch with the most members in the built output, and its members (ids only). */
async function largestBranch(out: string): Promise<{ branch: string; members: string[] }> {
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  try {
    const q = (t: string) => `read_parquet('${join(out, `${t}.parquet`).replace(/'/g, "''")}')`;
    const reader = await c.runAndReadAll(
      `SELECT u.branch_id, list(m.member_id ORDER BY m.member_id) AS ids
       FROM ${q('members')} m JOIN ${q('org_units')} u USING (org_id) WHERE u.branch_id IS NOT NULL
       GROUP BY u.branch_id ORDER BY len(ids) DESC, u.branch_id LIMIT 1`,
    );
    const [row] = reader.getRowObjectsJS();
    return { branch: String(row.branch_id), members: (row.ids as unknown[]).map(String) };
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}

/** A month's export of one branch: three entries a member (a month's worth at the group's 33 a year). */
function monthFile(members: readonly string[], points: number): string {
  const rows = members.flatMap((m, i) =>
    [0, 1, 2].map(
      (k) =>
        `${i * 3 + k + 1},${m},,2025-11-${String(1 + ((i + k * 9) % 28)).padStart(2, '0')},加分,公益服务,${points + k},志愿服务,支部`,
    ),
  );
  return `\ufeff${HEADER}\n${rows.join('\n')}\n`;
}

function checksums(dir: string): Record<string, string> {
  const manifest = MANIFEST.parseText(readFileSync(join(dir, MANIFEST.file), 'utf8'));
  return Object.fromEntries(Object.entries(manifest.tables).map(([k, t]) => [k, t.sha256]));
}

function chunksOf(run: BuildRun): number | null {
  const phase = (run.phases ?? []).find((p) => p.phase.startsWith('chunks ('));
  return phase ? Number(/\((\d+)\)/.exec(phase.phase)?.[1]) : null;
}
