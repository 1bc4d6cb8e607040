/**
 * Chinese formatting used by the forms: article numbers (第一百零一条), dates in Arabic and in Chinese
 * numerals (二〇二三年四月一日), and money in 大写 (叁万元整) and 小写 (¥30000元).
 * Written out here rather than taken from a library so the exact spelling of the official forms is
 * under our control (e.g. 第一百零一条, not 第一百〇一条; 一十 is never used for 10).
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..999 as in statute article numbers: 十, 十一, 四十一, 一百, 一百零一, 一百一十. */
export function cnNumber(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n > 999) throw new Error(`cnNumber: ${n}`);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let s = '';
  if (h) s += DIGITS[h] + '百';
  if (t) s += (t === 1 && !h ? '' : DIGITS[t]) + '十';
  else if (h && u) s += '零';
  if (u) s += DIGITS[u];
  return s;
}

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`bad ISO date ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** 2023年3月5日 */
export function dateCn(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${y}年${m}月${d}日`;
}

/** 2023年03月05日 (zero-padded: some systems print it this way) */
export function dateCnPadded(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${y}年${String(m).padStart(2, '0')}月${String(d).padStart(2, '0')}日`;
}

/** 二〇二三年四月一日: the signature date on decisions and notices in some templates */
export function dateCnNumerals(iso: string): string {
  const [y, m, d] = parts(iso);
  const year = String(y).split('').map((c) => (c === '0' ? '〇' : DIGITS[Number(c)])).join('');
  return `${year}年${cnNumber(m)}月${cnNumber(d)}日`;
}

/** 2023年3月1日9时30分 */
export function dateTimeCn(iso: string, time: string): string {
  const [h, mi] = time.split(':').map(Number);
  return `${dateCn(iso)}${h}时${String(mi).padStart(2, '0')}分`;
}

const CAP_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const CAP_UNITS = ['', '拾', '佰', '仟'];

function capitalBelow10000(n: number): string {
  let s = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      if (s) zero = true;
      continue;
    }
    if (zero) s += '零';
    zero = false;
    s += CAP_DIGITS[d] + CAP_UNITS[i];
  }
  return s;
}

/** 30000 → 叁万元整; 105000 → 壹拾万零伍仟元整; 1500 → 壹仟伍佰元整 (whole yuan only). */
export function moneyCapital(yuan: number): string {
  if (!Number.isInteger(yuan) || yuan <= 0 || yuan >= 1e8) throw new Error(`moneyCapital: ${yuan}`);
  const wan = Math.floor(yuan / 10000);
  const rest = yuan % 10000;
  let s = '';
  if (wan) s += capitalBelow10000(wan) + '万';
  if (rest) s += (wan && rest < 1000 ? '零' : '') + capitalBelow10000(rest);
  return s + '元整';
}

/** 罚款人民币叁万元整（¥30000元） — style 'yuan'; or （¥30000.00） — style 'cents'. */
export function moneyBoth(yuan: number, style: 'yuan' | 'cents' = 'yuan'): string {
  const small = style === 'yuan' ? `¥${yuan}元` : `¥${yuan.toFixed(2)}`;
  return `人民币${moneyCapital(yuan)}（${small}）`;
}
