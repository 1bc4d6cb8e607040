import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../src/ruleset/load.js';
import { rulesTable, updateReadme } from '../scripts/rules-readme.js';

describe('README rule table', () => {
  it('lists every rule with its basis and regimes and is up to date (run `npm run rules-readme`)', async () => {
    const r = await loadRuleset();
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    expect(updateReadme(readme, rulesTable(r))).toBe(readme);
    for (const rule of r.rules.list) expect(readme).toContain(`| <a id="rule-${rule.id}"></a>\`${rule.id}\` |`);
  });
});
