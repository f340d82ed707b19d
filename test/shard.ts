// `npm test` (scripts/test.mjs) runs every test/*.test.ts in two processes, test/shard-1.ts and
// test/shard-2.ts (one a core), instead of one process per file: starting a process that loads the
// pipeline under tsx costs ~1.5 s of CPU, which over 20+ files was ~40 % of the suite's CPU time. Each
// shard takes the next file nobody has claimed (heaviest first, so the two finish together), runs it as
// one suite named after the file, and awaits it before claiming the next. A claim is a folder made with
// mkdir (atomic) in the directory PLAN_TEST_CLAIMS that scripts/test.mjs creates for the run and checks
// afterwards (every file claimed). New files are picked up by their name; one without a weight below
// runs among the lightest. A file still runs on its own as before: `node --import tsx --test test/x.test.ts`.
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe } from 'node:test';
import { fileURLToPath } from 'node:url';

/** CPU seconds each file took on its own in a shard (2-core machine, Node 20): heaviest first. */
const weights: Record<string, number> = {
  'fuzz-pipeline': 20,
  'cli-output': 14,
  cli: 12,
  'hostile-input': 11,
  'linked-shacl': 6,
  'release-assets': 5,
  'linked-jsonld': 4.5,
  'release-diff': 3.5,
  'release-e2e': 3.5,
  csv: 3.5,
  'output-dir': 3,
  pages: 3,
  'linked-checksums': 3,
  'rule-cases': 2.5,
  rules: 2,
};

const here = dirname(fileURLToPath(import.meta.url));

export const runShard = async (): Promise<void> => {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => ({ file: f, weight: weights[f.slice(0, -'.test.ts'.length)] ?? 1 }))
    .sort((a, b) => b.weight - a.weight || (a.file < b.file ? -1 : 1));
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
  for (const { file } of files) {
    if (!claim(file)) continue;
    const before = process.cpuUsage();
    await describe(file, async () => {
      await import(join(here, file));
    });
    const used = process.cpuUsage(before);
    cpu.push(`${file} ${((used.user + used.system) / 1e6).toFixed(1)} s`);
  }
  // PLAN_TEST_TIMES=1 npm test: the CPU time of each file in this process (spawned commands not counted), for the weights above.
  if (process.env.PLAN_TEST_TIMES) process.stderr.write(`CPU per file: ${cpu.join(', ')}\n`);
};
