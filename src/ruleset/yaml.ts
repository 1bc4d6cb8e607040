import { hash } from 'node:crypto';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import type YAMLModule from 'yaml';
import type { JsonStore } from '../read/cache.js';

const require = createRequire(import.meta.url);

let yaml: typeof YAMLModule | undefined;

/**
 * The yaml package, loaded on first use: a warm audit takes every YAML file's data from the cache and
 * never parses one. Under Node, `import 'yaml'` and `require('yaml')` resolve to the same CommonJS
 * file (the package's `node` export), so this is the module a static import gave.
 */
export function yamlPackage(): typeof YAMLModule {
  return (yaml ??= require('yaml') as typeof YAMLModule);
}

/**
 * A parsed file's key holds the yaml package's version and the form of parsing (`form`: bump it when
 * the parse options or the conversion change): another parser, or other options, may read the same
 * text otherwise.
 */
let yamlVersion: string | undefined;
const YAML_VERSION = () => (yamlVersion ??= (require('yaml/package.json') as { version: string }).version);

/**
 * YAML text's data from the store when the same text was parsed before in the same form, else
 * `parse(text)`, kept for next time. Kept only when JSON gives it back the same (a `.inf` would not):
 * the cache may change speed, not data. `undefined` from `parse` (a text with errors) is not kept.
 */
export function cachedYaml(text: string, form: string, parse: (text: string) => unknown, store?: JsonStore): unknown {
  const key = store ? `yaml:${YAML_VERSION()}.${form}:${hash('sha256', text, 'base64url')}` : '';
  const kept = store?.get(key);
  if (kept !== undefined) return kept;
  const data = parse(text);
  if (store && data !== undefined && isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data)) store.set(key, data);
  return data;
}
