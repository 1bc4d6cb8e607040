/**
 * Law-enforcement officers named on a document and their 执法证号. The review vetoes a file with fewer
 * than two certified officers, so an officer named without a number is kept (certificate undefined).
 */
import { allMatches } from '../../text/patterns.js';
import type { CompiledVocabulary } from '../vocabulary.js';

export interface OfficerHit {
  name: string;
  certificate?: string;
  quote: string;
  start: number;
  end: number;
}

/**
 * any "词：" label; it ends the officer segment unless it is a certificate prefix. It does not bridge
 * spaces, so in "王强 联系电话：" the label is 联系电话 and the name before it stays in the segment.
 */
const ANY_LABEL_RE = /[\u3400-\u9fff]{1,10}(?:\([\u3400-\u9fff]{1,6}\))?[ \t]*[:：]/g;
/** Dates and times in a signature line are not names or numbers. */
const DATE_NOISE_RE = /\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}\s*[时:点]\s*(?:\d{1,2}\s*分?)?)?|\d{4}[-./]\d{1,2}[-./]\d{1,2}/g;

/** A certificate number: 6-20 letters/digits, mostly digits. */
const CERT_RE = /(?<![0-9A-Za-z])[0-9A-Za-z][0-9A-Za-z-]{4,18}[0-9A-Za-z](?![0-9A-Za-z])/y;
/** A name: 2-4 CJK characters, or a minority name with ·; single stray spaces tolerated. */
const NAME_RE = /[\u3400-\u9fff](?:[ ]?[\u3400-\u9fff·•・]){1,15}/y;

/** Words an officer line may hold besides names: a signature box, a blank date, 无. */
const NOISE_RE = /^(签名|签字|签章|盖章|日期|时间|年月日|年|月|日|无|以下空白|本人)+$/;

/** Words that show a CJK run is not a person's name. */
const NOT_NAME_RE = /(你|我|他|单位|公司|进行|执法|人员|签名|签字|日期|时间|检查|记录|询问|证号|号码|编号|地点|现场|年月日|以上|情况|本人|无)/;

function isName(s: string): boolean {
  if (NOT_NAME_RE.test(s)) return false;
  if (/^[\u3400-\u9fff]{2,4}$/.test(s)) return true;
  return /^[\u3400-\u9fff]{1,8}[·•・][\u3400-\u9fff·•・]{1,12}$/.test(s) && !/[·•・]$/.test(s);
}

/**
 * Where one officer segment ends: the end of the line (or the next line, when the line ends with a
 * list separator), or the next label that is not a certificate prefix ("记录人：" on the same line).
 */
