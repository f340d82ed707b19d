// Data flows one way through pipeline/ (GUIDE: "imports point one way"): the published tables declared →
// source text → parse → model → validate → emit, with the command-line edges around them and the release
// commands beside, which read builds and never the stages that make them. Checked on the import statements
// themselves (type-only and dynamic imports too) over every file of pipeline/ and scripts/, so a new import
// against the flow, a cycle or a file in a folder the flow does not place fails here, named, instead of in a
// review.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { root } from './helpers.ts';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|mjs)$/.test(name) ? [path] : [];
  });

/** Import targets of a module's text, as written: static imports and re-exports (type-only too), and dynamic import('…'). */
export const importTargets = (text: string): string[] => [
  ...[...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gms)].map((m) => m[1]!),
  ...[...text.matchAll(/\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)].map((m) => m[1]!),
];

/** Every file of pipeline/ and scripts/ → the repository files it imports, all as paths relative to the root. */
const importsOf = (): Map<string, string[]> =>
  new Map(
    [...sourceFiles(join(root, 'pipeline')), ...sourceFiles(join(root, 'scripts'))].map((file) => [
      relative(root, file),
      importTargets(readFileSync(file, 'utf8')).map((t) => relative(root, resolve(dirname(file), t))),
    ]),
  );

/**
 * The parts of the flow, each a set of files, and the parts it may import (itself always). Every file of
 * pipeline/ and scripts/ belongs to exactly one; a new folder must be placed here before it can be used.
 */
