// npm run bench: start-up and scale figures for BENCHMARKS.md. Not a test: it prints a table.
//  0. The cold build against its I/O floor (scripts/bench-floor.ts): 7 interleaved rounds, the ratio.
//  1. Cold builds of the seed as separate processes (wall time, peak RSS from /usr/bin/time), next to
//     bare `node -e 0` measured in the same run.
//  2. In-process cost at 1×, 10× and 100× the policy pages of 第３章. Codes are single digits in the
//     plan's grammar (at most 9×9 policies), so a 100× plan cannot pass integrity; what is timed is
//     every per-page stage: decode → lines → page split → parse of every goal and policy page → schema
//     check of the parsed KPI rows (zod) → CSV emit of them. The full build() is timed at 1× beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, parseModel } from '../pipeline/build.ts';
import { collect } from '../pipeline/diagnostics.ts';
import { loadSchemas } from '../pipeline/cli.ts';
import { paths, root } from '../pipeline/paths.ts';
import { readConfig, readSourceInfo } from '../pipeline/read/settings.ts';
import { floorComparison } from './bench-floor.ts';
import { perPageStages, scaled } from './bench-scale.ts';
import { repetitionCases } from '../test/hostile-cases.ts';

const config = readConfig();
const source = readSourceInfo();
const seed = readFileSync(join(root, 'sources', source.file), 'utf8');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall ms and peak RSS (MB) of a command, by /usr/bin/time when present. */
const runTimed = (cmd: string, args: string[], expectStatus = 0): { ms: number; rssMb: number | undefined } => {
  const start = performance.now();
  const r = timeBin ? spawnSync(timeBin, ['-f', '%M', cmd, ...args], { cwd: root, encoding: 'utf8' }) : spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.status !== expectStatus) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}, expected ${expectStatus}: ${r.stderr}`);
  const kb = timeBin ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, rssMb: Number.isFinite(kb) ? kb / 1024 : undefined };
};
const repeat = (n: number, f: () => { ms: number; rssMb: number | undefined }) => {
  const runs = Array.from({ length: n }, f);
  return { ms: median(runs.map((r) => r.ms)), rssMb: Math.max(...runs.map((r) => r.rssMb ?? 0)) };
};

console.log('\n### Cold build against its I/O floor (issue 23 §1; target ≤ 2×)\n');
console.log(floorComparison(7).text);

const out = mkdtempSync(join(tmpdir(), 'plan-bench-'));
const rows: string[][] = [];
const runs = 5;
const bare = repeat(runs, () => runTimed(process.execPath, ['-e', '0']));
const bundle = repeat(runs, () => runTimed(process.execPath, [join(root, 'scripts', 'bundle.mjs')]));
let serial = 0;
/** A folder that does not exist yet: a build into it writes and fsyncs every file. */
const freshOut = (): string => {
  serial += 1;
  return join(out, `fresh-${serial}`);
};
// Into a new folder, then over an output that already holds the build byte for byte (which the writer
// leaves as it is: nothing written).
const bundled = repeat(runs, () => runTimed(process.execPath, [join(root, '.build', 'cli.mjs'), '--out', freshOut()]));
const rebuilt = repeat(runs, () => runTimed(process.execPath, [join(root, '.build', 'cli.mjs'), '--out', join(out, 'fresh-1')]));
const npmBuild = repeat(3, () => runTimed('npm', ['run', '--silent', 'build', '--', '--out', freshOut()]));
const tsxBuild = repeat(3, () => runTimed(process.execPath, ['--import', 'tsx', join(root, 'pipeline', 'cli.ts'), '--out', freshOut()]));
rmSync(out, { recursive: true, force: true });
const ratio = (ms: number) => `${(ms / bare.ms).toFixed(1)}×`;
const mb = (x: number | undefined) => (x ? `${x.toFixed(0)} MB` : 'n/a');
rows.push(['node -e 0 (bare start-up)', `${bare.ms.toFixed(0)} ms`, mb(bare.rssMb), '1.0×']);
rows.push(['bundle step of npm run build (up to date: a digest check, no esbuild)', `${bundle.ms.toFixed(0)} ms`, mb(bundle.rssMb), ratio(bundle.ms)]);
rows.push(['cold build of the seed into a new folder: node .build/cli.mjs', `${bundled.ms.toFixed(0)} ms`, mb(bundled.rssMb), ratio(bundled.ms)]);
rows.push(['the same over its unchanged previous output (nothing written)', `${rebuilt.ms.toFixed(0)} ms`, mb(rebuilt.rssMb), ratio(rebuilt.ms)]);
rows.push(['cold build: npm run build (npm + bundle + build)', `${npmBuild.ms.toFixed(0)} ms`, mb(npmBuild.rssMb), ratio(npmBuild.ms)]);
rows.push(['cold build under tsx (npm run build:dev)', `${tsxBuild.ms.toFixed(0)} ms`, mb(tsxBuild.rssMb), ratio(tsxBuild.ms)]);

const bytesOf = (n: number) => Buffer.from(scaled(n), 'utf8');
const curve: string[][] = [];
let base = 0;
for (const n of [1, 10, 100]) {
  const bytes = bytesOf(n);
  perPageStages(bytes); // warm-up
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const times: number[] = [];
  let info: ReturnType<typeof perPageStages> | undefined;
  let peak = 0;
  for (let r = 0; r < 3; r += 1) {
    const t = performance.now();
    info = perPageStages(bytes);
    times.push(performance.now() - t);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const ms = median(times);
  if (n === 1) base = ms;
  const kb = bytes.length / 1024;
  // The same input in a fresh process that loads only these stages: the memory the input itself needs.
  const fresh = runTimed(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bench-scale.ts'), String(n)]);
  curve.push([
    `${n}×`,
    `${kb.toFixed(0)} KB`,
    `${info!.pages}`,
    `${info!.indicators}`,
    `${info!.actions} (${info!.valid})`,
    `${ms.toFixed(1)} ms`,
    `${((ms / kb) * 1000).toFixed(1)} µs/KB`,
    `${(ms / base).toFixed(1)}×`,
    mb(fresh.rssMb),
    `${(peak / 1048576).toFixed(0)} MB (${((peak - rssBefore) / 1048576).toFixed(0)} MB more)`,
  ]);
}

// The full in-process build() of the seed (warm), for reference.
const schemas = await loadSchemas(paths.schemas);
const seedBytes = Buffer.from(seed, 'utf8');
const fullBuild = async () => build({ bytes: seedBytes, file: 'seed', config, source, schemas, schemaDir: 'schemas', curated: { sdgLinks: undefined } });
await fullBuild();
const buildTimes: number[] = [];
for (let r = 0; r < 5; r += 1) {
  const t = performance.now();
  await fullBuild();
  buildTimes.push(performance.now() - t);
}
const parseTimes: number[] = [];
for (let r = 0; r < 5; r += 1) {
  const t = performance.now();
  collect((report) => parseModel(seedBytes, 'seed', config, { sdgLinks: undefined }, undefined, report));
  parseTimes.push(performance.now() - t);
}

const table = (header: string[], body: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
console.log(`\n### Cold start (median of ${runs}; peak RSS by ${timeBin ?? 'n/a'})\n`);
console.log(table(['what', 'wall', 'peak RSS', 'vs node -e 0'], rows));
console.log('\n### In-process, warm (median of 5)\n');
console.log(
  table(
    ['stage', 'time'],
    [
      ['parseModel(seed): decode → model → row and integrity checks', `${median(parseTimes).toFixed(1)} ms`],
      ['build(seed): parseModel + emit (CSV, JSON, SQLite, workbook, linked data, site) + validation of every JSON', `${median(buildTimes).toFixed(1)} ms`],
    ],
  ),
);
console.log('\n### Scale curve: per-page stages at 1×, 10×, 100× the policy pages of 第３章 (median of 3)\n');
console.log(
  table(
    ['input', 'size', 'pages', 'KPIs', 'action rows (valid)', 'time', 'per KB', 'vs 1×', 'peak RSS, fresh process', 'peak RSS of the bench process'],
    curve,
  ),
);
console.log(`\nnode ${process.version}, ${(await import('node:os')).cpus().length} cores, ${(await import('node:os')).cpus()[0]?.model ?? ''}`);

