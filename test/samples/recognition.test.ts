import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../src/ruleset/load.js';
import { formatTally, measureRecognition } from '../helpers/recognition.js';

/**
 * Recognition measured, not assumed: every sample file is read with the real readers and compared with
 * the generator's own record of what it wrote (samples/manifest.json). Accuracy per field is printed
 * for the notes and held to a floor.
 */
describe('recognition on every sample file', () => {
  it('reads the type and fields the generator wrote', async () => {
    const { tally, status } = await measureRecognition(path.resolve('samples'), 'manifest.json', await loadRuleset());
    console.log(formatTally('recognition accuracy on samples/', tally, process.env.ALL_MISSES ? 1000 : 10));
    expect(status).toEqual([]);
    // Types and page ranges decide everything downstream: they must be exact.
    expect(tally.type.misses).toEqual([]);
    expect(tally.pages.misses).toEqual([]);
    for (const field of ['docNumber', 'caseRef', 'party', 'keyDate', 'fine', 'officers', 'citations', 'servedDocument', 'creditCode']) {
      expect(tally[field]?.total, field).toBeGreaterThan(0);
      expect(tally[field].right / tally[field].total, `${field}: ${tally[field].misses.slice(0, 3).join(' | ')}`).toBeGreaterThanOrEqual(0.97);
    }
  });
});
