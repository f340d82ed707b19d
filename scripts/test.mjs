// `npm test` after the format and lint check: the typecheck (tsc, incremental: its state in .build/) beside
// the test files in two shard processes (test/shard.ts says why), with one claims folder for the run and
// the bundled commands, brought up to date once, for every test that spawns one (test/helpers.ts). The
// typecheck runs beside the tests, not before them: tsc uses one core, and run first it would leave the other
// idle for its seconds. Its findings print after the tests. Fails when the typecheck fails, or a test file was claimed by no
// shard, so a file can never be skipped in silence.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, rmSync, statfsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBundle } from './bundle.mjs';

/** Whether `dir` is a directory this process may create files in, with at least `bytes` free. */
function hasRoomIn(dir, bytes) {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
    const free = statfsSync(dir);
    return statSync(dir).isDirectory() && free.bavail * free.bsize >= bytes;
  } catch {
    return false;
  }
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The tests' scratch files go to a folder of their own on a RAM-backed tmpfs (/dev/shm) when the machine has
// one and TMPDIR is not set: the suite creates and removes tens of thousands of files (builds written out,
// copies of dist/, release trees); in a profile of the whole suite (perf, BENCHMARKS.md) creating files and
// folders on ext4 was ~7 % of all CPU time (inode allocation, the journal), and on a tmpfs the CLI tests take
// ~9 % less CPU. Renames, links, fsync and their failures behave the same there; the tests that
// need a full or read-only file system mount their own tmpfs. Each shard makes it its TMPDIR once tsx is
// loaded (test/shard.ts), so tsx keeps its transform cache where it always has. Removed at the end, whatever
// the outcome.
// A container's /dev/shm is often 64 MB, and the suite holds ~40 MB at once (sampled every 0.5 s), more for
// an instant: it asks for 1 GiB free, and otherwise stays in the usual temporary folder.
const shm = '/dev/shm';
const scratch = process.env.TMPDIR === undefined && hasRoomIn(shm, 2 ** 30) ? mkdtempSync(join(shm, 'plan-test-')) : undefined;
const claims = mkdtempSync(join(tmpdir(), 'plan-test-claims-'));
// The same bundle npm run build runs, rebuilt only when a source changed.
const cli = await ensureBundle();
/** Runs a command to its end: its exit status (1 when it could not start or was killed) and, when captured, its output. */
const run = (command, args, capture) =>
  new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: {
        ...process.env,
        PLAN_TEST_CLAIMS: claims,
        PLAN_TEST_CLI: cli,
        PLAN_TEST_LAUNCHED: String(Date.now()),
        ...(scratch ? { PLAN_TEST_SCRATCH: scratch } : {}),
      },
    });
    let output = '';
    if (capture) for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ status: 1, output: `${output}${e.message}\n` }));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
// Two shard processes, one per core. A third (so that a shard waiting on Chromium, a JVM or a spawned CLI left its
// core to another) was measured against two in interleaved runs on this 2-core VM: 56–77 s against 52–63 s, 110–152
// against 101–124 CPU-s (BENCHMARKS.md): the browser, the JVM and the CLIs keep the cores busy themselves.
const shards = ['shard-1.ts', 'shard-2.ts'].map((f) => join('test', f));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let status = 1;
try {
  const [typecheck, tests] = await Promise.all([
    run(process.execPath, [tsc, '--noEmit', '--incremental', '--tsBuildInfoFile', join(root, '.build', 'tsc.tsbuildinfo')], true),
    // The shards run V8 --single-threaded (node --test hands its V8 options to each shard; the commands a test spawns
    // run as users run them): a profile of the whole suite (perf) gave the shards' V8 helper threads (concurrent
    // and parallel GC, background compilation; four a process) ~18 % of all CPU, on cores the other shard, the browser and
    // the JVM already keep busy. Five interleaved pairs of runs: 50.8–57.8 s (mean 53.5) against 52.8–61.7 s (56.8),
    // 99–114 machine CPU-s against 103–121; faster in four pairs of five (BENCHMARKS.md).
    run(process.execPath, ['--single-threaded', '--import', 'tsx', '--test', `--test-concurrency=${shards.length}`, '--test-reporter=spec', ...shards], false),
  ]);
  const unclaimed = readdirSync(join(root, 'test')).filter((f) => f.endsWith('.test.ts') && !existsSync(join(claims, f)));
  if (unclaimed.length > 0) process.stderr.write(`\nnot run by any shard: ${unclaimed.join(', ')}\n`);
  process.stderr.write(typecheck.status === 0 ? '\ntypecheck (tsc --noEmit): no errors\n' : `\ntypecheck (tsc --noEmit) failed:\n${typecheck.output}`);
  status = unclaimed.length > 0 || typecheck.status !== 0 ? 1 : tests.status;
} finally {
  rmSync(claims, { recursive: true, force: true });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
process.exit(status);
