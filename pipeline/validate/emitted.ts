// Every JSON document we emit, checked with ajv (strict, draft 2020-12, formats) against the committed
// schemas in schemas/ — the files consumers download — not against our in-memory zod objects.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { error, type Diagnostic } from '../diagnostics.ts';
import type { JsonSchema } from '../emit/schemas.ts';

// ajv-formats ships CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const createAjv = (): Ajv2020 => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
};

type Validator = ReturnType<Ajv2020['compile']>;
// Compiling is most of what validation costs; a process that builds many times (tests, the benchmark)
// compiles each distinct schema text once. The key is the schema's text, so a changed schema recompiles.
const compiled = new Map<string, Validator>();
let sharedAjv: Ajv2020 | undefined;
const compile = (schema: JsonSchema): Validator => {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    sharedAjv ??= createAjv();
    // Schemas carry no $id, so one ajv instance holds any number of them without clashes.
    validate = sharedAjv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
};

export const validateDocuments = (
  documents: ReadonlyMap<string, unknown>,
  schemas: ReadonlyMap<string, JsonSchema>,
  schemaDir: string,
): Diagnostic[] => {
  const diagnostics: Diagnostic[] = [];
  for (const [stem, document] of documents) {
    const file = `${schemaDir}/${stem}.schema.json`;
    const schema = schemas.get(stem);
    if (!schema) {
      diagnostics.push(error('validate:schema-missing', { file, line: 0 }, `no committed schema for ${stem}.json; run npm run schemas and commit schemas/`));
      continue;
    }
    let validate;
    try {
      validate = compile(schema);
    } catch (e) {
      diagnostics.push(error('validate:schema-invalid', { file, line: 0 }, `schema does not compile under ajv strict mode: ${(e as Error).message}`));
      continue;
    }
    if (!validate(document)) {
      for (const err of (validate.errors ?? []).slice(0, 20)) {
        diagnostics.push(error('validate:json-schema', { file, line: 0 }, `${stem}.json${err.instancePath || ''} ${err.message ?? 'is invalid'}`));
      }
    }
  }
  return diagnostics;
};
