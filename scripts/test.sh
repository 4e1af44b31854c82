#!/usr/bin/env bash
# The whole test run: formatter and linter, type checks, unit and integration
# tests, then the browser tests in Debian's Chromium. Prints a closing
# "N passed, N failed, N skipped" line and fails if any test failed or was
# skipped, so nothing is skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-test-deps.sh
echo "== lock file (npm ci --dry-run)"
bash scripts/check-lock.sh
echo "== biome (format + lint)"
npx biome ci .
# astro check type-checks every file tsconfig.json includes (.ts as well as .astro: a wrong type in scripts/
# or tests/ fails it), so a separate `tsc --noEmit` (npm run typecheck) would check the same files twice.
echo "== types: astro check (the .astro and .ts files tsconfig.json includes)"
npx astro check --minimumSeverity error
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json
status=0
echo "== unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=$?
echo "== browser tests (headless Chromium)"
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json || status=$?
node scripts/test-summary.mjs test-results/unit.json test-results/e2e.json || status=1
exit $status
