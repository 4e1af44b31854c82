#!/usr/bin/env bash
# Installs what the browser tests need when it is missing: Debian's Chromium,
# CJK fonts and nginx (playwright-core drives /usr/bin/chromium; no browser download), and LibreOffice Calc,
# which fills in an import template as a user's spreadsheet program would.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light) # the deployment guide's server, for tests/e2e/nginx.e2e.ts
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui) # fills in an import template (tests/templates.test.ts)
[ -x /usr/lib/libreoffice/program/simpress ] || missing+=(libreoffice-impress-nogui) # opens a PPTX as a user's office suite would (tests/deck-pptx.test.ts, tests/e2e/review.e2e.ts)
command -v pdftotext >/dev/null || missing+=(poppler-utils) # reads back the printed 公示表 (tests/e2e/board-static.e2e.ts)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing ${missing[*]} (Debian packages) for the browser tests"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
