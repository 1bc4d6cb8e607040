import { Command, CommanderError, Option } from 'commander';
import type { Ruleset } from '../ruleset/load.js';
import { VERSION } from '../version.js';
import { EXIT, internalError, UsageError, type CliIO } from './io.js';
import type { AuditCliOptions } from './audit.js';
import type { NoticeCliOptions } from './notice.js';
import type { SampleCliOptions } from './sample.js';

// Commands and what they need (pdfjs, SheetJS, zod schemas, the ruleset, chalk) are imported when a
// command runs, so `--help` and `--version` start in about the time node itself takes.
const makeChalk = async (...a: Parameters<typeof import('./colour.js').makeChalk>) => (await import('./colour.js')).makeChalk(...a);
// numeric options are checked (and named in the error) in one place, before any command runs
import { numericArgument as parseNumber, numericArgument as parsePositive } from './numbers.js';
import { installConfig } from './config.js';

const EXIT_HELP = `
Exit codes:
  0  the audit ran and passed the thresholds (--min-score, --fail-on)
  1  the audit ran and failed them
  2  usage, configuration or ruleset error, or an input path that does not exist`;

/**
 * The whole CLI as a function: parse argv, run one command, return the exit code. Nothing here calls
 * process.exit, so tests run it in-process with their own io.
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name('caseaudit')
    .description('Audit exported administrative law-enforcement case files (案卷评查): read, check, score, report.')
    .version(VERSION, '-V, --version')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .addHelpText('after', EXIT_HELP)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run caseaudit --help for usage)');
  // --config / --print-config, and every command's numeric options checked before it runs
  installConfig(program, io);
  const colourFlag = () => program.opts<{ color?: boolean }>().color;
  const explicitColour = () => (argv.includes('--color') || argv.includes('--no-color') ? colourFlag() : undefined);
  const ruleset = async (dir?: string): Promise<Ruleset> => (await import('../ruleset/load.js')).loadRuleset(dir ? resolve(io, dir) : undefined);

  program
    .command('audit')
    .description('audit case folders, zip exports and registers; write the report')
    .argument('<paths...>', 'archive folders, case folders, zip exports or single files; a glob (quoted) selects files within its folder')
    .addOption(new Option('--ignore <glob>', 'leave out files matching this pattern, relative to each input folder (repeatable); they are listed as ignored').argParser(collect))
    .option('--register <file>', 'case register (案件台账: xlsx, xls, csv); default: a 台账 spreadsheet found in the inputs')
    .option('--roster <file>', 'roster of certified officers (xlsx, xls, csv): checks every certificate named')
    .option('--baseline-register <file>', "last year's register, for the year-on-year targets")
    .option('--ruleset <dir>', 'ruleset directory (default: built-in work-safety)')
    .addOption(new Option('--previous <report.json>', 'report of an earlier round (repeatable, any order): marks findings new/recurring/resolved').argParser(collect))
    .option('--waivers <file>', 'accepted findings (default: caseaudit-waivers.yaml in the current folder, if any)')
    .option('--as-of <date>', 'evaluate open cases as of this date (YYYY-MM-DD; default today)')
    .option('--out <dir>', 'write report files here (default: caseaudit-report)')
    .addOption(new Option('--format <name[=path]>', 'extra output besides report.json: markdown, html, junit, sarif, xlsx (repeatable; =path to choose the file)').argParser(collect))
    .option('--round <id>', 'id of this review round (default: round-<as-of>)')
    .option('--min-score <n>', 'fail (exit 1) when any case scores below n', parseNumber)
    .addOption(new Option('--fail-on <level>', 'fail (exit 1) when any finding is at least this severe').choices(['veto', 'error', 'warning', 'none']).default('error'))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings', parseNumber)
    .addOption(new Option('--lang <lang>', 'report language').choices(['zh', 'en']).default('zh'))
    .option('--jobs <n>', 'files read in parallel, in threads (default: 1, or up to 4 threads from 600 files on)', parseNumber)
    .option('--file-timeout <seconds>', 'time to read one file before it is given up as unreadable (default 120)', parsePositive)
    .option('--file-memory <MiB>', 'heap of a reader thread; a file needing more is unreadable (default 512)', parsePositive)
    .option('--max-part-size <MiB>', 'largest inflated PDF stream or Office XML part of one file (default 64)', parsePositive)
    .option('--max-inflated <MiB>', 'largest inflated size of those parts together, per file (default 256)', parsePositive)
    .option('--ocr <mode>', 'read scanned pages and images by OCR (tesseract chi_sim): auto (when installed), on (required), off', 'auto')
    .option('--no-cache', 'do not keep or use extracted text between runs (default cache: $CASEAUDIT_CACHE_DIR or ~/.cache/caseaudit)')
    .option('--quiet', 'print errors only')
    .option('--progress', 'show progress on stderr (files read, cases done, rate, time left); default: when stderr is a terminal')
    .option('--no-progress', 'no progress on stderr')
    .option('--shard <i/n>', 'audit only part i of n of the cases (by a stable hash of each case); join the parts with `caseaudit merge`')
    .addHelpText('after', EXIT_HELP)
    .action(async (paths: string[], opts: AuditCliOptions) => {
      const { runAuditCommand } = await import('./audit.js');
      code = await runAuditCommand(paths, opts, io, await makeChalk(explicitColour(), io));
    });

  program
    .command('merge')
    .description('join the reports of `audit --shard i/n` runs into the report one run over the whole archive gives')
    .argument('<reports...>', 'report.json of each shard (shard.json must lie beside it)')
    .option('--out <dir>', 'write report files here (default: caseaudit-report)')
    .addOption(new Option('--format <name[=path]>', 'extra output besides report.json (as for audit)').argParser(collect))
    .addOption(new Option('--fail-on <level>', 'fail (exit 1) when any finding is at least this severe').choices(['veto', 'error', 'warning', 'none']).default('error'))
    .option('--min-score <n>', 'fail (exit 1) when any case scores below n', parseNumber)
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings', parseNumber)
    .option('--quiet', 'print errors only')
    .option('--progress', 'show progress on stderr')
    .option('--no-progress', 'no progress on stderr')
    .addHelpText('after', EXIT_HELP)
    .action(async (reports: string[], opts: import('./merge.js').MergeCliOptions) => {
      const { runMergeCommand } = await import('./merge.js');
      code = await runMergeCommand(reports, opts, io, await makeChalk(explicitColour(), io));
    });

  program
    .command('inspect')
    .description('show what was read from one file: type, why, confidence, pages, every field')
    .argument('<file>')
    .option('--json', 'machine-readable output')
    .option('--ruleset <dir>', 'ruleset directory (default: built-in)')
    .option('--ocr <mode>', 'read a scan by OCR: auto (when installed), on (required), off', 'auto')
    .addOption(new Option('--lang <lang>', 'language of the labels (default en)').choices(['zh', 'en']).default('en'))
    .action(async (file: string, opts: { json?: boolean; ruleset?: string; ocr?: string; lang: 'zh' | 'en' }) => {
      const r = await ruleset(opts.ruleset);
      const { inspectFile, renderInspection } = await import('./inspect.js');
      const { parseOcrMode } = await import('./audit.js');
      const x = await inspectFile(resolve(io, file), r, parseOcrMode(opts.ocr));
      x.file = file;
      io.stdout(opts.json ? JSON.stringify(x, null, 2) + '\n' : renderInspection(x, r, await makeChalk(explicitColour(), io), opts.lang));
    });

  program
    .command('notice')
    .description('draft the review notice (评查通报) from a report.json, as Word (.docx) or Markdown')
    .argument('<report>', 'report.json of the round')
    .option('--agency <name>', 'issuing agency, e.g. 射阳县应急管理局 (default: the agency behind the issuer code in the case numbers, e.g. 射应急, named in the ruleset\'s outputs.yaml; the command says which it took)')
    .option('--out <file>', 'output file (default 评查通报.docx)')
    .addOption(new Option('--format <format>', 'docx or md (default: from --out)').choices(['docx', 'md']))
    .option('--title <title>', 'title (default: 关于<period>行政执法案卷评查情况的通报)')
    .option('--period <period>', 'period covered, e.g. 2025年度 (default: from the case dates)')
    .option('--report-back <date>', '整改情况报送日期 YYYY-MM-DD')
    .option('--number <文号>', "the notice's own document number")
    .option('--sampling <text>', 'how the cases were chosen (default: 全部报送案卷)')
    .option('--per-unit <dir>', 'also write one 整改通知书 per unit with something to rectify into this folder')
    .option('--ruleset <dir>', 'ruleset whose rule titles the notice uses (default: the built-in one)')
    .action(async (report: string, opts: NoticeCliOptions) => {
      const { runNoticeCommand } = await import('./notice.js');
      code = await runNoticeCommand(report, opts, io);
    });

  program
    .command('sample')
    .description('draw a reproducible random sample of closed cases from a register (随机抽查), stratified by unit')
    .argument('<register>', 'case register (案件台账: xlsx, xls, csv)')
    .requiredOption('--per-unit <n>', 'cases drawn from each unit (all of them if it has fewer)')
    .requiredOption('--seed <seed>', 'seed of the draw: the same seed and register give the same sample')
    .option('--focus <focus.json>', 'focus list of an audit: its units draw ceil(n × --focus-weight)')
    .option('--focus-weight <w>', 'weight of focus units (default 2)')
    .option('--closed-from <date>', 'only cases closed on or after this date (YYYY-MM-DD)')
    .option('--closed-to <date>', 'only cases closed on or before this date (YYYY-MM-DD)')
    .addOption(new Option('--procedure <procedure>', 'only cases of this procedure').choices(['general', 'simple']))
    .option('--out <file>', 'selection.json or selection.xlsx (default 抽查名单.json)')
    .option('--ruleset <dir>', 'ruleset directory (default: built-in), for the register column mapping')
    .addOption(new Option('--lang <lang>', 'language of the summary printed (default en)').choices(['zh', 'en']))
    .addHelpText('after', `
Exit codes:
  0  the sample was drawn and written
  1  nothing to sample: no register row is left after the filters
  2  usage error, or a register that is missing or cannot be read`)
    .action(async (register: string, opts: SampleCliOptions) => {
      const { runSampleCommand } = await import('./sample.js');
      code = await runSampleCommand(register, opts, io);
    });

  program
    .command('rules')
    .description('list every rule and document type with its description and legal basis')
    .option('--json', 'machine-readable output')
    .option('--ruleset <dir>')
    .addOption(new Option('--lang <lang>').choices(['zh', 'en']).default('zh'))
    .action(async (opts: { json?: boolean; ruleset?: string; lang: 'zh' | 'en' }) => {
      const { runRulesCommand } = await import('./rules.js');
      io.stdout(runRulesCommand(await ruleset(opts.ruleset), opts));
    });

  program
    .command('init')
    .description('write a ruleset to DIR that extends the built-in one, for local changes (use it with --ruleset DIR)')
    .argument('[dir]', 'target directory', 'caseaudit-ruleset')
    .option('--full', 'copy every file of the built-in ruleset instead of extending it')
    .action(async (dir: string, opts: { full?: boolean }) => {
      const { runInitCommand } = await import('./init.js');
      io.stdout(await runInitCommand(resolve(io, dir), opts));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; parse errors were already printed by commander.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // (by name: the error classes live in modules only a command loads)
    if (error instanceof UsageError || (error instanceof Error && (error.name === 'RulesetError' || error.name === 'CacheReadError'))) {
      // messages name input paths: shown safely (no terminal escapes, no workflow commands)
      const { neutraliseText } = await import('../report/neutralise.js');
      io.stderr(`caseaudit: ${neutraliseText(error.message, 'terminal')}\n`);
      return EXIT.usage;
    }
    io.stderr(internalError(error));
    return EXIT.usage;
  }
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function resolve(io: CliIO, p: string): string {
  return p.startsWith('/') ? p : `${io.cwd}/${p}`;
}
