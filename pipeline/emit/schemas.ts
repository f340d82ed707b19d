// zod → JSON Schema (draft 2020-12), one per published JSON file, named <stem>.schema.json.
import { z } from 'zod';
import { Plan, QualityReport } from '../model/documents.ts';
import { tableNames, tables } from '../tables/registry.ts';
import { fileStem, type JsonSchema } from './output-format.ts';

const toSchema = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'throw' }) as JsonSchema;

/** Every published JSON file's stem → its schema. */
export const jsonSchemas = (municipalityCode: string): Map<string, JsonSchema> => {
  const out = new Map<string, JsonSchema>();
  for (const name of tableNames) {
    const def = tables[name];
    out.set(fileStem(municipalityCode, name), toSchema(z.array(def.schema).meta({ title: `${def.title} (${name})`, description: def.description.en })));
  }
  out.set(fileStem(municipalityCode, 'plan'), toSchema(Plan));
  out.set('quality-report', toSchema(QualityReport));
  return out;
};

/** Schemas are published pretty-printed with a final newline, like every JSON file we write. */
export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
