// The README is part of the product: its quick start and its dataset reference must stay true.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { withDatasetsSection } from '../pipeline/emit/datasets-doc.ts';
import { withLoadSection } from '../pipeline/emit/load-doc.ts';
import { withRulesSection } from '../pipeline/emit/rules-doc.ts';
import { rules, ruleIds } from '../pipeline/rules.ts';
import { tableNames } from '../pipeline/tables/registry.ts';
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
  it('lists every rule exactly as the catalogue declares it (npm run docs)', () => {
    assert.equal(withRulesSection(readme), readme);
    for (const id of ruleIds) assert.ok(readme.includes(`| \`${id}\` | ${rules[id].severity} |`), id);
  });
  it('names no rule the catalogue lacks, and gives a rule’s severity as the catalogue does', () => {
    const stages = [...new Set(ruleIds.map((id) => id.split(':')[0]))].join('|');
    // npm scripts (`release:check-dist`) share the form; they are not rules.
    const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const named = [...readme.matchAll(new RegExp(`\`((?:${stages}):[a-z0-9-]+)\``, 'g'))].map((m) => m[1]!).filter((id) => !scripts.includes(id));
    assert.ok(named.length > ruleIds.length);
    assert.deepEqual(
      named.filter((id) => !Object.hasOwn(rules, id)),
      [],
    );
    // Hand-written tables (What a careless edit cannot slip through): `| edit | rule[, rule] | severity |`.
    const rows = [...readme.matchAll(/^\| [^|]+ \| ((?:`[a-z]+:[a-z0-9-]+`(?:, )?)+) \| (error|warning|info) \|$/gm)];
    assert.ok(rows.length >= 10, `${rows.length} rows`);
    for (const [row, ids, severity] of rows) {
      for (const id of ids!.match(/[a-z]+:[a-z0-9-]+/g)!) assert.equal(rules[id as keyof typeof rules].severity, severity, row);
    }
  });
});
