/**
 * Hostile sizes, built as users run the build (scripts/build-data.ts in its
 * own process, its peak memory from the kernel): a zip bomb (a few MB
 * inflating to 1.2 GB) is refused unread, naming the file and the sheet,
 * without the memory and without leaving temporary folders behind; a part
 * that lies about its size is stopped where the lie shows; a cell past the
 * cell limit (210 MB in a CSV, 40,000 characters in a workbook) rejects its
 * row, naming file, row and column, and the other rows load.
 */
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportsFolder, tempDir } from './helpers';

const ROOT = join(import.meta.dirname, '..');
const MiB = 1 << 20;

interface Part {
  readonly name: string;
  /** Compressed bytes (raw DEFLATE). */
  readonly data: Buffer;
  readonly size: number;
  readonly crc: number;
}

const part = (name: string, text: string): Part => {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
};

/** A ZIP of deflated parts, each declaring `declared(part)` as its size. */
function zip(parts: readonly Part[], declared = (p: Part) => p.size): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(declared(p), 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(p.crc, 16);
    entry.writeUInt32LE(p.data.length, 20);
    entry.writeUInt32LE(declared(p), 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    central.push(entry, name);
    offset += 30 + name.length + p.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A minimal workbook of one sheet named 台账 whose XML is `sheet`. */
function workbook(sheet: Part, declared?: (p: Part) => number): Buffer {
  const ns = 'http://schemas.openxmlformats.org';
  return zip(
    [
      part(
        '[Content_Types].xml',
        `<?xml version="1.0"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
      ),
      part(
        '_rels/.rels',
        `<?xml version="1.0"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      part(
        'xl/workbook.xml',
        `<?xml version="1.0"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      part(
        'xl/_rels/workbook.xml.rels',
        `<?xml version="1.0"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
      sheet,
    ],
    declared,
  );
}

/** The sheet of a zip bomb: a header, then one repeated row until it inflates to about `bytes` (deflated as a stream). */
async function bombSheet(bytes: number): Promise<Part> {
  const head = Buffer.from(
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>党员编号</t></is></c><c r="B1" t="inlineStr"><is><t>日期</t></is></c><c r="C1" t="inlineStr"><is><t>分值</t></is></c></row>',
  );
  const tail = Buffer.from('</sheetData></worksheet>');
  const row = '<row><c t="inlineStr"><is><t>M1</t></is></c><c><v>45000</v></c><c><v>1</v></c></row>';
  const block = Buffer.from(row.repeat(Math.floor(MiB / row.length)));
  const blocks = Math.floor((bytes - head.length - tail.length) / block.length);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (d: Buffer) => out.push(d));
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
    if (!deflate.write(b)) await once(deflate, 'drain');
  };
  await write(head);
  for (let i = 0; i < blocks; i++) await write(block);
  await write(tail);
  deflate.end();
  await once(deflate, 'end');
  return { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat(out), size, crc };
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory of the build process, MiB. */
  readonly peakMiB: number;
}

/** scripts/build-data.ts as users run it, reporting its peak resident memory as it exits. */
function runBuild(inDir: string, cacheDir: string, extra: string[] = []): Promise<Run> {
  const peak =
    'data:text/javascript,process.on("exit",()=>process.stderr.write("\\npeak-rss-kib "+process.resourceUsage().maxRSS+"\\n"))';
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        '--import',
        peak,
        '--import',
        'tsx',
        'scripts/build-data.ts',
        '--in',
        inDir,
        '--out',
        join(cacheDir, '..', 'out'),
        ...extra,
      ],
      { cwd: ROOT, env: { ...process.env, INGEST_CACHE_DIR: cacheDir }, maxBuffer: 64 * MiB },
      (err, stdout, stderr) => {
        const kib = Number(/peak-rss-kib (\d+)/.exec(stderr)?.[1] ?? Number.NaN);
        resolve({ code: err ? Number(err.code) : 0, stdout, stderr, peakMiB: kib / 1024 });
      },
    );
  });
}

