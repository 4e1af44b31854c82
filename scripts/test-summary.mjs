// Reads vitest's JSON report and prints the plain closing line; a skipped or
// pending test counts as a failure of the run.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const passed = report.numPassedTests;
const failed = report.numFailedTests + (report.numFailedTestSuites ?? 0);
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (skipped > 0) console.error('a test was skipped: the run fails rather than skip silently');
process.exit(failed > 0 || skipped > 0 || passed === 0 ? 1 : 0);
