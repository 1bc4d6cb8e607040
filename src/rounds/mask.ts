/**
 * Anonymised names for examples in focus lists and review notices, which circulate beyond the units
 * concerned.
 */

/** Legal-form / organisation-type suffixes, longest first. */
const ORG_SUFFIXES = [
  '股份有限公司', '有限责任公司', '个人独资企业', '专业合作社', '合伙企业', '有限公司', '分公司', '合作社',
  '经营部', '门市部', '加工厂', '工作室', '委员会', '公司', '商行', '中心', '医院', '学校', '酒店', '宾馆',
  '超市', '协会', '厂', '店', '场', '站', '社', '部', '所', '馆', '行',
];
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯', '端木', '南宫', '西门', '独孤', '澹台', '申屠'];
export const HAN = /^[\u3400-\u9fff·]+$/u;

/**
 * Mask a party's name for an anonymised example: a person (2–4 Han characters, no organisation suffix)
 * becomes 姓 + 某 (李建国 → 李某, 欧阳娜娜 → 欧阳某); an organisation keeps its first two characters and its
 * legal-form suffix (射阳县华丰化工有限公司 → 射阳××有限公司); when that would leave the whole name
 * visible (华丰公司), only the first character is kept (华××公司).
 */
export function maskName(name: string): string {
  const s = name.trim();
  const suffix = ORG_SUFFIXES.find((x) => s.endsWith(x) && s.length > x.length);
  if (!suffix && HAN.test(s) && s.length >= 2 && s.length <= 4) {
    const compound = s.length >= 3 ? COMPOUND_SURNAMES.find((c) => s.startsWith(c)) : undefined;
    return `${compound ?? [...s][0]}某`;
  }
  const chars = [...s];
  const tail = suffix ?? '';
  const body = chars.length - [...tail].length;
  const keep = body > 2 ? 2 : 1;
  return `${chars.slice(0, keep).join('')}××${tail}`;
}

/** Replace every occurrence of the party's name in a text by its mask. */
export function maskText(text: string, party: string | undefined): string {
  if (!party) return text;
  return text.split(party).join(maskName(party));
}
