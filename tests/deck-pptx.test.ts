/**
 * `npm run deck` end to end: a committee's deck and a branch's (in English) written as PPTX, opened by
 * LibreOffice Impress (headless, one run for both): a page per slide, every headline on its page, every chart a
 * native chart part, the notes in the notes pages, the Chinese font named. The rendered pages are left in
 * test-results/screenshots (pptx-*.png) to be looked at. Then what the command will not overwrite.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMeta } from '../src/queries/meta';
import { buildDeckData, deckDoc } from '../src/review/deck';
import type { DeckDoc } from '../src/review/model';
import { DECK_FONT, DECK_PRODUCER } from '../src/review/pptx';
import { openRunner } from '../src/ssr/node-runner';
import { readManifest } from '../src/ssr/site-data';
import { build, generatedExports, tempDir } from './helpers';

const ROOT = join(import.meta.dirname, '..');
const SHOTS = join(ROOT, 'test-results', 'screenshots');
let dataDir: string;
let work: string;

/** `npm run deck -- ARGS` on the test's data; its exit code and what it printed. */
function deck(...args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/deck.ts', '--data', dataDir, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  const inDir = generatedExports({ members: '160', 'basic-orgs': '6', groups: '10', years: '2024,2025' });
  const result = await build(inDir);
  expect(result.status).toBe('published');
  dataDir = result.outDir;
  work = tempDir('djd-deck-');
}, 120_000);

describe('the PPTX in LibreOffice Impress', () => {
  const decks: { name: string; args: string[]; doc?: DeckDoc }[] = [
    { name: 'committee', args: ['--year', '2025', '--presenter', '张三', '--date', '2026年1月15日'] },
    { name: 'branch', args: ['--year', '2025', '--org', 'B004', '--lang', 'en'] },
  ];

  beforeAll(async () => {
    const runner = await openRunner(dataDir);
    const meta = await loadMeta(runner, readManifest(dataDir));
    for (const d of decks) {
      const written = deck(...d.args, '--out', join(work, `${d.name}.pptx`));
      expect(written.status, written.out).toBe(0);
      const org = d.args.includes('--org') ? d.args[d.args.indexOf('--org') + 1] : undefined;
      d.doc = deckDoc(await buildDeckData(runner, meta, { year: 2025, org }), d.name === 'branch' ? 'en' : 'zh');
    }
    // One LibreOffice run for both files, with a profile of its own (a second soffice on one profile waits).
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        ...decks.map((d) => join(work, `${d.name}.pptx`)),
      ],
      { stdio: 'ignore', timeout: 240_000 },
    );
  }, 300_000);

  it('has a page per slide, each headline on it, and the cover as the presenter set it', () => {
    for (const d of decks) {
      const doc = d.doc as DeckDoc;
      const pdf = join(work, `${d.name}.pdf`);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      expect([d.name, pages]).toEqual([d.name, doc.slides.length + 1]);
      for (const [i, slide] of doc.slides.entries()) {
        const page = execFileSync('pdftotext', ['-f', String(i + 2), '-l', String(i + 2), pdf, '-'], {
          encoding: 'utf8',
        });
        expect([d.name, slide.id, squash(page)]).toEqual([
          d.name,
          slide.id,
          expect.stringContaining(squash(slide.headline)),
        ]);
      }
      mkdirSync(SHOTS, { recursive: true });
      execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(SHOTS, `pptx-${d.name}`)]);
    }
    const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', join(work, 'committee.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(squash(cover)).toContain(squash('张三'));
    expect(squash(cover)).toContain(squash('2026年1月15日'));
    expect(squash(cover)).toContain(squash(decks[0].doc?.cover.title ?? '?'));
  });

  it('holds every chart as a native chart part, the notes in its notes pages, and names the Chinese font', async () => {
    for (const d of decks) {
      const doc = d.doc as DeckDoc;
      const zip = await JSZip.loadAsync(readFileSync(join(work, `${d.name}.pptx`)));
      const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
      const blocks = doc.slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart');
      expect([d.name, charts.length]).toEqual([d.name, blocks.length]);
      expect(blocks.length).toBeGreaterThanOrEqual(5);
      for (const c of charts) expect(await zip.file(c)?.async('string')).toContain(`<a:ea typeface="${DECK_FONT}"/>`);
      const notes = await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
          .map((f) => zip.file(f)?.async('string') ?? ''),
      );
      const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
      const text = squash(
        notes
          .join('')
          .replace(/<[^>]+>/g, '')
          .replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => entities[e]),
      );
      for (const s of doc.slides) for (const n of s.notes) expect(text).toContain(squash(n));
    }
  });
});

describe('what `npm run deck` will not overwrite', () => {
  it('replaces a deck it wrote, refuses one saved since, a file of another kind, and writes no half file', async () => {
    const out = join(work, 'mine.pptx');
    expect(deck('--out', out).status).toBe(0);
    expect(deck('--out', out, '--org', 'B001').status).toBe(0);

    // PowerPoint or WPS saved it: the last editor is someone else now.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain(`<cp:lastModifiedBy>${DECK_PRODUCER}</cp:lastModifiedBy>`);
    zip.file('docProps/core.xml', core.replace(/<cp:lastModifiedBy>[^<]*/, '<cp:lastModifiedBy>王书记'));
    const edited = await zip.generateAsync({ type: 'nodebuffer' });
    writeFileSync(out, edited);
    const refused = deck('--out', out);
    expect(refused.status).toBe(1);
    expect(refused.out).toContain('王书记');
    expect(readFileSync(out).equals(edited)).toBe(true);
    expect(deck('--out', out, '--force').status).toBe(0);

    const other = join(work, 'notes.pptx');
    writeFileSync(other, '会议记录');
    expect(deck('--out', other).out).toContain('不是 PPTX 文件 / not a PPTX file');
    expect(readFileSync(other, 'utf8')).toBe('会议记录');
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('checks its flags, naming what is wrong', () => {
    expect(deck('--out', join(work, 'x.ppt')).out).toContain('须为 .pptx 文件 / must name a .pptx file');
    expect(deck('--out', join(work, 'x.pptx'), '--year', '1999').out).toContain("the data's years are 2024, 2025");
    expect(deck('--out', join(work, 'x.pptx'), '--org', '../etc').out).toContain('not an organisation id');
    expect(deck('--out', join(work, 'x.pptx'), '--org', 'B999').out).toContain('no organisation “B999” in the data');
    expect(deck('--out', join(work, 'x.pptx'), '--lang', 'fr').status).toBe(2);
    expect(deck('--out', join(work, 'x.pptx'), '--colour', 'red').status).toBe(2);
    expect(readdirSync(work)).not.toContain('x.pptx');
  });
});
