/**
 * Builds the two sites the browser tests open: the bundled sample, and a
 * small data set with hostile names served from a sub-path.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const E2E = join(ROOT, '.e2e');
export const SAMPLE_DIST = join(E2E, 'sample-dist');
export const SAMPLE_DATA = join(E2E, 'sample-data');
export const HOSTILE_DIST = join(E2E, 'hostile-dist');
export const HOSTILE_DATA = join(E2E, 'hostile-data');
export const HOSTILE_BASE = '/sub/dj/';
/** A second, different data version that the notice board must switch to while it runs. */
export const BOARD_DATA_B = join(E2E, 'board-data-b');
/** A partial export, the sample's members and one year's ledger alone: what screens say of the tables it lacks. */
export const PARTIAL_DATA = join(E2E, 'partial-data');
export const PARTIAL_FILES = ['基础信息.xlsx', '积分台账-2025.csv'];

/** The environment of a plain shell: vitest's own variables (NODE_ENV=test, BASE_URL, MODE...) would leak into Vite. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/.test(key)) delete env[key];
  }
  return env;
}

/** Runs a command to its end; rejects naming the command when it fails (its stderr is the test run's). */
function run(args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(args[0], args.slice(1), {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...cleanEnv(), ...env },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${args.slice(2).join(' ')} exited with ${signal ?? code}`)),
    );
  });
}

const tsx = [process.execPath, '--import', 'tsx'];
// The site as users build it: into a temporary folder, swapped in whole (scripts/build-site.ts).
const site = [...tsx, 'scripts/build-site.ts'];

async function buildSample(): Promise<void> {
  await run([...tsx, 'scripts/build-data.ts', '--in', 'data/sample', '--out', SAMPLE_DATA]);
  await run([...site, '--out', SAMPLE_DIST], { SITE_DATA_DIR: SAMPLE_DATA });
}

async function buildHostileAndBoard(): Promise<void> {
  const hostileIn = join(E2E, 'hostile-in');
  const hostileArgs = ['--members', '150', '--basic-orgs', '6', '--groups', '8', '--hostile-names'];
  await run([...tsx, 'scripts/generate-sample.ts', '--out', hostileIn, ...hostileArgs]);
  // The hostile site is also the public build (--profile public): what a public intranet page would serve.
  await run([...tsx, 'scripts/build-data.ts', '--in', hostileIn, '--out', HOSTILE_DATA, '--profile', 'public']);
  const boardIn = join(E2E, 'board-in-b');
  await run([
    ...tsx,
    'scripts/generate-sample.ts',
    '--out',
    boardIn,
    '--seed',
    '7',
    '--members',
    '240',
    '--basic-orgs',
    '9',
  ]);
  await run([...tsx, 'scripts/build-data.ts', '--in', boardIn, '--out', BOARD_DATA_B]);
  const partialIn = join(E2E, 'partial-in');
  mkdirSync(partialIn, { recursive: true });
  for (const file of PARTIAL_FILES) cpSync(join(ROOT, 'data', 'sample', file), join(partialIn, file));
  await run([...tsx, 'scripts/build-data.ts', '--in', partialIn, '--out', PARTIAL_DATA]);
  await run([...site, '--out', HOSTILE_DIST], { SITE_DATA_DIR: HOSTILE_DATA, BASE_PATH: HOSTILE_BASE });
}

export default async function setup(): Promise<void> {
  rmSync(E2E, { recursive: true, force: true });
  // Two independent chains, side by side: a site build is mostly one core, and the machine has two.
  await Promise.all([buildSample(), buildHostileAndBoard()]);
}
