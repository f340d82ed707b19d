// Every JSON document we emit, checked against the committed schemas in schemas/ — the files consumers
// download — by the ajv validators compiled from them ahead of time (schemas/validators.mjs, written by
// `npm run schemas`; a test fails when it drifts), not against our in-memory zod objects.
import { validators } from '../../schemas/validators.mjs';
import type { Reporter } from '../diagnostics.ts';

export const validateDocuments = (documents: ReadonlyMap<string, unknown>, schemaDir: string, report: Reporter): void => {
  for (const [stem, document] of documents) {
    const file = `${schemaDir}/${stem}.schema.json`;
    const validate = validators[stem];
    if (!validate) {
      report.error('validate:schema-missing', { file, line: 0 }, { stem });
      continue;
    }
    if (!validate(document)) {
      for (const err of validate.errors ?? []) {
        report.error('validate:json-schema', { file, line: 0 }, { document: `${stem}.json${err.instancePath || ''}`, problem: err.message ?? 'is invalid' });
      }
    }
  }
};
