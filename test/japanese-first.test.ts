// Japanese first, English beside it (GUIDE; issue "each table defined once, described in Japanese first"):
// every column of every table, every table and every published file is described in Japanese with the English
// beside it — in the table modules, and as the consumers read the build: datapackage.json (`description` in
// Japanese, `description@en`), the DCAT catalog in Turtle (dct:title and dct:description @ja and @en on every
// dataset and distribution), the SQLite codebook (meaning, meaning_en), the site's dataset pages, and the
// README's generated codebook and rule table (a Japanese column before each English one).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Quad } from 'n3';
import { codebookOf } from '../pipeline/emit/codebook.ts';
import { datasetsMarkdown } from '../pipeline/emit/datasets-doc.ts';
import { rulesMarkdown } from '../pipeline/emit/rules-doc.ts';
import { ruleIds } from '../pipeline/rules.ts';
import { tableNames, tables } from '../pipeline/tables/registry.ts';
import { needs, sqlite3Path } from './consumers.ts';
import { root } from './helpers.ts';
import { parseTurtle } from './linked-rdf.ts';

/** Japanese text: a kana or kanji, and no Latin letter before the first of them (the text opens in Japanese). */
const japanese = /^[^A-Za-z]*[\u3040-\u30FF\u4E00-\u9FFF]/;
/** English text: two Latin words at least. */
const english = /[A-Za-z]{2,} [A-Za-z]{2,}/;
const dist = (file: string) => readFileSync(join(root, 'dist', file), 'utf8');

describe('the table modules describe every table and column in Japanese, the English beside it', () => {
  it('every table: a description in both languages and an English title', () => {
    for (const name of tableNames) {
      const { description, titleEn } = tables[name];
      assert.match(description.ja, japanese, `${name}: description.ja`);
      assert.match(description.en, english, `${name}: description.en`);
      assert.match(titleEn, /[A-Za-z]/, `${name}: titleEn`);
    }
  });
  it('every column: a Japanese description ending in 。, and the English one', () => {
    let columns = 0;
    for (const name of tableNames)
      for (const c of codebookOf(name)) {
        columns += 1;
        assert.match(c.descriptionJa, japanese, `${name}.${c.key}`);
        assert.match(c.descriptionJa, /。$/, `${name}.${c.key}: a sentence`);
        assert.ok(c.description.length > 0 && c.description !== c.descriptionJa, `${name}.${c.key}: the English`);
      }
    assert.ok(columns > 200, `${columns} columns`);
  });
});

describe('the README’s generated codebook and rule table', () => {
  /** The cells of the table rows of a Markdown text (its header and separator rows left out). */
  const rows = (markdown: string): string[][] =>
    markdown
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('|---'))
      .map((l) => l.slice(2, -2).split(' | '))
      .filter((cells) => !/^(table|CSV header|rule)$/.test(cells[0]!));
  it('gives every table, every column and every rule its Japanese before the English', () => {
    const datasets = rows(datasetsMarkdown('062022'));
    const columns = tableNames.reduce((n, t) => n + codebookOf(t).length, 0);
    assert.equal(datasets.length, tableNames.length + columns, 'a row per table and per column');
    for (const cells of datasets) {
      const [ja, en] = cells.slice(-2);
      assert.match(ja!, japanese, cells.join(' | '));
      assert.match(en!, english, cells.join(' | '));
    }
    const rules = rows(rulesMarkdown());
    assert.equal(rules.length, ruleIds.length);
    for (const cells of rules) {
      const [summaryJa, actionJa, summary, action] = cells.slice(-4);
      // A rule's Japanese may open with a name (KGI を…, npm run build を…): it has its kana.
      for (const ja of [summaryJa, actionJa]) assert.match(ja!, /[\u3040-\u30FF]/, cells.join(' | '));
      for (const en of [summary, action]) assert.match(en!, english, cells.join(' | '));
    }
  });
});

