/**
 * `extends: builtin` (in a ruleset's ruleset.yaml): a local ruleset states only what differs from the
 * built-in one, and keeps receiving the built-in ruleset's fixes. The merge, done on the files' data
 * before validation (the merged result is validated as a whole, as a full copy would be):
 *
 * - per file: a file the local folder lacks is the built-in file;
 * - per key: in a file both have, mappings merge key by key, recursively, the local value winning;
 * - lists of records with an `id` (rules, documents, deadlines, case types, regimes, laws, rubric
 *   categories and grades) merge by id: a local record with a built-in id is merged over it (so
 *   `{ id: file-no-text, enabled: false }` turns one rule off), one with a new id is added at the end;
 * - the rubric's `deductions` merge the same way by `rule`;
 * - any other list (words, patterns, veto items) is replaced whole by the local one.
 *
 * Nothing can be removed by extending: turn a rule off with `enabled: false`, or copy the whole
 * ruleset (`caseaudit init --full`) to own every line.
 */

/** The value `extends` may take: only the built-in ruleset can be extended. */
export const EXTENDABLE = 'builtin';

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Merge a local file's data over the built-in file's (see the module comment). */
export function mergeOverBuiltin(base: unknown, local: unknown, key = ''): unknown {
  if (local === undefined) return base;
  if (isPlain(base) && isPlain(local)) {
    const out: Plain = { ...base };
    for (const [k, v] of Object.entries(local)) out[k] = mergeOverBuiltin(base[k], v, k);
    return out;
  }
  if (Array.isArray(base) && Array.isArray(local)) {
    const id = recordKey(base, local, key);
    if (!id) return local;
    const out = base.map((b) => b as Plain);
    for (const item of local as Plain[]) {
      const at = out.findIndex((b) => b[id] === item[id]);
      if (at >= 0) out[at] = mergeOverBuiltin(out[at], item) as Plain;
      else out.push(item);
    }
    return out;
  }
  return local;
}

/** The field that identifies a record of both lists, when every record has a distinct one. */
function recordKey(base: unknown[], local: unknown[], listName: string): string | undefined {
  for (const id of listName === 'deductions' ? ['id', 'rule'] : ['id']) {
    const unique = (list: unknown[]) => list.every(isPlain) && new Set(list.map((x) => (x as Plain)[id])).size === list.length && list.every((x) => typeof (x as Plain)[id] === 'string');
    if (base.length > 0 && unique(base) && unique(local)) return id;
  }
  return undefined;
}
