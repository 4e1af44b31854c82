/** npm run docs: regenerates docs/import-contract.md from the schema. */
import { writeFileSync } from 'node:fs';
import { contractMarkdown } from '../src/model/contract-doc';

writeFileSync('docs/import-contract.md', contractMarkdown());
console.log('docs/import-contract.md written');
