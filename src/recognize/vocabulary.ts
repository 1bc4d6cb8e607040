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
  certPrefixTailRe: RegExp;
  certPrefixRe: RegExp;
  certPrefixLineRe: RegExp;
  serversRe: RegExp;
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
    partyLabelRe: new RegExp(
      `(?<![\\u3400-\\u9fff])(${spacedAny(v.party.labels)})[ \\t]*(?:\\(?(?:名称|全称|姓名)\\)?[ \\t]*)?(?:[:：]|(?<=(?:^|\\n)[ \\t]*[^\\n]{2,14})(?=[ \\t]{2,}|\\t))`,
      'g',
    ),
    partyEndRe: new RegExp(`(?:[\\s,，;；、]+(?:${spacedAny(v.party.endLabels)}))|(?:${spacedAny(v.party.endLabels)})\\s*(?:\\([^()\\n]{0,8}\\)\\s*)?[:：]`),
    partyByDocument: new Map(
      Object.entries(v.party.byDocument).map(([type, labels]) => [
        type as DocumentType,
        { labels: labels ?? [], re: new RegExp(`(?<![\\u3400-\\u9fff])(${spacedAny(labels ?? [])})\\s*[:：]\\s*([^\\s，,;；]{2,40})`) },
      ]),
    ),
    addresseeDocuments: new Set(v.party.addresseeDocuments),
    // 被询问人 / 被检查人 are the party, not an officer.
    officerLabelRe: new RegExp(
      `(?<![被\\u3400-\\u9fff])(?:${spacedAny(v.officers.labels)})[ \\t]*(?:\\((?:签名|签字)\\)|签名|签字)?[ \\t]*(?:[:：][ \\t]*|[ \\t](?=[ \\t]*[\\u3400-\\u9fff]))`,
      'g',
    ),
    certPrefixTailRe: new RegExp(`(?:${certs})[ \\t]*[:：]$`),
    certPrefixRe: new RegExp(`(?:${certs})`, 'g'),
    certPrefixLineRe: new RegExp(`^[ \\t]*(?:\\(|（)?[ \\t]*(?:${certs})`),
    serversRe: new RegExp(`(?<!受)(?:${spacedAny(v.officers.servers)})\\s*(?:\\((?:签名|签字)\\))?\\s*[:：]\\s*([^\\n]{2,40})`),
    unitRe: new RegExp(`(${spacedAny(v.unit.labels)})\\s*[:：]\\s*([^\\s，,;；]{2,20})`),
  };
  cache.set(v, compiled);
  return compiled;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