function segmentEnd(text: string, from: number, vocab: CompiledVocabulary): number {
  let end = text.indexOf('\n', from);
  if (end === -1) end = text.length;
  // a list or a certificate number wrapped onto the next line: 张伟、\n李娜 / 李娜(执法证号:\n32090019002)
  while (end < text.length && /(?:[、,，(]|[:：])\s*$/.test(text.slice(from, end))) {
    const next = text.indexOf('\n', end + 1);
    end = next === -1 ? text.length : next;
  }
  // a name's number opening the next line, inside a sentence: 林婉清\n(执法证号:35021223026)依法…
  if (end < text.length && vocab.certPrefixLineRe.test(text.slice(end + 1, end + 24)) && /^[ \t]*[(（]/.test(text.slice(end + 1))) {
    const close = text.slice(end + 1).search(/[)）]/);
    const next = text.indexOf('\n', end + 1);
    if (close !== -1 && (next === -1 || end + 1 + close < next)) end = end + 2 + close;
  }
  // one more officer with a number on each following line: 曲振东 执法证号 …\n姜宁 执法证号 …
  while (end < text.length) {
    const next = text.indexOf('\n', end + 1);
    if (!vocab.nameCertLineRe.test(text.slice(end + 1, next === -1 ? text.length : next))) break;
    end = next === -1 ? text.length : next;
  }
  const seg = text.slice(from, end);
  for (const m of allMatches(ANY_LABEL_RE, seg)) {
    if (!vocab.certPrefixTailRe.test(seg.slice(Math.max(0, m.index + m[0].length - 16), m.index + m[0].length))) {
      // "王强证件号码：" ends in a prefix and continues the segment; "记录人：" starts the next officer
      return from + m.index;
    }
  }
  return end;
}

interface NameToken {
  kind: 'name';
  name: string;
  start: number;
  end: number;
}
interface CertToken {
  kind: 'cert';
  cert: string;
  start: number;
  end: number;
}
type Token = NameToken | CertToken;

/** Parse one segment into (name, certificate) pairs, offsets into `text`. */
function parseSegment(text: string, from: number, to: number, vocab: CompiledVocabulary, unread: string[]): OfficerHit[] {
  // blank out noise with spaces so offsets stay valid
  let seg = text.slice(from, to);
  const blank = (re: RegExp): void => {
    seg = seg.replace(re, (s) => ' '.repeat(s.length));
  };
  blank(DATE_NOISE_RE);
  blank(vocab.certPrefixRe);
  // another officer's label without a colon (询 问 人 孟庆国 记 录 人 韩雪梅) separates two names
  blank(vocab.officerLabelWordRe);
  blank(/\((?:签名|签字)\)|签名|签字/g);
  blank(/[^\u3400-\u9fff·•・0-9A-Za-z\- \n]/g);

  // tokens in order: names and certificate numbers
  const tokens: Token[] = [];
  let i = 0;
  while (i < seg.length) {
    NAME_RE.lastIndex = i;
    const nm = NAME_RE.exec(seg);
    if (nm) {
      for (const p of splitNames(nm[0])) {
        if (!isName(p.name)) {
          // CJK text in an officer line that is neither a name nor known noise: the line was not understood
          if (!NOISE_RE.test(p.name)) unread.push(p.name);
          continue;
        }
        const s = from + i + p.offset;
        tokens.push({ kind: 'name', name: p.name, start: s, end: s + p.length });
      }
      i += nm[0].length;
      continue;
    }
    CERT_RE.lastIndex = i;
    const cm = CERT_RE.exec(seg);
    if (cm) {
      if (cm[0].replace(/\D/g, '').length >= 4) {
        tokens.push({ kind: 'cert', cert: cm[0], start: from + i, end: from + i + cm[0].length });
      }
      i += cm[0].length;
      continue;
    }
    i++;
  }

  const names = tokens.filter((t): t is NameToken => t.kind === 'name');
  const certs = tokens.filter((t): t is CertToken => t.kind === 'cert');
  const out: OfficerHit[] = names.map((t) => ({
    name: t.name,
    quote: text.slice(t.start, t.end),
    start: t.start,
    end: t.end,
  }));
  const attach = (o: OfficerHit, c: CertToken): void => {
    o.certificate = c.cert;
    o.end = c.end;
    o.quote = text.slice(o.start, o.end);
  };

  // "张伟、李娜（执法证号：A、B）": all names first, then as many numbers: pair them in order
  const firstCert = tokens.findIndex((t) => t.kind === 'cert');
  if (names.length > 1 && certs.length === names.length && firstCert === names.length) {
    out.forEach((o, k) => attach(o, certs[k]));
    return out;
  }
  // otherwise a number belongs to the name just before it
  let current: OfficerHit | undefined;
  let k = 0;
  for (const t of tokens) {
    if (t.kind === 'name') current = out[k++];
    else if (current && current.certificate === undefined) attach(current, t);
  }
  return out;
}

/**
 * Split a CJK run on spaces into names: "张伟 李娜" is two officers, but "张 伟" is one name split by
 * the PDF (no name has a single character), so one-character pieces join their neighbour.
 */
function splitNames(run: string): { name: string; offset: number; length: number }[] {
  const parts: { text: string; offset: number }[] = [];
  for (const m of allMatches(/[^ ]+/g, run)) parts.push({ text: m[0], offset: m.index });
  const out: { name: string; offset: number; length: number }[] = [];
  let k = 0;
  while (k < parts.length) {
    let name = parts[k].text;
    const offset = parts[k].offset;
    let endOff = offset + parts[k].text.length;
    while (k + 1 < parts.length && (name.length === 1 || parts[k + 1].text.length === 1)) {
      k++;
      name += parts[k].text;
      endOff = parts[k].offset + parts[k].text.length;
    }
    out.push({ name, offset, length: endOff - offset });
    k++;
  }
  return out;
}

/** certificate numbers on a line of their own: 6-20 letters/digits with at least four digits */
const CERT_TOKEN_RE = /(?<![0-9A-Za-z])[0-9A-Za-z][0-9A-Za-z-]{4,18}[0-9A-Za-z](?![0-9A-Za-z])/g;

/**
 * Every officer named after an officer label, in order of first mention, deduplicated by name (the
 * entry with a certificate number wins, with its own quote and offsets). Certificate numbers printed on
 * the line below the names — one column per officer in a two-column signature block — are paired with
 * the names of the line above in order, when the counts agree.
 */
export function findOfficers(text: string, vocab: CompiledVocabulary, opts: { servers?: boolean } = {}): OfficerHit[] {
  return readOfficers(text, vocab, opts).officers;
}

export interface OfficerReading {
  officers: OfficerHit[];
  /** officer labels found: with none, an empty list proves nothing */
  labels: number;
  /** CJK text in officer lines that was neither a name nor known noise: the reading is not sure */
  unread: string[];
}

/** Officers, how many officer labels were read, and what in their lines was not understood. */
export function readOfficers(text: string, vocab: CompiledVocabulary, opts: { servers?: boolean } = {}): OfficerReading {
  const found: OfficerHit[] = [];
  const unread: string[] = [];
  const byLine = new Map<number, OfficerHit[]>();
  const labelRe = opts.servers ? vocab.serverLabelRe : vocab.officerLabelRe;
  // labels of a form, and labels inside a sentence right before a name and its number, in text order
  const labels = [...allMatches(labelRe, text), ...allMatches(vocab.officerInlineRe, text)].sort((a, b) => a.index - b.index);
  for (const m of labels) {
    const from = m.index + m[0].length;
    const to = segmentEnd(text, from, vocab);
    const hits = parseSegment(text, from, to, vocab, unread);
    const cut = unknownNameLabel(text, to, vocab);
    if (cut) unread.push(cut);
    found.push(...hits);
    const lineEnd = text.indexOf('\n', from);
    const key = lineEnd === -1 ? text.length : lineEnd;
    const line = byLine.get(key) ?? [];
    for (const h of hits) if (!line.some((o) => o.name === h.name)) line.push(h);
    byLine.set(key, line);
  }
  found.push(...fromSentences(text, vocab));
  for (const [lineEnd, hits] of byLine) {
    const without = hits.filter((o) => o.certificate === undefined);
    if (without.length === 0 || lineEnd >= text.length) continue;
    // the next line with text: blank lines (Word paragraph spacing) and blanked page furniture between
    let from = lineEnd + 1;
    let nextEnd = text.indexOf('\n', from);
    while (nextEnd !== -1 && text.slice(from, nextEnd).trim() === '') {
      from = nextEnd + 1;
      nextEnd = text.indexOf('\n', from);
    }
    const next = text.slice(from, nextEnd === -1 ? text.length : nextEnd);
    const blanked = next.replace(vocab.certPrefixRe, (w) => ' '.repeat(w.length)).replace(/[:：()（）、,，\s]/g, ' ');
    // the line below must hold numbers only (and their prefixes), not another officer's name
    if (/[\u3400-\u9fff]/.test(blanked)) continue;
    const certs = [...blanked.matchAll(CERT_TOKEN_RE)].filter((c) => c[0].replace(/\D/g, '').length >= 4);
    if (certs.length !== without.length) continue;
    without.forEach((o, k) => {
      o.certificate = certs[k][0];
      o.quote = `${o.quote} … ${certs[k][0]}`;
    });
  }
  // Map keeps the order of first mention; a later mention with a number replaces the entry in place
  const byName = new Map<string, OfficerHit>();
  for (const o of found) {
    const seen = byName.get(o.name);
    if (!seen || (seen.certificate === undefined && o.certificate !== undefined)) byName.set(o.name, o);
  }
  return { officers: [...byName.values()], labels: labels.length, unread };
}

/** Labels after which a name is the party's or a place's, not another officer's. */
const NOT_OFFICER_LABEL_RE = /^(被|受|当事|收件|见证|陪同)|(时间|日期|地点|地址|电话|单位|职务|意见|内容|情况|结果)$/;

/**
 * Where an officer segment was cut by a label the vocabulary does not know and a name follows it
 * (检查人员：赵明 协查：吴刚), that name may be a second officer: the reading is not sure.
 */
function unknownNameLabel(text: string, at: number, vocab: CompiledVocabulary): string | undefined {
  const m = /^([\u3400-\u9fff]{1,10})(?:\([\u3400-\u9fff]{1,6}\))?[ \t]*[:：][ \t]*([\u3400-\u9fff]{2,4})/.exec(text.slice(at, at + 40));
  if (!m || NOT_OFFICER_LABEL_RE.test(m[1]) || !isName(m[2])) return undefined;
  if (vocab.officerLabelStartRe.test(m[0])) return undefined;
  return `${m[1]}：${m[2]}`;
}

/** Officers named in a sentence (vocabulary officers.sentences), numbers paired in order when the counts agree. */
function fromSentences(text: string, vocab: CompiledVocabulary): OfficerHit[] {
  const out: OfficerHit[] = [];
  for (const re of vocab.officerSentences) {
    for (const m of allMatches(re, text)) {
      const names = m.groups?.names;
      if (!names) continue;
      const namesAt = m.index + m[0].indexOf(names);
      const list = [...names.matchAll(/[\u3400-\u9fff]{2,4}/g)].filter((n) => isName(n[0]));
      const certs = [...(m.groups?.certs ?? '').matchAll(/[0-9A-Za-z]{5,20}/g)].map((c) => c[0]);
      list.forEach((n, k) => {
        const start = namesAt + n.index;
        out.push({ name: n[0], certificate: certs.length === list.length ? certs[k] : undefined, quote: text.slice(start, start + n[0].length), start, end: start + n[0].length });
      });
    }
  }
  return out;
}
