/**
 * Colours are defined once (src/charts/theme.ts): no dashboard, option builder or component names one.
 * A hex literal anywhere else in the code is a colour chosen outside the themes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { echartsTheme, paperColor, ROLE_COLORS, THEMES } from '../src/charts/theme';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const THEME_FILE = 'src/charts/theme.ts';
const HEX = /#[0-9a-f]{3,8}\b/gi;

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|astro)$/.test(f))
    .map((f) => relative(ROOT, join(dir, f)));
}

/** Every hex literal of a file, as "file:line: literal". */
function hexLiterals(file: string): string[] {
  return readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => [...line.matchAll(HEX)].map((m) => `${file}:${i + 1}: ${m[0]}`));
}

describe('colours come from the theme file', () => {
  const files = codeFiles(SRC);

  it('the dashboards and the option builder name no colour', () => {
    const named = files.filter((f) => f.startsWith('src/dashboards/') || f === 'src/charts/option.ts');
    expect(named).toContain('src/charts/option.ts');
    expect(named.filter((f) => f.startsWith('src/dashboards/')).length).toBeGreaterThan(5);
    expect(named.flatMap(hexLiterals)).toEqual([]);
  });

  it('nor does any other code file', () => {
    expect(files).toContain(THEME_FILE);
    expect(files.filter((f) => f !== THEME_FILE).flatMap(hexLiterals)).toEqual([]);
  });

  it('each registered theme has its own ink, and every role a colour', () => {
    const inks = THEMES.map((name) => JSON.stringify((echartsTheme(name) as { textStyle: unknown }).textStyle));
    expect(new Set(inks).size).toBe(THEMES.length);
    expect(new Set(THEMES.map(paperColor)).size).toBe(THEMES.length);
    for (const color of Object.values(ROLE_COLORS)) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });
});
