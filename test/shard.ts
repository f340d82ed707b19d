// `npm test` (scripts/test.mjs) runs every test/*.test.ts in two processes, test/shard-1.ts and
// test/shard-2.ts, one per core, instead of one process per file: starting a process that loads the pipeline
// under tsx costs ~1.5 s of CPU, which over 20+ files was ~40 % of the suite's CPU time. (A third shard, to
// use a core while another waits on a browser or a JVM, made the suite use more CPU, not less: the browser
// and the JVM keep the cores busy themselves.) Each shard takes the next file nobody has claimed (heaviest
// first, so they finish together), runs it as one suite named after the file, and awaits it before claiming
// the next. A claim is a folder made with mkdir (atomic) in the directory PLAN_TEST_CLAIMS that
// scripts/test.mjs creates for the run and checks afterwards (every file claimed). New files are picked up by
// their name; one without a weight below runs among the lightest. A file still runs on its own as before:
// `node --import tsx --test test/x.test.ts`.
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * CPU seconds each file took on its own (`/usr/bin/time node --import tsx --test test/x.test.ts`, user + sys, so
 * ~1.3 s of tsx start-up and the children — browser, JVM, LibreOffice, R, CLIs — included; 2-core machine,
 * Node 20, measured again after the fuzz and growth tests were cut): heaviest first. Only the order matters: the
 * shards claim files as they go.
 */
const weights: Record<string, number> = {
  'site-browser': 13.7,
  'typed-xlsx': 10.2,
  'cli-output': 9.5,
  cli: 9.3,
  'release-gates': 8.0,
  'fuzz-pipeline': 7.3,
  'release-e2e': 7.1,
  'hostile-input': 7.1,
  'linked-shacl': 7.0,
  'linked-links': 9.5,
  'linked-entities': 6.4,
  'linked-tables': 5.2,
  'linked-sparql': 3.8,
  w3id: 3.8,
  'load-recipes': 6.6,
  progress: 5.9,
  'release-assets': 5.5,
  site: 5.4,
  'release-diff': 5.1,
  'linked-jsonld': 5.1,
  'regex-bounds': 4.6,
  'progress-release': 4.5,
  plausibility: 4.5,
  schemas: 4.4,
  'linked-checksums': 4.3,
  'release-pages': 4.2,
  'output-dir': 4.2,
  'previous-output': 5.5,
  'next-text': 4.9,
  'rule-cases': 3.5,
  rewrap: 3.0,
  csv: 3.5,
  pages: 3.4,
  'linked-datapackage': 3.4,
  'typed-sqlite': 3.2,
  rdf: 3.2,
  rules: 3.1,
  'release-notes': 3.1,
  provenance: 3.0,
  'release-workflows': 2.9,
  lint: 2.7,
  extract: 2.7,
  indicators: 2.6,
  source: 2.3,
  grade: 2.2,
  'foreign-keys': 2.2,
  imports: 1.9,
  'plan-nesting': 1.8,
  readme: 1.7,
  columns: 1.1,
  text: 1.0,
  'curated-sdg-links': 0.8,
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
  // Seconds since npm test started the shards (PLAN_TEST_LAUNCHED, epoch ms), so the shards' lines share a clock.
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
