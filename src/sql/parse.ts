/**
 * DuckDB macros that turn the text of an export cell into a typed value, or
 * NULL when it cannot. Validation (ingest) and any later re-parsing in the
 * browser use the same definitions. Each macro takes VARCHAR already trimmed.
 */
import { ID_CARD_PATTERN, MASKED_ID_CARD, MASKED_PHONE, PHONE_PATTERN } from '../model/personal';
import { sqlString } from './literal';

/**
 * Bidirectional controls (U+061C, U+200E/U+200F, U+202A–U+202E, U+2066–U+2069): invisible, and a
 * right-to-left override in a name shows its text reversed in every chart, title and page title.
 */
export const BIDI_CONTROLS = '\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';

const FULL = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0xff01 + i)).join('');
const HALF = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).join('');

/** Written dates: 2024-05-20, 2024/5/20, 2024.05.20, 2024年5月20日, optionally with a time. */
const DATE_YMD = String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$`;
const NUMBER = String.raw`[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?`;
const MONTH = String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?份?$`;
const QUARTER_Q = String.raw`^(\d{4})\s*年?\s*[-_ ]?\s*[Qq]\s*([1-4])$`;
const QUARTER_ZH = String.raw`^(\d{4})\s*年?\s*第?\s*([1-4一二三四])\s*季度?$`;
const YEAR = String.raw`^(\d{4})\s*年?度?$`;

export const PARSE_MACROS: readonly string[] = [
  // 全角 -> 半角, the ideographic space and the minus sign included. translate() is slow (about 1.5 s per
  // million cells), so it runs only on the rare cell that holds such a character.
  `CREATE OR REPLACE MACRO fold_width(s) AS CASE WHEN regexp_matches(s, '[\uFF01-\uFF5E\u3000\u2212]')
     THEN translate(s, ${sqlString(`${FULL}\u3000\u2212`)}, ${sqlString(`${HALF} -`)}) ELSE s END`,
  `CREATE OR REPLACE MACRO in_year_range(d) AS CASE WHEN year(d) BETWEEN 1900 AND 2100 THEN d END`,
  // Excel stores dates as days since 1899-12-30 (the 1900 leap-year bug included).
  `CREATE OR REPLACE MACRO excel_serial_date(s) AS
     in_year_range(DATE '1899-12-30' + CAST(floor(CAST(s AS DOUBLE)) AS INTEGER))`,
  `CREATE OR REPLACE MACRO parse_date_folded(s) AS CASE
     WHEN regexp_full_match(s, '\\d{5}(\\.\\d+)?') THEN excel_serial_date(s)
     WHEN regexp_full_match(s, '\\d{8}') THEN in_year_range(try_cast(substr(s, 1, 4) || '-' || substr(s, 5, 2) || '-' || substr(s, 7, 2) AS DATE))
     WHEN regexp_matches(s, ${sqlString(DATE_YMD)}) THEN in_year_range(try_cast(regexp_replace(s, ${sqlString(DATE_YMD)}, '\\1-\\2-\\3') AS DATE))
   END`,
  // The common spellings first: one anchored pattern and a cast instead of the general parse (3x faster per cell).
  `CREATE OR REPLACE MACRO parse_date(s) AS CASE
     WHEN regexp_full_match(s, '\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?')
     THEN CASE WHEN left(s, 4) BETWEEN '1900' AND '2100' THEN try_cast(translate(s, '/.年月日', '----') AS DATE) END
     ELSE parse_date_folded(trim(fold_width(s))) END`,
  `CREATE OR REPLACE MACRO number_text(s) AS replace(replace(trim(fold_width(s)), ',', ''), ' ', '')`,
  // "1e999" is well formed but infinite: rejected, not loaded as inf.
  // Plain decimals first: number_text() would leave them unchanged, and it costs three passes.
  `CREATE OR REPLACE MACRO parse_number(s) AS CASE
     WHEN regexp_full_match(s, '[+-]?\\d{1,15}(\\.\\d{1,15})?') THEN CAST(s AS DOUBLE)
     WHEN regexp_full_match(number_text(s), ${sqlString(NUMBER)}) AND isfinite(CAST(number_text(s) AS DOUBLE))
     THEN CAST(number_text(s) AS DOUBLE) END`,
  `CREATE OR REPLACE MACRO parse_int(s) AS CASE
     WHEN regexp_full_match(number_text(s), '[+-]?\\d{1,9}(\\.0*)?') THEN CAST(CAST(number_text(s) AS DOUBLE) AS INTEGER) END`,
  `CREATE OR REPLACE MACRO parse_year(s) AS CASE
     WHEN regexp_matches(trim(fold_width(s)), ${sqlString(YEAR)})
     THEN CASE WHEN CAST(regexp_extract(trim(fold_width(s)), ${sqlString(YEAR)}, 1) AS INTEGER) BETWEEN 1900 AND 2100
          THEN CAST(regexp_extract(trim(fold_width(s)), ${sqlString(YEAR)}, 1) AS INTEGER) END END`,
  `CREATE OR REPLACE MACRO period_label(y, kind, n) AS CASE
     WHEN CAST(y AS INTEGER) NOT BETWEEN 1900 AND 2100 THEN NULL
     WHEN kind = 'month' AND CAST(n AS INTEGER) BETWEEN 1 AND 12 THEN y || '-' || lpad(CAST(CAST(n AS INTEGER) AS VARCHAR), 2, '0')
     WHEN kind = 'quarter' THEN y || 'Q' || translate(n, '一二三四', '1234')
     WHEN kind = 'year' THEN y END`,
  // Canonical label: 2024-05 (month), 2024Q2 (quarter), 2024 (year); NULL if unreadable.
  `CREATE OR REPLACE MACRO parse_period_folded(s) AS CASE
     WHEN regexp_matches(s, ${sqlString(YEAR)}) THEN period_label(regexp_extract(s, ${sqlString(YEAR)}, 1), 'year', NULL)
     WHEN regexp_matches(s, ${sqlString(QUARTER_Q)}) THEN period_label(regexp_extract(s, ${sqlString(QUARTER_Q)}, 1), 'quarter', regexp_extract(s, ${sqlString(QUARTER_Q)}, 2))
     WHEN regexp_matches(s, ${sqlString(QUARTER_ZH)}) AND contains(s, '季') THEN period_label(regexp_extract(s, ${sqlString(QUARTER_ZH)}, 1), 'quarter', regexp_extract(s, ${sqlString(QUARTER_ZH)}, 2))
     WHEN regexp_matches(s, ${sqlString(MONTH)}) THEN period_label(regexp_extract(s, ${sqlString(MONTH)}, 1), 'month', regexp_extract(s, ${sqlString(MONTH)}, 2))
   END`,
  `CREATE OR REPLACE MACRO parse_period(s) AS parse_period_folded(trim(fold_width(s)))`,
  `CREATE OR REPLACE MACRO period_kind(label) AS CASE
     WHEN contains(label, 'Q') THEN 'quarter' WHEN contains(label, '-') THEN 'month' WHEN label IS NOT NULL THEN 'year' END`,
  `CREATE OR REPLACE MACRO period_start(label) AS CASE period_kind(label)
     WHEN 'year' THEN make_date(CAST(label AS INTEGER), 1, 1)
     WHEN 'quarter' THEN make_date(CAST(left(label, 4) AS INTEGER), 3 * CAST(right(label, 1) AS INTEGER) - 2, 1)
     WHEN 'month' THEN make_date(CAST(left(label, 4) AS INTEGER), CAST(right(label, 2) AS INTEGER), 1) END`,
  `CREATE OR REPLACE MACRO period_end(label) AS CASE period_kind(label)
     WHEN 'year' THEN period_start(label) + INTERVAL 1 YEAR - INTERVAL 1 DAY
     WHEN 'quarter' THEN period_start(label) + INTERVAL 3 MONTH - INTERVAL 1 DAY
     WHEN 'month' THEN period_start(label) + INTERVAL 1 MONTH - INTERVAL 1 DAY END`,
  // Enum cells compare with all spaces removed: "优 秀" is 优秀.
  // Personal identifiers written into free text are masked before anything is stored.
  // Both identifiers hold 11 digits in a row: the cheap test spares nearly every cell the two replacements.
  `CREATE OR REPLACE MACRO mask_personal(s) AS CASE WHEN regexp_matches(s, '[0-9]{11}')
     THEN regexp_replace(regexp_replace(s, ${sqlString(ID_CARD_PATTERN)}, ${sqlString(MASKED_ID_CARD)}, 'g'), ${sqlString(PHONE_PATTERN)}, ${sqlString(MASKED_PHONE)}, 'g')
     ELSE s END`,
  // The cheap test spares nearly every cell the replacement.
  `CREATE OR REPLACE MACRO strip_bidi(s) AS CASE WHEN regexp_matches(s, ${sqlString(`[${BIDI_CONTROLS}]`)})
     THEN regexp_replace(s, ${sqlString(`[${BIDI_CONTROLS}]`)}, '', 'g') ELSE s END`,
  // What every text cell (names, reasons, titles) becomes before it is stored or reported.
  `CREATE OR REPLACE MACRO clean_text(s) AS mask_personal(strip_bidi(s))`,
  `CREATE OR REPLACE MACRO looks_personal(s) AS regexp_matches(s, '[0-9]{11}')
     AND (regexp_matches(s, ${sqlString(ID_CARD_PATTERN)}) OR regexp_matches(s, ${sqlString(PHONE_PATTERN)}))`,
  `CREATE OR REPLACE MACRO enum_text(s) AS regexp_replace(fold_width(s), '\\s+', '', 'g')`,
];
