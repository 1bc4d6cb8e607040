import { cp, readdir } from 'node:fs/promises';
import { BUILTIN_RULESET_DIR } from '../ruleset/load.js';
import { UsageError } from './io.js';

/** Copy the built-in ruleset for editing. Refuses to overwrite a non-empty folder. */
export async function runInitCommand(target: string): Promise<string> {
  const existing = await readdir(target).catch(() => [] as string[]);
  if (existing.length > 0) throw new UsageError(`${target} exists and is not empty; choose another folder`);
  await cp(BUILTIN_RULESET_DIR, target, { recursive: true });
  return `Copied the built-in ruleset to ${target}.\nEdit it (values marked local: true are local defaults) and run: caseaudit audit <archive> --ruleset ${target}\n`;
}
