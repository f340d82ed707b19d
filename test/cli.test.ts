// The CLI as a user runs it: exit codes, located messages, no stack traces, fail closed, deterministic,
// and never destroying what --out names. Each spawned run costs ~0.5 s (the bundled CLI, as npm run
// build runs it), so data cases run in-process through the same build() and only the contract of the
// command itself is checked by spawning it; refusals are answered before the pipeline loads.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { applyEnvironment, environmentName, unknownEnvironment } from '../pipeline/config.ts';
import { collect, formatDiagnostic, sortDiagnostics } from '../pipeline/diagnostics.ts';
import { readConfig } from '../pipeline/read/settings.ts';
import { buildBytes, config, root, runCli, seedBuild, seedText, snapshot } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'plan-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

const dist = join(root, 'dist');
/** A copy of the committed dist/: a previous output of this build. */
const previousOutput = (dir: string): string => {
  cpSync(dist, dir, { recursive: true });
  return dir;
};
/** A previous output the fresh build differs from (one file missing), so the build writes; one that already holds the build is left alone. */
const staleOutput = (dir: string): string => {
  rmSync(join(previousOutput(dir), 'catalog.ttl'));
  return dir;
};
const noStackTrace = (stderr: string) => assert.doesNotMatch(stderr, /\n\s+at |RangeError|TypeError/, 'no stack trace');

const shiftJis = readFileSync(join(root, 'test', 'fixtures', 'shift-jis-head.txt'));

describe('npm run build', () => {
  it('builds the seed through a relative, symlinked --out given from a sub-folder: into the link’s target (a previous output, replaced), the link kept, equal byte for byte to the committed dist/', () => {
    // npm runs the script in the repository root and says in INIT_CWD where the user typed the command.
    const user = join(work, 'project', 'notes');
    mkdirSync(user, { recursive: true });
    const target = staleOutput(join(work, 'project', 'published'));
    symlinkSync('../published', join(user, 'out-link'));
    const r = runCli(['--out', 'out-link'], { env: { INIT_CWD: user } });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /\n\d+ 個のファイルを out-link に書いた ／ built \d+ files into out-link\n$/);
    assert.equal(lstatSync(join(user, 'out-link')).isSymbolicLink(), true, 'the link is still a link');
    assert.equal(readlinkSync(join(user, 'out-link')), '../published');
    assert.deepEqual(snapshot(target), snapshot(dist));
    assert.deepEqual(readdirSync(join(work, 'project')).sort(), ['notes', 'published'], 'nothing left beside the output');
    assert.ok(!readdirSync(root).some((n) => n.startsWith('out-link')), 'nothing written in the repository root');
  });
  it('gives byte-identical files when run twice: the build in this process equals the committed dist/, an earlier run', async () => {
    // The seed's build is shared with the other tests of this process; the run above showed the CLI rebuilding dist/ byte for byte.
    const files = (await seedBuild()).files;
    const built = Object.fromEntries([...files].map(([path, content]) => [path, Buffer.from(content).toString('latin1')]));
    assert.deepEqual(built, snapshot(dist));
  });
  it('rejects a Shift_JIS file: exit 1, the first bad byte’s line, no stack trace, the previous output untouched', () => {
    const input = join(work, 'sjis.txt');
    writeFileSync(input, shiftJis);
    const out = previousOutput(join(work, 'kept'));
    const r = runCli(['--source', input, '--out', out]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /sjis\.txt:1:2 {2}error {2}.*? ／ source is not valid UTF-8: byte 0x91/);
    assert.match(r.stderr, /left as it was/);
    noStackTrace(r.stderr);
    assert.deepEqual(snapshot(out), snapshot(dist));
  });
  it('rejects unknown options and missing files with exit 2', () => {
    const r = runCli(['--nonsense']);
    assert.equal(r.status, 2);
    // The usage in Japanese, then in English.
    assert.match(r.stderr, /使い方: npm run build[\s\S]*\n\nusage: npm run build/);
    const missing = runCli(['--source', join(work, 'nope.txt'), '--out', join(work, 'never')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read --source .*nope\.txt": ENOENT \(no such file or directory\)/);
  });
});

describe('--out that must not be replaced: exit 2, the path as typed and why, nothing touched', () => {
  const other = join(work, 'holds-other-files');
  mkdirSync(other);
  writeFileSync(join(other, 'previous.csv'), 'previous build\n');
  const cases: [string, string, RegExp][] = [
    ['a file (README.md)', 'README.md', /^.*? ／ --out "README\.md" is a file, not a directory; nothing was written {2}\(cli:out-refused\)\n$/],
    [
      'the working directory (.), which holds .git and the sources',
      '.',
      /^.*? ／ --out "\." is the folder you ran the command from; nothing was written {2}\(cli:out-refused\)\n$/,
    ],
    ['an empty string (an unset variable)', '', /^.*? ／ --out "" is empty \(an unset variable\?\)/],
    [
      'the source’s folder',
      'sources',
      /^.*? ／ --out "sources" is the folder of the source file sources\/yonezawa-zenki-kihon-keikaku\.txt; nothing was written {2}\(cli:out-refused\)\n$/,
    ],
    [
      'a folder holding files of its own',
      other,
      /is not empty and is not an output of this build \(it has no \.dataset-build\): it holds previous\.csv; nothing was written/,
    ],
  ];
  for (const [what, typed, message] of cases) {
    it(what, () => {
      const before = {
        root: readdirSync(root).sort(),
        readme: readFileSync(join(root, 'README.md')),
        sources: snapshot(join(root, 'sources')),
        other: snapshot(other),
      };
      const r = runCli(['--out', typed]);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, message);
      noStackTrace(r.stderr);
      assert.deepEqual(
        { root: readdirSync(root).sort(), readme: readFileSync(join(root, 'README.md')), sources: snapshot(join(root, 'sources')), other: snapshot(other) },
        before,
      );
    });
  }
});

