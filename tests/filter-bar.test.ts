/** The filter bar says why a list is empty (an export without the table, a year without periods), never an empty box. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FilterBar } from '../src/components/FilterBar';
import type { Meta } from '../src/queries/meta';

const meta = (part: Partial<Meta>) =>
  ({ years: [2025], periods: [], orgs: [], rootOrg: 'C001', ...part }) as unknown as Meta;
const bar = (m: Meta, locale: 'zh' | 'en' = 'zh', year = 2025) =>
  renderToStaticMarkup(
    createElement(FilterBar, {
      meta: m,
      filters: { year, period: '', org: 'C001' },
      show: ['year', 'period', 'org'],
      locale,
      onChange: () => {},
    }),
  );
/** The options of the select named `name`, as text, and whether the select is disabled. */
const select = (html: string, name: string) => {
  const part = new RegExp(`<select[^>]*name="${name}"[^>]*>(.*?)</select>`).exec(html);
  return {
    options: [...(part?.[1] ?? '').matchAll(/<option[^>]*>(.*?)<\/option>/g)].map((m) => m[1]),
    disabled: /<select[^>]*disabled/.test(part?.[0] ?? ''),
  };
};

describe('the filter bar on partial data', () => {
  it('an export without assessments or organisations names the missing table in a disabled select', () => {
    const html = bar(meta({}));
    expect(select(html, 'period')).toEqual({ options: ['本数据未包含支部考核'], disabled: true });
    expect(select(html, 'org')).toEqual({ options: ['本数据未包含组织'], disabled: true });
    expect(select(bar(meta({}), 'en'), 'period').options[0]).toMatch(/^no .+ in this data$/);
  });

  it('data with no dated record at all (every row rejected, or only organisations and members) says so for the year', () => {
    const html = bar(meta({ years: [] }), 'zh', 2026);
    expect(select(html, 'year')).toEqual({ options: ['本数据没有带年份的记录'], disabled: true });
    expect(select(bar(meta({ years: [] }), 'en', 2026), 'year').options).toEqual(['no dated records in this data']);
    expect(select(bar(meta({ years: [2024, 2025] })), 'year')).toEqual({ options: ['2024', '2025'], disabled: false });
  });

  it('a year the assessments do not cover says so; a covered year lists its periods, enabled', () => {
    const periods: Meta['periods'] = [{ period: '2024Q4', kind: 'quarter', start: '2024-10-01' }];
    const orgs: Meta['orgs'] = [{ id: 'C001', name: '市分公司党委', type: '党委', parent: null }];
    expect(select(bar(meta({ periods, orgs })), 'period')).toEqual({ options: ['2025 年无考核周期'], disabled: true });
    const covered = bar(meta({ years: [2024], periods, orgs }), 'zh', 2024);
    expect(select(covered, 'period')).toEqual({ options: ['2024Q4'], disabled: false });
    expect(select(covered, 'org')).toEqual({ options: ['市分公司党委（党委）'], disabled: false });
  });
});
