/**
 * tsx scripts/read-workbook.ts FILE.xlsx
 * Reads every sheet of a workbook as the build does (streamed for XLSX) and prints
 * each sheet's rows, the time and the peak resident memory: for npm run bench, and
 * to look at a workbook someone sent without building.
 */
import { readWorkbook } from '../src/ingest/read-xlsx';
import { scanFile } from '../src/ingest/scan';

const path = process.argv[2];
if (!path) {
  console.error('用法 usage: tsx scripts/read-workbook.ts FILE.xlsx');
  process.exit(2);
}
const started = performance.now();
const sheets = await readWorkbook(await scanFile(path, path));
const rows: Record<string, number> = {};
for (const sheet of sheets) {
  let n = 0;
  for await (const batch of sheet.rows) n += batch.length;
  rows[sheet.sheet ?? ''] = n;
}
const peakMiB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ rows, seconds: (performance.now() - started) / 1000, peakMiB }));
