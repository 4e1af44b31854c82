/** 公示: the publicity period and objection line of points posted publicly, from the rules' publish.notice. */
import { describe, expect, it } from 'vitest';
import { noticeLine } from '../src/board/notice';
import { t } from '../src/i18n/dict';
import { DEFAULT_OBJECTION, NOTICE_MAX_CHARS, NOTICE_MAX_DAYS, parseRules } from '../src/model/rules';
import { noticeDates } from '../src/sql/rules-tables';

describe('the 公示 line', () => {
  const notice = (from: string, until: string, objection = DEFAULT_OBJECTION) => ({ from, until, objection });
  it('says the period, the year once when both days fall in it, and where to object', () => {
    expect(noticeLine(notice('2025-12-01', '2025-12-10'), 'zh')).toBe(
      '公示期 2025年12月1日 至 12月10日 · 如有异议请向党委组织委员反映',
    );
    expect(noticeLine(notice('2025-12-31', '2026-01-06'), 'zh')).toBe(
      '公示期 2025年12月31日 至 2026年1月6日 · 如有异议请向党委组织委员反映',
    );
    expect(noticeLine(notice('2025-12-01', '2025-12-10'), 'en')).toBe(
      `Posted for objections 1 Dec to 10 Dec 2025 · ${t('en', 'boardObjection')}`,
    );
    // An objection line of the organisation's own is shown as written, in either language.
    expect(noticeLine(notice('2025-12-01', '2025-12-10', '请向第一党支部书记反映'), 'en')).toMatch(
      /· 请向第一党支部书记反映$/,
    );
  });

  it('runs from the rules’ first day, else the data’s as-of date, for the rules’ number of days', () => {
    const rules = (notice: object) => parseRules({ publish: { notice } }).publish.notice;
    expect(noticeDates(rules({}), '2025-12-31')).toEqual(['2025-12-31', '2026-01-06']);
    expect(noticeDates(rules({ from: '2025-12-01', days: 10 }), '2025-12-31')).toEqual(['2025-12-01', '2025-12-10']);
    expect(noticeDates(rules({ days: 1 }), '2024-02-29')).toEqual(['2024-02-29', '2024-02-29']);
  });

  it('is bounded in the rules, with messages in both languages', () => {
    const problem = (notice: object) => () => parseRules({ publish: { notice } }, 'rules.json');
    expect(problem({ days: 0 })).toThrow(/publish\.notice\.days: 公示天数至少 1 天 \/ at least 1 day/);
    expect(problem({ days: NOTICE_MAX_DAYS + 1 })).toThrow(/publish\.notice\.days: 公示天数至多 60 天/);
    expect(problem({ days: 2.5 })).toThrow(/publish\.notice\.days/);
    expect(problem({ objection: '反映'.repeat(NOTICE_MAX_CHARS) })).toThrow(/objection: 至多 40 个字 \/ at most 40/);
    expect(problem({ objection: '请向\n书记反映' })).toThrow(/objection: 不能含换行、控制字符/);
    expect(problem({ objection: '请向\u202e书记反映' })).toThrow(/objection: 不能含换行、控制字符或双向控制字符/);
    expect(problem({ objection: '   ' })).toThrow(/objection: 不能为空/);
    expect(problem({ from: '2025-13-01' })).toThrow(/publish\.notice\.from/);
    expect(problem({ until: '2025-12-01' })).toThrow(/Unrecognized key/);
    expect(parseRules({}).publish.notice).toEqual({ from: null, days: 7, objection: '如有异议请向党委组织委员反映' });
  });
});
