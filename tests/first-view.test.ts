/** The first view's data block: hostile names from an export cannot end the block or open markup, and read back whole. */
import { describe, expect, it } from 'vitest';
import { type FirstView, firstViewJson } from '../src/dashboards/first-view';

const HOSTILE = ['</script><script>alert(1)</script>', '<!-- <script>', '</SCRIPT >', '\u2028 & "quotes"'];

describe('first view JSON', () => {
  it('holds no "<" and parses back to the same view', () => {
    const view = {
      meta: { rootOrg: 'C001', orgs: HOSTILE.map((name, i) => ({ id: `B${i}`, name })) },
      filters: { year: 2025, org: 'C001', period: '2025Q4' },
      data: { ranking: { name: HOSTILE, score100: [99.5, 1 / 3, null, -0] } },
      sizes: {},
    } as unknown as FirstView;
    const text = firstViewJson(view);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(view)));
  });
});