describe('--source is checked before it is read: regular files within the size limit only, never a hang', () => {
  it('a FIFO (no writer: opening it would block), /dev/zero (never ends) and a directory: exit 2 at once', () => {
    const fifo = join(work, 'plan.fifo');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
    for (const [path, what] of [
      [fifo, 'a FIFO \\(named pipe\\)'],
      ['/dev/zero', 'a character device'],
      [work, 'a directory'],
    ] as const) {
      const r = runCli(['--source', path, '--out', join(work, 'never')]);
      assert.equal(r.status, 2, `${path}: ${r.stderr}`);
      assert.match(
        r.stderr,
        new RegExp(`^.*? ／ --source "${path.replace(/[.]/g, '\\.')}" is ${what}, not a regular file; nothing was read {2}\\(cli:source-unusable\\)\\n$`),
      );
    }
  });
  it('a 2 GB (sparse) file is refused from its size alone: exit 1, read:size, nothing read', () => {
    const big = join(work, 'big.txt');
    assert.equal(spawnSync('truncate', ['-s', '2G', big]).status, 0, 'truncate');
    const r = runCli(['--source', big, '--out', join(work, 'never')]);
    rmSync(big);
    assert.equal(r.status, 1, r.stderr);
    assert.match(
      r.stderr,
      /big\.txt:0:0 {2}error {2}.*? ／ source is 2147483648 bytes, more than the limit of 10485760 bytes \(maxSourceBytes in dataset\.config\.json\) {2}\(read:size\)/,
    );
  });
});

describe('a broken settings file is reported, never thrown: each key at fault at its line (cli:config)', () => {
  const committed = readFileSync(join(root, 'dataset.config.json'), 'utf8');
  const load = (text: string) => {
    const file = join(work, 'dataset.config.json');
    writeFileSync(file, text);
    return collect((report) => readConfig(report, file, 'dataset.config.json'));
  };
  const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  it('names the file, the line and column of each key at fault, and stops', () => {
    const text = committed.replace(/("baseIri": "[^"]*)\/"/, '$1"').replace(/"code": "062022"/, '"code": "62022"');
    const r = load(text);
    assert.equal(r.value, undefined);
    assert.deepEqual(
      r.diagnostics.map((d) => [d.ruleId, d.file, d.line, d.reason.split(':')[0]]),
      [
        ['cli:config', 'dataset.config.json', lineOf(text, '"code"'), 'invalid setting municipality.code'],
        ['cli:config', 'dataset.config.json', lineOf(text, '"baseIri"'), 'invalid setting baseIri'],
      ].sort((a, b) => (a[2] as number) - (b[2] as number)),
    );
    const base = r.diagnostics.find((d) => d.reason.startsWith('invalid setting baseIri'))!;
    assert.equal(text.split('\n')[base.line - 1]!.slice(base.column - 1, base.column), '"', 'the column of the value');
  });
  it('a file that is not JSON: the place of the syntax error', () => {
    const text = committed.replace('"issued":', '"issued"');
    const [d] = load(text).diagnostics;
    assert.deepEqual([d?.ruleId, d?.line], ['cli:config', lineOf(text, '"issued"')]);
    assert.match(d!.reason, /^not valid JSON: /);
  });
  it('the committed settings pass', () => assert.deepEqual(load(committed).diagnostics, []));
});

