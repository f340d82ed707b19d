// What --out may name, and how a build is put there (pipeline/write/), in-process: every refusal rule,
// the recognition of a previous output (the committed dist/ included), and the writer under failure —
// each file operation in turn fails with an OS error, or is the last one before the "process" dies —
// always leaving one complete output, the old or the new, and a next build that cleans up.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MANIFEST, toManifest } from '../pipeline/manifest.ts';
import { IoError, OutBusy, OutRefused } from '../pipeline/write/errors.ts';
import { nodeFs, type WriteFs } from '../pipeline/write/fs.ts';
import { acquireLock } from '../pipeline/write/lock.ts';
import { resolveOut } from '../pipeline/write/out-path.ts';
import { writeOutput, sideNames, type BuildFiles } from '../pipeline/write/output-dir.ts';
import { inspectDir } from '../pipeline/write/ownership.ts';
import { root } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'plan-out-'));
after(() => rmSync(work, { recursive: true, force: true }));
let serial = 0;
const fresh = (name = 'case'): string => {
  serial += 1;
  const dir = join(work, `${name}-${serial}`);
  mkdirSync(dir);
  return dir;
};

// The tests need no durability: fsync costs ~2 ms a file on this disk and proves nothing here.
const fastFs: WriteFs = {
  ...nodeFs,
  writeFile: (path, data, options) => writeFileSync(path, data, { flag: options?.exclusive ? 'wx' : 'w' }),
  syncDir: () => {},
};

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
/** A small build as the pipeline makes one: text and binary files, a sub-folder, the manifest and SHA256SUMS. */
const buildOf = (tag: string): BuildFiles => {
  const files = new Map<string, string | Uint8Array>([
    ['062022_goals.csv', `ID,名前\r\ngoal-1,${tag}\r\n`],
    ['excel/062022_goals.csv', `\uFEFFID,名前\r\ngoal-1,${tag}\r\n`],
    ['062022_plan.sqlite', Uint8Array.from([0x53, 0x51, 0x4c, 0x00, 0xff, tag.length])],
  ]);
  files.set(MANIFEST, toManifest([...files.keys(), 'SHA256SUMS']));
  files.set(
    'SHA256SUMS',
    [...files]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([p, c]) => `${sha256(c)}  ${p}\n`)
      .join(''),
  );
  return files;
};
const v1 = buildOf('old');
const v2 = buildOf('new build');

/** Every file under `dir`, relative path → SHA-256 of its bytes (so binary files compare exactly). */
const contents = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (lstatSync(p).isDirectory()) walk(p, `${prefix}${name}/`);
      else out[`${prefix}${name}`] = sha256(readFileSync(p));
    }
  };
  walk(dir, '');
  return out;
};
const asContents = (files: BuildFiles): Record<string, string> =>
  Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, c]) => [p, sha256(c)]));
const put = (dir: string, files: BuildFiles): string => {
  for (const [p, c] of files) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  return dir;
};
/** What the writer may leave beside an output: nothing, once a build has finished. */
const leftovers = (dir: string): string[] => readdirSync(dirname(dir)).filter((n) => n.startsWith(`${join(dir).split('/').pop()}.`));

