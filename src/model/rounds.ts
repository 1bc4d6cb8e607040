import { z } from 'zod';

/** What a comparison with earlier rounds compared, said in the report so nobody has to guess. */
export const Comparison = z.object({
  rounds: z.array(z.object({ id: z.string(), asOf: z.string(), rulesetVersion: z.string(), cases: z.number() })),
  /** set when an earlier round used another ruleset version: compared anyway, and said */
  rulesetVersionsDiffer: z.boolean(),
  counts: z.object({ new: z.number(), recurring: z.number(), resolved: z.number() }),
});
export type Comparison = z.infer<typeof Comparison>;

/** How one rule has fared in one unit over the rounds (oldest first). */
export const RuleHistory = z.object({
  rule: z.string(),
  unit: z.string(),
  /** findings per round id, this round last */
  perRound: z.array(z.object({ round: z.string(), findings: z.number() })),
  roundsSeen: z.number(),
  firstSeen: z.string(),
  trend: z.enum(['new', 'up', 'down', 'flat', 'gone']),
});
export type RuleHistory = z.infer<typeof RuleHistory>;

/** 下一轮评查重点: a prevalent or recurring problem, with what to do about it. */
export const FocusItem = z.object({
  rule: z.string(),
  title: z.string(),
  /** why it is a focus item */
  prevalent: z.boolean(),
  recurring: z.boolean(),
  cases: z.number(),
  caseShare: z.number(),
  units: z.array(z.string()),
  /** one finding's message with the party's name masked */
  example: z.string(),
  basis: z.string(),
  /** 整改措施 text from the ruleset */
  measure: z.string(),
});
export type FocusItem = z.infer<typeof FocusItem>;

export const FocusList = z.object({
  schemaVersion: z.literal(1),
  round: z.string(),
  asOf: z.string(),
  ruleset: z.object({ id: z.string(), version: z.string() }),
  items: z.array(FocusItem),
});
export type FocusList = z.infer<typeof FocusList>;

/** A waiver: an accepted finding, kept and shown as waived, never counted. */
export const Waiver = z.object({
  /** the finding's fingerprint, or case + rule + key */
  fingerprint: z.string().optional(),
  case: z.string().optional(),
  rule: z.string().optional(),
  key: z.string().optional(),
  reason: z.string().min(1),
  approver: z.string().min(1),
  /** the waiver no longer applies after this date (YYYY-MM-DD) or from this round id on */
  expires: z.string().optional(),
});
export type Waiver = z.infer<typeof Waiver>;
export const WaiversFile = z.object({ waivers: z.array(Waiver) });

export const WaiverUse = z.object({
  waiver: Waiver,
  state: z.enum(['used', 'unused', 'expired', 'refused-veto']),
  fingerprints: z.array(z.string()),
});
export type WaiverUse = z.infer<typeof WaiverUse>;
