// `npm test` (scripts/test.mjs) runs every test/*.test.ts in two processes, test/shard-1.ts and
// test/shard-2.ts, one per core, instead of one process per file: starting a process that loads the pipeline
// under tsx costs ~1.5 s of CPU, which over 20+ files was ~40 % of the suite's CPU time. (A third shard, to
// use a core while another waits on a browser or a JVM, made the suite use more CPU, not less: the browser
// and the JVM keep the cores busy themselves.) Each shard takes the next file nobody has claimed, in name order,
// runs it as one suite named after the file, and awaits it before claiming the next, so a shard that drew long
// files takes fewer: a fixed split of the files (every other name) would leave one shard ~25 % longer, while
// claiming the heaviest first (a table of measured weights, removed for issue 23) shortened the run by ~3 %,
// too little for a table to keep up to date (BENCHMARKS.md). A claim is a folder made with mkdir (atomic) in the
// directory PLAN_TEST_CLAIMS that scripts/test.mjs creates for the run and checks afterwards (every file
// claimed). A file still runs on its own as before: `node --import tsx --test test/x.test.ts`.
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const runShard = async (): Promise<void> => {
  // npm test's scratch folder on a tmpfs (scripts/test.mjs says why): every test file and what it spawns
  // makes its temporary files there.
  if (process.env.PLAN_TEST_SCRATCH) process.env.TMPDIR = process.env.PLAN_TEST_SCRATCH;
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.test.ts'))
    .sort();
  // Run alone (not by scripts/test.mjs), a shard claims every file.
  const claims = process.env.PLAN_TEST_CLAIMS ?? mkdtempSync(join(tmpdir(), 'plan-test-claims-'));
  const claim = (file: string): boolean => {
    try {
      mkdirSync(join(claims, file));
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
  };
  const cpu: string[] = [];
  // Seconds since npm test started the shards (PLAN_TEST_LAUNCHED, epoch ms), so the shards' lines share a clock.
  const launched = Number(process.env.PLAN_TEST_LAUNCHED ?? Date.now());
  const at = (epochMs: number) => ((epochMs - launched) / 1000).toFixed(1);
  for (const file of files) {
    if (!claim(file)) continue;
    const before = process.cpuUsage();
    const started = Date.now();
    await describe(file, async () => {
      await import(join(here, file));
    });
    const used = process.cpuUsage(before);
    cpu.push(`${file} ${((used.user + used.system) / 1e6).toFixed(1)} s (${at(started)}–${at(Date.now())})`);
  }
  // PLAN_TEST_TIMES=1 npm test: the CPU time of each file in this process (spawned commands not counted) and when
  // it ran (seconds from the start of the run).
  if (process.env.PLAN_TEST_TIMES) process.stderr.write(`CPU per file: ${cpu.join(', ')}\n`);
};
