// Hostile files where the build reads and where it locks: every file of the repository the build reads
// (dataset.config.json, sources/source.json and the text it names, the curated CSVs, the committed schemas)
// must be a regular file of bounded size inside the repository, and the lock's path a regular file; anything
// else is refused, named, before a byte of it is read — never a hang on a FIFO, a read of /dev/zero, or a
// file outside the repository. The reader in-process (read/input-file.ts), and the CLI as a user runs it, in
// a copy of the project whose files are replaced (each refused run stops before the pipeline loads).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { InputRefused, readInput } from '../pipeline/read/input-file.ts';
import { cliBundle, root } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'plan-cli-inputs-'));
after(() => rmSync(work, { recursive: true, force: true }));
const fifos = spawnSync('mkfifo', [join(work, 'probe')]).status === 0;
const mkfifo = (path: string): void => assert.equal(spawnSync('mkfifo', [path]).status, 0);

describe('a file of the repository is read only when it is a regular file of bounded size inside it (read/input-file.ts)', () => {
  const repo = join(work, 'repo');
  mkdirSync(join(repo, 'sources'), { recursive: true });
  writeFileSync(join(repo, 'sources', 'links.csv'), 'a,b\r\n');
  writeFileSync(join(work, 'outside.csv'), 'secret\n');
  const read = (rel: string, maxBytes = 1000) => readInput(join(repo, rel), { maxBytes, within: repo });
  const refused = (rel: string, reason: RegExp, maxBytes?: number) =>
    assert.throws(
      () => read(rel, maxBytes),
      (e: Error) => e instanceof InputRefused && e.path === join(repo, rel) && reason.test(e.reason) && e.reason.includes(`expected a regular file of at most`),
      rel,
    );

  it('reads a regular file, and a symbolic link to one inside the repository (git keeps links; its target is a file of the repository)', () => {
    assert.equal(Buffer.from(read('sources/links.csv')).toString(), 'a,b\r\n');
    symlinkSync('links.csv', join(repo, 'sources', 'alias.csv'));
    assert.equal(Buffer.from(read('sources/alias.csv')).toString(), 'a,b\r\n');
  });
  it('refuses, unread, a link to a device, a link or a path leading out of the repository, a dangling link, a folder, a file over the limit, and a FIFO', () => {
    symlinkSync('/dev/zero', join(repo, 'sources', 'zero.csv'));
    refused('sources/zero.csv', /^is a symbolic link to \/dev\/zero, outside the repository/);
    symlinkSync(join(work, 'outside.csv'), join(repo, 'sources', 'out.csv'));
    refused('sources/out.csv', /^is a symbolic link to .*outside\.csv, outside the repository/);
    refused('sources/../../outside.csv', /^is outside the repository/);
    symlinkSync(work, join(repo, 'up'));
    refused('up/outside.csv', /^resolves to .*outside\.csv, outside the repository/);
    symlinkSync('nowhere.csv', join(repo, 'sources', 'dangling.csv'));
    refused('sources/dangling.csv', /^is a symbolic link to nothing/);
    symlinkSync('loop.csv', join(repo, 'sources', 'loop.csv'));
    refused('sources/loop.csv', /^is a loop of symbolic links/);
    mkdirSync(join(repo, 'sources', 'folder.csv'));
    refused('sources/folder.csv', /^is a directory/);
    refused('sources/links.csv', /^is 5 bytes, more than 4 bytes/, 4);
    symlinkSync('links.csv', join(repo, 'sources', 'big-alias.csv'));
    refused('sources/big-alias.csv', /^is a symbolic link to .*links\.csv, 5 bytes, more than 4 bytes/, 4);
    if (fifos) {
      mkfifo(join(repo, 'sources', 'pipe.csv'));
      refused('sources/pipe.csv', /^is a FIFO \(named pipe\)/);
      symlinkSync('pipe.csv', join(repo, 'sources', 'to-pipe.csv'));
      refused('sources/to-pipe.csv', /^is a symbolic link to .*pipe\.csv, a FIFO \(named pipe\)/);
    }
    assert.throws(
      () => read('sources/missing.csv'),
      (e: NodeJS.ErrnoException) => e.code === 'ENOENT',
      'nothing there: the OS error',
    );
  });
});

