// The README is part of the product: a newcomer's page that must stay true (the two commands, the warnings a
// build prints, the packages the full test run needs, the official plan as far as it is known), and the
// reference in docs/ whose generated sections must be current (npm run docs).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generatedDocs } from '../pipeline/emit/generated-docs.ts';
import { rules, ruleIds } from '../pipeline/rules.ts';
import { tableNames } from '../pipeline/tables/registry.ts';
import { config, root } from './helpers.ts';

const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const readme = read('README.md');
const docs = readdirSync(join(root, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`);
/** Every hand-written or generated text a reader meets: the README and every file of docs/. */
const everyDoc = [readme, ...docs.map(read)].join('\n');

describe('README', () => {
  it('is a newcomer’s page: at most 300 lines', () => {
    const lines = readme.split('\n').length - 1;
    assert.ok(lines <= 300, `${lines} lines`);
  });
  it('gives the two quick-start commands in its first code block', () => {
    const first = readme.match(/^```sh\n([\s\S]*?)^```$/m)?.[1] ?? '';
    assert.match(first, /^npm ci && npm run build\b/m);
    assert.match(first, /^npm test\b/m);
  });
  it('names the files the build writes, as many as the committed dist/ lists', () => {
    const listed = read('dist/.dataset-build')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'));
    const site = listed.filter((l) => l.startsWith('site/')).length;
    // The manifest lists every file of the build, itself included.
    const files = listed.length;
    assert.match(readme, new RegExp(`built ${files} files`), `${files} files`);
    assert.match(readme, new RegExp(`\\b${files} ファイル（うちサイト ${site}[、，]`), `${files} files, ${site} of the site`);
  });
  it('explains every warning the committed build reports, with its count, and no other', () => {
    const report = JSON.parse(read('dist/quality-report.json')) as { entries: { ruleId: string; severity: string; line: number }[] };
    const lines = new Map<string, number[]>();
    for (const e of report.entries) if (e.severity === 'warning') lines.set(e.ruleId, [...(lines.get(e.ruleId) ?? []), e.line]);
    const counts = new Map([...lines].map(([id, at]) => [id, at.length]));
    const section = readme.split('### ビルドが表示する警告')[1]?.split(/\n##/)[0] ?? '';
    const rows = [...section.matchAll(/^\| `([a-z]+:[a-z0-9-]+)` \| (\d+)（([^）]*)行）/gm)];
    assert.deepEqual(new Map(rows.map((m) => [m[1]!, Number(m[2])])), counts);
    // The source lines as the report gives them.
    for (const [, id, , at] of rows) assert.deepEqual(at!.split('、').map(Number), lines.get(id!), id);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    assert.match(section, new RegExp(`警告を${total}件（${counts.size}つのルール）`));
    for (const id of counts.keys()) assert.equal(rules[id as keyof typeof rules].severity, 'warning', id);
  });
  it('lists exactly the Debian packages .ci/run installs for the full test run', () => {
    const packages = (text: string) =>
      text
        .match(/apt-get install -y[^\n\\]*(?:\\\n[^\n\\]*)*/)?.[0]
        .replace(/\\\n/g, ' ')
        .split(/\s+/)
        .filter((w) => /^[a-z0-9][a-z0-9.+-]+$/.test(w) && !['apt-get', 'install', 'sudo'].includes(w))
        .sort();
    const ci = packages(read('.ci/run').replace(/ *>\/dev\/null/, ''));
    assert.ok(ci && ci.length >= 10, String(ci));
    assert.deepEqual(packages(readme), ci);
  });
  it('links the official plan only as sources/source.json records it: no address of the city invented', () => {
    const source = JSON.parse(read('sources/source.json')) as { officialPage: { status: string; url?: string; known?: { url: string }[] } };
    const recorded = [source.officialPage.url, ...(source.officialPage.known ?? []).map((k) => k.url)].filter((u) => u !== undefined);
    const cited = [...readme.matchAll(/https?:\/\/[^\s>)]*yonezawa\.yamagata\.jp[^\s>)]*/g)].map((m) => m[0]);
    assert.ok(cited.length > 0);
    for (const url of cited) assert.ok(recorded.includes(url), `${url} is not in sources/source.json`);
    if (source.officialPage.status === 'found') assert.ok(cited.includes(source.officialPage.url!), 'the official page');
    else for (const url of recorded) assert.ok(cited.includes(url), url);
  });
  it('points to the reference in docs/, whose index links every file of docs/', () => {
    assert.match(readme, /\]\(docs\/README\.md\)/);
    const index = read('docs/README.md');
    for (const file of docs.filter((f) => f !== 'docs/README.md')) assert.ok(index.includes(`](${file.slice('docs/'.length)})`), file);
  });
});

describe('docs/: the generated reference (npm run docs)', () => {
  const generated = generatedDocs(config.municipality.code);
  it('every generated section is current', () => {
    for (const [file, regenerate] of Object.entries(generated)) assert.equal(regenerate(read(file)), read(file), `${file}: run npm run docs`);
  });
  it('documents every table exactly as the model defines it', () => {
    const datasets = read('docs/datasets.md');
    for (const name of tableNames) assert.match(datasets, new RegExp(`^## ${name}\\n`, 'm'));
  });
  it('gives load recipes with every table’s column types', () => {
    const load = read('docs/load.md');
    for (const name of tableNames) assert.match(load, new RegExp(`^  ${name} = "[cidl]+"`, 'm'), `readr col_types of ${name}`);
  });
  it('lists every rule exactly as the catalogue declares it', () => {
    const table = read('docs/rules.md');
    for (const id of ruleIds) assert.ok(table.includes(`| \`${id}\` | ${rules[id].severity} |`), id);
  });
  it('names no rule the catalogue lacks, and gives a rule’s severity as the catalogue does', () => {
    const stages = [...new Set(ruleIds.map((id) => id.split(':')[0]))].join('|');
    // npm scripts (`release:check-dist`) share the form; they are not rules.
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    const named = [...everyDoc.matchAll(new RegExp(`\`((?:${stages}):[a-z0-9-]+)\``, 'g'))].map((m) => m[1]!).filter((id) => !scripts.includes(id));
    assert.ok(named.length > ruleIds.length);
    assert.deepEqual(
      named.filter((id) => !Object.hasOwn(rules, id)),
      [],
    );
    // Hand-written tables (docs/source-text.md, What a careless edit cannot slip through): `| edit | rule[, rule] | severity |`.
    const rows = [...everyDoc.matchAll(/^\| [^|]+ \| ((?:`[a-z]+:[a-z0-9-]+`(?:, )?)+) \| (error|warning|info) \|$/gm)];
    assert.ok(rows.length >= 10, `${rows.length} rows`);
    for (const [row, ids, severity] of rows) {
      for (const id of ids!.match(/[a-z]+:[a-z0-9-]+/g)!) assert.equal(rules[id as keyof typeof rules].severity, severity, row);
    }
  });
});
