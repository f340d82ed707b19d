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

/** CPU seconds each file took on its own, children (browser, JVM, LibreOffice, CLIs) included (2-core machine, Node 20): heaviest first. */
const weights: Record<string, number> = {
  'site-browser': 27,
  'fuzz-pipeline': 15,
  'hostile-input': 12,
  cli: 10,
  'typed-xlsx': 9,
  'cli-output': 9,
  'release-gates': 6.5,
  'release-assets': 6.4,
  'regex-bounds': 6.1,
  'linked-shacl': 5.9,
  progress: 5.7,
  'release-e2e': 5.1,
  'load-recipes': 4.7,
  schemas: 4.5,
  'linked-jsonld': 4.5,
  'release-diff': 4.4,
  plausibility: 3.9,
  'release-pages': 3.3,
  site: 3.2,
  'progress-release': 3.2,
  'output-dir': 2.7,
  pages: 2.5,
  rdf: 2.3,
  'linked-checksums': 2.2,
  csv: 2.1,
  'release-notes': 2,
  'rule-cases': 2.5,
  rules: 2,
  lint: 1,
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
