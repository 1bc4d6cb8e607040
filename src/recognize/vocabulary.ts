/**
 * The ruleset's recognition vocabulary (vocabulary.yaml), compiled once into the regular expressions the
 * field readers use. Compiled per vocabulary object, so a ruleset copy with its own labels gets its own.
 */
import type { DocumentType } from '../model/document.js';
import type { Vocabulary } from '../ruleset/schema.js';
import { spacedAny } from '../text/patterns.js';

export interface CompiledVocabulary {
  source: Vocabulary;
  /** a page line that is furniture (footer, print header, URL), matched with spaces removed */
  isChrome(line: string): boolean;
  titlePrefixes: string[];
  agencyEndingRe: RegExp;
  docNumberLabelRe: RegExp;
  partyLabelRe: RegExp;
  partyEndRe: RegExp;
  partyByDocument: Map<DocumentType, { labels: string[]; re: RegExp }>;
  addresseeDocuments: Set<DocumentType>;
  officerLabelRe: RegExp;
  /** an officer label at the start of a string (not global: for tests of one label) */
  officerLabelStartRe: RegExp;
  /** officer labels and, on service receipts, the servers' labels (送达人) */
  serverLabelRe: RegExp;
  /** an officer label inside a sentence, right before a name and its bracketed number (本局执法人员陈志强（执法证号：…）) */
  officerInlineRe: RegExp;
  certPrefixTailRe: RegExp;
  certPrefixRe: RegExp;
  certPrefixLineRe: RegExp;
  /** a line holding one more officer and their number, under the first (曲振东 执法证号 …\n姜宁 执法证号 …) */
  nameCertLineRe: RegExp;
  /** any officer label, to blank inside a segment: 询 问 人 孟庆国 记 录 人 韩雪梅 */
  officerLabelWordRe: RegExp;
  /** sentences naming officers and their numbers: 我们是…执法人员甲、乙，证件号码为…、… */
  officerSentences: RegExp[];
  unitRe: RegExp;
}

const cache = new WeakMap<Vocabulary, CompiledVocabulary>();

export function compileVocabulary(v: Vocabulary): CompiledVocabulary {
  const hit = cache.get(v);
  if (hit) return hit;
  const chrome = v.chrome.lines.map((s) => new RegExp(s, 'u'));
  const certs = spacedAny(v.officers.certificatePrefixes);
  const compiled: CompiledVocabulary = {
    source: v,
    isChrome: (line) => {
      const key = line.replace(/[\s\u3000]+/g, '');
      return key !== '' && chrome.some((re) => re.test(key));
    },
    titlePrefixes: [...v.chrome.titlePrefixes].sort((a, b) => b.length - a.length),
    agencyEndingRe: new RegExp(`(?:${v.chrome.agencyEndings.map(escape).join('|')})$`),
    docNumberLabelRe: new RegExp(`(?:${spacedAny(v.docNumber.labels)})\\s*[:：]?\\s*$`),
    // A label must not be the tail of a longer word (执收单位名称 names the agency), and "当事人签名："
    // or "(盖章)" are signature boxes, not the party: only 名称/全称/姓名 (bracketed or not) may sit
    // before the colon. Without a colon, the label must open its line and a table gap must follow.
    // With a colon anywhere; without one, only where the label opens its line: a table row that PDF
    // extraction turned into "当 事 人 某某有限公司", or a label box with its value in the box below.
    partyLabelRe: new RegExp(
      `(?<![\\u3400-\\u9fff])(${spacedAny(v.party.labels)})[ \\t]*(?:\\(?(?:名称|全称|姓名)\\)?[ \\t]*|\\((?!签|盖)[\\u3400-\\u9fff、或]{1,8}\\)[ \\t]*)?(?:[:：]|(?<=(?:^|\\n)[ \\t]*\\S[^\\n]{0,14})(?:[ \\t]+(?=[\\u3400-\\u9fffA-Za-z])|[ \\t]*(?=\\n)))`,
      'g',
    ),
    partyEndRe: new RegExp(`(?:[\\s,，;；、]+(?:${spacedAny(v.party.endLabels)}))|(?:${spacedAny(v.party.endLabels)})\\s*(?:\\([^()\\n]{0,8}\\)\\s*)?[:：]`),
    partyByDocument: new Map(
      Object.entries(v.party.byDocument).map(([type, labels]) => [
        type as DocumentType,
        // with a colon anywhere, or opening a line with a gap after it (名 称  某某有限公司, a licence copy)
        { labels: labels ?? [], re: new RegExp(`(?<![\\u3400-\\u9fff])(${spacedAny(labels ?? [])})(?:\\s*[:：]\\s*|(?<=(?:^|\\n)[ \\t]*\\S[^\\n]{0,8})[ \\t]+)([^\\s，,;；]{2,40})`) },
      ]),
    ),
    addresseeDocuments: new Set(v.party.addresseeDocuments),
    // 被询问人 / 被检查人 are the party, not an officer.
    officerLabelRe: officerLabels(v.officers.labels, certs),
    officerLabelStartRe: new RegExp(`^(?:${officerLabels(v.officers.labels, certs).source})`),
    serverLabelRe: officerLabels([...v.officers.labels, ...v.officers.servers], certs),
    officerInlineRe: new RegExp(`(?<!被)(?:${spacedAny(v.officers.labels)})(?=[\\u3400-\\u9fff]{2,4}[ \\t]*[(（][ \\t]*(?:${certs}))`, 'g'),
    certPrefixTailRe: new RegExp(`(?:${certs})[ \\t]*[:：]$`),
    certPrefixRe: new RegExp(`(?:${certs})`, 'g'),
    nameCertLineRe: new RegExp(`^(?![ \\t]*(?:${certs}))[ \\t]*[\\u3400-\\u9fff]{2,4}[ \\t]*(?:\\(|（)?[ \\t]*(?:${certs})`),
    officerLabelWordRe: new RegExp(`(?:${spacedAny([...v.officers.labels, ...v.officers.servers])})(?:\\((?:签名|签字|签章)\\))?`, 'g'),
    officerSentences: v.officers.sentences.map((x) => new RegExp(x, 'gu')),
    certPrefixLineRe: new RegExp(`^[ \\t]*(?:\\(|（)?[ \\t]*(?:${certs})`),
    unitRe: new RegExp(`(${spacedAny(v.unit.labels)})\\s*[:：]\\s*([^\\s，,;；]{2,20})`),
  };
  cache.set(v, compiled);
  return compiled;
}

/** An officer label: followed by a colon or a gap; a slot number may follow the label (执法人员1：). */
function officerLabels(labels: string[], certs: string): RegExp {
  return new RegExp(
    `(?<![被受\\u3400-\\u9fff])(?:${spacedAny(labels)})[ \\t]*\\d?[ \\t]*(?:\\((?:签名|签字|签章)\\)|签名|签字)?[ \\t]*(?:[:：][ \\t]*|[ \\t](?=[ \\t]*[\\u3400-\\u9fff]))`,
    'g',
  );
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
