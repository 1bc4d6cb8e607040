import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../scripts/json-schemas.js';

describe('shipped JSON Schemas', () => {
  it('are up to date with the zod schemas (run `npm run schemas`)', async () => {
    for (const [file, schema] of Object.entries(jsonSchemas())) {
      const shipped = JSON.parse(await readFile(path.join('schemas', file), 'utf8'));
      expect(shipped, file).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('the report schema accepts a real report and rejects a broken one', async () => {
    const schema = JSON.parse(await readFile('schemas/report.schema.json', 'utf8'));
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const report = JSON.parse(await readFile('samples/previous-round/report.json', 'utf8'));
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ ...report, schemaVersion: 2 })).toBe(false);
  });
});
