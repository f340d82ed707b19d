// The schema files as committed in schemas/ and published in dist/schemas/: each self-contained (every
// $ref inlined, so any validator can use it alone), and the standalone validators compiled from them.
// Run by `npm run schemas`, and by the drift tests; the build only copies the committed files.
import dereferencerModule from '@json-schema-tools/dereferencer';
import { standaloneValidators } from './validate/standalone.ts';
import type { JsonSchema } from './emit/output-format.ts';
import { jsonSchemas, jsonText } from './emit/schemas.ts';

// The package is CommonJS with an ES default: under Node's ESM loader the class sits on `.default`.
const Dereferencer = ((dereferencerModule as unknown as { default?: unknown }).default ?? dereferencerModule) as new (
  schema: unknown,
) => { resolve(): Promise<unknown> };

export const dereference = async (schema: JsonSchema): Promise<JsonSchema> => {
  const copy = structuredClone(schema);
  const resolved = (await new Dereferencer(copy).resolve()) as JsonSchema;
  // The dereferencer leaves the now-unused $defs behind; a self-contained copy does not need them.
  const { $defs: _unused, ...rest } = resolved;
  return rest;
};

export const VALIDATORS = 'validators.mjs';

/** File name under schemas/ → its text: every `<stem>.schema.json` and the validators module. */
export const schemaFiles = async (municipalityCode: string): Promise<Map<string, string>> => {
  const schemas = jsonSchemas(municipalityCode);
  const files = new Map<string, string>();
  for (const [stem, schema] of schemas) files.set(`${stem}.schema.json`, jsonText(await dereference(schema)));
  files.set(VALIDATORS, standaloneValidators(schemas));
  return files;
};
