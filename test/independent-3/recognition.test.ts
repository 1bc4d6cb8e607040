import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../src/ruleset/load.js';
import { formatTally, measureRecognition } from '../helpers/recognition.js';

/**
 * The final hold-out archive: test/independent-3/ was written by a second helper who read neither the
 * recognizer nor the first independent archive (table layouts without colons, officers named in
 * sentences, browser print headers). Its first, untuned measurement is in the issue notes; the floor here
 * keeps what was fixed since. The audit test beside this one is the one that must stay perfect: no false
 * finding and no false veto, whatever the field accuracy.
 */
describe('recognition on the final hold-out archive', () => {
  it('reads the type and fields its truth file records', async () => {
    const { tally, status } = await measureRecognition(path.resolve('test/independent-3'), 'truth.json', await loadRuleset());
    console.log(formatTally('recognition accuracy on test/independent-3/', tally, process.env.ALL_MISSES ? 1000 : 10));
    expect(status).toEqual([]);
    for (const [field, t] of Object.entries(tally)) {
      expect(t.right / t.total, `${field}: ${t.misses.slice(0, 3).join(' | ')}`).toBeGreaterThanOrEqual(0.85);
    }
  });
});