describe('datapackage.json', () => {
  const descriptor = JSON.parse(dist('datapackage.json')) as Record<string, unknown> & { resources: Record<string, unknown>[] };
  it('names Japanese its default language, English the other', () => {
    assert.deepEqual(descriptor.languages, ['ja', 'en']);
    assert.match(String(descriptor.description), japanese);
    assert.match(String(descriptor['description@en']), english);
    assert.match(String(descriptor['title@en']), english);
  });
  it('describes every resource and every field of every table in Japanese (description), English beside it (description@en)', () => {
    let fields = 0;
    for (const r of descriptor.resources) {
      assert.match(String(r.description), japanese, `${String(r.name)}: description`);
      assert.match(String(r['description@en']), english, `${String(r.name)}: description@en`);
      assert.match(String(r.title), japanese, `${String(r.name)}: title`);
      assert.match(String(r['title@en']), /[A-Za-z]/, `${String(r.name)}: title@en`);
      const schema = r.schema as { fields: Record<string, string>[] } | undefined;
      for (const f of schema?.fields ?? []) {
        fields += 1;
        assert.match(f.description!, japanese, `${String(r.name)} ${f.name}: description`);
        assert.match(f['description@en']!, english, `${String(r.name)} ${f.name}: description@en`);
      }
    }
    assert.equal(
      fields,
      tableNames.reduce((n, t) => n + codebookOf(t).length, 0),
    );
  });
});

describe('catalog.ttl', () => {
  const quads = parseTurtle(dist('catalog.ttl'));
  const DCAT = 'http://www.w3.org/ns/dcat#';
  const DCT = 'http://purl.org/dc/terms/';
  const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
  const ofType = (type: string) => quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type).map((q) => q.subject.value);
  const languagesOf = (subject: string, predicate: string) =>
    quads
      .filter((q: Quad) => q.subject.value === subject && q.predicate.value === predicate && q.object.termType === 'Literal')
      .map((q) => (q.object as { language: string }).language)
      .sort();
  it('gives every dataset and every distribution a title and a description in @ja and @en', () => {
    const subjects = [...ofType(`${DCAT}Dataset`), ...ofType(`${DCAT}Distribution`)];
    assert.ok(ofType(`${DCAT}Distribution`).length > 100);
    for (const s of subjects) for (const p of ['title', 'description']) assert.deepEqual(languagesOf(s, `${DCT}${p}`), ['en', 'ja'], `${s} dct:${p}`);
  });
});

describe('the SQLite codebook', { skip: needs('the sqlite3 shell', sqlite3Path()) }, () => {
  it('_columns holds the meaning in Japanese and meaning_en beside it; _tables the description in both', () => {
    const db = join(root, 'dist', '062022_plan.sqlite');
    const query = (sql: string) => spawnSync(sqlite3Path()!, ['-readonly', '-separator', '\t', db, sql], { encoding: 'utf8' }).stdout.trim().split('\n');
    const meanings = query('SELECT "table", "column", meaning, meaning_en FROM _columns').map((l) => l.split('\t'));
    assert.equal(
      meanings.length,
      tableNames.reduce((n, t) => n + codebookOf(t).length, 0),
    );
    for (const [table, column, ja, en] of meanings) {
      assert.match(ja!, japanese, `${table}.${column}: meaning`);
      assert.match(en!, /[A-Za-z]{2,}/, `${table}.${column}: meaning_en`);
    }
    for (const [name, ja, en] of query('SELECT name, description, description_en FROM _tables').map((l) => l.split('\t'))) {
      assert.match(ja!, japanese, `${name}: description`);
      assert.match(en!, english, `${name}: description_en`);
    }
  });
});

describe('the site’s dataset pages', () => {
  it('give each column’s meaning in Japanese, with the English beside it in lang="en"', () => {
    for (const name of tableNames) {
      const page = dist(`site/dataset/${name}/index.html`);
      for (const c of codebookOf(name)) {
        const cells = new RegExp(
          `<th scope="row">[^<]*</th><td data-label="[^"]*"><code>${c.key}</code></td><td data-label="[^"]*">(?:(?!</td>).)*</td><td data-label="[^"]*">((?:(?!</td>).)*)</td><td data-label="[^"]*" lang="en">((?:(?!</td>).)*)</td>`,
        ).exec(page);
        assert.ok(cells, `${name}.${c.key}: a row with the meaning in Japanese and in English`);
        assert.match(cells[1]!, japanese, `${name}.${c.key}`);
      }
      assert.match(
        page,
        /<p class="lead">[^<]*[\u3040-\u30FF\u4E00-\u9FFF](?:(?!<\/p>).)*<\/p>\n<p class="muted" lang="en">/,
        `${name}: what a row is, in Japanese then English`,
      );
    }
  });
});