/** A copy of the project the bundled CLI runs in (it finds its sources one folder above itself), made once. */
let copy: string | undefined;
const projectCopy = (): string => {
  if (copy) return copy;
  copy = join(work, 'project');
  mkdirSync(join(copy, '.build'), { recursive: true });
  const bundleDir = dirname(cliBundle());
  for (const f of readdirSync(bundleDir).filter((n) => n.endsWith('.mjs'))) copyFileSync(join(bundleDir, f), join(copy, '.build', f));
  for (const f of ['sources', 'schemas', 'dataset.config.json']) cpSync(join(root, f), join(copy, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
};
/** The project copy with the file `rel` replaced by what `plant` puts at its path, for the time of `check`; then restored. */
const withPlanted = (rel: string, plant: (path: string) => void, check: (dir: string) => void): void => {
  const dir = projectCopy();
  const path = join(dir, rel);
  rmSync(path);
  plant(path);
  try {
    check(dir);
  } finally {
    rmSync(path);
    copyFileSync(join(root, rel), path);
  }
};
/** The CLI in `dir`; a guard against a hang (a FIFO read waits for ever), not a bound on time. */
const runIn = (dir: string, args: string[] = []) =>
  spawnSync(process.execPath, [join(dir, '.build', 'cli.mjs'), '--out', join(dir, 'out'), ...args], {
    cwd: dir,
    env: { ...process.env, INIT_CWD: dir },
    encoding: 'utf8',
    timeout: 120_000,
  });
/** Exit 2, one cli:input-unusable line at `place` saying `reason`, nothing written. */
const refusedRun = (dir: string, place: string, reason: string): void => {
  const r = runIn(dir);
  assert.equal(r.status, 2, `${r.signal ?? ''} ${r.stderr}`);
  const line = r.stderr.split('\n').find((l) => l.endsWith('(cli:input-unusable)'));
  assert.ok(line, r.stderr);
  assert.ok(line.startsWith(`${place}  error  `) && line.includes(` ／ ${reason}`), `${line}\n  expected: ${place}  error  日本語 ／ ${reason}…`);
  assert.match(
    line,
    new RegExp(`; expected a regular file of at most \\d+ bytes.* inside ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} {2}\\(cli:input-unusable\\)$`),
  );
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(existsSync(join(dir, 'out')), false, 'nothing written');
};

describe('the CLI refuses a hostile file of the repository before reading it: exit 2, the file named', () => {
  it('a curated CSV that is a symbolic link to /dev/zero (it read 8.4 GB)', () => {
    withPlanted(
      'sources/indicator-actuals.csv',
      (path) => symlinkSync('/dev/zero', path),
      (dir) => refusedRun(dir, 'sources/indicator-actuals.csv:0:0', 'is a symbolic link to /dev/zero, outside the repository'),
    );
  });
  it('source.json naming a file outside the repository ("../../../../../etc/passwd"): said at its "file", the file never read', () => {
    // As many ../ as lead from sources/ to the root, and one more: /etc/passwd wherever the copy is.
    const up = '../'.repeat(join(projectCopy(), 'sources').split('/').length);
    const text = readFileSync(join(root, 'sources', 'source.json'), 'utf8').replace('"file": "yonezawa-zenki-kihon-keikaku.txt"', `"file": "${up}etc/passwd"`);
    const line = text.split('\n').findIndex((l) => l.includes('"file"')) + 1;
    const column = text.split('\n')[line - 1]!.indexOf('"../') + 1;
    withPlanted(
      'sources/source.json',
      (path) => writeFileSync(path, text),
      (dir) => refusedRun(dir, `sources/source.json:${line}:${column}`, `"file": "${up}etc/passwd" names /etc/passwd, which is outside the repository`),
    );
  });
  it('a committed schema that is a symbolic link out of the repository', () => {
    const target = join(root, 'schemas', '062022_goals.schema.json');
    withPlanted(
      'schemas/062022_goals.schema.json',
      (path) => symlinkSync(target, path),
      (dir) => refusedRun(dir, 'schemas/062022_goals.schema.json:0:0', `is a symbolic link to ${target}, outside the repository`),
    );
  });
  it('dataset.config.json that is a FIFO (the build hung)', { skip: fifos ? false : 'mkfifo is not available' }, () => {
    withPlanted('dataset.config.json', mkfifo, (dir) => refusedRun(dir, 'dataset.config.json:0:0', 'is a FIFO (named pipe)'));
  });
});

describe('the CLI refuses what is not a regular file at the lock’s path, unread: exit 2, the path named', () => {
  for (const [kind, plant] of [
    ['a symbolic link', (lock: string) => symlinkSync('/dev/zero', lock)],
    ['a FIFO (named pipe)', (lock: string) => mkfifo(lock)],
  ] as const) {
    it(`${kind}${kind === 'a symbolic link' ? ' to /dev/zero (it read 4.2 GB)' : ' (the build hung)'}`, {
      skip: fifos || kind !== 'a FIFO (named pipe)' ? false : 'mkfifo is not available',
    }, () => {
      const parent = join(work, `lock-${kind.split(' ')[1]}`);
      mkdirSync(parent);
      plant(join(parent, 'out.dataset-build-lock'));
      const r = spawnSync(process.execPath, [cliBundle(), '--out', join(parent, 'out')], { cwd: root, encoding: 'utf8', timeout: 120_000 });
      assert.equal(r.status, 2, `${r.signal ?? ''} ${r.stderr}`);
      assert.match(
        r.stderr,
        new RegExp(
          `^.*? ／ ${parent}/out\\.dataset-build-lock is ${kind.replace(/[()]/g, '\\$&')}, not a lock file of this build; nothing was read or written: if no build is running, remove it {2}\\(cli:out-refused\\)$`,
          'm',
        ),
      );
      assert.deepEqual(readdirSync(parent), ['out.dataset-build-lock']);
    });
  }
});
