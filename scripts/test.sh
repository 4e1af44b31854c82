#!/usr/bin/env bash
# The whole test run: formatter and linter, type check, unit and integration
# tests. Prints a closing "N passed, N failed, N skipped" line and fails if
# any test failed or was skipped, so nothing is skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== biome (format + lint)"
npx biome ci .
echo "== tsc --noEmit"
npx tsc --noEmit
echo "== vitest"
mkdir -p test-results
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=$?
node scripts/test-summary.mjs test-results/vitest.json || status=1
exit $status
