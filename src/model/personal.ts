/**
 * What a personal identifier looks like (身份证号, 手机号), defined once: the
 * ingest masks these in free text and refuses them as ids, and the tests
 * scan every published file for them. RE2 and JavaScript read the same text.
 */

/** 18-digit resident ID: region, birth date 19xx/20xx, sequence, check digit. */
export const ID_CARD_PATTERN = '[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]';
/** Mainland mobile number. */
export const PHONE_PATTERN = '1[3-9][0-9]{9}';

export const ID_CARD = new RegExp(ID_CARD_PATTERN);
export const PHONE = new RegExp(PHONE_PATTERN);

/** What replaces an identifier found in free text (事由, 任务内容, ...). */
export const MASKED_ID_CARD = '[身份证号已隐去]';
export const MASKED_PHONE = '[电话已隐去]';

/**
 * The same identifiers as standalone tokens, for scanning published files: not
 * digits inside a longer number, nor the decimals of a ratio (0.13812345678...),
 * nor digits glued to ASCII letters (the manifest's sha256 hashes are hex: eleven
 * digits between two hex letters would pass for a phone number). Glued to letters, an
 * identifier in the data is still caught: the tests scan decoded values with the plain patterns.
 */
export const ID_CARD_TOKEN = new RegExp(`(^|[^0-9A-Za-z])${ID_CARD_PATTERN}([^0-9A-Za-z]|$)`);
export const PHONE_TOKEN = new RegExp(`(^|[^0-9A-Za-z.])${PHONE_PATTERN}([^0-9A-Za-z]|$)`);
