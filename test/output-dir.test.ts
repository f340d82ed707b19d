// What --out may name, and how a build is put there (pipeline/write/), in-process: every refusal rule,
// the recognition of a previous output (the committed dist/ included), the lock against planted files,
// every file and folder fsynced before the swap, and the writer under failure — each file operation in
// turn fails with an OS error, or is the last one before the "process" dies — always leaving one complete
// output, the old or the new, and a next build that recovers, finishes and verifies.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { bilingual } from '../pipeline/diagnostics.ts';
import { type BuiltContent, factsOf } from '../pipeline/file-content.ts';
import { MANIFEST, toManifest } from '../pipeline/manifest.ts';
import { IoError, OutBusy, OutRefused } from '../pipeline/write/errors.ts';
import { nodeFs, type WriteFs } from '../pipeline/write/fs.ts';
import { acquireLock, checkLock } from '../pipeline/write/lock.ts';
import { resolveOut } from '../pipeline/write/out-path.ts';
import { writeOutput, sideNames } from '../pipeline/write/output-dir.ts';

/** A build's files, all held (the writer's tests of spilled files make their own). */
type BuildFiles = ReadonlyMap<string, string | Uint8Array>;
import { inspectDir } from '../pipeline/write/ownership.ts';
import { parseSha256Sums } from '../pipeline/sha256.ts';
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

