import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { contractMarkdown } from '../src/model/contract-doc';
import { TABLES } from '../src/model/schema';

it('docs/import-contract.md is generated from the current schema (run `npm run docs`)', () => {
  const committed = readFileSync(join(import.meta.dirname, '..', 'docs', 'import-contract.md'), 'utf8');
  expect(committed).toBe(contractMarkdown());
  for (const t of TABLES) for (const c of t.columns) expect(committed).toContain(`\`${c.zh}\``);
});
