/** The islands and the build ask the same queries of a page: those of the panels the build shows. */
import { describe, expect, it } from 'vitest';
import { DASHBOARDS } from '../src/dashboards';
import { shownQueries } from '../src/dashboards/shown-queries';
import type { Filters } from '../src/queries/filters';
import type { Meta } from '../src/queries/meta';

/** Only `internal` is read (PanelSpec.when); the rest of the meta is the build's business. */
const meta = (internal: boolean) => ({ internal }) as Meta;
const f: Filters = { year: 2025, org: 'C1', period: '2025Q4' };

describe('shownQueries', () => {
  it('leaves out the queries of internal-only panels in a public build, and only those', () => {
    for (const d of Object.values(DASHBOARDS)) {
      const all = Object.keys(d.queries(f));
      const internalOnly = d.panels.filter((p) => p.when).map((p) => p.id);
      // Each such panel has a query of its id: else leaving it out would leave out nothing.
      expect(all, d.id).toEqual(expect.arrayContaining(internalOnly));
      expect(Object.keys(shownQueries(d.panels, meta(true), d.queries(f))), d.id).toEqual(all);
      expect(Object.keys(shownQueries(d.panels, meta(false), d.queries(f))), d.id).toEqual(
        all.filter((k) => !internalOnly.includes(k)),
      );
    }
    // The two lists of members needing attention are such panels, each with its query.
    const left = Object.values(DASHBOARDS).flatMap((d) => d.panels.filter((p) => p.when).map((p) => `${d.id}.${p.id}`));
    expect(left.sort()).toEqual(['members.attention', 'org.attention']);
  });
});
