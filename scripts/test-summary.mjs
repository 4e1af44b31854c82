// Reads vitest's JSON reports and prints the plain closing line; a skipped or
// pending test, or a report that is missing, counts as a failure of the run.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`${file}: no report (the runner did not finish)`);
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that failed to load or a hook that threw fails the run even with no failed test.
  if (!report.success && report.numFailedTests === 0) failed++;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (skipped > 0) console.error('a test was skipped: the run fails rather than skip silently');
process.exit(failed > 0 || skipped > 0 || passed === 0 ? 1 : 0);
