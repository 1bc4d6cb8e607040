/**
 * The register column mapping (schemas/work-safety/register.yaml): which header texts name which field of
 * a case register (台账) or a published-records sheet. Data of the ruleset, read by src/read/register.ts.
 */
import { z } from 'zod';
import { headerKey } from '../text/header.js';


/** Fields a register row can carry; the mapping file names header synonyms for each. */
export const REGISTER_FIELDS = [
  'caseNumber',
  'cause',
  'party',
  'creditCode',
  'unit',
  'agency',
  'procedure',
  'source',
  'proactive',
  'filingDate',
  'decisionDate',
  'closingDate',
  'fine',
  'outcome',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

const Words = z.array(z.string().trim().min(1));
const Synonyms = Words.min(1);

export const RegisterMappingFile = z
  .strictObject({
    $comment: z.string().optional(),
    /** field → header texts that name its column; earlier synonyms win when two columns match */
    fields: z.strictObject(Object.fromEntries(REGISTER_FIELDS.map((f) => [f, Synonyms.optional()])) as Record<RegisterField, z.ZodOptional<typeof Synonyms>>),
    /** a header containing this text holds 万元, not 元 (罚款金额（万元）) */
    tenThousandMarker: z.string().trim().min(1).default('万元'),
    /** 程序类型 cell values */
    procedure: z.strictObject({ general: Synonyms, simple: Synonyms }),
    /** 事前 (opened from inspections, reports…) vs 事后 (after an accident) */
    proactive: z.strictObject({
      /** values of a 是否事前立案-style column */
      yes: Synonyms,
      no: Synonyms,
      /** 案件来源 containing one of these is reactive (事后) … */
      reactiveSources: Synonyms,
      /** … after removing these (事故隐患 is not an accident) */
      notReactive: Words.default([]),
      /** 案件来源 containing one of these (and no reactive word) is proactive (事前) */
      proactiveSources: Synonyms,
    }),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, string>();
    let fields = 0;
    for (const field of REGISTER_FIELDS) {
      const list = file.fields[field];
      if (!list) continue;
      fields++;
      list.forEach((synonym, i) => {
        const key = headerKey(synonym);
        const other = seen.get(key);
        if (other !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['fields', field, i], message: `header "${synonym}" is also a synonym of ${other}` });
        } else seen.set(key, field);
      });
    }
    if (fields < 2) ctx.addIssue({ code: 'custom', path: ['fields'], message: 'map at least two fields' });
  });
export type RegisterMapping = z.infer<typeof RegisterMappingFile>;

