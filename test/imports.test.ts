// Data flows one way through pipeline/ (GUIDE: "imports point one way"): source text → parse → model →
// validate → emit, with the command-line edges around them. Checked on the import statements themselves, so
// a new import against the flow fails here, named, instead of in a review.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { root } from './helpers.ts';

const pipeline = join(root, 'pipeline');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|mjs)$/.test(name) ? [path] : [];
  });

/** Every file of pipeline/ → the pipeline files it imports (type-only imports too), as paths relative to pipeline/. */
const importsOf = (): Map<string, string[]> =>
  new Map(
    sourceFiles(pipeline).map((file) => {
      const text = readFileSync(file, 'utf8');
      const targets = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gms)].map((m) =>
        relative(pipeline, resolve(dirname(file), m[1]!)),
      );
      return [relative(pipeline, file), targets];
    }),
  );

/** Folder (or file) of pipeline/ → what it may never import. */
const forbidden: [string, RegExp, string][] = [
  ['parse/', /^(model|validate|emit|release|write|read)\/|^(cli|build)\.ts$/, 'parse reads text into entities; it knows no model, check or output'],
  ['read/', /^(parse|model|validate|emit|release)\/|^(cli|build)\.ts$/, 'read/ reads inputs; it knows no stage'],
  ['model/', /^(validate|emit|release)\/|^(cli|build)\.ts$/, 'the model is built from entities; checks and emitters come after it'],
  ['validate/', /^(emit|release)\/|^(cli|build)\.ts$/, 'checks come before the emitters'],
  ['emit/', /^release\/|^(cli|build)\.ts$/, 'emitters write one build; releasing is downstream'],
  ['release/', /^cli\.ts$/, 'the release commands take paths from paths.ts and settings from read/settings.ts, not from the build CLI'],
  ['write-', /^cli\.ts$/, 'npm run docs and schemas take paths from paths.ts'],
];

describe('imports point one way', () => {
  it('no stage imports one downstream of it, and nothing in pipeline/ imports the build CLI', () => {
    const problems: string[] = [];
    const all = importsOf();
    assert.ok(all.size > 80);
    for (const [file, targets] of all) {
      for (const [folder, bad, why] of forbidden) {
        if (!file.startsWith(folder)) continue;
        for (const t of targets) if (bad.test(t)) problems.push(`${file} imports ${t}: ${why}`);
      }
    }
    assert.deepEqual(problems, []);
  });
  it('only the edges read the settings files', () => {
    const readers = [...importsOf()].filter(([, targets]) => targets.includes('read/settings.ts')).map(([file]) => file);
    for (const file of readers) assert.match(file, /^(cli\.ts|release\/[a-z-]+-cli\.ts|write-[a-z]+\.ts)$/, `${file} reads the settings; only a command may`);
    const mentions = sourceFiles(pipeline)
      .filter((f) => /'dataset\.config\.json'|'source\.json'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(pipeline, f));
    assert.deepEqual(mentions.sort(), ['paths.ts'], 'the settings files are named once, in paths.ts');
  });
  it('no command imports another command (scripts/bundle.mjs: a command imported by another would move into a shared chunk and no longer run)', () => {
    const commands = /^(cli\.ts|release\/[a-z-]+-cli\.ts)$/;
    const problems = [...importsOf()].flatMap(([file, targets]) => targets.filter((t) => commands.test(t)).map((t) => `${file} imports ${t}`));
    assert.deepEqual(problems, []);
    assert.ok(commands.test('release/diff-cli.ts') && commands.test('cli.ts') && !commands.test('release/cli-main.ts'));
  });
  it('bites: an import against the flow is found', () => {
    const [, bad] = forbidden.find(([folder]) => folder === 'parse/')!;
    assert.ok(bad.test('model/registry.ts'));
    assert.ok(!bad.test('ids.ts'));
  });
});
