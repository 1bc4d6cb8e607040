import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { AuditedCase } from '../engine/case-cache.js';
import type { AuditCliOptions } from './audit.js';
import { UsageError, type CliIO } from './io.js';
import { parseShardFile, type ShardFile } from './shard-file.js';

export interface MergeCliOptions {
  out?: string;
  failOn: AuditCliOptions['failOn'];
  minScore?: number;
  maxWarnings?: number;
  format?: string[];
  quiet?: boolean;
  progress?: boolean;
}

/**
 * `caseaudit merge shard-*\/report.json`: the report of the whole archive from the reports of its
 * shards (`audit --shard i/n`). Each shard left its audited cases in shard.json beside its report; the
 * merge runs the audit once more over the same inputs with those cases handed in, so scanning, the
 * register cross-check, rounds, waivers, scores, focus list and targets are computed over every case
 * by the same code as a single run — the report is the single run's, timing aside. A case no shard
 * audited (a failed shard, a changed file) is audited here, and said.
 */
export async function runMergeCommand(reports: string[], opts: MergeCliOptions, io: CliIO, chalk: ChalkInstance): Promise<number> {
  const shards: ShardFile[] = [];
  for (const report of reports) {
    const file = path.join(path.dirname(path.resolve(io.cwd, report)), 'shard.json');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new UsageError(`${report}: no shard.json beside it (was it written by \`caseaudit audit --shard i/n\`?)`);
    }
    try {
      shards.push(parseShardFile(text, path.relative(io.cwd, file) || file));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  if (shards.length === 0) throw new UsageError('merge needs the report.json of at least one shard');
  const [first] = shards;
  const same = (s: ShardFile) => JSON.stringify([s.paths, s.options, s.shard.count, s.tool]) === JSON.stringify([first.paths, first.options, first.shard.count, first.tool]);
  const odd = shards.find((s) => !same(s));
  if (odd) throw new UsageError(`shard ${odd.shard.index}/${odd.shard.count} was run with other inputs, options or caseaudit version than shard ${first.shard.index}/${first.shard.count}`);
  const seen = new Set(shards.map((s) => s.shard.index));
  const missing = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) io.stderr(`caseaudit: shard(s) ${missing.map((i) => `${i}/${first.shard.count}`).join(', ')} not given: their cases are audited now\n`);

  const cases = new Map<string, AuditedCase>();
  for (const s of shards) for (const c of s.cases) cases.set(c.key, c.audited as unknown as AuditedCase);
  let used = 0;
  const precomputed = {
    get(key: string) {
      const hit = cases.get(key);
      if (hit) used++;
      return hit;
    },
    set() {},
  };
  // What was audited is the shards'; where the report goes and what fails the job are the merge's.
  const options = {
    ...(first.options as Partial<AuditCliOptions>),
    out: opts.out,
    format: opts.format,
    quiet: opts.quiet,
    progress: opts.progress,
    failOn: opts.failOn,
    minScore: opts.minScore,
    maxWarnings: opts.maxWarnings,
  } as AuditCliOptions;
  const { runAuditCommand } = await import('./audit.js');
  const code = await runAuditCommand(first.paths, options, io, chalk, { precomputed });
  if (used < cases.size) io.stderr(`caseaudit: ${cases.size - used} case(s) from the shards no longer match the inputs and were audited again\n`);
  return code;
}
