/**
 * Every command reads its flags one way (scripts/cli.ts): an unknown flag or a stray word is refused with the
 * command's usage and exit code 2, and --help prints the usage and exits 0, before anything is read or written.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readFlags } from '../scripts/cli';

const COMMANDS = ['build-data', 'build-site', 'templates', 'deck'];
const run = (script: string, args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
};

describe('command flags', () => {
  it.each(COMMANDS)('%s: refuses an unknown flag and a stray word, and prints its usage for --help', (script) => {
    const bogus = run(script, ['--bogus']);
    expect([bogus.status, bogus.out]).toEqual([2, expect.stringMatching(/Unknown option '--bogus'[\s\S]*用法 usage/)]);
    const stray = run(script, ['stray']);
    expect([stray.status, stray.out]).toEqual([
      2,
      expect.stringMatching(/Unexpected argument 'stray'[\s\S]*用法 usage/),
    ]);
    const help = run(script, ['--help']);
    expect([help.status, help.out]).toEqual([0, expect.stringMatching(/^用法 usage: npm run /)]);
  });

  it('gives the values, typed, with their defaults', () => {
    const flags = {
      out: { type: 'string', default: 'dist' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    } as const;
    expect(readFlags(flags, 'usage', ['--force'])).toEqual({ out: 'dist', force: true, help: false });
    expect(readFlags(flags, 'usage', ['--out', 'x'])).toEqual({ out: 'x', force: false, help: false });
  });
});