// --- hostile input --------------------------------------------------------------------------------
// The repetition cases of test/hostile-input.test.ts: at the test's n and 4n (best of 3, CPU time, the
// ratio the test bounds by 10), and once at the largest n within the 10 MB limit (wall and CPU).
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const parseOnce = (bytes: Uint8Array): { wall: number; cpu: number; errors: number; diagnostics: number } => {
  const [w, c] = [performance.now(), cpuMs()];
  const r = collect((report) => parseModel(bytes, 'input.txt', config, { sdgLinks: undefined }, undefined, report));
  return {
    wall: performance.now() - w,
    cpu: cpuMs() - c,
    errors: r.diagnostics.filter((d) => d.severity === 'error').length,
    diagnostics: r.diagnostics.length,
  };
};
const hostile: string[][] = [];
for (const c of repetitionCases(seed)) {
  const utf8 = (n: number) => Buffer.from(c.make(n), 'utf8');
  const [small, large] = [utf8(c.n), utf8(4 * c.n)];
  parseOnce(small);
  const best = (b: Uint8Array) => Math.min(...[0, 1, 2].map(() => parseOnce(b).cpu));
  const [a, b] = [best(small), best(large)];
  const unit = (utf8(1000).length - utf8(1).length) / 999;
  const nMax = Math.floor((config.maxSourceBytes - utf8(1).length) / unit);
  // The largest input may break the pipeline: say so in the table rather than stop the bench.
  let atMax: string[];
  const start = performance.now();
  try {
    const max = parseOnce(utf8(nMax));
    atMax = [
      `${(max.wall / 1000).toFixed(2)} s (CPU ${(max.cpu / 1000).toFixed(2)} s)`,
      max.errors ? `rejected (${max.diagnostics} diagnostics)` : `parsed (${max.diagnostics} diagnostics)`,
    ];
  } catch (e) {
    atMax = [`${((performance.now() - start) / 1000).toFixed(2)} s`, `**throws** ${(e as Error).name}: ${(e as Error).message}`];
  }
  hostile.push([
    c.what,
    `${c.n.toLocaleString('en')} → ${(4 * c.n).toLocaleString('en')}`,
    `${a.toFixed(0)} → ${b.toFixed(0)} ms`,
    `${(b / a).toFixed(1)}×`,
    nMax.toLocaleString('en'),
    ...atMax,
  ]);
}
const cliRows: string[][] = [];
const scratch = mkdtempSync(join(tmpdir(), 'plan-bench-hostile-'));
const fifo = join(scratch, 'plan.fifo');
spawnSync('mkfifo', [fifo]);
const sparse = join(scratch, 'sparse.txt');
spawnSync('truncate', ['-s', '2G', sparse]);
const line = join(scratch, 'line.txt');
writeFileSync(line, 'a'.repeat(config.maxSourceBytes));
const cli = join(root, '.build', 'cli.mjs');
for (const [what, source, status] of [
  ['a FIFO as --source (refused: not a regular file)', fifo, 2],
  ['/dev/zero as --source (refused: not a regular file)', '/dev/zero', 2],
  ['a 2 GB sparse file (refused by its size, unread)', sparse, 1],
  ['a 10 MB single line (rejected with a located error)', line, 1],
] as const) {
  const t = repeat(3, () => runTimed(process.execPath, [cli, '--source', source, '--out', join(scratch, 'never')], status));
  cliRows.push([what, `${status}`, `${t.ms.toFixed(0)} ms`, mb(t.rssMb)]);
}
rmSync(scratch, { recursive: true, force: true });
console.log('\n### Hostile input: repetitions (CPU time, best of 3; the test bounds the ratio by 10×) and the largest within 10 MB\n');
console.log(table(['repeated', 'n → 4n (test)', 'CPU', 'ratio', 'largest n within 10 MB', 'time at that n', 'outcome'], hostile));
console.log('\n### Hostile input through the bundled CLI (median of 3)\n');
console.log(table(['input', 'exit', 'wall', 'peak RSS'], cliRows));
