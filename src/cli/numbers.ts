import type { Command } from 'commander';
import { UsageError } from './io.js';

/**
 * What a numeric option accepts. Every command's numeric options are listed here, by flag, so one check
 * (run before any command's action, on values from the command line and from the config file alike)
 * refuses a negative, fractional or non-numeric value with the option named — `--jobs -1` used to run.
 */
export type NumberKind = 'positive' | 'non-negative' | 'positive-integer' | 'non-negative-integer';

export const NUMERIC_OPTIONS: Readonly<Record<string, Readonly<Record<string, NumberKind>>>> = {
  audit: {
    '--min-score': 'non-negative',
    '--max-warnings': 'non-negative-integer',
    '--jobs': 'positive-integer',
    '--file-timeout': 'positive',
    '--file-memory': 'positive',
    '--max-part-size': 'positive',
    '--max-inflated': 'positive',
  },
  merge: {
    '--min-score': 'non-negative',
    '--max-warnings': 'non-negative-integer',
  },
  // notice's --per-unit is a folder, sample's a count: the table is per command
  sample: {
    '--per-unit': 'positive-integer',
    '--focus-weight': 'positive',
  },
};

/** What a command's option accepts, if it is numeric. */
export function numericKind(command: string, flag: string | undefined): NumberKind | undefined {
  return flag ? NUMERIC_OPTIONS[command]?.[flag] : undefined;
}

const WORDS: Record<NumberKind, string> = {
  positive: 'a number greater than 0',
  'non-negative': 'a number, 0 or more',
  'positive-integer': 'a whole number, 1 or more',
  'non-negative-integer': 'a whole number, 0 or more',
};

/** The value as a number, or why it is not one this kind accepts. */
export function checkNumber(value: unknown, kind: NumberKind): { value: number } | { problem: string } {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  // Number('') is 0 and Number('0x10') is 16: only plain decimals count as numbers here.
  const n = text !== undefined && /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : NaN;
  const ok =
    Number.isFinite(n) &&
    (kind === 'positive' || kind === 'positive-integer' ? n > 0 : n >= 0) &&
    (kind.endsWith('integer') ? Number.isInteger(n) : true);
  return ok ? { value: n } : { problem: `must be ${WORDS[kind]}, got ${JSON.stringify(value)}` };
}

/**
 * Check the numeric options of the command about to run (commander `preAction` hook). Values keep the
 * type the command expects: numbers where the option parses its argument, strings where the command
 * reads the text itself.
 */
export function validateNumericOptions(command: Command): void {
  for (const option of command.options) {
    const kind = numericKind(command.name(), option.long);
    if (!kind) continue;
    const key = option.attributeName();
    const value: unknown = command.getOptionValue(key);
    if (value === undefined) continue;
    const source = command.getOptionValueSource(key);
    const checked = checkNumber(value, kind);
    if ('problem' in checked) throw new UsageError(`${option.long} ${checked.problem}${source === 'config' ? ' (from the config file)' : ''}`);
    command.setOptionValueWithSource(key, option.parseArg ? checked.value : String(checked.value), source ?? 'cli');
  }
}

/** An argument parser for numeric options: keeps the text, so validateNumericOptions can name the option. */
export function numericArgument(value: string): number {
  return value as unknown as number;
}
