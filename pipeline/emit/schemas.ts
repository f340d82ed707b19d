// zod → JSON Schema (draft 2020-12), one per published JSON file, named <stem>.schema.json.
import { z } from 'zod';
import { Plan, QualityReport } from '../model/documents.ts';
import { tableNames, tables } from '../model/registry.ts';

export type JsonSchema = Record<string, unknown>;

export const fileStem = (municipalityCode: string, table: string): string => `${municipalityCode}_${table}`;

/** The typed copies of the whole plan: one SQLite database and one Excel workbook. */
export const sqliteFileName = (municipalityCode: string): string => `${fileStem(municipalityCode, 'plan')}.sqlite`;
export const xlsxFileName = (municipalityCode: string): string => `${fileStem(municipalityCode, 'plan')}.xlsx`;

const toSchema = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'throw' }) as JsonSchema;

/** Every published JSON file's stem → its schema. */
export const jsonSchemas = (municipalityCode: string): Map<string, JsonSchema> => {
  const out = new Map<string, JsonSchema>();
  for (const name of tableNames) {
    const def = tables[name];
    out.set(fileStem(municipalityCode, name), toSchema(z.array(def.schema).meta({ title: `${def.title} (${name})`, description: def.description })));
  }
  out.set(fileStem(municipalityCode, 'plan'), toSchema(Plan));
  out.set('quality-report', toSchema(QualityReport));
  return out;
};

/** Schemas are published pretty-printed with a final newline, like every JSON file we write. */
export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
