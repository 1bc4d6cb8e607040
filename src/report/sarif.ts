import type { RuleInfo } from '../ruleset/rules.js';
import type { Finding, Location, Report, Severity } from '../model/report.js';
import { neutralise } from './neutralise.js';
import { loadOutputsData } from './outputs-data.js';
import { compareText, formatLocation, isOpen, sortCases, sortFindings, type WriterOptions } from './common.js';
import { colon, type Lang, pageLabel, paren } from './labels.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions extends WriterOptions {
  /** each rule's documentation, `{id}` replaced by the rule id; default: outputs.yaml `sarif.helpUri` */
  helpUri?: string;
  /**
   * Set `baselineState` from each finding's round status (new → new, recurring → unchanged,
   * resolved → absent). Without it, resolved findings are left out: they are not results of this run.
   */
  baseline?: boolean;
  /**
   * Prepended to every path: report paths are relative to the audited folder, SARIF consumers (code
   * scanning) resolve them against the repository root. The CLI passes the input folder, e.g. `archive/`.
   */
  uriPrefix?: string;
}

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };
const BASELINE_STATE: Record<string, 'new' | 'unchanged' | 'absent'> = { new: 'new', recurring: 'unchanged', resolved: 'absent' };

/** `deadline-missed` → `DeadlineMissed` (SARIF's reportingDescriptor.name is an identifier-like name). */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/**
 * A report path (relative to the audit root, `/`-separated, zip entries as `a.zip!/b.pdf`) as a relative
 * URI reference: each segment percent-encoded (Chinese, spaces, `#`, `?`, `%`, `:`), separators kept.
 */
export function relativeUri(path: string): string {
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/** The rule's legal basis from the ruleset, each with the regimes it is limited to. */
function basisOf(rule: RuleInfo): string[] {
  return rule.basis.map((b) => (b.regimes?.length ? `${b.text} (${b.regimes.join(', ')})` : b.text));
}

function ruleDescriptor(rule: RuleInfo, lang: Lang, helpUri: string) {
  const basis = basisOf(rule);
  const help = rule.description[lang] + (basis.length ? (lang === 'zh' ? `依据：${basis.join('；')}` : ` Basis: ${basis.join('; ')}`) : '');
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: rule.description[lang] },
    help: { text: help, markdown: `**${rule.title[lang]}** — ${rule.description[lang]}\n\n${lang === 'zh' ? '依据' : 'Basis'}:\n${basis.map((b) => `- ${b}`).join('\n')}` },
    helpUri: helpUri.replace('{id}', encodeURIComponent(rule.id)),
    defaultConfiguration: { level: LEVEL[rule.severity], ...(rule.enabled ? {} : { enabled: false }) },
    properties: { 'title-zh': rule.title.zh, 'title-en': rule.title.en, family: rule.family, key: rule.key },
  };
}

/**
 * SARIF wants an absolute helpUri. A relative template (the default `README.md#rule-{id}`) is resolved
 * against caseaudit's own folder, where its README with the rule anchors ships; a bureau that hosts the
 * documentation sets an https address in outputs.yaml instead.
 */
function absoluteHelpUri(template: string): string {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(template)) return template;
  return new URL(template.replace('{id}', '__ID__'), new URL('../../', import.meta.url)).href.replace('__ID__', '{id}');
}

/** A rule id a finding carries that the catalogue lacks still gets a descriptor, so ruleIndex is valid. */
function unknownDescriptor(id: string) {
  return { id, name: pascalCase(id), shortDescription: { text: id } };
}

function physical(file: string) {
  return { artifactLocation: { uri: relativeUri(file) } };
}

/**
 * Where a finding is. PDFs and Word files have no lines, and a SARIF region must describe text or bytes
 * (§3.30.2), so there is no region: the artifact is the file, and the page goes in the location's
 * property bag (`properties.page`, 1-based within the file) and in the message text for people
 * (`第3页：…` / `p.3: …`).
 */
