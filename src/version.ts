import { readFileSync } from 'node:fs';

/**
 * The package version, read once from package.json (shipped next to dist/): one folder up from
 * dist/version.js, two from the bundle's dist/bundle/ (scripts/bundle.mjs).
 */
export const VERSION: string = (() => {
  for (const up of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'caseaudit' && pkg.version) return pkg.version;
    } catch {
      // not there: the next folder up
    }
  }
  return '0.0.0';
})();
