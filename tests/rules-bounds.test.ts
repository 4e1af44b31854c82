/**
 * A rules file is bounded (src/model/rules.ts, RULES_BOUNDS): one of 7.5 MB
 * with 400,000 categories once ran for minutes; it is now refused at once,
 * the error naming the key or the file and the bound, in both languages.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRules, RULES_BOUNDS } from '../src/model/rules';
import { exportsFolder, tempDir } from './helpers';

const ROOT = join(import.meta.dirname, '..');
const categories = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `类别${i}`, yearlyCap: 5 }));

function runBuild(inDir: string): Promise<{ code: number; stderr: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-data.ts', '--in', inDir, '--out', join(tempDir(), 'out')],
      { cwd: ROOT, env: { ...process.env, INGEST_CACHE_DIR: join(tempDir(), 'cache') } },
      (err, _stdout, stderr) =>
        resolve({ code: err ? Number(err.code) : 0, stderr, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

describe('rules bounds', () => {
  it('a 7.5 MB rules file of 400,000 categories is refused at once, naming the file and the bound', async () => {
    const inDir = exportsFolder({});
    const text = JSON.stringify({ points: { bonusCategories: categories(400_000) } });
    expect(text.length).toBeGreaterThan(7_000_000);
    writeFileSync(join(inDir, 'rules.json'), text);
    const run = await runBuild(inDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /rules\.json: 规则文件过大（[\d,]+ 字节，最多 1,048,576 字节）\/ the rules file is too large/,
    );
    expect(run.seconds).toBeLessThan(30); // the process start and the code loading, nothing more
  }, 60_000);

  it('too many entries name the key and the bound; the check stays fast however many there are', () => {
    const started = performance.now();
    expect(() => parseRules({ points: { bonusCategories: categories(400_000) } }, 'rules.json')).toThrow(
      /points\.bonusCategories: 最多 500 项 \/ at most 500 entries/,
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(() => parseRules({ points: { deductionCategories: categories(RULES_BOUNDS.categories + 1) } })).toThrow(
      /points\.deductionCategories: 最多 500 项/,
    );
    // At the bound itself: accepted, and the duplicate check is not quadratic.
    expect(
      parseRules({ points: { bonusCategories: categories(RULES_BOUNDS.categories) } }).points.bonusCategories,
    ).toHaveLength(500);
  });

  it('names, points and quotas are bounded too', () => {
    expect(() => parseRules({ points: { bonusCategories: [{ name: '长'.repeat(101) }] } })).toThrow(
      /points\.bonusCategories\.0\.name: 最多 100 个字符 \/ at most 100 characters/,
    );
    expect(() => parseRules({ points: { basePoints: 1e9 } })).toThrow(
      /points\.basePoints: 不能大于 10000 \/ must be at most 10000/,
    );
    expect(() => parseRules({ meetings: { quotas: { 党课: 100000 } } })).toThrow(
      /meetings\.quotas\.党课: 不能大于 366/,
    );
  });
});