function primaryLocation(f: Finding, caseFolder: string | undefined) {
  const props = f.page !== undefined ? { properties: { page: f.page } } : {};
  if (f.file !== undefined) return [{ physicalLocation: physical(f.file), ...props }];
  if (caseFolder !== undefined) return [{ physicalLocation: physical(caseFolder.replace(/\/*$/, '/')), ...props }];
  // Not about a file or a case (a register row with no folder): point at the register cell.
  const r = f.related?.find((l) => l.file !== undefined);
  if (r?.file !== undefined) return [{ physicalLocation: physical(r.file), properties: cellProps(r) }];
  return undefined;
}

function cellProps(l: Location): Record<string, string | number> {
  const p: Record<string, string | number> = {};
  if (l.page !== undefined) p.page = l.page;
  if (l.sheet !== undefined) p.sheet = l.sheet;
  if (l.row !== undefined) p.row = l.row;
  if (l.column !== undefined) p.column = l.column;
  return p;
}

function relatedLocations(f: Finding, lang: Lang) {
  if (!f.related?.length) return undefined;
  return f.related.map((r, i) => {
    const where = formatLocation(r, lang);
    const props = cellProps(r);
    return {
      id: i + 1,
      ...(r.file !== undefined ? { physicalLocation: physical(r.file) } : {}),
      message: { text: r.note ? `${r.note}${colon(lang)}${where}` : where },
      ...(Object.keys(props).length ? { properties: props } : {}),
    };
  });
}

/**
 * SARIF 2.1.0 for code-scanning style viewers: one run, every catalogue rule as a reportingDescriptor,
 * one result per finding (case findings in case order, then those outside any case).
 */
export function writeSarif(input: Report, opts: SarifOptions): string {
  // Viewers (GitHub code scanning) render messages: bidi overrides and controls from file names and
  // extracted text are shown, not obeyed.
  const report = neutralise(input, 'markup');
  const { lang } = opts;
  const helpUri = absoluteHelpUri(opts.helpUri ?? loadOutputsData().sarif.helpUri);
  const descriptors: object[] = opts.rules.list.map((r) => ruleDescriptor(r, lang, helpUri));
  const index = new Map(opts.rules.list.map((r, i) => [r.id, i]));
  const all: { f: Finding; folder?: string }[] = [
    ...sortCases(report).flatMap((c) => sortFindings(c.findings).map((f) => ({ f, folder: c.folder }))),
    ...sortFindings(report.findings).map((f) => ({ f })),
  ];
  const unknown = [...new Set(all.map((x) => x.f.rule).filter((r) => !index.has(r)))].sort(compareText);
  for (const id of unknown) {
    index.set(id, descriptors.length);
    descriptors.push(unknownDescriptor(id));
  }

  const results = all
    .filter(({ f }) => opts.baseline || isOpen(f))
    .map(({ f, folder }) => {
      const locations = primaryLocation(f, folder);
      const related = relatedLocations(f, lang);
      const properties: Record<string, unknown> = {};
      if (folder !== undefined) properties.case = folder;
      properties.deduction = f.deduction;
      properties.category = f.category;
      properties.veto = f.veto;
      if (f.status) properties.status = f.status;
      return {
        ruleId: f.rule,
        ruleIndex: index.get(f.rule)!,
        level: LEVEL[f.severity] ?? 'warning',
        message: { text: f.page !== undefined ? pageLabel(f.page, lang) + colon(lang) + f.message : f.message },
        ...(locations ? { locations } : {}),
        ...(related ? { relatedLocations: related } : {}),
        partialFingerprints: { 'caseaudit/v1': f.fingerprint },
        ...(opts.baseline && f.status ? { baselineState: BASELINE_STATE[f.status] } : {}),
        ...(f.waived
          ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${f.waived.reason}${paren(f.waived.approver, lang)}`, properties: { approver: f.waived.approver } }] }
          : {}),
        properties,
      };
    });

  // What the tool could not read: SARIF's `review` kind (a person must decide), level none — never a failure.
  const reviews = sortCases(report).flatMap((c) =>
    c.needsReview.map((r) => ({
      ...(r.rule && index.has(r.rule) ? { ruleId: r.rule, ruleIndex: index.get(r.rule)! } : {}),
      kind: 'review',
      level: 'none',
      message: { text: `${r.page !== undefined ? pageLabel(r.page, lang) + colon(lang) : ''}${r.what}${lang === 'zh' ? '——' : ' — '}${r.reason}` },
      locations: r.file !== undefined ? [{ physicalLocation: physical(r.file), ...(r.page !== undefined ? { properties: { page: r.page } } : {}) }] : [{ physicalLocation: physical(c.folder.replace(/\/*$/, '/')) }],
      properties: { case: c.folder, check: r.check, needsReview: true },
    })),
  );

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            rules: descriptors,
          },
        },
        language: lang === 'zh' ? 'zh-CN' : 'en',
        results: [...results, ...reviews],
        properties: {
          round: report.round.id,
          asOf: report.round.asOf,
          ruleset: `${report.ruleset.id}@${report.ruleset.version}`,
        },
      },
    ],
  };
  return JSON.stringify(opts.uriPrefix ? prefixArtifactUris(log, relativeUri(opts.uriPrefix)) : log, null, 2) + '\n';
}

/** A copy of the log whose artifact URIs start with `prefix` (already a relative URI ending in `/`). */
function prefixArtifactUris<T>(log: T, prefix: string): T {
  return JSON.parse(JSON.stringify(log), (key, value) =>
    key === 'artifactLocation' && value && typeof value.uri === 'string' ? { ...value, uri: prefix + value.uri } : value,
  ) as T;
}
