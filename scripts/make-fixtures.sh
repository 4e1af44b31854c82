#!/usr/bin/env bash
# Regenerates the reader fixtures: the same messy ledger as UTF-8, UTF-8+BOM and
# GBK CSV, and as an XLSX written by a real spreadsheet program (LibreOffice
# Calc, headless, Debian package libreoffice-calc). The outputs are committed,
# so the tests do not need LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/readers"
command -v soffice >/dev/null || { echo "needs LibreOffice: apt-get install -y libreoffice-calc-nogui" >&2; exit 1; }
iconv -f utf-8 -t gbk ledger-utf8.csv > ledger-gbk.csv
{ printf '\xef\xbb\xbf'; cat ledger-utf8.csv; } > ledger-bom.csv
tmp=$(mktemp -d)
# CSV filter options: comma, double quote, UTF-8 (76), from line 1, locale zh-CN (2052), detect special numbers.
soffice --headless --infilter="CSV:44,34,76,1,,2052,false,true,false,false,false" \
  --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$tmp" ledger-utf8.csv
mv "$tmp/ledger-utf8.xlsx" ledger-lo.xlsx
rm -rf "$tmp"
