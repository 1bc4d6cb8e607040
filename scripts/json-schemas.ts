/**
 * Write JSON Schema files from the zod schemas, for editors and other tools: the report
 * (schemas/report.schema.json), the focus list, the waivers file, and each ruleset file
 * (schemas/ruleset/<file>.schema.json). `npm run schemas`; a test fails when they are stale.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { Report } from '../src/model/report.js';
import { FocusList, WaiversFile } from '../src/model/rounds.js';
import { RULESET_FILES } from '../src/ruleset/schema.js';
import { CalendarData } from '../src/ruleset/calendar.js';

export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'report.schema.json': z.toJSONSchema(Report, { io: 'input', unrepresentable: 'any' }),
    'focus.schema.json': z.toJSONSchema(FocusList, { io: 'input', unrepresentable: 'any' }),
    'waivers.schema.json': z.toJSONSchema(WaiversFile, { io: 'input', unrepresentable: 'any' }),
    'ruleset/calendar.schema.json': z.toJSONSchema(CalendarData, { io: 'input', unrepresentable: 'any' }),
  };
  for (const [file, schema] of Object.entries(RULESET_FILES)) {
    out[`ruleset/${file.replace(/\.yaml$/, '')}.schema.json`] = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [file, schema] of Object.entries(jsonSchemas())) {
    const target = path.join('schemas', file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, JSON.stringify(schema, null, 2) + '\n');
    console.log(`wrote ${target}`);
  }
}