describe('settings from the environment are checked like the config file', () => {
  it('DATASET_BASE_IRI without its trailing slash and a javascript: DATASET_DOWNLOAD_BASE_URL: exit 2, both named, nothing written', () => {
    const out = join(work, 'env-out');
    const r = runCli(['--out', out], { env: { DATASET_BASE_IRI: 'https://example.org/no-slash', DATASET_DOWNLOAD_BASE_URL: 'javascript:alert(1)' } });
    assert.equal(r.status, 2, r.stderr);
    assert.match(
      r.stderr,
      /^\$DATASET_BASE_IRI:0:0 {2}error {2}.*? ／ invalid setting baseIri: "https:\/\/example\.org\/no-slash" must end with \/ .*\(cli:config\)$/m,
    );
    assert.match(
      r.stderr,
      /^\$DATASET_DOWNLOAD_BASE_URL:0:0 {2}error {2}.*? ／ invalid setting downloadBaseUrl: "javascript:alert\(1\)" must be an https:\/\/ URL/m,
    );
    assert.throws(() => statSync(out), /ENOENT/);
  });
  it('merges then parses every override (names derived from the keys); the valid ones apply', () => {
    assert.equal(environmentName('downloadBaseUrl'), 'DATASET_DOWNLOAD_BASE_URL');
    const c = collect((report) =>
      applyEnvironment(config, { DATASET_BASE_IRI: 'https://example.org/plan/', DATASET_DOWNLOAD_BASE_URL: 'https://github.com/fork/plan/releases' }, report),
    ).value!;
    assert.equal(c.baseIri, 'https://example.org/plan/');
    assert.equal(c.downloadBaseUrl, 'https://github.com/fork/plan/releases');
    for (const [name, value, message] of [
      ['DATASET_BASE_IRI', 'http://example.org/plan/', /must be an https:\/\/ URL/],
      ['DATASET_BASE_IRI', 'https://example.org/plan/#', /without spaces, user name, query or fragment/],
      ['DATASET_BASE_IRI', '', /must be an https:\/\/ URL/],
      ['DATASET_DOWNLOAD_BASE_URL', 'https://github.com/a/b/releases/', /must not end with \//],
      ['DATASET_DOWNLOAD_BASE_URL', 'data:text/html,x', /must be an https:\/\/ URL/],
    ] as const) {
      const r = collect((report) => applyEnvironment(config, { [name]: value }, report));
      assert.equal(r.value, undefined, `${name}=${value} stops the run`);
      assert.deepEqual(
        r.diagnostics.map((d) => [d.ruleId, d.file]),
        [['cli:config', `$${name}`]],
        `${name}=${value}`,
      );
      assert.match(r.diagnostics[0]!.reason, message, `${name}=${value}`);
    }
    assert.deepEqual(unknownEnvironment({ DATASET_BASE_URI: 'x', DATASET_BASE_IRI: 'y', HOME: '/' }), ['DATASET_BASE_URI']);
  });
});

describe('bad input is rejected with located diagnostics', () => {
  const bad: [string, Uint8Array, RegExp][] = [
    ['an empty file', new Uint8Array(), /^bad\.txt:0:0 {2}error {2}.*? ／ source is empty/],
    [
      'a file cut in half',
      Buffer.from(seedText().split('\n').slice(0, 700).join('\n')),
      /^bad\.txt:699:0 {2}error {2}.*? ／ expected the heading 「第３章 分野別施策」/,
    ],
    [
      'a file of random bytes',
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251),
      /^bad\.txt:1:\d+ {2}error {2}.*? ／ source is not valid UTF-8/,
    ],
    ['a file in Shift_JIS', shiftJis, /^bad\.txt:1:2 {2}error {2}.*? ／ source is not valid UTF-8: byte 0x91 .*expected UTF-8 text/],
  ];
  for (const [what, bytes, message] of bad) {
    it(`rejects ${what}, saying where and what was expected`, async () => {
      const r = await buildBytes(bytes, 'bad.txt');
      assert.equal(r.ok, false);
      assert.equal(r.files.size, 0, 'nothing to write');
      const errors = sortDiagnostics(r.diagnostics).filter((d) => d.severity === 'error');
      assert.ok(errors.length > 0);
      assert.match(formatDiagnostic(errors[0]!), message);
    });
  }
  it('reads the seed with a BOM and CRLF line ends to the same tables', async () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText().replace(/\n/g, '\r\n'))]);
    const r = await buildBytes(crlf, 'sources/yonezawa-zenki-kihon-keikaku.txt');
    assert.equal(r.ok, true);
    const seed = await seedBuild();
    for (const [path, content] of seed.files) {
      if (/^062022_(?!plan)\w+\.(csv|json)$/.test(path)) assert.equal(r.files.get(path), content, path);
    }
  });
});
