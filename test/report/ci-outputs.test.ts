/** The CI outputs through the real CLI: SARIF to stdout with `=-`, rules documented with basis and helpUri. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditSamples } from '../helpers/sample-audit.js';
import { run } from '../helpers/cli.js';
import { rules } from '../helpers/rules.js';

interface SarifRule {
  id: string;
  help: { text: string; markdown?: string };
  helpUri?: string;
}

describe('--format sarif=- on the samples', () => {
  let stdout: string;
  let stderr: string;
  beforeAll(async () => {
    ({ stdout, stderr } = await auditSamples(['sarif=-']));
  }, 300_000);

  it('writes the SARIF log alone to stdout and the summary to stderr', () => {
    const log = JSON.parse(stdout) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBeGreaterThan(10);
    expect(stderr).toContain('案卷 23 件');
  });

  it('documents every rule: its legal basis in help, and a helpUri to its README anchor', () => {
    const log = JSON.parse(stdout) as { runs: { tool: { driver: { rules: SarifRule[] } } }[] };
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const described = log.runs[0].tool.driver.rules.filter((r) => rules.has(r.id));
    expect(described.length).toBe(rules.list.length);
    for (const r of described) {
      for (const b of rules.get(r.id)!.basis) expect(r.help.text).toContain(b.text);
      // the README shipped with caseaudit, at the rule's anchor
      expect(r.helpUri).toMatch(new RegExp(`^file://.*/README\\.md#rule-${r.id}$`, 'u'));
      expect(readFileSync(new URL(r.helpUri!.split('#')[0]), 'utf8')).toBe(readme);
      expect(readme).toContain(`<a id="rule-${r.id}"></a>`);
    }
  });
});

describe('--format to stdout', () => {
  it('refuses xlsx to stdout and two formats on stdout', async () => {
    const x = await run(['audit', 'samples/archive', '--format', 'xlsx=-']);
    expect(x.code).toBe(2);
    expect(x.stderr).toContain('binary');
    const two = await run(['audit', 'samples/archive', '--format', 'sarif=-', '--format', 'junit=-']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('only one --format');
  });
});
