// The CLI as a user runs it: exit codes, located messages, no stack traces, fail closed, deterministic.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { rmSync } from 'node:fs';
import { root, runCli, seedBytes, seedText } from './helpers.ts';

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

describe('npm run build', () => {
  const out1 = join(work, 'a');
  const out2 = join(work, 'b');
  it('builds the seed into --out, twice byte-identically', () => {
    const r1 = runCli(['--out', out1]);
    assert.equal(r1.status, 0, r1.stderr);
    const r2 = runCli(['--out', out2]);
    assert.equal(r2.status, 0, r2.stderr);
    assert.deepEqual(snapshot(out1), snapshot(out2));
    assert.ok(readdirSync(out1).includes('062022_goals.csv'));
  });
  it('matches the committed dist/ (dist is always a fresh build)', () => {
    assert.deepEqual(snapshot(out1), snapshot(join(root, 'dist')));
  });

  const bad: [string, Uint8Array, RegExp][] = [
    ['an empty file', new Uint8Array(), /:0:0 {2}error {2}source is empty/],
    ['a file cut in half', Buffer.from(seedText().split('\n').slice(0, 700).join('\n')), /:699:0 {2}error {2}expected the heading 「第３章 分野別施策」/],
    ['a file of random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251), /:1:\d+ {2}error {2}source is not valid UTF-8/],
    ['a file in Shift_JIS', readFileSync(join(root, 'test', 'fixtures', 'shift-jis-head.txt')), /:1:2 {2}error {2}source is not valid UTF-8: byte 0x91/],
  ];
  for (const [what, bytes, message] of bad) {
    it(`rejects ${what}: exit 1, a file:line message, no stack trace, --out untouched`, () => {
      const input = join(work, 'bad.txt');
      writeFileSync(input, bytes);
      const out = mkdtempSync(join(work, 'kept-'));
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'previous.csv'), 'previous build\n');
      const r = runCli(['--source', input, '--out', out]);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      assert.deepEqual(readdirSync(out), ['previous.csv']);
    });
  }
  it('rejects unknown options and unreadable files with exit 2', () => {
    const r = runCli(['--nonsense']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /usage: npm run build/);
    const missing = runCli(['--source', join(work, 'nope.txt'), '--out', join(work, 'never')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read --source .*ENOENT/);
  });
  it('reads the seed with a BOM and CRLF line ends to the same tables', () => {
    const input = join(work, 'crlf.txt');
    writeFileSync(input, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText().replace(/\n/g, '\r\n'))]));
    const out = join(work, 'crlf');
    const r = runCli(['--source', input, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    for (const name of ['062022_goals.csv', '062022_pillars.csv', '062022_project_items.csv']) {
      assert.equal(readFileSync(join(out, name), 'utf8'), readFileSync(join(root, 'dist', name), 'utf8'), name);
    }
    assert.ok(seedBytes().length > 0);
  });
});
