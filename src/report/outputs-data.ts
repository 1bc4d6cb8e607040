/**
 * `outputs.yaml` of a ruleset: wording and choices of the outputs that a bureau may change (which rules
 * are tool limits rather than defects, the agency behind an issuer code). Kept apart from the ruleset
 * loader because only the writers read it; a ruleset copy made before this file existed uses the
 * built-in one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { z } from 'zod';

export const OutputsData = z.strictObject({
  notice: z.strictObject({
    toolLimitRules: z.array(z.string()),
    agencies: z.array(z.strictObject({ issuer: z.string().min(1), name: z.string().min(1) })),
    agencyPlaceholder: z.string().min(1),
    latinWords: z.array(z.string()),
  }),
  sarif: z.strictObject({ helpUri: z.string().min(1) }),
});
export type OutputsData = z.infer<typeof OutputsData>;

const BUILTIN = fileURLToPath(new URL('../../schemas/work-safety/outputs.yaml', import.meta.url));

/** Thrown for an outputs.yaml that does not validate; the CLI reports it as a ruleset error (exit 2). */
export class OutputsDataError extends Error {
  override name = 'OutputsDataError';
}

/** The ruleset's outputs.yaml, or the built-in one when the ruleset has none. */
export function loadOutputsData(rulesetDir?: string): OutputsData {
  const own = rulesetDir ? path.join(rulesetDir, 'outputs.yaml') : undefined;
  let file = BUILTIN;
  let text: string;
  try {
    text = readFileSync(own ?? BUILTIN, 'utf8');
    if (own) file = own;
  } catch {
    text = readFileSync(BUILTIN, 'utf8');
  }
  const parsed = OutputsData.safeParse(YAML.parse(text));
  if (!parsed.success) {
    throw new OutputsDataError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
