/**
 * The roster (执法人员名册) and the officers the cases use. Certificate numbers vary in length
 * (8–11 digits) as real Jiangsu numbers do. Validity periods are chosen so that every use in the
 * samples falls inside them, except the two planted roster defects (see cases.ts): 周海涛's certificate
 * expired before the inspection he signed, and 赵敏's number is printed with two digits swapped.
 */
import type { ManifestOfficer } from '../lib/types.js';

export const UNITS = ['执法一中队', '执法二中队', '合德镇安监所'] as const;
export type Unit = (typeof UNITS)[number];

export interface RosterEntry {
  name: string;
  certificate: string;
  issued: string;
  validUntil: string;
  unit: Unit;
}

export const ROSTER: RosterEntry[] = [
  { name: '张伟', certificate: '32090019001', issued: '2019-11-20', validUntil: '2025-11-19', unit: '执法一中队' },
  { name: '李娜', certificate: '32090019002', issued: '2019-11-20', validUntil: '2025-11-19', unit: '执法一中队' },
  { name: '王强', certificate: '320900205', issued: '2020-03-16', validUntil: '2026-03-15', unit: '执法一中队' },
  { name: '陈静', certificate: '3209002117', issued: '2021-05-20', validUntil: '2027-05-19', unit: '执法一中队' },
  { name: '刘洋', certificate: '32090018047', issued: '2018-09-03', validUntil: '2024-09-02', unit: '执法二中队' },
  { name: '黄磊', certificate: '32090018052', issued: '2018-09-03', validUntil: '2024-09-02', unit: '执法二中队' },
  { name: '周海涛', certificate: '32090017036', issued: '2017-03-01', validUntil: '2023-02-28', unit: '执法二中队' },
  { name: '徐丽', certificate: '3209002264', issued: '2022-06-15', validUntil: '2028-06-14', unit: '执法二中队' },
  { name: '杨帆', certificate: '32092203', issued: '2022-08-01', validUntil: '2028-07-31', unit: '执法二中队' },
  { name: '吴军', certificate: '320924101', issued: '2019-07-01', validUntil: '2025-06-30', unit: '合德镇安监所' },
  { name: '孙悦', certificate: '320924102', issued: '2019-07-01', validUntil: '2025-06-30', unit: '合德镇安监所' },
  { name: '赵敏', certificate: '3209002281', issued: '2021-10-08', validUntil: '2027-10-07', unit: '合德镇安监所' },
  { name: '朱晓东', certificate: '32092406', issued: '2023-01-09', validUntil: '2029-01-08', unit: '合德镇安监所' },
];

/** An officer as printed, with the roster's certificate number. */
export function off(name: string): Required<ManifestOfficer> {
  const e = ROSTER.find((r) => r.name === name);
  if (!e) throw new Error(`officer ${name} not in roster`);
  return { name, certificate: e.certificate };
}

/** Agency leaders who sign approvals (负责人) and the legal-affairs reviewer; names only, no certificates. */
export const LEADERS = { director: '顾建明', deputy: '潘志刚', legal: '蒋文华', archivist: '韩梅' };
