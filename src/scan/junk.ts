/** Office lock files, OS thumbnails and folder metadata: never case documents. */
const JUNK = [/^~\$/, /^Thumbs\.db$/i, /^\.DS_Store$/, /^desktop\.ini$/i, /^\._/, /^\./];

/** Why a file is junk to be skipped (by its name alone), or undefined. */
export function junkReason(name: string): string | undefined {
  if (/^~\$/.test(name)) return 'Office lock file (~$…)';
  if (/^Thumbs\.db$/i.test(name) || /^desktop\.ini$/i.test(name)) return 'Windows folder metadata';
  if (/^\.DS_Store$/.test(name) || /^\._/.test(name)) return 'macOS folder metadata';
  if (JUNK.some((re) => re.test(name))) return 'hidden file';
  return undefined;
}
