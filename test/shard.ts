// `npm test` (scripts/test.mjs) runs every test/*.test.ts in three processes, test/shard-1.ts to
// test/shard-3.ts (on two cores: one runs while another waits on a browser or a JVM), instead of one process
// per file: starting a process that loads the pipeline under tsx costs ~1.5 s of CPU, which over 20+ files
// was ~40 % of the suite's CPU time. Each
// shard takes the next file nobody has claimed (heaviest first, so they finish together), runs it as
// one suite named after the file, and awaits it before claiming the next. A claim is a folder made with
// mkdir (atomic) in the directory PLAN_TEST_CLAIMS that scripts/test.mjs creates for the run and checks
// afterwards (every file claimed). New files are picked up by their name; one without a weight below
// runs among the lightest. A file still runs on its own as before: `node --import tsx --test test/x.test.ts`.
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * CPU seconds each file took on its own (`/usr/bin/time node --import tsx --test test/x.test.ts`, user + sys, so
 * ~1.3 s of tsx start-up and the children — browser, JVM, LibreOffice, R, CLIs — included; 2-core machine,
 * Node 20, busy): heaviest first. Only the order matters: the shards claim files as they go.
 */
const weights: Record<string, number> = {
  'site-browser': 19.5,
  'hostile-input': 18.2,
  'fuzz-pipeline': 7.3,
  'typed-xlsx': 13.3,
  cli: 12,
  'cli-output': 11,
  'linked-shacl': 8.7,
  'regex-bounds': 8.1,
  'release-e2e': 8.1,
  progress: 7.5,
  'release-assets': 7.4,
  'release-gates': 6.9,
  'load-recipes': 7,
  'linked-checksums': 6.6,
  'linked-jsonld': 5.9,
  plausibility: 5.6,
  site: 5.5,
  csv: 5.4,
  'progress-release': 5.3,
  'release-diff': 4.8,
  schemas: 4.4,
  'output-dir': 4.0,
  pages: 4.0,
  extract: 3.9,
  rdf: 3.9,
  'release-pages': 3.9,
  'typed-sqlite': 3.9,
  'foreign-keys': 3.6,
  provenance: 3.6,
  'linked-datapackage': 3.5,
  indicators: 3.3,
  'rule-cases': 3.2,
  'release-notes': 2.8,
  rules: 2.7,
  grade: 2.5,
  'plan-nesting': 2.4,
  imports: 2.2,
  readme: 2.2,
  source: 2.1,
  lint: 2.0,
  'release-workflows': 1.8,
  'curated-sdg-links': 1.5,
  columns: 1.4,
  text: 1.1,
};

const here = dirname(fileURLToPath(import.meta.url));

export const runShard = async (): Promise<void> => {
  // npm test's scratch folder on a tmpfs (scripts/test.mjs says why): every test file and what it spawns
  // makes its temporary files there.
  if (process.env.PLAN_TEST_SCRATCH) process.env.TMPDIR = process.env.PLAN_TEST_SCRATCH;
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
  // Seconds since npm test started the shards (PLAN_TEST_LAUNCHED, epoch ms), so the three shards' lines share a clock.
  const launched = Number(process.env.PLAN_TEST_LAUNCHED ?? Date.now());
  const at = (epochMs: number) => ((epochMs - launched) / 1000).toFixed(1);
  for (const { file } of files) {
    if (!claim(file)) continue;
    const before = process.cpuUsage();
    const started = Date.now();
    await describe(file, async () => {
      await import(join(here, file));
    });
    const used = process.cpuUsage(before);
    cpu.push(`${file} ${((used.user + used.system) / 1e6).toFixed(1)} s (${at(started)}–${at(Date.now())})`);
  }
  // PLAN_TEST_TIMES=1 npm test: the CPU time of each file in this process (spawned commands not counted), for the
  // weights above, and when it ran (seconds from the start of the run).
  if (process.env.PLAN_TEST_TIMES) process.stderr.write(`CPU per file: ${cpu.join(', ')}\n`);
};