const parts: { name: string; files: RegExp; mayImport: string[]; why: string }[] = [
  {
    name: 'base',
    files:
      /^pipeline\/(rules|diagnostics|diagnostics-limit|sha256|file-content|display-width|paths|manifest|spreadsheet-formula|escape-html|content-security-policy|config|linked-identifiers|characters|iri|semver|jsonld-module\.d)\.ts$/,
    mayImport: [],
    why: 'the leaves every part shares: rules, diagnostics, settings and what a setting may hold (characters, IRIs, versions), paths, hashes, what a built file holds, the manifest format, the pages’ security policy',
  },
  {
    name: 'tables',
    files: /^pipeline\/(tables\/[^/]+|ids)\.ts$/,
    mayImport: ['base'],
    why: 'the published tables, declared: what every stage agrees on, so they know no stage',
  },
  { name: 'read', files: /^pipeline\/read\//, mayImport: ['base'], why: 'read/ reads inputs; it knows no stage' },
  {
    name: 'parse',
    files: /^pipeline\/parse\//,
    mayImport: ['base', 'tables'],
    why: 'parse reads text into entities (named by the tables’ IDs); it knows no model, check or output',
  },
  {
    name: 'model',
    files: /^pipeline\/model\//,
    mayImport: ['base', 'tables', 'parse'],
    why: 'the model is built from entities; checks and emitters come after it',
  },
  { name: 'validate', files: /^pipeline\/validate\//, mayImport: ['base', 'tables', 'parse', 'model'], why: 'checks come before the emitters' },
  { name: 'publish', files: /^pipeline\/publish\//, mayImport: ['base'], why: 'the published URLs depend on the settings alone' },
  {
    name: 'emit',
    files: /^pipeline\/emit\//,
    mayImport: ['base', 'tables', 'model', 'publish'],
    why: 'emitters write one build from the validated model; they read no text and run no check',
  },
  {
    name: 'write',
    files: /^pipeline\/write\//,
    mayImport: ['base', 'read'],
    why: 'write/ puts files on disk (reading a previous output as read/ reads any file: a regular file, bounded); it knows nothing of what they hold',
  },
  {
    name: 'build',
    files: /^pipeline\/(build|schema-files)\.ts$/,
    mayImport: ['base', 'tables', 'read', 'parse', 'model', 'validate', 'emit'],
    why: 'the pipeline as one function, and the schema files it is checked against: every stage, no I/O edge',
  },
  {
    name: 'commands',
    files: /^pipeline\/(cli|write-docs|write-schemas|write-redirects)\.ts$/,
    mayImport: ['base', 'tables', 'read', 'model', 'emit', 'write', 'build', 'release'],
    why: 'the build’s commands: the edges that read and write files around the pipeline (the build compares its result with the output it replaces through the release diff)',
  },
  {
    name: 'release',
    files: /^pipeline\/release\//,
    mayImport: ['base', 'read', 'write', 'publish'],
    why: 'the release commands compare and publish builds as files; they import no stage that makes them',
  },
  {
    name: 'scripts',
    files: /^scripts\//,
    mayImport: ['base', 'tables', 'read', 'parse', 'model', 'validate', 'emit', 'build', 'commands', 'test'],
    why: 'npm scripts and benchmarks run the pipeline; nothing in it runs them',
  },
  { name: 'test', files: /^test\//, mayImport: [], why: 'tests are imported only by the benchmarks that reuse their cases' },
];

const partOf = (file: string) => parts.find((p) => p.files.test(file));

/** Import cycles among the files, each once, as file → … → the same file (type-only imports count: they tie the modules too). */
const cyclesOf = (graph: ReadonlyMap<string, readonly string[]>): string[][] => {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
};

/**
 * File names that repeat in pipeline/ because they name the same thing at another stage of it (the glossary's
 * table declared, its rows built, its page); any other repeated name is two meanings under one name.
 */
const sameMeaning: Record<string, string> = {
  'departments.ts': 'the departments: their table declared (tables/), their IDs registered as the tables are built (model/)',
  'indicators.ts': 'the KPIs: their table declared (tables/), their rows read from the 成果指標 blocks (parse/)',
  'projects.ts': 'the priority projects: their table declared (tables/), 第１章 that states them read (parse/)',
  'build.ts': 'the pipeline built (build.ts) and the model built from entities (model/build.ts)',
  'glossary.ts': 'the glossary: its tables built (model/), its page (emit/site/)',
  'progress.ts': 'KPI progress: its rows built (model/), shown beside a KPI (emit/site/)',
  'vocab.ts': 'the yp: vocabulary: its terms (emit/), its page (emit/site/)',
  'pages.ts': 'the plan’s goal and policy pages: their tables built (model/), checked against 第２章 (validate/)',
};

describe('imports point one way', () => {
  const all = importsOf();
  it('every file of pipeline/ and scripts/ belongs to one part of the flow', () => {
    assert.ok(all.size > 130, `${all.size} files`);
    assert.deepEqual(
      [...all.keys()].filter((f) => parts.filter((p) => p.files.test(f)).length !== 1),
      [],
    );
  });
  it('no part imports one it may not (downstream of it, or beside it)', () => {
    const problems: string[] = [];
    for (const [file, targets] of all) {
      const from = partOf(file)!;
      for (const target of targets) {
        const to = partOf(target);
        if (!to) {
          // Outside the flow: the generated validators (schemas/validators.mjs), which validate/ alone may load.
          if (!(target === 'schemas/validators.mjs' && from.name === 'validate')) problems.push(`${file} imports ${target}, which no part holds`);
          continue;
        }
        if (to !== from && !from.mayImport.includes(to.name)) problems.push(`${file} imports ${target} (${to.name}): ${from.name} — ${from.why}`);
      }
    }
    assert.deepEqual(problems, []);
  });
  it('no import cycle, among the files of a folder either', () => {
    assert.deepEqual(cyclesOf(all), []);
  });
  it('nothing in pipeline/ imports the build CLI, and no command imports another (scripts/bundle.mjs: a command imported by another would move into a shared chunk and no longer run)', () => {
    const commands = /^pipeline\/(cli\.ts|release\/[a-z-]+-cli\.ts)$/;
    const problems = [...all]
      .filter(([file]) => file.startsWith('pipeline/'))
      .flatMap(([file, targets]) => targets.filter((t) => commands.test(t)).map((t) => `${file} imports ${t}`));
    assert.deepEqual(problems, []);
    assert.ok(commands.test('pipeline/release/diff-cli.ts') && commands.test('pipeline/cli.ts') && !commands.test('pipeline/release/cli-main.ts'));
  });
  it('only the edges read the settings files', () => {
    const readers = [...all].filter(([, targets]) => targets.includes('pipeline/read/settings.ts')).map(([file]) => file);
    for (const file of readers)
      assert.match(
        file,
        /^(pipeline\/(cli\.ts|release\/[a-z-]+-cli\.ts|write-[a-z]+\.ts)|scripts\/bench[a-z-]*\.ts)$/,
        `${file} reads the settings; only a command may`,
      );
    const mentions = sourceFiles(join(root, 'pipeline'))
      .filter((f) => /'dataset\.config\.json'|'source\.json'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    assert.deepEqual(mentions.sort(), ['pipeline/paths.ts'], 'the settings files are named once, in paths.ts');
  });
  it('a file name says what the file holds: no two files of pipeline/ share a name but those that name the same thing', () => {
    const byName = new Map<string, string[]>();
    for (const file of all.keys()) if (file.startsWith('pipeline/')) byName.set(basename(file), [...(byName.get(basename(file)) ?? []), file]);
    const repeated = [...byName].filter(([name, files]) => files.length > 1 && sameMeaning[name] === undefined);
    assert.deepEqual(repeated, []);
    for (const name of Object.keys(sameMeaning)) assert.ok((byName.get(name)?.length ?? 0) > 1, `${name} is no longer repeated: remove it from sameMeaning`);
  });
  it('bites: an import against the flow, a cycle and an unplaced file are found', () => {
    const parse = parts.find((p) => p.name === 'parse')!;
    assert.equal(partOf('pipeline/model/registry.ts')!.name, 'model');
    assert.ok(!parse.mayImport.includes('model') && parse.mayImport.includes('tables'));
    assert.equal(partOf('pipeline/release/github-pages.ts')!.mayImport.includes('emit'), false);
    assert.equal(partOf('pipeline/newfolder/x.ts'), undefined);
    assert.deepEqual(
      cyclesOf(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
      [['a', 'b', 'c', 'a']],
    );
    assert.deepEqual(importTargets("import type { X } from './x.ts';\nexport { y } from '../y.ts';\nconst { b } = await import('./b.ts');"), [
      './x.ts',
      '../y.ts',
      './b.ts',
    ]);
  });
});
