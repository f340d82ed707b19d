// The CLI's output under real trouble, spawned as a user runs it: a build killed between the two renames
// of its swap, a second build while the first holds the lock, the next build that recovers; a full
// disk and a read-only file system (a tmpfs in a private mount namespace); and a default build of an
// edited text, whose hash no longer matches sources/source.json, with more diagnostics than are printed.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PRINT_LIMIT } from '../pipeline/diagnostics-limit.ts';
import { cliBundle, root, runCli, seedText, snapshot } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'plan-cli-output-'));
after(() => rmSync(work, { recursive: true, force: true }));
const dist = join(root, 'dist');
// A previous output that differs from the fresh build (one of its files missing, the rest unchanged),
// so the build has something to write: an output that already holds the build is left alone.
const STALE = 'catalog.ttl';

describe('a build killed mid-swap, a concurrent build, and the next build', () => {
  it('killed between the two renames: the previous output complete beside --out; a second build during the next one: exit 4, nothing touched; the next build puts the old output back, then replaces it; nothing left over', async () => {
    const parent = join(work, 'site');
    mkdirSync(parent);
    const out = join(parent, 'out');
    cpSync(dist, out, { recursive: true });
    rmSync(join(out, STALE));
    const before = snapshot(out);

    const killed = runCli(['--out', out], { env: { PLAN_TEST_STOP_AFTER: 'moved-aside' } });
    assert.equal(killed.signal, 'SIGKILL', killed.stderr);
    assert.equal(existsSync(out), false, 'killed between the renames: no --out for that instant');
    assert.deepEqual(snapshot(`${out}.dataset-build-old`), before, 'the previous output is complete beside it');
    assert.ok(existsSync(`${out}.dataset-build-lock`), 'the dead build’s lock is left');

    // The next build takes the stale lock and waits right after taking it; a second build comes meanwhile.
    const go = join(work, 'go');
    const first = spawn(process.execPath, [cliBundle(), '--out', out], { cwd: root, env: { ...process.env, PLAN_TEST_WAIT_AFTER: `locked:${go}` } });
    let firstErr = '';
    first.stderr.setEncoding('utf8');
    await new Promise<void>((resolve, reject) => {
      first.stderr.on('data', (t: string) => {
        firstErr += t;
        if (firstErr.includes('waiting after locked')) resolve();
      });
      first.on('exit', (code) => reject(new Error(`the first build ended (${code}) before taking the lock: ${firstErr}`)));
    });
    const second = runCli(['--out', out]);
    assert.equal(second.status, 4, second.stderr);
    assert.match(
      second.stderr,
      new RegExp(
        `^.*? ／ --out ".*out": another build \\(process ${first.pid} on \\S+\\) is writing this output; wait for it to finish; nothing was written {2}\\(cli:out-busy\\)\\n$`,
        'm',
      ),
    );
    assert.equal(existsSync(out), false, 'the second build touched nothing');
    assert.deepEqual(snapshot(`${out}.dataset-build-old`), before);

    writeFileSync(go, '');
    const status = await new Promise<number | null>((resolve) => {
      first.stderr.on('data', (t: string) => (firstErr += t));
      first.removeAllListeners('exit');
      first.on('close', resolve);
    });
    assert.equal(status, 0, firstErr);
    assert.match(firstErr, /note: .*out: [^\n]*? ／ put back the previous output from out\.dataset-build-old: a build was stopped while swapping it\n/);
    assert.match(firstErr, /note: .*out: [^\n]*? ／ removed out\.dataset-build-new, the unfinished output of a stopped build\n/);
    assert.deepEqual(snapshot(out), snapshot(dist));
    assert.deepEqual(readdirSync(parent), ['out'], 'no staging folder, old output or lock left');
  });
});

const namespaces = spawnSync('unshare', ['-rm', 'true']).status === 0;

