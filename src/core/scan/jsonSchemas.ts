// JSON Schemas of .keyward/config.json and .keyward/baseline.json, generated from the zod schemas
// that validate them (so the editor and the scanner cannot disagree), committed under schemas/ and
// contributed to VS Code through `contributes.jsonValidation`: the files are validated and
// completed as they are typed. scripts/generate.ts writes them; npm test checks they are current.
import { z } from 'zod';
import { baselineSchema } from './baseline';
import { scanConfigSchema } from './config';

export const CONFIG_SCHEMA_PATH = 'schemas/config.schema.json';
export const BASELINE_SCHEMA_PATH = 'schemas/baseline.schema.json';

function render(schema: z.ZodType): string {
  // The input side: fields with defaults may be left out, as the scanner allows.
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' });
  return `${JSON.stringify(json, null, 2)}\n`;
}

export const renderConfigSchema = (): string => render(scanConfigSchema);
export const renderBaselineSchema = (): string => render(baselineSchema);
