// The rule catalogue (pipeline/rules.ts) is the one list of what a diagnostic can name. The type system keeps
// the code to it (RuleId); these tests catch what the types cannot: a rule id written into a string that
// bypasses the type, a rule no code reports, a quality report naming a rule it does not list, and a command
// that formats its diagnostics its own way. That every rule fires on a real input is test/rule-cases.test.ts's.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { diagnostic, formatDiagnostic, Reporter } from '../pipeline/diagnostics.ts';
import { formatFirst } from '../pipeline/diagnostics-limit.ts';
import { QualityReport } from '../pipeline/model/documents.ts';
import { toQualityReport } from '../pipeline/emit/quality-report.ts';
import { execute, type Command } from '../pipeline/release/cli-main.ts';
import { exitOf, exitStatusOf, messageOf, reportableRuleIds, ruleIds, rules, stageOf, type RuleId } from '../pipeline/rules.ts';
import { exitStatus } from '../pipeline/cli.ts';
import { cli } from './release-helpers.ts';
import { config, freshDist, root, runCli, sourceInfo } from './helpers.ts';

const isRule = (id: string): id is RuleId => Object.hasOwn(rules, id);
const stages = [...new Set(ruleIds.map(stageOf))];

/** Every source file under `dir` (TypeScript, the generated module, the shell script), relative to the root. */
const filesUnder = (dir: string, pattern: RegExp): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [relative(root, path)] : [];
  });
const pipelineFiles = filesUnder(join(root, 'pipeline'), /\.(ts|mjs|sh)$/);
const textOf = (file: string): string => readFileSync(join(root, file), 'utf8');

/**
 * A rule id where the type cannot see it: a whole string literal ('parse:x', "parse:x", `parse:x`) or
 * the `(parse:x)` a printed line ends with, of a stage the catalogue has. npm script names such as
 * `npm run release:check-dist` are neither.
 */
const idPattern = new RegExp(`(?:(['"\`])((?:${stages.join('|')}):[a-z0-9-]+)\\1|\\(((?:${stages.join('|')}):[a-z0-9-]+)\\))`, 'g');
const idsWritten = (text: string): string[] => [...text.matchAll(idPattern)].map((m) => m[2] ?? m[3]!);

describe('the rule catalogue', () => {
  it('makes each message from its rule’s template, in Japanese and English; a missing or misnamed parameter does not compile', () => {
    assert.deepEqual(messageOf('glossary:unknown-term', { after: 'ゲートキーパー' }), {
      ja: '「ゲートキーパー」の後の ※ が、どのページの脚注の用語とも一致しない',
      en: '※ after 「ゲートキーパー」 matches no footnote term on any page',
    });
    // The typecheck (npm test) fails if any of these compiles: the parameters are the template's.
    const unchecked = () => {
      // @ts-expect-error: glossary:unknown-term needs { after }
      messageOf('glossary:unknown-term', {});
      // @ts-expect-error: a misnamed parameter
      messageOf('glossary:unknown-term', { term: 'x' });
      // @ts-expect-error: a string is no longer a message
      new Reporter().warning('glossary:unknown-term', { file: 'f', line: 1 }, '※ after x');
    };
    assert.equal(typeof unchecked, 'function');
  });
  it('declares each rule once, as stage:rule, with its severity, a one-line summary and what to do', () => {
    assert.ok(ruleIds.length >= 100, `${ruleIds.length} rules`);
    for (const id of ruleIds) {
      const r = rules[id];
      assert.match(id, /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(['error', 'warning', 'info'].includes(r.severity), id);
      for (const text of [r.summary, r.action]) {
        assert.ok(text.trim().length > 10 && !text.includes('\n'), `${id}: "${text}"`);
        assert.match(text, /[.?)]$/, `${id}: a sentence: "${text}"`);
      }
      if (r.severity !== 'error') assert.equal('exit' in r, false, `${id}: only an error stops a command`);
    }
  });
  it('says each summary and action in Japanese too: a Japanese sentence (hiragana, ending in 。), not the English again', () => {
    for (const id of ruleIds) {
      const { ja, summary, action } = rules[id];
      for (const [text, english] of [
        [ja.summary, summary],
        [ja.action, action],
      ] as const) {
        assert.match(text, /[\u3040-\u309F]/, `${id}: "${text}" is written in Japanese (has its kana)`);
        assert.match(text, /。$/, `${id}: "${text}" is a sentence`);
        assert.ok(!text.includes('\n') && text !== (english as string), id);
      }
    }
  });
  it('gives the exit statuses the build CLI documents', () => {
    assert.equal(exitOf('parse:section'), exitStatus.dataErrors);
    assert.equal(exitOf('cli:internal'), exitStatus.dataErrors);
    for (const id of ['cli:usage', 'cli:config', 'cli:source-unusable', 'cli:out-refused'] as const) assert.equal(exitOf(id), exitStatus.usage, id);
    assert.equal(exitOf('cli:io'), exitStatus.io);
    assert.equal(exitOf('cli:out-busy'), exitStatus.busy);
    assert.equal(exitStatusOf([]), exitStatus.built);
    assert.equal(exitStatusOf([diagnostic('cli:unknown-setting', { file: '$X', line: 0 }, { ja: 'w', en: 'w' })]), exitStatus.built, 'a warning exits 0');
    assert.equal(
      exitStatusOf([
        diagnostic('parse:section', { file: 'f', line: 1 }, { ja: 'e', en: 'e' }),
        diagnostic('cli:io', { file: 'f', line: 0 }, { ja: 'e', en: 'e' }),
      ]),
      exitStatus.io,
      'the highest wins',
    );
  });
});

