/**
 * The lock file is what `npm ci` installs from on every deploy pipeline and office PC: the check run by
 * the test command (scripts/check-lock.sh) passes on the project's files and fails on each way they drift.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers';

const ROOT = join(import.meta.dirname, '..');

function check(dir: string): { status: number | null; stderr: string } {
  const run = spawnSync('bash', [join(ROOT, 'scripts', 'check-lock.sh'), dir], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

function copyProject(): string {
  const dir = tempDir('djd-lock-');
  for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, f), join(dir, f));
  return dir;
}

describe('the lock file', () => {
  it('agrees with package.json and names every platform binary', () => {
    expect(check(ROOT)).toMatchObject({ status: 0 });
  });

  it('fails when package.json asks for a version the lock does not hold', () => {
    const dir = copyProject();
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    pkg.dependencies.zod = '^3.0.0';
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
    const run = check(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/does not match package\.json[\s\S]*zod/);
  });

  it("fails when the lock lacks another platform's optional binary", () => {
    const dir = copyProject();
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    delete lock.packages['node_modules/@duckdb/node-bindings-win32-x64'];
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
    const run = check(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/node-bindings-win32-x64/);
  });
});
