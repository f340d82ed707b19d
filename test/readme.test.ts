// The README is part of the product: its quick start and its dataset reference must stay true.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { withDatasetsSection } from '../pipeline/emit/datasets-doc.ts';
import { withLoadSection } from '../pipeline/emit/load-doc.ts';
import { tableNames } from '../pipeline/model/registry.ts';
import { config, root } from './helpers.ts';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('gives the two quick-start commands', () => {
    assert.match(readme, /npm ci && npm run build/);
    assert.match(readme, /npm test/);
  });
  it('documents every table exactly as the model defines it (npm run docs)', () => {
    assert.equal(withDatasetsSection(readme, config.municipality.code), readme);
    for (const name of tableNames) assert.match(readme, new RegExp(`### ${name}\\n`));
  });
  it('gives load recipes with every table’s column types exactly as the model defines them (npm run docs)', () => {
    assert.equal(withLoadSection(readme, config.municipality.code), readme);
    for (const name of tableNames) assert.match(readme, new RegExp(`^  ${name} = "[cidl]+"`, 'm'), `readr col_types of ${name}`);
  });
});
