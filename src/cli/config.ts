import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CommanderError, type Command, type Option } from 'commander';
import type { z as zod } from 'zod';
import { neutraliseText } from '../report/neutralise.js';
import { yamlPackage } from '../ruleset/yaml.js';
import { nearest } from '../text/nearest.js';
import { UsageError, type CliIO } from './io.js';
import { checkNumber, numericKind, validateNumericOptions } from './numbers.js';

/**
 * The config file (caseaudit.config.yaml or .caseauditrc.yaml), found from the current folder upward,
 * or named with --config. It holds options by their flag name (`fail-on: warning`, `ignore: [...]`,
 * `ruleset: ./my-ruleset`): at the top level for every command that has the option with the same meaning
 * (else for audit only), and under a command's name (`audit:`, `notice:` …) for that command only. Options given on the command line win;
 * paths are relative to the config file's folder. Its schema is built from the commands' own options,
 * so an option added to a command can be set in the file without touching this module.
 */
export const CONFIG_FILES = ['caseaudit.config.yaml', '.caseauditrc.yaml'] as const;

interface Applied {
  file?: string;
  /** repeatable options: how many values came from the file (the command line replaces them) */
  repeated: Map<string, number>;
}

const applied = new WeakMap<Command, Applied>();

/** Adds --config and --print-config, and the hooks that apply the file and check numeric options. */
// zod is loaded when a command runs, not when the CLI starts: `--help` and `--version` stay as fast as
// node itself (issue 12). yaml is loaded when there is a config file to read or print.
let z: typeof zod;
async function loadParsers(): Promise<void> {
  z ??= (await import('zod')).z;
}

export function installConfig(program: Command, io: CliIO): void {
  program
    .option('--config <file>', `config file (default: ${CONFIG_FILES.join(' or ')} in the current folder or above)`)
    .option('--print-config', 'print the options the command would run with (command line, config file, defaults) and exit');
  // Before the command parses its own arguments: so an option required on the command line (notice
  // --agency) may come from the file, and the command line still overrides it.
  program.hook('preSubcommand', async (_program, command) => {
    await loadParsers();
    const { config: option } = program.opts<{ config?: string }>();
    const file = option ? path.resolve(io.cwd, option) : await findConfigFile(io.cwd);
    if (option && !(await stat(file!).catch(() => undefined))?.isFile()) throw new UsageError(`--config ${option}: no such file`);
    applied.set(command, file ? applyConfigFile(command, program, file, await readConfig(file)) : { repeated: new Map() });
  });
  program.hook('preAction', (_program, command) => {
    const state = applied.get(command);
    for (const [key, n] of state?.repeated ?? []) {
      // commander appended command-line values to the file's: the command line replaces them instead
      if (command.getOptionValueSource(key) === 'cli') command.setOptionValueWithSource(key, (command.getOptionValue(key) as string[]).slice(n), 'cli');
    }
    validateNumericOptions(command);
    if (program.opts<{ printConfig?: boolean }>().printConfig) {
      // values from the file and the command line are shown safely, line by line
      io.stdout(printConfig(command, state?.file).split('\n').map((line) => neutraliseText(line, 'terminal')).join('\n'));
      // stops before the action, as --help does (exit 0)
      throw new CommanderError(0, 'caseaudit.printConfig', '');
    }
  });
}

/** The nearest config file from `dir` upward, if any. */
export async function findConfigFile(dir: string): Promise<string | undefined> {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    for (const name of CONFIG_FILES) {
      const file = path.join(at, name);
      if ((await stat(file).catch(() => undefined))?.isFile()) return file;
    }
    if (path.dirname(at) === at) return undefined;
  }
}

