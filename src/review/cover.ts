/**
 * The cover as the presenter sets it: title, organisation, presenter and date, from the deck's URL
 * (`?title=&org_name=&presenter=&date=`), its cover form, or `npm run deck` flags. Each is plain text of a
 * bounded length: control and direction-override characters are taken out, a longer value is cut, and each
 * change is said (Chinese and English). The values are only ever set as text, never as markup.
 */

export const COVER_FIELDS = {
  title: { param: 'title', max: 60 },
  org: { param: 'org_name', max: 60 },
  presenter: { param: 'presenter', max: 40 },
  date: { param: 'date', max: 30 },
} as const;

export type CoverField = keyof typeof COVER_FIELDS;
export type CoverSettings = Partial<Record<CoverField, string>>;

const NAMES: Record<CoverField, { zh: string; en: string }> = {
  title: { zh: '标题', en: 'title' },
  org: { zh: '单位', en: 'organisation' },
  presenter: { zh: '汇报人', en: 'presenter' },
  date: { zh: '日期', en: 'date' },
};

/** C0 and C1 controls (tabs and line breaks included: a cover line is one line), bidi overrides and isolates. */
const UNWANTED = '[\\u0000-\\u001f\\u007f-\\u009f\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]';

export interface CleanValue {
  readonly value: string;
  /** What was changed, in both languages; none when the value was taken as given. */
  readonly problems: readonly string[];
}

/** One cover value made safe to show: characters taken out, length bounded (counted in characters, not bytes). */
export function cleanCoverValue(field: CoverField, raw: string): CleanValue {
  const { max } = COVER_FIELDS[field];
  const name = NAMES[field];
  const problems: string[] = [];
  if (new RegExp(UNWANTED).test(raw))
    problems.push(`${name.zh}中的控制字符已去除 / control characters removed from the ${name.en}`);
  const stripped = raw.replace(new RegExp(UNWANTED, 'g'), ' ').replace(/\s+/g, ' ').trim();
  const chars = [...stripped];
  if (chars.length > max)
    problems.push(`${name.zh}过长，最多 ${max} 个字，已截断 / ${name.en} longer than ${max} characters: cut`);
  return { value: chars.slice(0, max).join(''), problems };
}

/** The cover settings a query string gives, each cleaned; a parameter not given is left to the deck's default. */
export function coverFromSearch(search: string): { settings: CoverSettings; problems: string[] } {
  const params = new URLSearchParams(search);
  const settings: CoverSettings = {};
  const problems: string[] = [];
  for (const field of Object.keys(COVER_FIELDS) as CoverField[]) {
    const raw = params.get(COVER_FIELDS[field].param);
    if (raw === null) continue;
    const clean = cleanCoverValue(field, raw);
    if (clean.value) settings[field] = clean.value;
    problems.push(...clean.problems);
  }
  return { settings, problems };
}

/** The query string with the cover's values set (emptied ones removed), other parameters kept. */
export function coverToSearch(search: string, settings: CoverSettings): string {
  const params = new URLSearchParams(search);
  for (const field of Object.keys(COVER_FIELDS) as CoverField[]) {
    const value = settings[field];
    if (value) params.set(COVER_FIELDS[field].param, value);
    else params.delete(COVER_FIELDS[field].param);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
