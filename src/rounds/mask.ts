/** Legal-form endings kept when a company name is masked, so the example still reads naturally. */
const SUFFIXES = ['有限责任公司', '股份有限公司', '有限公司', '公司', '厂', '店', '合作社', '经营部', '商行', '中心'];

/**
 * Anonymise a party for examples in notices and focus lists: 射阳县华兴化工有限公司 → 射阳××有限公司,
 * 张三丰 → 张某. Review notices circulate beyond the units concerned.
 */
export function maskParty(name: string): string {
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  if (suffix) return `${name.slice(0, 2)}××${suffix}`;
  if (name.length <= 4) return `${name[0]}某`;
  return `${name.slice(0, 2)}××`;
}

/** Replace every occurrence of the party's name in a text by its mask. */
export function maskText(text: string, party: string | undefined): string {
  if (!party) return text;
  return text.split(party).join(maskParty(party));
}
