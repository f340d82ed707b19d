// The CLI as a user runs it: exit codes, located messages, no stack traces, fail closed, deterministic.
// Spawning costs a second or two per build, so the data cases run in-process through the same build()
// and only the contract of the command itself is checked by spawning it.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { formatDiagnostic, sortDiagnostics } from '../pipeline/diagnostics.ts';
import { buildBytes, root, runCli, seedBuild, seedText } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'plan-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

const snapshot = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, `${prefix}${name}/`);
      else out[`${prefix}${name}`] = readFileSync(p, 'latin1');
    }
  };
  walk(dir, '');
  return out;
};

const shiftJis = readFileSync(join(root, 'test', 'fixtures', 'shift-jis-head.txt'));

describe('npm run build', () => {
  it('builds the seed into --out, equal byte for byte to the committed dist/', () => {
    const out = join(work, 'fresh');
    const r = runCli(['--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /built \d+ files into/);
    assert.deepEqual(snapshot(out), snapshot(join(root, 'dist')));
  });
  it('gives byte-identical files when run twice', async () => {
    const again = await buildBytes(Buffer.from(seedText()), 'sources/yonezawa-zenki-kihon-keikaku.txt');
    assert.deepEqual(again.files, (await seedBuild()).files);
  });
  it('rejects a Shift_JIS file: exit 1, the first bad byte’s line, no stack trace, --out untouched', () => {
    const input = join(work, 'sjis.txt');
    writeFileSync(input, shiftJis);
    const out = mkdtempSync(join(work, 'kept-'));
    writeFileSync(join(out, 'previous.csv'), 'previous build\n');
    const r = runCli(['--source', input, '--out', out]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /sjis\.txt:1:2 {2}error {2}source is not valid UTF-8: byte 0x91/);
    assert.match(r.stderr, /left as it was/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    assert.deepEqual(readdirSync(out), ['previous.csv']);
    assert.equal(readFileSync(join(out, 'previous.csv'), 'utf8'), 'previous build\n');
  });
  it('rejects unknown options and unreadable files with exit 2', () => {
    const r = runCli(['--nonsense']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /usage: npm run build/);
    const missing = runCli(['--source', join(work, 'nope.txt'), '--out', join(work, 'never')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read --source .*ENOENT/);
  });
});

describe('bad input is rejected with located diagnostics', () => {
  const bad: [string, Uint8Array, RegExp][] = [
    ['an empty file', new Uint8Array(), /^bad\.txt:0:0 {2}error {2}source is empty/],
    ['a file cut in half', Buffer.from(seedText().split('\n').slice(0, 700).join('\n')), /^bad\.txt:699:0 {2}error {2}expected the heading 「第３章 分野別施策」/],
    ['a file of random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251), /^bad\.txt:1:\d+ {2}error {2}source is not valid UTF-8/],
    ['a file in Shift_JIS', shiftJis, /^bad\.txt:1:2 {2}error {2}source is not valid UTF-8: byte 0x91 .*expected UTF-8 text/],
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