describe('every rule id used in pipeline/ is in the catalogue', () => {
  it('no string literal and no printed "(rule)" names an id the catalogue lacks (a string the type does not see)', () => {
    const unknown = pipelineFiles
      .filter((f) => f !== 'pipeline/rules.ts')
      .flatMap((f) =>
        idsWritten(textOf(f))
          .filter((id) => !isRule(id))
          .map((id) => `${f}: ${id}`),
      );
    assert.deepEqual(unknown, []);
  });
  it('bites: an id outside the catalogue, quoted or printed, is found; an npm script name is not', () => {
    assert.deepEqual(idsWritten(`report.error('parse:no-such-rule', p, r); x = "(cli:nope)"; \`release:gone\``), [
      'parse:no-such-rule',
      'cli:nope',
      'release:gone',
    ]);
    assert.deepEqual(idsWritten('usage: npm run release:check-dist -- [DIR] and `npm run release:notes`'), []);
  });
  it('every rule of the catalogue is reported by some code (no rule is declared and never used)', () => {
    const code = pipelineFiles
      .filter((f) => f !== 'pipeline/rules.ts')
      .map(textOf)
      .join('\n');
    assert.deepEqual(
      ruleIds.filter((id) => !code.includes(`'${id}'`) && !code.includes(`(${id})`)),
      [],
    );
  });
  it('only the formatter writes the "  (rule)" a printed line ends with', () => {
    // formatDiagnostic and formatFailure in diagnostics.ts; no command writes the suffix or the layout itself —
    // but the POSIX scripts of the publish and pages jobs, which run no Node and print the same form
    // (test/release-gates, test/release-committed).
    const writers = pipelineFiles.filter(
      (f) =>
        !['pipeline/diagnostics.ts', 'pipeline/release/listed-assets.sh', 'pipeline/release/committed.sh'].includes(f) &&
        /\s{2}\(\$\{|\s{2}(?:error|warning)\s{2}/.test(textOf(f)),
    );
    assert.deepEqual(writers, []);
  });
});

describe('quality-report.json publishes the rules its entries name', () => {
  // The report of the build under test (freshDist), read before the first test of this group.
  let built: QualityReport;
  before(async () => {
    built = QualityReport.parse(JSON.parse(readFileSync(join(await freshDist(), 'quality-report.json'), 'utf8')));
  });
  it('the built report lists every rule an entry names, with the entry’s severity', () => {
    const listed = new Map(built.rules.map((r) => [r.ruleId, r]));
    assert.ok(built.entries.length > 0, 'the report has entries');
    for (const e of built.entries) {
      assert.ok(listed.has(e.ruleId), `${e.ruleId} is not in rules`);
      assert.equal(e.severity, listed.get(e.ruleId)!.severity, e.ruleId);
    }
  });
  it('lists every warning and info of the build’s stages — the catalogue’s own words, in English and Japanese — sorted, each once; no error, no command rule', () => {
    assert.deepEqual(
      built.rules,
      reportableRuleIds.map((id) => ({ ruleId: id, severity: rules[id].severity, summary: rules[id].summary, action: rules[id].action, ja: rules[id].ja })),
    );
    assert.deepEqual(
      built.rules.map((r) => r.ruleId),
      [...built.rules.map((r) => r.ruleId)].sort(),
    );
    assert.ok(!built.rules.some((r) => ['cli', 'release'].includes(r.ruleId.split(':')[0] ?? '')));
    assert.ok(
      built.rules.some((r) => r.ruleId === 'unresolved:sdg-goals-8-17') && built.rules.some((r) => r.ruleId === 'progress:percent-as-fraction'),
      'a rule that fires and one that does not are both listed',
    );
  });
  it('any report the build can make lists the rule of each of its entries', () => {
    // One diagnostic of every rule the build reports: errors never reach the report; the rest all do.
    const every = ruleIds
      .filter((id) => !['cli', 'release'].includes(stageOf(id)))
      .map((id, k) => diagnostic(id, { file: 'plan.txt', line: k + 1 }, { ja: `${id} の例`, en: `a ${id}` }));
    const report = toQualityReport(every, { config, source: sourceInfo, sha256: '0'.repeat(64) });
    assert.equal(report.entries.length, reportableRuleIds.length);
    const listed = new Set(report.rules.map((r) => r.ruleId));
    for (const e of report.entries) assert.ok(listed.has(e.ruleId), e.ruleId);
    QualityReport.parse(report);
  });
});

describe('every command prints diagnostics with the one formatter', () => {
  const work = mkdtempSync(join(tmpdir(), 'plan-rules-'));
  after(() => rmSync(work, { recursive: true, force: true }));
  /** `file:line:column  severity  reason  (rule)`, its rule in the catalogue with that severity. */
  const diagnosticLine = /^(.+):(\d+):(\d+) {2}(error|warning) {2}.+? ／ (.+) {2}\(([a-z]+:[a-z0-9-]+)\)$/;
  const printed = (stderr: string, ruleId: RuleId): RegExpExecArray => {
    const line = stderr.split('\n').find((l) => l.endsWith(`  (${ruleId})`));
    assert.ok(line, `no line of ${ruleId} in:\n${stderr}`);
    const m = diagnosticLine.exec(line);
    assert.ok(m, `not file:line:column  severity  reason  (rule): ${line}`);
    assert.equal(m[4], rules[ruleId].severity);
    return m;
  };

  it('release:check-tag: the wrong tag is a diagnostic at the version in dataset.config.json; no tag is a usage error (exit 2)', async () => {
    const wrong = await cli('check-tag-cli.ts', ['v99.0.0']);
    assert.equal(wrong.status, exitOf('release:tag-version'));
    const m = printed(wrong.stderr, 'release:tag-version');
    const configLines = readFileSync(join(root, 'dataset.config.json'), 'utf8').split('\n');
    assert.equal(m[1], 'dataset.config.json');
    assert.match(configLines[Number(m[2]) - 1]!.slice(Number(m[3]) - 1), new RegExp(`^"${config.version.replace(/\./g, '\\.')}"`), 'the place of the version');
    const none = await cli('check-tag-cli.ts', []);
    assert.equal(none.status, exitOf('cli:usage'));
    assert.match(none.stderr, /^コマンドの指定が正しくない: .*? ／ expected one TAG, got 0 argument\(s\) {2}\(cli:usage\)\nusage: npm run release:check-tag/);
  });
  it('release:check-on-main: a folder outside git cannot tell (release:history-unknown, exit 2)', async () => {
    const r = await cli('on-main-cli.ts', ['HEAD', '--repo', work]);
    assert.equal(r.status, exitOf('release:history-unknown'));
    assert.equal(printed(r.stderr, 'release:history-unknown')[1], work);
  });
  it('npm run diff: a folder that is not a build (release:not-a-build, exit 2), at the file at fault', async () => {
    const r = await cli('diff-cli.ts', [join(root, 'dist'), join(root, 'sources')]);
    assert.equal(r.status, exitOf('release:not-a-build'));
    assert.match(printed(r.stderr, 'release:not-a-build')[5] ?? '', /^NEW_DIR states no datasetVersion/);
  });
  it('a bug of a command is one cli:internal line, exit 1, never a stack trace', async () => {
    let stderr = '';
    const boom: Command = async () => {
      throw new Error('boom\n    at somewhere');
    };
    const status = await execute(boom, 'usage: test', [], { out: () => {}, err: (t) => (stderr += t), env: {} });
    assert.equal(status, exitOf('cli:internal'));
    assert.equal(stderr, `${formatDiagnostic(diagnostic('cli:internal', { file: 'pipeline', line: 0 }, messageOf('cli:internal', { detail: 'boom' })))}\n`);
  });
  it('a command prints what it reported as the build does: sorted by place, first, before its own lines', async () => {
    let stderr = '';
    const two: Command = async (_argv, io, report) => {
      io.err('checked 2 things\n');
      report.error('release:dist-not-committed', { file: 'b.csv', line: 0 }, { how: 'changed' });
      report.error('release:dist-not-committed', { file: 'a.csv', line: 0 }, { how: 'added' });
      return 1;
    };
    const status = await execute(two, 'usage: test', [], { out: () => {}, err: (t) => (stderr += t), env: {} });
    assert.equal(status, 1);
    const reported = [
      diagnostic('release:dist-not-committed', { file: 'b.csv', line: 0 }, messageOf('release:dist-not-committed', { how: 'changed' })),
      diagnostic('release:dist-not-committed', { file: 'a.csv', line: 0 }, messageOf('release:dist-not-committed', { how: 'added' })),
    ];
    assert.equal(stderr, `${formatFirst(reported)}checked 2 things\n`);
    assert.match(stderr, /^a\.csv:0:0 {2}error {2}.*? ／ added: .* {2}\(release:dist-not-committed\)\nb\.csv/);
  });
  it('the build CLI prints a DATASET_* variable it does not know as a located warning, before the failure that stops it', () => {
    const r = runCli(['--out', 'README.md'], { env: { DATASET_BASE_URI: 'https://example.org/' } });
    assert.equal(r.status, exitOf('cli:out-refused'));
    assert.equal(printed(r.stderr, 'cli:unknown-setting')[1], '$DATASET_BASE_URI');
    assert.match(r.stderr, /\(cli:unknown-setting\)\n.*? ／ --out "README\.md" is a file, not a directory; nothing was written {2}\(cli:out-refused\)\n$/);
  });
});
