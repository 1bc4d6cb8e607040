/** 统一社会信用代码 (GB 32100-2015): found in text, validated by its check character. */
import { allMatches, spacedAny } from './patterns.js';

export interface CreditCodeHit {
  code: string;
  /** charset and check character both right (GB 32100-2015) */
  valid: boolean;
  quote: string;
  start: number;
  end: number;
}

/** GB 32100-2015 character set (no I, O, S, V, Z) and the value of each character. */
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Check a 统一社会信用代码: 18 characters of the charset, with the right check character. */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CODE_CHARS.indexOf(code[i]) * WEIGHTS[i];
  const check = (31 - (sum % 31)) % 31;
  return CODE_CHARS[check] === code[17];
}

const CREDIT_LABEL = `(?:${spacedAny(['统一社会信用代码', '社会统一信用代码', '社会信用代码', '信用代码', '组织机构代码'])})`;
/** 18 letters/digits, tolerating single stray spaces from PDF extraction */
const CODE_BODY = '[0-9A-Za-z](?: ?[0-9A-Za-z]){17}';
const LABELLED_CODE_RE = new RegExp(
  `${CREDIT_LABEL}\\s*(?:\\([^()\\n]{0,12}\\)\\s*)?[:：]?\\s*(${CODE_BODY})(?![0-9A-Za-z])`,
  'g',
);
const BARE_CODE_RE = /(?<![0-9A-Za-z])[0-9A-HJ-NP-RTUW-Y]{18}(?![0-9A-Za-z])/g;
/** an 18-character 身份证号 can pass the credit-code check by chance; never read one as a code */
const ID_CONTEXT_RE = /(身份证|身份号码|证件号)[^\n]{0,8}$/;

/**
 * The 统一社会信用代码: first the value after a credit-code label (reported even when invalid, which is
 * a finding), else a bare 18-character token that passes the check and is not an ID-card number.
 */
export function findCreditCode(text: string): CreditCodeHit | undefined {
  for (const m of allMatches(LABELLED_CODE_RE, text)) {
    const quote = m[1];
    const start = m.index + m[0].length - quote.length;
    const code = quote.replace(/ /g, '').toUpperCase();
    return { code, valid: isValidCreditCode(code), quote, start, end: start + quote.length };
  }
  for (const m of allMatches(BARE_CODE_RE, text)) {
    if (!isValidCreditCode(m[0])) continue;
    if (ID_CONTEXT_RE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    return { code: m[0], valid: true, quote: m[0], start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
