#!/usr/bin/env bash
# Fails when package-lock.json and package.json disagree, or when the lock lacks
# another platform's optional binaries: `npm ci` would then refuse to install.
# Usage: scripts/check-lock.sh [DIR holding package.json and package-lock.json]
set -euo pipefail
dir="${1:-$(dirname "$0")/..}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$dir/package.json" "$dir/package-lock.json" "$work/"
# A dry run of npm ci checks the lock against package.json without installing anything.
if ! out="$(cd "$work" && npm ci --dry-run --ignore-scripts --no-audit --no-fund 2>&1)"; then
  echo "package-lock.json 与 package.json 不一致 / package-lock.json does not match package.json:" >&2
  echo "$out" | grep -E 'Missing|Invalid|in sync' | head -20 >&2
  echo "运行 npm install 更新锁文件 / run npm install to update the lock file" >&2
  exit 1
fi
# npm ci accepts a lock that records one platform only if its optional binaries are absent everywhere;
# every platform's binary of our native packages must be named, or an office PC's install would differ.
for pkg in @duckdb/node-bindings @biomejs/cli; do
  for os in win32 darwin linux; do
    grep -q "\"node_modules/$pkg-$os-" "$work/package-lock.json" || {
      echo "package-lock.json: 缺少 $pkg 的 $os 二进制包 / has no $os binary of $pkg" >&2
      exit 1
    }
  done
done
echo "lock file: in sync with package.json, every platform's binaries named"
