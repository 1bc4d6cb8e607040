/**
 * 统一社会信用代码 (GB 32100-2015) with a valid check character, and the GB 11714 check character of
 * the embedded organisation code, so the samples pass a validator and a planted invalid code (if any)
 * is the only invalid one.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS_18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const WEIGHTS_ORG = [3, 7, 9, 10, 5, 8, 4, 2];

function orgCheck(body8: string): string {
  // GB 11714: digits are their value, letters A..Z are 10..35.
  const sum = body8.split('').reduce((acc, c, i) => acc + parseInt(c, 36) * WEIGHTS_ORG[i], 0);
  const c = 11 - (sum % 11);
  return c === 11 ? '0' : c === 10 ? 'X' : String(c);
}

export function creditCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i]);
    if (v < 0) throw new Error(`invalid credit-code character ${first17[i]} in ${first17}`);
    sum += v * WEIGHTS_18[i];
  }
  const c = 31 - (sum % 31);
  return CHARSET[c === 31 ? 0 : c];
}

/**
 * 91 320924 <org code> <check>: 9 = registered by 市场监管, 1 = enterprise, 320924 = 射阳县.
 * `orgBody` is the 8-character organisation-code body (e.g. "MA1MXK7P").
 */
export function creditCode(orgBody: string, prefix = '91320924'): string {
  if (orgBody.length !== 8) throw new Error(`org body must be 8 chars: ${orgBody}`);
  const org = orgBody + orgCheck(orgBody);
  // the org check may be 'X', which is in the GB 32100 charset; 'I', 'O', 'S', 'V', 'Z' are not
  const first17 = prefix + org;
  return first17 + creditCheck(first17);
}

export function isValidCreditCode(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) && creditCheck(code.slice(0, 17)) === code[17];
}

/** 18-digit 居民身份证号码 with its ISO 7064 MOD 11-2 check character (GB 11643). */
export function idCard(region: string, birth: string, seq: string): string {
  const body = region + birth + seq;
  if (body.length !== 17) throw new Error(`id body must be 17 digits: ${body}`);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = body.split('').reduce((a, c, i) => a + Number(c) * w[i], 0);
  return body + '10X98765432'[sum % 11];
}
