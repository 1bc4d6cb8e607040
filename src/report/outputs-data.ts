/**
 * `outputs.yaml` of a ruleset: wording and choices of the outputs that a bureau may change (which rules
 * are tool limits rather than defects, the agency behind an issuer code). Kept apart from the ruleset
 * loader because only the writers read it; a ruleset copy made before this file existed uses the
 * built-in one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { JsonStore } from '../read/cache.js';
import { cachedYaml, yamlPackage } from '../ruleset/yaml.js';

export const OutputsData = z.strictObject({
  notice: z.strictObject({
    toolLimitRules: z.array(z.string()),
    agencies: z.array(z.strictObject({ issuer: z.string().min(1), name: z.string().min(1) })),
    agencyPlaceholder: z.string().min(1),
    latinWords: z.array(z.string()),
  }),
  sarif: z.strictObject({ helpUri: z.string().min(1) }),
  reasons: z.strictObject({
    untranslated: z.string().min(1),
    patterns: z.array(z.strictObject({ en: z.string().min(1), zh: z.string().min(1) })),
  }),
});
export type OutputsData = z.infer<typeof OutputsData>;

const BUILTIN = fileURLToPath(new URL('../../schemas/work-safety/outputs.yaml', import.meta.url));

/** Thrown for an outputs.yaml that does not validate; the CLI reports it as a ruleset error (exit 2). */
export class OutputsDataError extends Error {
  override name = 'OutputsDataError';
}

/**
 * The ruleset's outputs.yaml, or the built-in one when the ruleset has none. `parsedYaml` (the cache's
 * store) keeps its parsed data by the hash of its text, as for the ruleset's files; it is validated here
 * every time.
 */
export function loadOutputsData(rulesetDir?: string, parsedYaml?: JsonStore): OutputsData {
  const own = rulesetDir ? path.join(rulesetDir, 'outputs.yaml') : undefined;
  let file = BUILTIN;
  let text: string;
  try {
    text = readFileSync(own ?? BUILTIN, 'utf8');
    if (own) file = own;
  } catch {
    text = readFileSync(BUILTIN, 'utf8');
  }
  const parsed = OutputsData.safeParse(cachedYaml(text, 'parse1', (t) => yamlPackage().parse(t), parsedYaml), { jitless: true }); // once a run (see ruleset/load.ts)
  if (!parsed.success) {
    throw new OutputsDataError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/**
 * An English reason recorded by a reader or check, in Chinese (outputs.yaml `reasons`): the first pattern
 * that matches the whole text; text with no English words is returned as it is; English that no pattern
 * matches becomes the `untranslated` wording. Also applied inside a message that quotes a reason after a
 * colon (无文字层（扫描件？），未能自动核查内容：no text layer…).
 */
/** English prose: two Latin words in a row (an id such as hearing-notice or wsl-2014 alone is not). */
const ENGLISH = /[A-Za-z]{2,}[ ,;:'()?]+[A-Za-z]{2,}/u;

export function zhReason(text: string, data: OutputsData): string {
  if (!ENGLISH.test(text)) return text;
  for (const p of data.reasons.patterns) {
    const re = new RegExp(p.en, 'u');
    if (re.test(text)) return text.replace(re, p.zh);
  }
  const colon = text.lastIndexOf('：');
  if (colon >= 0 && !ENGLISH.test(text.slice(0, colon))) return `${text.slice(0, colon + 1)}${zhReason(text.slice(colon + 1), data)}`;
  return data.reasons.untranslated;
}