describe('I/O failures: exit 3, the path and the OS error named, the previous output intact', () => {
  it('a full disk (ENOSPC) and a read-only file system (EROFS), on a real tmpfs', {
    skip: namespaces ? false : 'needs `unshare -rm` (user and mount namespaces) to mount a small tmpfs without touching the machine',
  }, () => {
    const results = join(work, 'io');
    mkdirSync(results);
    const mountPoint = mkdtempSync(join(work, 'tmpfs-'));
    // The tmpfs holds dist/ (each file takes whole 4 KB pages) and half as much again: the build's second copy does not fit.
    const pages = (dir: string): number =>
      readdirSync(dir, { withFileTypes: true }).reduce(
        (n, e) => n + (e.isDirectory() ? 1 + pages(join(dir, e.name)) : Math.ceil(statSync(join(dir, e.name)).size / 4096) || 1),
        0,
      );
    const sizeKb = Math.ceil(pages(dist) * 4 * 1.5);
    const script = `set -eu
mount -t tmpfs -o size=${sizeKb}k tmpfs "$1"
cp -a "$4" "$1/out"
rm "$1/out/${STALE}"
for case in enospc erofs; do
  if [ "$case" = erofs ]; then mount -o remount,ro "$1"; fi
  set +e; node "$3" --out "$1/out" 2> "$2/$case.stderr"; echo $? > "$2/$case.status"; set -e
  cp -a "$1/out" "$2/$case-out"; ls -A "$1" > "$2/$case-beside"
done`;
    const r = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', mountPoint, results, cliBundle(), dist], {
      cwd: root,
      encoding: 'utf8',
      timeout: 300_000,
    });
    assert.equal(r.status, 0, r.stderr);
    for (const [what, code] of [
      ['enospc', 'ENOSPC \\(no space left on device\\)'],
      ['erofs', 'EROFS \\(read-only file system\\)'],
    ] as const) {
      const stderr = readFileSync(join(results, `${what}.stderr`), 'utf8');
      assert.equal(readFileSync(join(results, `${what}.status`), 'utf8').trim(), '3', stderr);
      // A full disk shows while writing (the site's files as the build makes them, into its spill folder, or the
      // rest into the staging folder); a read-only file system before the build's work starts.
      const where = what === 'enospc' ? `${mountPoint}/out\\.dataset-build-(new|spill-\\d+)/[^:]+` : mountPoint;
      assert.match(
        stderr,
        new RegExp(`^.*? ／ cannot complete the build: ${where}: ${code}; the previous content of --out ".*/out" is unchanged {2}\\(cli:io\\)$`, 'm'),
      );
      assert.doesNotMatch(stderr, /\n\s+at /);
      const previous = snapshot(dist);
      delete previous[STALE];
      assert.deepEqual(snapshot(join(results, `${what}-out`)), previous, `${what}: previous output intact`);
      assert.equal(readFileSync(join(results, `${what}-beside`), 'utf8'), 'out\n', `${what}: nothing left beside it`);
    }
  });
});

describe('the default build checks the text against sources/source.json, and prints at most the first diagnostics', () => {
  it(`an edited text with 150 invisible characters: the hash mismatch located at source.json's sha256, the first ${PRINT_LIMIT} diagnostics and a count of the rest, exit 1, nothing written`, () => {
    // A copy of the project: the bundled CLI finds its sources one folder above itself.
    const project = join(work, 'project');
    mkdirSync(join(project, '.build'), { recursive: true });
    // The CLI and the chunks it loads (scripts/bundle.mjs).
    const bundleDir = dirname(cliBundle());
    for (const f of readdirSync(bundleDir).filter((n) => n.endsWith('.mjs'))) copyFileSync(join(bundleDir, f), join(project, '.build', f));
    for (const f of ['sources', 'schemas', 'dataset.config.json']) cpSync(join(root, f), join(project, f), { recursive: true });
    // The bundle imports sql.js from node_modules (it finds its WebAssembly beside itself).
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
    const lines = seedText().split('\n');
    let marked = 0;
    for (let k = 0; k < lines.length && marked < 150; k += 1) {
      if (lines[k]!.trim() === '') continue;
      lines[k] = `\u200B${lines[k]}`;
      marked += 1;
    }
    writeFileSync(join(project, 'sources', 'yonezawa-zenki-kihon-keikaku.txt'), lines.join('\n'));
    const r = spawnSync(process.execPath, [join(project, '.build', 'cli.mjs')], {
      cwd: project,
      env: { ...process.env, INIT_CWD: project },
      encoding: 'utf8',
      timeout: 300_000,
    });
    assert.equal(r.status, 1, r.stderr);
    const printed = r.stderr.split('\n').filter((l) => /^\S+:\d+:\d+ {2}(error|warning) {2}/.test(l));
    assert.equal(printed.length, PRINT_LIMIT);
    const hashLine =
      readFileSync(join(root, 'sources', 'source.json'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"sha256"')) + 1;
    assert.match(
      printed[0]!,
      new RegExp(
        `^sources/source\\.json:${hashLine}:\\d+ {2}error {2}.*? ／ sha256 is 21568c98[0-9a-f]+, but sources/yonezawa-zenki-kihon-keikaku\\.txt has SHA-256 [0-9a-f]{64}: the text is not the one source\\.json describes; .* {2}\\(read:source-hash\\)$`,
      ),
    );
    const more =
      /^ほかにエラー \d+ 件と警告 \d+ 件.*? ／ … and (\d+) more error\(s\) and (\d+) more warning\(s\) not shown \(the first 100 by place are above\)$/m.exec(
        r.stderr,
      );
    assert.ok(more, r.stderr.slice(-500));
    assert.equal(Number(more[1]), 0);
    assert.ok(Number(more[2]) >= 150 - (PRINT_LIMIT - 1), `${more[2]} warnings not shown`);
    assert.match(r.stderr, /build failed: 1 error\(s\); dist left as it was\n$/);
    assert.equal(existsSync(join(project, 'dist')), false);
  });
});