// The tests need no durability: fsync costs ~2 ms a file on this disk and proves nothing here (the fsyncs
// themselves are checked below, and on the real CLI under strace in cli-durability.test.ts).
const fastFs: WriteFs = { ...nodeFs, sync: async () => {} };

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
/** A small build as the pipeline makes one: text and binary files, a sub-folder, the manifest and SHA256SUMS; `extra` files too. */
const buildOf = (tag: string, extra: string[] = []): BuildFiles => {
  const files = new Map<string, string | Uint8Array>([
    ...extra.map((p) => [p, `${p} ${tag}\n`] as const),
    ['062022_goals.csv', `ID,名前\r\ngoal-1,${tag}\r\n`],
    ['excel/062022_goals.csv', `\uFEFFID,名前\r\ngoal-1,${tag}\r\n`],
    ['062022_plan.sqlite', Uint8Array.from([0x53, 0x51, 0x4c, 0x00, 0xff, tag.length])],
    // site/ holds only a folder: it must be fsynced as well as the folder with the file.
    ['site/kpi/5-5-1/index.html', `<p>${tag}</p>\n`],
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
// The previous build has a page the new one no longer has (a KPI removed from the plan): what is left of it
// after a stop is known to the next build by its manifest only.
const v1 = buildOf('old', ['site/kpi/9-9-9/index.html']);
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
/** `dir` holds exactly the files its SHA256SUMS and its manifest list, each with the digest SHA256SUMS states. */
const verifies = (dir: string, what: string): void => {
  const sums = parseSha256Sums(readFileSync(join(dir, 'SHA256SUMS'), 'utf8'));
  const held = contents(dir);
  assert.deepEqual(Object.keys(held).sort(), [...new Set([...sums.keys(), 'SHA256SUMS', MANIFEST])].sort(), `${what}: the files SHA256SUMS lists`);
  for (const [path, digest] of sums) assert.equal(held[path], digest, `${what}: ${path} has the SHA-256 SHA256SUMS states`);
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
  it('recognises a build made before the manifest existed (v1.0.0: SHA256SUMS beside a quality report), unchanged files only', async () => {
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
    assert.equal(await writeOutput(upgraded, v1, { fs: fastFs }), 'written');
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
  it('writes into an absent folder, an empty one, then replaces its own previous output; text and bytes exactly', async () => {
    const parent = fresh();
    const out = join(parent, 'deep', 'out');
    await writeOutput(out, v1, { fs: fastFs });
    assert.deepEqual(contents(out), asContents(v1));
    await writeOutput(out, v2, { fs: fastFs });
    assert.deepEqual(contents(out), asContents(v2));
    assert.deepEqual(leftovers(out), []);
    const empty = join(parent, 'empty');
    mkdirSync(empty);
    await writeOutput(empty, v1, { fs: fastFs });
    assert.deepEqual(contents(empty), asContents(v1));
  });
  it('leaves an output that already holds the build byte for byte as it is: no staging, no swap, no write', async () => {
    const out = join(fresh(), 'out');
    assert.equal(await writeOutput(out, v1, { fs: fastFs }), 'written');
    const inodes = () => [out, ...Object.keys(asContents(v1)).map((p) => join(out, p))].map((p) => lstatSync(p).ino);
    const before = inodes();
    const touched: string[] = [];
    // The output and the writer's folders beside it; the lock beside it is taken and released as always.
    const side = sideNames(out);
    const output = (p: string) => p === out || p.startsWith(`${out}/`) || [side.staging, side.previous, side.removing].some((d) => p.startsWith(d));
    const watching: WriteFs = {
      ...fastFs,
      mkdir: (p, parents) => (output(p) ? void touched.push(`mkdir ${p}`) : fastFs.mkdir(p, parents)),
      writeFile: (p, d) => (output(p) ? void touched.push(`write ${p}`) : fastFs.writeFile(p, d)),
      rename: (a, b) => (output(a) || output(b) ? void touched.push(`rename ${a}`) : fastFs.rename(a, b)),
      unlink: (p) => (output(p) ? void touched.push(`unlink ${p}`) : fastFs.unlink(p)),
      rmdir: (p) => (output(p) ? void touched.push(`rmdir ${p}`) : fastFs.rmdir(p)),
      sync: async (files, folders) => void ([...files, ...folders].some(output) && touched.push('sync')),
    };
    assert.equal(await writeOutput(out, v1, { fs: watching }), 'unchanged');
    assert.deepEqual(touched, []);
    assert.deepEqual(inodes(), before, 'the same folder and files');
    assert.deepEqual(leftovers(out), []);
  });
  it('rewrites an output that differs in one byte of one file, or lacks one file', async () => {
    const out = join(fresh(), 'out');
    await writeOutput(out, v1, { fs: fastFs });
    const oneByte = buildOf('olD');
    assert.equal(await writeOutput(out, oneByte, { fs: fastFs }), 'written');
    assert.deepEqual(contents(out), asContents(oneByte));
    rmSync(join(out, 'excel', '062022_goals.csv'));
    assert.equal(await writeOutput(out, oneByte, { fs: fastFs }), 'written');
    assert.deepEqual(contents(out), asContents(oneByte));
  });
  it('writes durably with the real file layer (fsync) too', async () => {
    const out = join(fresh(), 'out');
    await writeOutput(out, v1);
    await writeOutput(out, v2);
    assert.deepEqual(contents(out), asContents(v2));
    verifies(out, 'real file layer');
    assert.deepEqual(leftovers(out), []);
  });
  it('checks the folder again under the lock: a file added since is not destroyed', async () => {
    const out = put(join(fresh(), 'out'), v1);
    writeFileSync(join(out, 'added-meanwhile.txt'), 'mine');
    await assert.rejects(writeOutput(out, v2, { fs: fastFs }), (e: Error) => e instanceof OutRefused && /added-meanwhile\.txt/.test(e.message));
    assert.equal(readFileSync(join(out, 'added-meanwhile.txt'), 'utf8'), 'mine');
    assert.deepEqual(leftovers(out), []);
  });
  it('refuses files its manifest does not list (a bug of the build, never written)', async () => {
    const out = join(fresh(), 'out');
    const bad = new Map(v1);
    bad.set('extra.csv', 'x');
    await assert.rejects(writeOutput(out, bad, { fs: fastFs }), /does not match the files built \(unlisted: extra\.csv/);
    assert.equal(existsSync(out), false);
  });
});

describe('durability: every file and folder of the new output is fsynced before it is renamed into place', () => {
  /** Every file and folder under `dir` (itself included), folders with a trailing slash. */
  const entries = (dir: string): string[] => [
    `${dir}/`,
    ...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((rel) => (lstatSync(join(dir, rel)).isDirectory() ? `${join(dir, rel)}/` : join(dir, rel))),
  ];
  it('each file, each folder (a folder holding only folders too), then, after the swap, the folder that holds the output', async () => {
    const out = put(join(fresh(), 'out'), v1);
    const side = sideNames(out);
    const synced = new Set<string>();
    const events: string[] = [];
    const recording: WriteFs = {
      ...fastFs,
      sync: async (files, folders) => {
        await new Promise((done) => setImmediate(done)); // an fsync ends later: the writer must wait for it
        for (const f of files) synced.add(f);
        for (const f of folders) synced.add(`${f}/`);
        if (folders.includes(dirname(out))) events.push('sync of the parent');
      },
      rename: (from, to) => {
        if (from === side.staging) {
          const unsynced = entries(side.staging).filter((p) => !synced.has(p));
          events.push(`rename of the staging folder; not fsynced: ${unsynced.join(', ') || 'nothing'}`);
          assert.ok(entries(side.staging).length > Object.keys(asContents(v2)).length + 2, 'files and folders');
        }
        fastFs.rename(from, to);
      },
    };
    await writeOutput(out, v2, { fs: recording });
    assert.deepEqual(events, ['rename of the staging folder; not fsynced: nothing', 'sync of the parent']);
    assert.ok(synced.has(`${side.staging}/site/`), 'site/ holds only a folder, and is fsynced too');
  });
  it('an fsync that fails (EIO) fails the build: an IoError naming the file, the previous output kept, nothing left beside it', async () => {
    const out = put(join(fresh(), 'out'), v1);
    const failing: WriteFs = {
      ...fastFs,
      sync: async (files) => {
        const file = files.find((f) => f.endsWith('062022_plan.sqlite'));
        if (file) throw Object.assign(new Error(`EIO: i/o error, fsync`), { code: 'EIO', path: file, syscall: 'fsync' });
      },
    };
    await assert.rejects(
      writeOutput(out, v2, { fs: failing }),
      (e: Error) => e instanceof IoError && e.code === 'EIO' && e.path === join(sideNames(out).staging, '062022_plan.sqlite'),
    );
    assert.deepEqual(contents(out), asContents(v1));
    assert.deepEqual(leftovers(out), []);
  });
});

/** One file-layer call: its name and the path it concerns (the first, for sync). */
interface Call {
  name: string;
  path: string;
}
/** The real file layer, with call number `failAt` (1-based) failing with `code`, or every call from `stopAt` on dead; each call recorded. */
class Stopped extends Error {}
const faulty = (plan: { failAt?: number; code?: string; stopAt?: number }): WriteFs & { calls: Call[] } => {
  const calls: Call[] = [];
  const wrap =
    <A extends unknown[], R>(name: string, f: (...args: A) => R) =>
    (...args: A): R => {
      const path = name === 'sync' ? String([...(args[0] as string[]), ...(args[1] as string[])][0]) : String(args[0]);
      calls.push({ name, path });
      const n = calls.length;
      if (plan.stopAt !== undefined && n >= plan.stopAt) throw new Stopped(`stopped before ${name}`);
      if (n === plan.failAt) throw Object.assign(new Error(`${plan.code}: simulated failure, ${name} '${path}'`), { code: plan.code, path, syscall: name });
      return f(...args);
    };
  const layer = Object.fromEntries(Object.entries(fastFs).map(([name, f]) => [name, wrap(name, f as (...a: unknown[]) => unknown)])) as unknown as WriteFs;
  return Object.assign(layer, { calls });
};
const lastIndexOf = <T>(items: readonly T[], test: (item: T) => boolean): number => {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i]!)) return i;
  return -1;
};
/** The calls one write of v2 makes over `from` (a previous output, or nothing). */
const callsOfOneWrite = async (from?: BuildFiles): Promise<Call[]> => {
  const out = join(fresh('count'), 'out');
  if (from) put(out, from);
  const fs = faulty({});
  await writeOutput(out, v2, { fs });
  return fs.calls;
};

describe('the writer when the system fails (each call in turn)', async () => {
  const total = (await callsOfOneWrite(v1)).length;
  it(`counts the calls of one write (${total})`, () => assert.ok(total > 40, String(total)));
  // Two codes at every call (the writer treats every OS error alike; the CLI's tests meet EROFS and ENOSPC on a real tmpfs).
  for (const code of ['ENOSPC', 'EIO']) {
    it(`${code} at any of them: an IoError naming the path, the previous output intact, nothing left behind`, async () => {
      for (let k = 1; k <= total; k += 1) {
        const out = put(join(fresh(code), 'out'), v1);
        const notes: string[] = [];
        let thrown: unknown;
        try {
          await writeOutput(out, v2, { fs: faulty({ failAt: k, code }), note: (m) => notes.push(bilingual(m)) });
        } catch (e) {
          thrown = e;
        }
        if (thrown === undefined) {
          // Only what follows the swap may fail without failing the build: removing the replaced output (noted) or the lock.
          assert.deepEqual(contents(out), asContents(v2), `call ${k}`);
          for (const n of notes)
            assert.match(n, new RegExp(`the new output is in place, but the output it replaced could not be removed .*${code}`), `call ${k}`);
        } else {
          assert.ok(thrown instanceof IoError, `call ${k}: ${String(thrown)}`);
          assert.equal(thrown.code, code);
          assert.ok(thrown.path.startsWith(dirname(out)), `call ${k}: ${thrown.path}`);
          assert.deepEqual(contents(out), asContents(v1), `call ${k}: previous output intact`);
        }
        // Whatever failed, the next build finishes and leaves nothing beside the output.
        await writeOutput(out, v2, { fs: fastFs });
        assert.deepEqual(contents(out), asContents(v2), `call ${k}`);
        assert.deepEqual(leftovers(out), [], `call ${k}`);
      }
    });
  }
});

describe('a build stopped before any of its file-system calls (as by a kill), then the next build', async () => {
  // Each build runs as a process of its own: a PID of its own, and every other one gone.
  let pids = 4_100_000;
  const processOf = () => {
    pids += 1;
    const pid = pids;
    return { pid, alive: (p: number) => p === pid };
  };
  /**
   * Stops a write of v2 over `from` before call `k` and every call after it, checks what it left (one
   * complete output, or the previous one complete beside an absent --out), then runs the next build:
   * it must finish, verify against its SHA256SUMS and leave nothing beside the output. Its notes.
   */
  const stopThenBuild = async (k: number, from: BuildFiles | undefined, inspect: (out: string) => void = () => {}): Promise<string[]> => {
    const out = join(fresh('stop'), 'out');
    if (from) put(out, from);
    // A stop after the swap is no failure of the build: the writer only notes what it could not finish.
    await writeOutput(out, v2, { fs: faulty({ stopAt: k }), ...processOf() }).catch((e) => assert.ok(e instanceof Stopped, `call ${k}: ${String(e)}`));
    const side = sideNames(out);
    if (existsSync(out)) {
      const now = JSON.stringify(contents(out));
      assert.ok((from && now === JSON.stringify(asContents(from))) || now === JSON.stringify(asContents(v2)) || now === '{}', `stop ${k}: --out is complete`);
    } else if (from) assert.deepEqual(contents(side.previous), asContents(from), `stop ${k}: the previous output is complete beside --out`);
    inspect(out);
    const notes: string[] = [];
    await writeOutput(out, v2, { fs: fastFs, note: (m) => notes.push(bilingual(m)), ...processOf() });
    assert.deepEqual(contents(out), asContents(v2), `stop ${k}`);
    verifies(out, `stop ${k}`);
    assert.deepEqual(leftovers(out), [], `stop ${k}: leftovers cleaned`);
    return notes;
  };
  const replacing = await callsOfOneWrite(v1);
  const intoAbsent = await callsOfOneWrite();
  /** The 1-based numbers of the calls of `calls` that create the staging folder's content and fsync it; and those that remove the replaced output. */
  const phases = (calls: readonly Call[]) => {
    const staging = sideNames('out').staging.slice('out'.length);
    const removing = sideNames('out').removing.slice('out'.length);
    const renamed = lastIndexOf(calls, (c) => c.name === 'rename');
    return {
      staging: calls.flatMap((c, i) => (c.path.includes(`${staging}/`) && ['mkdir', 'writeFile', 'sync'].includes(c.name) ? [i + 1] : [])),
      removal: calls.flatMap((c, i) => (i > renamed && c.path.includes(removing) ? [i + 1] : [])),
    };
  };
  it(`replacing a previous output: stopped before each of its ${replacing.length} calls in turn — while staging and while removing the replaced output too — the next build succeeds and verifies`, async () => {
    const { staging, removal } = phases(replacing);
    const files = Object.keys(asContents(v1)).length;
    assert.ok(staging.length > files && removal.length >= 2 * files, `${staging.length} calls stage, ${removal.length} remove the ${files} files`);
    let window = 0;
    for (let k = 1; k <= replacing.length; k += 1) {
      const notes = await stopThenBuild(k, v1, (out) => {
        if (!existsSync(out)) window += 1;
        // Stopped while staging: the previous output untouched. Stopped while removing it: the rest under the removal's name.
        if (staging.includes(k)) assert.deepEqual(contents(out), asContents(v1), `stop ${k}: the previous output intact`);
        if (removal.includes(k)) assert.ok(existsSync(sideNames(out).removing), `stop ${k}: the half-removed output under its removal name`);
      });
      if (staging.includes(k) && k !== staging[0])
        assert.match(notes.join('\n'), /removed out\.dataset-build-new, the unfinished output of a stopped build/, `stop ${k}`);
      if (removal.includes(k))
        assert.match(notes.join('\n'), /finished removing out\.dataset-build-removing, the output a stopped build had replaced/, `stop ${k}`);
    }
    assert.equal(window, 1, 'exactly one stop point (between the two renames) leaves --out absent');
  });
  it(`writing into an absent folder: stopped before each of its ${intoAbsent.length} calls in turn, the next build succeeds and verifies`, async () => {
    for (let k = 1; k <= intoAbsent.length; k += 1) await stopThenBuild(k, undefined);
  });
  it('the next build stopped too, before each call of its recovery: the build after it still succeeds and verifies', async () => {
    // What a stop during the removal, between the two renames and while staging leaves, recovered from with a stop at each call of the recovery.
    const { staging, removal } = phases(replacing);
    const between = lastIndexOf(replacing, (c) => c.name === 'rename' && c.path.endsWith('.dataset-build-new')) + 1;
    for (const first of [removal[2]!, between, staging[3]!]) {
      let recovery = Number.POSITIVE_INFINITY;
      for (let k = 1; k <= recovery; k += 1) {
        const out = put(join(fresh('twice'), 'out'), v1);
        await writeOutput(out, v2, { fs: faulty({ stopAt: first }), ...processOf() }).catch((e) => assert.ok(e instanceof Stopped, String(e)));
        const second = faulty({ stopAt: k });
        const after = (step: string) => {
          if (step === 'recovered') recovery = Math.min(recovery, second.calls.length);
        };
        await writeOutput(out, v2, { fs: second, after, ...processOf() }).catch((e) => assert.ok(e instanceof Stopped, String(e)));
        await writeOutput(out, v2, { fs: fastFs, ...processOf() });
        assert.deepEqual(contents(out), asContents(v2), `stops ${first}, ${k}`);
        verifies(out, `stops ${first}, ${k}`);
        assert.deepEqual(leftovers(out), [], `stops ${first}, ${k}`);
      }
      assert.ok(recovery > 5 && recovery < Number.POSITIVE_INFINITY, `first stop ${first}: the recovery took ${recovery} calls`);
    }
  });
});

describe('a build that spilled its site (issue 23 §2): files written out of memory before the write', () => {
  const page = 'site/kpi/5-5-1/index.html';
  /** v2 with its page spilled into `folder` (bytes of its own when given): the page's content is where it lies and its facts. */
  const spilledInto = (folder: string, bytes = Buffer.from(v2.get(page) as string, 'utf8')): ReadonlyMap<string, BuiltContent> => {
    put(folder, new Map([[page, bytes]]));
    return new Map<string, BuiltContent>([...v2].map(([p, c]) => [p, p === page ? { spilledTo: join(folder, p), facts: factsOf(p, bytes) } : c]));
  };
  it('renames each spilled file into the new output, byte for byte, and removes the spill folder; an output that holds them already is left as it is', async () => {
    const parent = fresh();
    const out = join(parent, 'out');
    const spill = `${sideNames(out).spill}${process.pid}`;
    assert.equal(await writeOutput(out, spilledInto(spill), { fs: fastFs, spillFolder: spill }), 'written');
    assert.deepEqual(contents(out), asContents(v2));
    assert.deepEqual(readdirSync(parent), ['out'], 'the spill folder is gone');
    assert.equal(await writeOutput(out, spilledInto(spill), { fs: fastFs, spillFolder: spill }), 'unchanged');
    assert.deepEqual(readdirSync(parent), ['out'], 'the spill folder is gone, its files unused');
    // Another byte of the same size: told apart by its SHA-256, not by its size.
    const edited = Buffer.from(v2.get(page) as string, 'utf8');
    edited[3] = 0x21;
    assert.equal(await writeOutput(out, spilledInto(spill, edited), { fs: fastFs, spillFolder: spill }), 'written');
    assert.equal(sha256(readFileSync(join(out, page))), sha256(edited));
    assert.deepEqual(readdirSync(parent), ['out']);
  });
  it('removes the spill folder of a build that was killed (its process gone), not that of a live build, nor one holding what no build writes', async () => {
    const parent = fresh();
    const out = put(join(parent, 'out'), v1);
    const spill = sideNames(out).spill;
    put(`${spill}111`, new Map([[page, 'half a build']]));
    put(`${spill}222`, new Map([['mine.txt', 'mine']]));
    put(`${spill}333`, new Map([[page, 'a live build’s']]));
    const notes: string[] = [];
    await writeOutput(out, v2, { fs: fastFs, note: (m) => notes.push(bilingual(m)), alive: (pid) => pid === 333 });
    assert.deepEqual(contents(out), asContents(v2));
    assert.deepEqual(readdirSync(parent).sort(), ['out', 'out.dataset-build-spill-222', 'out.dataset-build-spill-333']);
    assert.match(
      notes.join('\n'),
      /^止まったビルドが途中で書き出していたフォルダ out\.dataset-build-spill-111 を削除した ／ removed out\.dataset-build-spill-111, the files a stopped build had set aside while it ran$/m,
    );
    assert.match(notes.join('\n'), /left out\.dataset-build-spill-222 alone/);
    assert.equal(readFileSync(join(`${spill}222`, 'mine.txt'), 'utf8'), 'mine');
  });
});

describe('what earlier versions of the CLI left when stopped', () => {
  it('v2.0.0, stopped while removing the old output (its manifest gone first, some files left): the next build finishes the removal', async () => {
    const parent = fresh();
    const out = put(join(parent, 'out'), v1);
    const half = new Map([...v1].filter(([p]) => p.endsWith('.csv')));
    put(sideNames(out).previous, half);
    const notes: string[] = [];
    await writeOutput(out, v2, { fs: fastFs, note: (m) => notes.push(bilingual(m)) });
    assert.deepEqual(contents(out), asContents(v2));
    // Japanese first, the English beside it, as every message of the CLI.
    assert.match(
      notes.join('\n'),
      /^止まったビルドがすでに置き換えていた出力 out\.dataset-build-old を削除した ／ removed out\.dataset-build-old, the output a stopped build had already replaced$/m,
    );
    assert.deepEqual(readdirSync(parent), ['out']);
  });
  it('v1.0.0: puts back a complete old output when --out is missing, removes an unfinished new one of build files, leaves anything else alone', async () => {
    const parent = fresh();
    const out = join(parent, 'out');
    put(`${out}.old-1234-1700000000000`, v1);
    put(`${out}.tmp-1234-1700000000000`, new Map([...v2].filter(([p]) => p.endsWith('.csv')))); // stopped mid-write
    mkdirSync(`${out}.tmp-99-1`);
    writeFileSync(join(`${out}.tmp-99-1`, 'mine.txt'), 'mine');
    const notes: string[] = [];
    // The output was renamed aside and never replaced: the first thing the next build does is put it back.
    await writeOutput(out, v2, { fs: fastFs, note: (m) => notes.push(bilingual(m)) });
    assert.deepEqual(contents(out), asContents(v2));
    assert.match(notes.join('\n'), /put back the previous output from out\.old-1234-1700000000000/);
    assert.match(notes.join('\n'), /removed out\.tmp-1234-1700000000000, the unfinished output of an earlier version/);
    assert.match(notes.join('\n'), /left out\.tmp-99-1 alone/);
    assert.deepEqual(readdirSync(parent).sort(), ['out', 'out.tmp-99-1']);
    assert.equal(readFileSync(join(`${out}.tmp-99-1`, 'mine.txt'), 'utf8'), 'mine');
  });
  it('v1.0.0: removes an old output that was already replaced, but not one that was edited since', async () => {
    const parent = fresh();
    const out = put(join(parent, 'out'), v1);
    put(`${out}.old-1-2`, v1);
    put(`${out}.old-3-4`, v1);
    writeFileSync(join(`${out}.old-3-4`, '062022_goals.csv'), 'edited');
    const notes: string[] = [];
    await writeOutput(out, v2, { fs: fastFs, note: (m) => notes.push(bilingual(m)) });
    assert.deepEqual(readdirSync(parent).sort(), ['out', 'out.old-3-4']);
    assert.match(notes.join('\n'), /removed out\.old-1-2/);
    assert.match(notes.join('\n'), /left out\.old-3-4 alone/);
  });
});

describe('the lock: one build at a time per output', () => {
  it('a lock of a live process makes the second build stop, saying who holds it; the output is untouched', async () => {
    const out = put(join(fresh(), 'out'), v1);
    const held = await acquireLock(sideNames(out).lock, fastFs, { pid: 4242424, alive: () => true });
    await assert.rejects(
      writeOutput(out, v2, { fs: fastFs, alive: () => true }),
      (e: Error) => e instanceof OutBusy && /another build \(process 4242424 on \S+\) is writing this output/.test(e.message),
    );
    assert.deepEqual(contents(out), asContents(v1));
    held.release();
    await writeOutput(out, v2, { fs: fastFs });
    assert.deepEqual(leftovers(out), []);
  });
  it('takes over the lock of a process that is gone', async () => {
    const out = put(join(fresh(), 'out'), v1);
    await acquireLock(sideNames(out).lock, fastFs, { pid: 4242424, alive: () => true }); // never released: "killed"
    await writeOutput(out, v2, { fs: fastFs, alive: (pid) => pid !== 4242424 });
    assert.deepEqual(contents(out), asContents(v2));
    assert.deepEqual(leftovers(out), []);
  });
  it('a file in the lock’s place that is not a lock is not taken over; one too large to be a lock is not read', async () => {
    const out = put(join(fresh(), 'out'), v1);
    for (const text of ['something else\n', `4242424 host\n${' '.repeat(1 << 20)}`]) {
      writeFileSync(sideNames(out).lock, text);
      await assert.rejects(
        writeOutput(out, v2, { fs: fastFs }),
        (e: Error) => e instanceof OutBusy && /is not a lock of this build; if no build is running, remove it/.test(e.message),
      );
      assert.equal(readFileSync(sideNames(out).lock, 'utf8'), text);
    }
  });
  // A FIFO there (read, it would hang this process) is met by the CLI, in a process of its own: cli-inputs.test.ts.
  it('a symbolic link or a folder in the lock’s place is refused without being opened (checked before the build’s work, and again when it writes)', async () => {
    const out = put(join(fresh(), 'out'), v1);
    const lock = sideNames(out).lock;
    const elsewhere = join(fresh(), 'precious.txt');
    writeFileSync(elsewhere, '4242424 host\n');
    const planted: [string, () => void][] = [
      ['a symbolic link', () => symlinkSync(elsewhere, lock)],
      ['a directory', () => mkdirSync(lock)],
    ];
    for (const [kind, plant] of planted) {
      plant();
      const refused = (e: Error) =>
        e instanceof OutRefused && e.message.includes(`${lock} is ${kind}, not a lock file of this build; nothing was read or written`);
      assert.throws(() => checkLock(lock, nodeFs), refused, kind);
      await assert.rejects(writeOutput(out, v2, { fs: fastFs }), refused, kind);
      assert.deepEqual(contents(out), asContents(v1));
      rmSync(lock, { recursive: true });
    }
    assert.equal(readFileSync(elsewhere, 'utf8'), '4242424 host\n');
  });
  it('never writes through a symbolic link planted at the lock’s draft (DIR.dataset-build-lock.<pid>.new); a draft a killed build of the same PID left is replaced', async () => {
    const out = put(join(fresh(), 'out'), v1);
    const draft = `${sideNames(out).lock}.4242.new`;
    const target = join(fresh(), 'target.txt');
    writeFileSync(target, 'not yours');
    symlinkSync(target, draft);
    await assert.rejects(
      writeOutput(out, v2, { fs: fastFs, pid: 4242 }),
      (e: Error) => e instanceof OutRefused && e.message.includes(`${draft} is in the way: it is a symbolic link, not a lock draft of this build`),
    );
    assert.equal(readFileSync(target, 'utf8'), 'not yours');
    assert.ok(lstatSync(draft).isSymbolicLink());
    rmSync(draft);
    writeFileSync(draft, '42'); // half-written by a build killed with the same PID
    await writeOutput(out, v2, { fs: fastFs, pid: 4242 });
    assert.deepEqual(contents(out), asContents(v2));
    assert.deepEqual(leftovers(out), []);
  });
  it('a folder in the way of the staging folder that is not the build’s is not removed', async () => {
    const out = put(join(fresh(), 'out'), v1);
    mkdirSync(sideNames(out).staging);
    writeFileSync(join(sideNames(out).staging, 'mine.txt'), 'mine');
    await assert.rejects(writeOutput(out, v2, { fs: fastFs }), (e: Error) => e instanceof OutRefused && /dataset-build-new is in the way/.test(e.message));
    assert.equal(readFileSync(join(sideNames(out).staging, 'mine.txt'), 'utf8'), 'mine');
    assert.deepEqual(contents(out), asContents(v1));
  });
});
