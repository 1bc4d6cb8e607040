import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILTIN_RULESET_DIR } from '../ruleset/load.js';
import { UsageError } from './io.js';

/**
 * A local ruleset that extends the built-in one: a ruleset.yaml saying so, and a commented example of
 * each kind of override. What it does not state keeps following the built-in ruleset and its fixes.
 */
const EXTENDING_RULESET = `# A local ruleset: it extends the built-in one and states only what differs (README "Rules and rulesets").
# Run with: caseaudit audit <archive> --ruleset <this folder>
extends: builtin
id: local
version: "1"
name: 本地评查规则（在内置规则集基础上调整）
`;

const EXAMPLES: Record<string, string> = {
  'rules.yaml': `# Rules are merged by id: give the id and the keys that differ. Examples (remove the #):
rules: []
#  - { id: file-no-text, enabled: false }
#  - { id: document-number-form, severity: info }
`,
  'rubric.yaml': `# Deductions are merged by rule, categories and grades by id; the veto list is replaced whole if given.
{}
# deductions:
#   - { rule: date-order, points: 10 }
# grades:
#   - { id: pass, min: 75 }
`,
  'deadlines.yaml': `# Deadlines are merged by id. Example: a stricter local limit for the decision.
deadlines: []
#  - { id: decision-within-30d, days: 20 }
`,
};

/**
 * \`caseaudit init DIR\`: write a ruleset that extends the built-in one (default), or copy every file of the
 * built-in ruleset (--full). Refuses to overwrite a non-empty folder.
 */
export async function runInitCommand(target: string, opts: { full?: boolean } = {}): Promise<string> {
  const existing = await readdir(target).catch(() => [] as string[]);
  if (existing.length > 0) throw new UsageError(`${target} exists and is not empty; choose another folder`);
  if (opts.full) {
    await cp(BUILTIN_RULESET_DIR, target, { recursive: true });
    return `Copied the built-in ruleset to ${target}.\nEdit it (values marked local: true are local defaults) and run: caseaudit audit <archive> --ruleset ${target}\n`;
  }
  await mkdir(target, { recursive: true });
  await writeFile(path.join(target, 'ruleset.yaml'), EXTENDING_RULESET);
  for (const [file, text] of Object.entries(EXAMPLES)) await writeFile(path.join(target, file), text);
  return `Wrote a ruleset extending the built-in one to ${target} (${['ruleset.yaml', ...Object.keys(EXAMPLES)].join(', ')}).\nState only what differs, and run: caseaudit audit <archive> --ruleset ${target}\n(caseaudit init --full copies every file instead.)\n`;
}
