// The real CLI's system calls, under strace (Debian's; .ci/run installs it): every file and folder of the new
// output fsynced before the staging folder is renamed into place, and the folder holding it after; an
// fsync that fails (EIO, injected into the real system call) fails the build with exit 3 and the previous
// output kept; and a SIGKILL delivered at a real unlink while the replaced output is being removed does not
// keep the next build from finishing an output that verifies against its SHA256SUMS. (Every other stop, one
// before each file-system call of a build, is in output-dir.test.ts: three real builds cost enough here.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseSha256Sums } from '../pipeline/sha256.ts';
import { needs, stracePath } from './consumers.ts';
import { cliBundle, root, snapshot } from './helpers.ts';

const strace = stracePath();
const work = mkdtempSync(join(tmpdir(), 'plan-cli-durability-'));
after(() => rmSync(work, { recursive: true, force: true }));
const dist = join(root, 'dist');

/** One completed system call of a strace log: its name, the paths it names (an fd's path with -y), its result. */
interface Syscall {
  pid: string;
  name: string;
  paths: string[];
  result: string;
}

/** The calls of a `strace -f -y` log in the order they completed (a call split by another thread's is joined). */
const parseTrace = (log: string): Syscall[] => {
  const pending = new Map<string, string>();
  const calls: Syscall[] = [];
  for (const line of log.split('\n')) {
    const m = /^(\d+) +(.*)$/.exec(line);
    if (!m) continue;
    const [, pid, rest] = m as unknown as [string, string, string];
    const resumed = /^<\.\.\. \w+ resumed>(.*)$/.exec(rest);
    const text = resumed ? `${pending.get(pid) ?? ''}${resumed[1]}` : rest;
    if (text.endsWith(' <unfinished ...>')) {
      pending.set(pid, text.slice(0, -' <unfinished ...>'.length));
      continue;
    }
    const call = /^(\w+)\((.*)\) += (.*)$/.exec(text);
    if (!call) continue;
    const [, name, args, result] = call as unknown as [string, string, string, string];
    const paths = [...args.matchAll(/"((?:[^"\\]|\\.)*)"|^\d+<([^>]*)>/g)].map((p) => (p[1] ?? p[2])!);
    calls.push({ pid, name, paths, result });
  }
  return calls;
};

/**
 * Runs the bundled CLI under strace with `options` (filters, injections); the log, when one is asked for.
 * Stopping the process only at the calls traced (--seccomp-bpf) costs a third of the CPU, but strace 6.1
 * then delivers no injected signal: a kill runs without it.
 */
const underStrace = (options: string[], out: string, log?: string) => {
  const filter = options.some((o) => o.includes(':signal=')) ? [] : ['--seccomp-bpf'];
  const r = spawnSync(
    strace!,
    ['-f', '-qq', '-y', '-s', '4096', ...filter, '-o', log ?? '/dev/null', ...options, process.execPath, cliBundle(), '--out', out],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  return { status: r.status, signal: r.signal, stderr: r.stderr, calls: log ? parseTrace(readFileSync(log, 'utf8')) : [] };
};
const build = (out: string) => spawnSync(process.execPath, [cliBundle(), '--out', out], { cwd: root, encoding: 'utf8', timeout: 300_000 });

/** Every file and folder under `dir`, relative, folders with a trailing slash; '' for `dir` itself. */
const entries = (dir: string): string[] => [
  '',
  ...readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => {
    const rel = join(e.parentPath ?? e.path, e.name).slice(dir.length + 1);
    return e.isDirectory() ? `${rel}/` : rel;
  }),
];
/** `dir` holds exactly the files its SHA256SUMS lists (and the manifest), each with the SHA-256 stated there. */
const verifies = (dir: string): void => {
  const sums = parseSha256Sums(readFileSync(join(dir, 'SHA256SUMS'), 'utf8'));
  const files = entries(dir).filter((e) => e !== '' && !e.endsWith('/'));
  assert.deepEqual(files.sort(), [...new Set([...sums.keys(), 'SHA256SUMS', '.dataset-build'])].sort());
  for (const [path, digest] of sums)
    assert.equal(
      createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex'),
      digest,
      path,
    );
};

