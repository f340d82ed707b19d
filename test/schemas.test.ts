// The zod model is the one definition: committed schemas must equal what it generates, and every JSON
// file must validate, with ajv, against the self-contained schema published beside it.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { schemaFiles } from '../pipeline/schema-files.ts';
import { collect } from '../pipeline/diagnostics.ts';
import { validateDocuments } from '../pipeline/validate/emitted.ts';
import { createAjv } from '../pipeline/validate/standalone.ts';
import { config, root, seedBuild, textOf } from './helpers.ts';

describe('JSON Schemas', () => {
  it('schemas/ — every schema and the compiled validators — equals what the zod model generates (run npm run schemas after changing the model)', async () => {
    const generated = await schemaFiles(config.municipality.code);
    const committed = readdirSync(join(root, 'schemas'))
      .filter((n) => n.endsWith('.schema.json') || n === 'validators.mjs')
      .sort();
    assert.deepEqual(committed, [...generated.keys()].sort());
    for (const [name, text] of generated) assert.equal(readFileSync(join(root, 'schemas', name), 'utf8'), text, `schemas/${name} drifted`);
  });
  it('every published JSON file validates against its published schema, which has no $ref', async () => {
    const result = await seedBuild();
    // datapackage.json is checked against the Frictionless profile its $schema names (test/linked-datapackage.test.ts).
    const jsonFiles = [...result.files.keys()].filter((p) => p.endsWith('.json') && !p.startsWith('schemas/') && p !== 'datapackage.json');
    assert.ok(jsonFiles.length >= 11);
    // One ajv for all (the schemas carry no $id to collide): it compiles the draft 2020-12 meta-schema, that
    // each schema is checked against, once rather than once per schema.
    const ajv = createAjv();
    for (const path of jsonFiles) {
      const stem = path.slice(0, -'.json'.length);
      assert.ok(result.files.has(`schemas/${stem}.schema.json`), `schemas/${stem}.schema.json is published`);
      const schemaText = textOf(result.files, `schemas/${stem}.schema.json`);
      assert.ok(!schemaText.includes('"$ref"'), `${stem} schema is self-contained`);
      const validate = ajv.compile(JSON.parse(schemaText));
      assert.ok(validate(JSON.parse(textOf(result.files, path))), `${path}: ${JSON.stringify(validate.errors)}`);
    }
  });
  it('rejects a record that breaks its schema (a goal without a statement)', async () => {
    const result = await seedBuild();
    const goals = JSON.parse(textOf(result.files, '062022_goals.json')) as Record<string, unknown>[];
    delete goals[2]!.statement;
    const validate = createAjv().compile(JSON.parse(textOf(result.files, 'schemas/062022_goals.schema.json')));
    assert.equal(validate(goals), false);
    // The build's own precompiled validator names the file and the place.
    const [problem, ...rest] = collect((report) => validateDocuments(new Map([['062022_goals', goals]]), 'schemas', report)).diagnostics;
    assert.equal(rest.length, 0);
    assert.equal(problem?.ruleId, 'validate:json-schema');
    assert.match(problem!.reason, /^062022_goals\.json\/2 must have required property 'statement'/);
    assert.equal(problem!.file, 'schemas/062022_goals.schema.json');
  });
  it('the build refuses a JSON file it has no committed schema for', () => {
    const [problem] = collect((report) => validateDocuments(new Map([['062022_unknown', []]]), 'schemas', report)).diagnostics;
    assert.equal(problem?.ruleId, 'validate:schema-missing');
  });
});
