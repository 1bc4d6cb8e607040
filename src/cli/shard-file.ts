import { z } from 'zod';
import type { AuditedCase } from '../engine/case-cache.js';
import type { Shard } from '../engine/shard.js';
import { VERSION } from '../version.js';
import type { AuditCliOptions } from './audit.js';

/**
 * shard.json, written beside a shard's report.json: the cases it audited (before scoring, which needs
 * every case) and the options it ran with, so `caseaudit merge` can finish the whole archive's report
 * exactly as one run would. Not a report: nothing but the merge reads it.
 */
const ShardFile = z.object({
  format: z.literal('caseaudit-shard'),
  version: z.literal(1),
  tool: z.string(),
  shard: z.object({ index: z.number().int().positive(), count: z.number().int().positive() }),
  paths: z.array(z.string()),
  options: z.record(z.string(), z.unknown()),
  cases: z.array(z.object({ key: z.string(), audited: z.object({ result: z.record(z.string(), z.unknown()), files: z.array(z.unknown()) }) })),
});
export type ShardFile = z.infer<typeof ShardFile>;

/** The options a merge must repeat: every one but where output goes and which shard this was. */
const NOT_REPEATED = new Set(['shard', 'out', 'format', 'progress', 'quiet']);

export function writeShardFile(s: { shard: Shard; paths: string[]; opts: AuditCliOptions; cases: { key: string; audited: AuditedCase }[] }): string {
  const options = Object.fromEntries(Object.entries(s.opts).filter(([k, v]) => !NOT_REPEATED.has(k) && v !== undefined));
  // one case per line: a shard of many cases stays far from V8's string limit and diffs readably
  const head = JSON.stringify({ format: 'caseaudit-shard', version: 1, tool: VERSION, shard: s.shard, paths: s.paths, options });
  const cases = s.cases.map((c) => JSON.stringify(c));
  return `${head.slice(0, -1)},"cases":[\n${cases.join(',\n')}\n]}\n`;
}

export function parseShardFile(text: string, name: string): ShardFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: not JSON (${(error as Error).message})`);
  }
  const parsed = ShardFile.safeParse(data);
  if (!parsed.success) throw new Error(`${name}: not a caseaudit shard file (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
  return parsed.data;
}
