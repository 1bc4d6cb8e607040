/**
 * The rule table of the README (between the `rules-table` markers), written from the built-in ruleset's
 * rules.yaml: every rule with its severity, legal basis and the regimes it applies in. `npm run
 * rules-readme`; a test fails when the README is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadRuleset, type Ruleset } from '../src/ruleset/load.js';

export const BEGIN = '<!-- rules-table:begin (npm run rules-readme) -->';
export const END = '<!-- rules-table:end -->';

export function rulesTable(r: Ruleset): string {
  const name = new Map(r.regimes.map((g) => [g.id, g.id]));
  const all = r.regimes.map((g) => g.id);
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = r.rules.list.map((rule) => {
    const basis = rule.basis.map((b) => `${cell(b.text)}${b.regimes ? ` (${b.regimes.map((g) => name.get(g) ?? g).join(', ')})` : ''}`).join('<br>');
    const regimes = (rule.regimes ?? all).join(', ');
    // the anchor is where SARIF's helpUri points (outputs.yaml sarif.helpUri)
    return `| <a id="rule-${rule.id}"></a>\`${rule.id}\` | ${rule.severity}${rule.enabled ? '' : ' (off)'} | ${cell(rule.title.zh)} | ${basis} | ${regimes} |`;
  });
  return [BEGIN, '| rule | severity | 规则 | legal basis | regimes |', '|---|---|---|---|---|', ...rows, END].join('\n');
}

export function updateReadme(readme: string, table: string): string {
  const a = readme.indexOf(BEGIN);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) throw new Error('README has no rules-table markers');
  return readme.slice(0, a) + table + readme.slice(b + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = rulesTable(await loadRuleset());
  writeFileSync('README.md', updateReadme(readFileSync('README.md', 'utf8'), table));
  console.log('README.md: rules table written');
}