describe('the real CLI under strace', { skip: needs('strace', strace) }, () => {
  const parent = join(work, 'site');
  const out = join(parent, 'out');
  const staging = `${out}.dataset-build-new`;
  /** A previous output the fresh build differs from (one file missing), so the build has something to write. */
  const stale = (): void => {
    if (!existsSync(out)) cpSync(dist, out, { recursive: true });
    rmSync(join(out, 'catalog.ttl'));
  };
  mkdirSync(parent);
  stale();
  const previous = snapshot(out);

  it('an fsync that fails with EIO (injected into the real system call) fails the build: exit 3, the file named, the previous output kept, nothing left beside it', () => {
    // Every fsync but the first of each thread fails: the lock's draft may be synced, the staged files cannot.
    const r = underStrace(['-e', 'trace=fsync,fdatasync', '-e', 'inject=fsync,fdatasync:error=EIO:when=2+'], out);
    assert.equal(r.status, 3, r.stderr);
    assert.match(
      r.stderr,
      /^.*? ／ cannot complete the build: \S+\.dataset-build-new\/\S+: EIO \([^)]+\); the previous content of --out ".*out" is unchanged {2}\(cli:io\)$/m,
    );
    assert.deepEqual(snapshot(out), previous);
    assert.deepEqual(readdirSync(parent), ['out']);
  });

  it('fsyncs every file and every folder of the new output before renaming it into place, then the folder that holds it; killed (SIGKILL) at an unlink while removing the replaced output, the next build finishes the removal and its output verifies against SHA256SUMS', () => {
    // Killed at the real unlink of the middle file of the replaced output (after the lock draft's): the same
    // trace shows every fsync and the swap that came before.
    const log = join(work, 'build.strace');
    const when = 1 + Math.ceil(Object.keys(previous).length / 2);
    const r = underStrace(
      ['-e', 'trace=fsync,fdatasync,rename,renameat,renameat2,unlink,unlinkat', '-e', `inject=unlink,unlinkat:signal=KILL:when=${when}`],
      out,
      log,
    );
    assert.equal(r.signal, 'SIGKILL', r.stderr);
    const calls = r.calls;
    const swap = calls.findIndex((c) => c.name.startsWith('rename') && c.paths[0] === staging && c.paths[1] === out);
    assert.ok(swap > 0, 'the staging folder is renamed into place');
    const synced = new Set(
      calls
        .slice(0, swap)
        .filter((c) => /^f(data)?sync$/.test(c.name) && c.result === '0')
        .map((c) => c.paths[0]),
    );
    const unsynced = entries(out)
      .map((rel) => join(staging, rel).replace(/\/$/, ''))
      .filter((p) => !synced.has(p));
    assert.deepEqual(unsynced, [], 'every file and folder fsynced before the rename');
    assert.ok(
      calls.slice(swap).some((c) => /^f(data)?sync$/.test(c.name) && c.paths[0] === parent && c.result === '0'),
      'the folder holding the output fsynced after the rename',
    );
    // Killed in the middle of removing the replaced output.
    const removed = calls.slice(swap).filter((c) => c.name.startsWith('unlink') && c.paths[0]?.startsWith(`${out}.dataset-build-`));
    assert.ok(removed.length > 10, `${removed.length} files of the replaced output removed before the kill`);
    assert.deepEqual(snapshot(out), snapshot(dist), 'the new output is in place');
    assert.ok(readdirSync(parent).length > 1, 'the rest of the replaced output is left beside it');
    const next = build(out);
    assert.equal(next.status, 0, next.stderr);
    assert.match(
      next.stderr,
      /note: .*out: [^\n]*? ／ (finished removing|removed) out\.dataset-build-\w+, the output a stopped build had (already )?replaced\n/,
    );
    assert.deepEqual(snapshot(out), snapshot(dist));
    verifies(out);
    assert.deepEqual(readdirSync(parent), ['out'], 'nothing left beside the output');
  });
});