describe('hostile workbooks', () => {
  it('a zip bomb (1.2 GB inflated) is refused unread: file and sheet named, little memory, nothing left behind', async () => {
    const bomb = await bombSheet(1200 * MiB);
    const file = workbook(bomb);
    expect(file.length).toBeLessThan(8 * MiB); // the bomb is a few MB on disk
    const inDir = exportsFolder({ 'bomb.xlsx': file });
    const cacheDir = join(tempDir('djd-bomb-'), 'cache');
    const run = await runBuild(inDir, cacheDir);
    expect(run.code).toBe(1); // a rejected build, not a crash (2)
    expect(run.stdout).toMatch(/✗ bomb\.xlsx \[台账\]: 解压后过大，疑似压缩炸弹.*likely zip bomb/);
    const report = JSON.parse(readFileSync(join(cacheDir, 'rejected-report.json'), 'utf8'));
    expect(report.fileErrors).toEqual([
      expect.objectContaining({ file: 'bomb.xlsx', sheet: '台账', code: 'workbook_too_large' }),
    ]);
    console.log(`zip bomb: ${(file.length / MiB).toFixed(1)} MiB on disk, build peak ${run.peakMiB.toFixed(0)} MiB`);
    expect(run.peakMiB).toBeLessThan(1536);
    // No staging folder left in the cache (only DuckDB's spill folder and the report).
    expect(readdirSync(cacheDir).filter((d) => d.includes('.tmp-'))).toEqual([]);
  }, 300_000);

  it('a sheet that inflates past the size it declares is stopped there, naming the sheet', async () => {
    const bomb = await bombSheet(64 * MiB);
    // It claims 1 MiB (a ratio that passes the check); the inflater finds out.
    const inDir = exportsFolder({ 'liar.xlsx': workbook(bomb, (p) => (p === bomb ? MiB : p.size)) });
    const cacheDir = join(tempDir('djd-liar-'), 'cache');
    const run = await runBuild(inDir, cacheDir);
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(join(cacheDir, 'rejected-report.json'), 'utf8'));
    expect(report.fileErrors).toEqual([
      expect.objectContaining({ file: 'liar.xlsx', sheet: '台账', code: 'workbook_too_large' }),
    ]);
    expect(report.fileErrors[0].detail).toMatch(/inflates past the 1\.0 MiB it declares/);
    expect(existsSync(join(cacheDir, '..', 'out'))).toBe(false);
  }, 300_000);

  it('a CSV with one 210 MB cell rejects that row, naming file, row and column; the other rows load', async () => {
    const header = Buffer.from(
      '党员编号,日期,积分类型,积分类别,分值,事由\nM1,2024-01-01,加分,学习,1,正常\nM2,2024-01-02,加分,学习,1,"',
    );
    const huge = Buffer.alloc(210 * 1000 * 1000, '长'); // 70 million characters
    const tail = Buffer.from('"\nM3,2024-01-03,加分,学习,1,正常\n');
    const inDir = exportsFolder({});
    writeFileSync(join(inDir, 'huge.csv'), Buffer.concat([header, huge, tail]));
    const cacheDir = join(tempDir('djd-cell-'), 'cache');
    const run = await runBuild(inDir, cacheDir, ['--allow-rejects']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/huge\.csv → 积分台账 points: 读取 read 3 = 导入 loaded 2 \+ 拒绝 rejected 1/);
    expect(run.stdout).toMatch(
      /✗ huge\.csv 第 3 行 row 3 F 列 「事由」: 单元格超过 32,767 个字符.*cell longer than 32,767 characters/,
    );
    console.log(`210 MB cell: build peak ${run.peakMiB.toFixed(0)} MiB`);
    expect(run.peakMiB).toBeLessThan(1536);
  }, 300_000);

  it('a workbook cell past the limit is rejected the same way; one at the limit loads whole', async () => {
    // Written by hand: SheetJS (like Excel) will not write a cell past the limit, a hostile file will.
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const row = (r: number, cells: string[]) =>
      `<row r="${r}">${cells.map((t, i) => cell(`${'ABCDEF'[i]}${r}`, t)).join('')}</row>`;
    const sheet = part(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${[
        row(1, ['党员编号', '日期', '积分类型', '积分类别', '分值', '事由']),
        row(2, ['M1', '2024-01-01', '加分', '学习', '1', '长'.repeat(32_767)]),
        row(3, ['M2', '2024-01-02', '加分', '学习', '1', '长'.repeat(40_000)]),
        // 20,000 characters that take two UTF-16 units each: under the limit, loaded.
        row(4, ['M3', '2024-01-03', '加分', '学习', '1', '😀'.repeat(20_000)]),
      ].join('')}</sheetData></worksheet>`,
    );
    const inDir = exportsFolder({ 'long.xlsx': workbook(sheet) });
    const cacheDir = join(tempDir('djd-cell-'), 'cache');
    const run = await runBuild(inDir, cacheDir, ['--allow-rejects']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/long\.xlsx \[台账\] → 积分台账 points: 读取 read 3 = 导入 loaded 2 \+ 拒绝 rejected 1/);
    expect(run.stdout).toMatch(/✗ long\.xlsx \[台账\] 第 3 行 row 3 F 列 「事由」: 单元格超过 32,767 个字符/);
  }, 300_000);
});
