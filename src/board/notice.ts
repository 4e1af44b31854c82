/**
 * 公示: the line that goes with points posted publicly, on the screen's tally frames and the printed sheet:
 * 公示期 2025年12月1日 至 12月10日 · 如有异议请向党委组织委员反映. The period and the objection line come from
 * the rules' publish.notice (src/model/rules.ts), read with the data's metadata.
 */
import { type Locale, t, tf } from '../i18n/dict';
import type { Notice } from '../queries/meta';

export function noticeLine(notice: Notice, locale: Locale): string {
  // The rules' default objection line is the dictionary's Chinese one: an English screen says it in English.
  const objection =
    locale === 'en' && notice.objection === t('zh', 'boardObjection') ? t('en', 'boardObjection') : notice.objection;
  const period = notice.from && notice.until ? tf(locale, 'boardNotice', noticeDates(notice, locale)) : '';
  return [period, objection].filter(Boolean).join(' · ');
}

/** The first and last day, the year said once when both fall in it (2025年12月1日 至 12月10日). */
function noticeDates({ from, until }: Notice, locale: Locale): { from: string; until: string } {
  const [a, b] = [from, until].map((d) => d.split('-').map(Number));
  const sameYear = a[0] === b[0];
  if (locale === 'zh')
    return { from: `${a[0]}年${a[1]}月${a[2]}日`, until: `${sameYear ? '' : `${b[0]}年`}${b[1]}月${b[2]}日` };
  const day = (d: number[], year: boolean) =>
    new Date(Date.UTC(d[0], d[1] - 1, d[2])).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      ...(year ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
  return { from: day(a, !sameYear), until: day(b, true) };
}