async function readConfig(file: string): Promise<Record<string, unknown>> {
  const shown = path.basename(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`config ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const doc = yamlPackage().parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) throw new UsageError(`config ${shown}: line ${doc.errors[0].linePos?.[0].line ?? '?'}: ${doc.errors[0].message.split('\n')[0]}`);
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`config ${shown}: must be a mapping of options (e.g. fail-on: warning)`);
  return data as Record<string, unknown>;
}

/** Validate the file against the commands' options and set the running command's values from it. */
function applyConfigFile(command: Command, program: Command, file: string, data: Record<string, unknown>): Applied {
  const shown = path.basename(file);
  const commands = program.commands;
  const keysOf = (c: Command) => new Map(c.options.filter((o) => o.long).map((o) => [configKey(o), o]));
  const allKeys = new Set(commands.flatMap((c) => [...keysOf(c).keys()]));
  const commandNames = new Set(commands.map((c) => c.name()));
  const problems: string[] = [];
  for (const key of Object.keys(data)) {
    if (allKeys.has(key)) continue;
    if (commandNames.has(key)) {
      const section = data[key];
      if (section === null || typeof section !== 'object' || Array.isArray(section)) problems.push(`${key}: must be a mapping of ${key} options`);
      continue;
    }
    problems.push(`unknown key "${key}"${nearest(key, [...allKeys, ...commandNames])}`);
  }
  for (const c of commands) {
    const section = data[c.name()];
    if (!section || typeof section !== 'object') continue;
    const own = keysOf(c);
    for (const key of Object.keys(section)) if (!own.has(key)) problems.push(`${c.name()}.${key}: ${c.name()} has no option --${key}${nearest(key, [...own.keys()])}`);
  }

  const own = keysOf(command);
  const section = (data[command.name()] ?? {}) as Record<string, unknown>;
  // A top-level key means what it means for the first command that has it (audit's `out` is a folder,
  // notice's a file): it applies to the commands whose option is the same, and the others take theirs
  // from their own section.
  const canonical = new Map<string, Option>();
  for (const c of commands) for (const [key, option] of keysOf(c)) if (!canonical.has(key)) canonical.set(key, option);
  const shared = (key: string) => {
    const mine = own.get(key);
    const first = canonical.get(key);
    return Boolean(mine && first && mine.flags === first.flags && String(mine.argChoices) === String(first.argChoices));
  };
  const values: [Option, string, unknown][] = [];
  // shared keys first, then the command's own section over them
  for (const [key, where] of [...Object.keys(data).filter(shared).map((k) => [k, k] as const), ...Object.keys(section).filter((k) => own.has(k)).map((k) => [k, `${command.name()}.${k}`] as const)]) {
    const option = own.get(key)!;
    const result = optionSchema(option, command.name()).safeParse(where.includes('.') ? section[key] : data[key]);
    if (!result.success) problems.push(`${where}: ${result.error.issues[0]?.message ?? 'invalid value'}`);
    else values.push([option, where, result.data]);
  }
  if (problems.length > 0) throw new UsageError(`config ${shown} has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);

  const repeated = new Map<string, number>();
  const base = path.dirname(file);
  for (const [option, , value] of values) {
    const key = option.attributeName();
    const source = command.getOptionValueSource(key);
    if (source === 'cli' || source === 'env') continue;
    const resolved = resolvePaths(option, value, base);
    command.setOptionValueWithSource(key, resolved, 'config');
    if (Array.isArray(resolved)) repeated.set(key, resolved.length);
  }
  return { file, repeated };
}

/** An option's key in the file: its flag without dashes (`--no-cache` is `cache: false`). */
function configKey(option: Option): string {
  return option.negate ? option.long!.replace(/^--no-/, '') : option.long!.replace(/^--/, '');
}

/** Whether the option collects every occurrence (its parser returns a list). */
function isRepeatable(option: Option): boolean {
  if (option.variadic) return true;
  if (option.argChoices || !option.parseArg) return false;
  try {
    return Array.isArray(option.parseArg('x', undefined as unknown as string));
  } catch {
    return false;
  }
}

/** The zod schema of one option's value in the file, from the option itself. */
function optionSchema(option: Option, commandName: string): zod.ZodType {
  if (option.negate || option.isBoolean()) return z.boolean({ error: `must be true or false` });
  const kind = numericKind(commandName, option.long);
  if (kind) {
    return z.union([z.number(), z.string()], { error: 'must be a number' }).superRefine((v, ctx) => {
      const checked = checkNumber(v, kind);
      if ('problem' in checked) ctx.addIssue({ code: 'custom', message: checked.problem });
    });
  }
  const scalar = option.argChoices
    ? z.enum(option.argChoices as [string, ...string[]], { error: `must be one of ${option.argChoices.join(', ')}` })
    : z.union([z.string(), z.number()], { error: 'must be text' }).transform(String);
  if (isRepeatable(option)) return z.union([scalar.transform((v) => [v]), z.array(scalar)], { error: 'must be a value or a list of values' });
  return scalar;
}

/** Paths in the file are relative to the file's folder (an option whose value is a file or folder). */
function resolvePaths(option: Option, value: unknown, base: string): unknown {
  const placeholder = /<([^>]+)>/.exec(option.flags)?.[1] ?? '';
  const one = (v: string): string => {
    if (option.long === '--format') {
      const eq = v.indexOf('=');
      return eq < 0 || v.slice(eq + 1) === '-' ? v : `${v.slice(0, eq)}=${path.resolve(base, v.slice(eq + 1))}`;
    }
    return /^(dir|file|.*\.json)$/.test(placeholder) ? path.resolve(base, v) : v;
  };
  return Array.isArray(value) ? value.map((v) => one(String(v))) : typeof value === 'string' ? one(value) : value;
}

/** The options a command runs with, by key as in the file, and where the config came from. */
function printConfig(command: Command, file: string | undefined): string {
  const options: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  for (const option of command.options) {
    if (!option.long || option.long === '--help') continue;
    const key = option.attributeName();
    const value: unknown = command.getOptionValue(key);
    if (value === undefined) continue;
    options[configKey(option)] = value;
    sources[configKey(option)] = command.getOptionValueSource(key) ?? 'default';
  }
  return yamlPackage().stringify({ configFile: file ?? null, command: command.name(), options, sources });
}