describe('--out: what it may name (checked before anything is touched)', () => {
  const context = (base: string, source = join(root, 'sources', 'plan.txt')) => ({
    base,
    keep: [
      { path: base, what: 'the folder you ran the command from' },
      { path: dirname(source), what: 'the folder of the source file' },
    ],
  });
  const refused = (typed: string, base: string, why: RegExp) =>
    assert.throws(
      () => resolveOut(typed, context(base), fastFs),
      (e: Error) => e instanceof OutRefused && why.test(e.message) && e.message.includes(`--out ${JSON.stringify(typed)} `),
    );

  it('refuses an empty string (an unset variable), blanks, and the file-system root', () => {
    const base = fresh();
    refused('', base, /is empty \(an unset variable\?\)/);
    refused('  ', base, /is empty/);
    refused('/', base, /is the root of the file system/);
    refused('../../../../../../../../..', base, /is the root of the file system/);
  });
  it('refuses a file, naming it as typed', () => {
    const base = fresh();
    writeFileSync(join(base, 'README.md'), '# mine\n');
    refused('README.md', base, /"README\.md" is a file, not a directory; nothing was written$/);
    refused('README.md/out', base, /"README\.md\/out" is inside .*README\.md, which is not a directory/);
    assert.equal(readFileSync(join(base, 'README.md'), 'utf8'), '# mine\n');
  });
  it('refuses the folder the user is in and every folder above it, even when empty', () => {
    const base = join(fresh(), 'a', 'b');
    mkdirSync(base, { recursive: true });
    refused('.', base, /is the folder you ran the command from/);
    refused('..', base, /contains the folder you ran the command from/);
    refused('../..', base, /contains the folder you ran the command from/);
  });
  it('refuses the source’s folder and its ancestors (the repository root too: it holds .git or sources/)', () => {
    refused('sources', root, /is the folder of the source file/);
    refused(root, '/tmp', /contains the folder of the source file/);
  });
  it('refuses a folder holding .git, even an otherwise empty one', () => {
    const dir = fresh();
    mkdirSync(join(dir, '.git'));
    refused(dir, work, /holds \.git \(a repository\)/);
    const worktree = fresh();
    writeFileSync(join(worktree, '.git'), 'gitdir: /elsewhere\n'); // a worktree's .git is a file
    refused(worktree, work, /holds \.git/);
  });
  it('refuses a non-empty folder without a manifest, listing what it holds', () => {
    const dir = fresh();
    for (const n of ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt', 'g.txt']) writeFileSync(join(dir, n), n);
    refused(
      dir,
      work,
      /is not empty and is not an output of this build \(it has no \.dataset-build\): it holds a\.txt, b\.txt, c\.txt, d\.txt, e\.txt and 2 more/,
    );
  });
  it('refuses a previous output holding anything its manifest does not list: a file, a folder, a symbolic link', () => {
    for (const [what, add, named] of [
      ['a file of the user', (d: string) => writeFileSync(join(d, 'notes.txt'), 'mine'), 'notes.txt'],
      ['a file in a build folder', (d: string) => writeFileSync(join(d, 'excel', 'mine.xlsx'), 'mine'), 'excel/mine.xlsx'],
      ['a folder', (d: string) => mkdirSync(join(d, 'drafts')), 'drafts/'],
      [
        'a symbolic link in place of a build file',
        (d: string) => {
          rmSync(join(d, '062022_goals.csv'));
          symlinkSync('/etc/hostname', join(d, '062022_goals.csv'));
        },
        '062022_goals.csv',
      ],
    ] as const) {
      const dir = put(fresh(), v1);
      add(dir);
      refused(dir, work, new RegExp(`holds 1 entry that no build wrote \\(${named.replace('.', '\\.')}\\); move it elsewhere first`));
      assert.equal(inspectDir(dir, fastFs).state, 'foreign', what);
    }
  });
  it('refuses a previous output whose files were edited by hand, naming them', () => {
    const dir = put(fresh(), v1);
    writeFileSync(join(dir, '062022_goals.csv'), 'ID\r\nedited\r\n');
    refused(dir, work, /holds 1 file changed since the build wrote it \(062022_goals\.csv: not the SHA-256 in SHA256SUMS\)/);
    rmSync(join(dir, 'SHA256SUMS'));
    refused(dir, work, /has lost its SHA256SUMS/);
  });
  it('accepts an absent folder, an empty one, and a previous output (some of its files deleted, too)', () => {
    const base = fresh();
    assert.equal(resolveOut('new/out', context(base), fastFs).dir, join(base, 'new', 'out'));
    mkdirSync(join(base, 'empty'));
    assert.equal(resolveOut('empty', context(base), fastFs).dir, join(base, 'empty'));
    const previous = put(join(base, 'previous'), v1);
    rmSync(join(previous, 'excel'), { recursive: true });
    assert.equal(resolveOut('previous', context(base), fastFs).dir, previous);
  });
  it('recognises the committed dist/ as a previous output of this build', () => {
    assert.deepEqual(inspectDir(join(root, 'dist'), fastFs), { state: 'ours' });
  });
  it('recognises a build made before the manifest existed (v1.0.0: SHA256SUMS beside a quality report), unchanged files only', () => {
    const dir = fresh();
    const report = JSON.stringify({
      municipalityCode: '062022',
      datasetVersion: '1.0.0',
      source: { file: 'x.txt', sha256: '0'.repeat(64) },
      summary: {},
      entries: [],
    });
    const files = new Map<string, string>([
      ['062022_goals.csv', 'ID\r\n'],
      ['quality-report.json', report],
    ]);
    put(dir, files);
    writeFileSync(join(dir, 'SHA256SUMS'), [...files].map(([p, c]) => `${sha256(c)}  ${p}\n`).join(''));
    assert.deepEqual(inspectDir(dir, fastFs), { state: 'ours' });
    // And it is replaced like any output of ours (it has no manifest to compare with).
    const upgraded = join(fresh(), 'out');
    put(upgraded, files);
    writeFileSync(join(upgraded, 'SHA256SUMS'), [...files].map(([p, c]) => `${sha256(c)}  ${p}\n`).join(''));
    assert.equal(writeOutput(upgraded, v1, { fs: fastFs }), 'written');
    assert.deepEqual(contents(upgraded), asContents(v1));
    writeFileSync(join(dir, '062022_goals.csv'), 'ID\r\nedited\r\n');
    assert.equal(inspectDir(dir, fastFs).state, 'foreign');
    // Checksums alone (a folder of downloads) are not a build of ours.
    const downloads = fresh();
    writeFileSync(join(downloads, 'disk.iso'), 'iso');
    writeFileSync(join(downloads, 'SHA256SUMS'), `${sha256('iso')}  disk.iso\n`);
    assert.equal(inspectDir(downloads, fastFs).state, 'foreign');
  });
  it('follows a symbolic link to its target (even a dangling one) and checks the target', () => {
    const base = fresh();
    const target = put(join(base, 'real-out'), v1);
    symlinkSync('real-out', join(base, 'link'));
    assert.equal(resolveOut('link', context(base), fastFs).dir, target);
    symlinkSync(join(base, 'not-yet'), join(base, 'dangling'));
    assert.equal(resolveOut('dangling', context(base), fastFs).dir, join(base, 'not-yet'));
    symlinkSync('README.md', join(base, 'to-file'));
    writeFileSync(join(base, 'README.md'), 'mine');
    refused('to-file', base, /is a file, not a directory/);
    symlinkSync('.', join(base, 'to-here'));
    refused('to-here', base, /is the folder you ran the command from/);
  });
  it('resolves a relative --out against the folder the user ran the command from', () => {
    const base = join(fresh(), 'sub');
    mkdirSync(base);
    assert.equal(resolveOut('out', context(base), fastFs).dir, join(base, 'out'));
    assert.equal(resolveOut('../out', context(base), fastFs).dir, join(dirname(base), 'out'));
  });
});

describe('writing the output', () => {
  it('writes into an absent folder, an empty one, then replaces its own previous output; text and bytes exactly', () => {
    const parent = fresh();
    const out = join(parent, 'deep', 'out');
    writeOutput(out, v1, { fs: fastFs });
    assert.deepEqual(contents(out), asContents(v1));
    writeOutput(out, v2, { fs: fastFs });
    assert.deepEqual(contents(out), asContents(v2));
    assert.deepEqual(leftovers(out), []);
    const empty = join(parent, 'empty');
    mkdirSync(empty);
    writeOutput(empty, v1, { fs: fastFs });
    assert.deepEqual(contents(empty), asContents(v1));
  });
  it('leaves an output that already holds the build byte for byte as it is: no staging, no swap, no write', () => {
    const out = join(fresh(), 'out');
    assert.equal(writeOutput(out, v1, { fs: fastFs }), 'written');
    const inodes = () => [out, ...Object.keys(asContents(v1)).map((p) => join(out, p))].map((p) => lstatSync(p).ino);
    const before = inodes();
    const touched: string[] = [];
    // The output, its staging and previous folders; the lock beside it is taken and released as always.
    const output = (p: string) => p === out || p.startsWith(`${out}/`) || [sideNames(out).staging, sideNames(out).previous].some((d) => p.startsWith(d));
    const watching: WriteFs = {
      ...fastFs,
      mkdir: (p) => (output(p) ? touched.push(`mkdir ${p}`) : fastFs.mkdir(p)),
      writeFile: (p, d, o) => (output(p) ? touched.push(`write ${p}`) : fastFs.writeFile(p, d, o)),
      rename: (a, b) => (output(a) || output(b) ? touched.push(`rename ${a}`) : fastFs.rename(a, b)),
      rm: (p) => (output(p) ? touched.push(`rm ${p}`) : fastFs.rm(p)),
    };
    assert.equal(writeOutput(out, v1, { fs: watching }), 'unchanged');
    assert.deepEqual(touched, []);
    assert.deepEqual(inodes(), before, 'the same folder and files');
    assert.deepEqual(leftovers(out), []);
  });
  it('rewrites an output that differs in one byte of one file, or lacks one file', () => {
    const out = join(fresh(), 'out');
    writeOutput(out, v1, { fs: fastFs });
    const oneByte = buildOf('olD');
    assert.equal(writeOutput(out, oneByte, { fs: fastFs }), 'written');
    assert.deepEqual(contents(out), asContents(oneByte));
    rmSync(join(out, 'excel', '062022_goals.csv'));
    assert.equal(writeOutput(out, oneByte, { fs: fastFs }), 'written');
    assert.deepEqual(contents(out), asContents(oneByte));
  });
  it('writes durably with the real file layer (fsync) too', () => {
    const out = join(fresh(), 'out');
    writeOutput(out, v1);
    writeOutput(out, v2);
    assert.deepEqual(contents(out), asContents(v2));
  });
  it('checks the folder again under the lock: a file added since is not destroyed', () => {
    const out = put(join(fresh(), 'out'), v1);
    writeFileSync(join(out, 'added-meanwhile.txt'), 'mine');
    assert.throws(
      () => writeOutput(out, v2, { fs: fastFs }),
      (e: Error) => e instanceof OutRefused && /added-meanwhile\.txt/.test(e.message),
    );
    assert.equal(readFileSync(join(out, 'added-meanwhile.txt'), 'utf8'), 'mine');
    assert.deepEqual(leftovers(out), []);
  });
  it('refuses files its manifest does not list (a bug of the build, never written)', () => {
    const out = join(fresh(), 'out');
    const bad = new Map(v1);
    bad.set('extra.csv', 'x');
    assert.throws(() => writeOutput(out, bad, { fs: fastFs }), /does not match the files built \(unlisted: extra\.csv/);
    assert.equal(existsSync(out), false);
  });
});

/** The real file layer, with operation number `failAt` (1-based) failing with `code`, or every operation from `stopAt` on dead. */
class Stopped extends Error {}
const faulty = (plan: { failAt?: number; code?: string; stopAt?: number }): WriteFs & { count: () => number } => {
  let n = 0;
  const wrap =
    <A extends unknown[], R>(name: string, f: (...args: A) => R) =>
    (...args: A): R => {
      n += 1;
      if (plan.stopAt !== undefined && n >= plan.stopAt) throw new Stopped(`stopped before ${name}`);
      if (n === plan.failAt)
        throw Object.assign(new Error(`${plan.code}: simulated failure, ${name} '${String(args[0])}'`), {
          code: plan.code,
          path: String(args[0]),
          syscall: name,
        });
      return f(...args);
    };
  const layer = Object.fromEntries(Object.entries(fastFs).map(([name, f]) => [name, wrap(name, f as (...a: unknown[]) => unknown)])) as unknown as WriteFs;
  return Object.assign(layer, { count: () => n });
};
const operationsOfOneWrite = (): number => {
  const out = put(join(fresh('count'), 'out'), v1);
  const fs = faulty({});
  writeOutput(out, v2, { fs });
  return fs.count();
};

describe('the writer when the system fails (each operation in turn)', () => {
  const total = operationsOfOneWrite();
  it(`counts the operations of one write (${total})`, () => assert.ok(total > 15, String(total)));
  for (const code of ['ENOSPC', 'EROFS', 'EACCES', 'EIO']) {
    it(`${code} at any of them: an IoError naming the path, the previous output intact, nothing left behind`, () => {
      for (let k = 1; k <= total; k += 1) {
        const out = put(join(fresh(code), 'out'), v1);
        const notes: string[] = [];
        let thrown: unknown;
        try {
          writeOutput(out, v2, { fs: faulty({ failAt: k, code }), note: (t) => notes.push(t) });
        } catch (e) {
          thrown = e;
        }
        if (thrown === undefined) {
          // Only what follows the swap may fail without failing the build: removing the replaced output (noted) or the lock.
          assert.deepEqual(contents(out), asContents(v2), `op ${k}`);
          for (const n of notes)
            assert.match(n, new RegExp(`the new output is in place, but out\\.dataset-build-old could not be removed .*${code}`), `op ${k}`);
        } else {
          assert.ok(thrown instanceof IoError, `op ${k}: ${String(thrown)}`);
          assert.equal(thrown.code, code);
          assert.ok(thrown.path.startsWith(dirname(out)), `op ${k}: ${thrown.path}`);
          assert.deepEqual(contents(out), asContents(v1), `op ${k}: previous output intact`);
        }
        // Whatever failed, the next build finishes and leaves nothing beside the output.
        writeOutput(out, v2, { fs: fastFs });
        assert.deepEqual(contents(out), asContents(v2), `op ${k}`);
        assert.deepEqual(leftovers(out), [], `op ${k}`);
      }
    });
  }
});

describe('the writer stopped between any two operations (as by a kill), then run again', () => {
  const total = operationsOfOneWrite();
  it(`after a stop before each of the ${total} operations: one complete output (old or new), or the old one complete beside an absent --out; the next build recovers and cleans up`, () => {
    let window = 0;
    for (let k = 1; k <= total; k += 1) {
      const out = put(join(fresh('stop'), 'out'), v1);
      try {
        writeOutput(out, v2, { fs: faulty({ stopAt: k }) });
      } catch (e) {
        assert.ok(e instanceof Stopped, String(e)); // after the swap the writer only notes what it could not finish
      }
      const side = sideNames(out);
      if (existsSync(out)) {
        const now = contents(out);
        assert.ok(
          JSON.stringify(now) === JSON.stringify(asContents(v1)) || JSON.stringify(now) === JSON.stringify(asContents(v2)),
          `stop ${k}: --out is complete`,
        );
      } else {
        window += 1;
        assert.deepEqual(contents(side.previous), asContents(v1), `stop ${k}: the previous output is complete beside --out`);
      }
      const notes: string[] = [];
      writeOutput(out, v2, { fs: fastFs, note: (t) => notes.push(t) });
      assert.deepEqual(contents(out), asContents(v2), `stop ${k}`);
      assert.deepEqual(leftovers(out), [], `stop ${k}: leftovers cleaned`);
      if (!existsSync(out)) assert.match(notes.join(), /put back the previous output/);
    }
    assert.equal(window, 1, 'exactly one stop point (between the two renames) leaves --out absent');
  });
});

describe('leftovers of the v1.0.0 CLI (DIR.old-<pid>-<ms>, DIR.tmp-<pid>-<ms>)', () => {
  it('puts back a complete old output when --out is missing, removes an unfinished new one of build files, leaves anything else alone', () => {
    const parent = fresh();
    const out = join(parent, 'out');
    put(`${out}.old-1234-1700000000000`, v1);
    put(`${out}.tmp-1234-1700000000000`, new Map([...v2].filter(([p]) => p.endsWith('.csv')))); // stopped mid-write
    mkdirSync(`${out}.tmp-99-1`);
    writeFileSync(join(`${out}.tmp-99-1`, 'mine.txt'), 'mine');
    const notes: string[] = [];
    // The output was renamed aside and never replaced: the first thing the next build does is put it back.
    writeOutput(out, v2, { fs: fastFs, note: (t) => notes.push(t) });
    assert.deepEqual(contents(out), asContents(v2));
    assert.match(notes.join('\n'), /put back the previous output from out\.old-1234-1700000000000/);
    assert.match(notes.join('\n'), /removed out\.tmp-1234-1700000000000, the unfinished output of an earlier version/);
    assert.match(notes.join('\n'), /left out\.tmp-99-1 alone/);
    assert.deepEqual(readdirSync(parent).sort(), ['out', 'out.tmp-99-1']);
    assert.equal(readFileSync(join(`${out}.tmp-99-1`, 'mine.txt'), 'utf8'), 'mine');
  });
  it('removes an old output that was already replaced, but not one that was edited since', () => {
    const parent = fresh();
    const out = put(join(parent, 'out'), v1);
    put(`${out}.old-1-2`, v1);
    put(`${out}.old-3-4`, v1);
    writeFileSync(join(`${out}.old-3-4`, '062022_goals.csv'), 'edited');
    const notes: string[] = [];
    writeOutput(out, v2, { fs: fastFs, note: (t) => notes.push(t) });
    assert.deepEqual(readdirSync(parent).sort(), ['out', 'out.old-3-4']);
    assert.match(notes.join('\n'), /removed out\.old-1-2/);
    assert.match(notes.join('\n'), /left out\.old-3-4 alone/);
  });
});

describe('the lock: one build at a time per output', () => {
  it('a lock of a live process makes the second build stop, saying who holds it; the output is untouched', () => {
    const out = put(join(fresh(), 'out'), v1);
    const held = acquireLock(sideNames(out).lock, fastFs, { pid: 4242424, alive: () => true });
    assert.throws(
      () => writeOutput(out, v2, { fs: fastFs, alive: () => true }),
      (e: Error) => e instanceof OutBusy && /another build \(process 4242424 on \S+\) is writing this output/.test(e.message),
    );
    assert.deepEqual(contents(out), asContents(v1));
    held.release();
    writeOutput(out, v2, { fs: fastFs });
    assert.deepEqual(leftovers(out), []);
  });
  it('takes over the lock of a process that is gone', () => {
    const out = put(join(fresh(), 'out'), v1);
    acquireLock(sideNames(out).lock, fastFs, { pid: 4242424, alive: () => true }); // never released: "killed"
    writeOutput(out, v2, { fs: fastFs, alive: (pid) => pid !== 4242424 });
    assert.deepEqual(contents(out), asContents(v2));
    assert.deepEqual(leftovers(out), []);
  });
  it('a file in the lock’s place that is not a lock is not taken over', () => {
    const out = put(join(fresh(), 'out'), v1);
    writeFileSync(sideNames(out).lock, 'something else\n');
    assert.throws(
      () => writeOutput(out, v2, { fs: fastFs }),
      (e: Error) => e instanceof OutBusy && /is not a lock of this build; if no build is running, remove it/.test(e.message),
    );
    assert.equal(readFileSync(sideNames(out).lock, 'utf8'), 'something else\n');
  });
  it('a folder in the way of the staging folder that is not the build’s is not removed', () => {
    const out = put(join(fresh(), 'out'), v1);
    mkdirSync(sideNames(out).staging);
    writeFileSync(join(sideNames(out).staging, 'mine.txt'), 'mine');
    assert.throws(
      () => writeOutput(out, v2, { fs: fastFs }),
      (e: Error) => e instanceof OutRefused && /dataset-build-new is in the way/.test(e.message),
    );
    assert.equal(readFileSync(join(sideNames(out).staging, 'mine.txt'), 'utf8'), 'mine');
    assert.deepEqual(contents(out), asContents(v1));
  });
});
