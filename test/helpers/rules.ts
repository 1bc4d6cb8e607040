import { loadRuleset } from '../../src/ruleset/load.js';

/** The built-in ruleset's rule catalogue, for writers under test. */
export const rules = (await loadRuleset()).rules;
