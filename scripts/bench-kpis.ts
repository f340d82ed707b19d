// The KPI scale of issue 23 §2: policy 4-1's KPI table grown to n rows (`kpiScaled`), and the build of that
// text measured. `node --expose-gc --import tsx scripts/bench-kpis.ts N [--heap-profile] [--actuals]`
// builds it in process, as `npm run build` does but without writing, and prints its CPU, peak RSS and what
// the finished build holds, by kind of output; --heap-profile adds the live heap at the end by the stage
// that allocated it (a sampling heap profile) and the highest RSS seen while each stage ran; --actuals
// gives every KPI an actual, for the progress path; --spill DIR writes the site's files out as they are made, as the CLI does (beside DIR/out, removed at the end). `… bench-kpis.ts N --text FILE` only writes the grown plan
// text to FILE, for the build as a user runs it: `/usr/bin/time -v npm run build -- --source FILE --out DIR`.
// BENCHMARKS.md ("Linear in the plan's size") has the figures.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { setFlagsFromString } from 'node:v8';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build, parseModel } from '../pipeline/build.ts';
import { heapGrowth, loadSchemas, spillBeside } from '../pipeline/cli.ts';
import { Reporter } from '../pipeline/diagnostics.ts';
import { paths, root } from '../pipeline/paths.ts';
import { readConfig, readSourceInfo } from '../pipeline/read/settings.ts';

const config = readConfig();
const source = readSourceInfo();
const seed = readFileSync(join(root, 'sources', source.file), 'utf8');
const lines = seed.split('\n');

/** Digits as kanji, so that a name made unique reads as a name, not as a number the KPI parser would take. */
const kanjiDigits = '〇一二三四五六七八九';
/**
 * The plan with policy 4-1's KPI table grown to n rows: its rows (each from its name's line, as the
 * parsed model gives it, to the next row or the table's end) repeated in turn, every copy's name made
 * unique by a suffix (特定健康診査の受診率（国保）一二). n KPIs in policy 4-1, plus the plan's others.
 */
export const kpiScaled = (n: number): string => {
  const { model } = parseModel(Buffer.from(seed, 'utf8'), 'bench.txt', config, { sdgLinks: undefined }, source.period, new Reporter());
  const starts = model.tables.indicators.filter((k) => k.policyId === 'policy-4-1').map((k) => k.sourceLine - 1);
  const end = lines.findIndex((l, i) => i > starts.at(-1)! && l.trimStart().startsWith('■'));
  const rows = starts.map((start, j) => lines.slice(start, starts[j + 1] ?? end));
  const grown: string[] = [];
  for (let k = 0; k * rows.length < n; k += 1) {
    const suffix = k === 0 ? '' : [...String(k)].map((d) => kanjiDigits[Number(d)]).join('');
    for (const [name, ...rest] of rows.slice(0, n - k * rows.length)) grown.push(`${name!.trimEnd()}${suffix} `, ...rest);
  }
  return [...lines.slice(0, starts[0]), ...grown, ...lines.slice(end)].join('\n');
};

/** Bytes of a file as the build holds it: a string's characters at 1 byte (Latin-1) or 2, or the bytes of a Uint8Array. */
const heldBytes = (content: string | Uint8Array): number =>
  typeof content === 'string' ? content.length * (/[^\u0000-\u00ff]/.test(content) ? 2 : 1) : content.byteLength;

/** The kind of output a file of the build is, for the memory profile. */
const kindOf = (path: string): string =>
  path.startsWith('site/')
    ? 'site pages'
    : /\.(jsonld|ttl)$/.test(path)
      ? 'JSON-LD and Turtle'
      : /\.(sqlite)$/.test(path)
        ? 'SQLite'
        : /\.(xlsx)$/.test(path)
          ? 'workbook'
          : /\.csv$/.test(path)
            ? 'CSV'
            : 'JSON and the rest';

/** The stages, in priority: an allocation or a CPU sample belongs to the first whose module is on its stack. */
const stages: [RegExp, string][] = [
  [/\/emit\/png\.ts|resvg/, 'chart images (resvg)'],
  [/search-readings|kuromoji/, 'search readings (kuromoji)'],
  [/\/emit\/site\//, 'site'],
  [/\/emit\/(jsonld|rdf|turtle|vocab|context|namespaces)\.ts/, 'JSON-LD, quads, Turtle'],
  [/\/emit\/sqlite\.ts|sql-wasm/, 'SQLite'],
  [/\/emit\/(xlsx|ooxml)\.ts|fflate/, 'workbook'],
  [/\/emit\/csv\.ts/, 'CSV'],
  [/\/emit\/(plan|schemas|quality-report)\.ts/, 'JSON documents'],
  [/\/emit\/(checksums|metadata|manifest|datapackage|catalog)\.ts|\/sha256\.ts/, 'file map, checksums, catalog'],
  [/\/validate\//, 'validation'],
  [/\/(model|parse|read)\//, 'model (parse, rows)'],
];

interface ProfileFrame {
  callFrame: { url: string; functionName: string };
}
interface SamplingNode extends ProfileFrame {
  selfSize: number;
  children: SamplingNode[];
}
interface CpuProfile {
  nodes: (ProfileFrame & { id: number; children?: number[] })[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const other = 'other (start-up, libraries, GC)';
/** The stage of a stack (its frames' URLs): the first of `stages` one of them names. */
const stageOfStack = (urls: readonly string[]): string => stages.find(([re]) => urls.some((u) => re.test(u)))?.[1] ?? other;

/** Live bytes by stage from a sampling heap profile: each node's self size goes to the stage of its stack. */
const byStage = (node: SamplingNode, stack: string[] = [], out = new Map<string, number>()): Map<string, number> => {
  const urls = [...stack, node.callFrame.url];
  const stage = stageOfStack(urls);
  out.set(stage, (out.get(stage) ?? 0) + node.selfSize);
  for (const c of node.children) byStage(c, urls, out);
  return out;
};

/**
 * The highest RSS seen while each stage ran: a worker thread (whose timers run while the build blocks the
 * main thread) reads the process's RSS every 5 ms against the monotonic clock that the main thread's CPU
 * profile also uses; each reading goes to the stage of the CPU sample nearest in time.
 */
const rssPoller = `
const { parentPort } = require('node:worker_threads');
const readings = [];
const timer = setInterval(() => readings.push([Number(process.hrtime.bigint() / 1000n), process.memoryUsage.rss()]), 5);
parentPort.on('message', () => { clearInterval(timer); parentPort.postMessage(readings); });
`;

const peakByStage = (profile: CpuProfile, readings: [number, number][]): Map<string, number> => {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const stackOf = (id: number | undefined): string[] => (id === undefined ? [] : [nodes.get(id)!.callFrame.url, ...stackOf(parent.get(id))]);
  const stageOf = (id: number): string => stageOfStack(stackOf(id));
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) {
    t += d;
    times.push(t);
  }
  const peaks = new Map<string, number>();
  let k = 0;
  for (const [at, rss] of readings) {
    while (k + 1 < times.length && times[k + 1]! <= at) k += 1;
    if (at < profile.startTime || k >= profile.samples.length) continue;
    const stage = stageOf(profile.samples[k]!);
    peaks.set(stage, Math.max(peaks.get(stage) ?? 0, rss));
  }
  return peaks;
};

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/**
 * One actual per KPI of the n-KPI plan, FY2026, from its baseline towards its target, for the progress path
 * (the committed file has none). Bench input only: it never leaves this process.
 */
const benchActuals = (bytes: Uint8Array): string => {
  const { model } = parseModel(bytes, 'bench.txt', config, { sdgLinks: undefined }, source.period, new Reporter());
  const rows = model.tables.indicators.map((k) => `${k.id},2026,${(k.baselineValue + k.targetValue) / 2},bench-kpis.ts (not a published figure)`);
  return ['指標ID,年度,実績値,出典', ...rows, ''].join('\n');
};

/** Build the n-KPI plan in process and print its CPU, peak RSS and what the finished build holds. */
const kpiBench = async (n: number, heapProfile: boolean, withActuals: boolean, spillTo: string | undefined) => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('bench-scale kpis: run node with --expose-gc');
  // The heap grows as the CLI lets it (cli.ts), so the peak RSS is the one a user meets.
  setFlagsFromString(heapGrowth);
  const bytes = Buffer.from(kpiScaled(n), 'utf8');
  const schemas = await loadSchemas(paths.schemas);
  const curated = {
    sdgLinks: { file: 'sources/sdg-links.csv', text: readFileSync(paths.sdgLinks, 'utf8') },
    indicatorActuals: { file: 'sources/indicator-actuals.csv', text: withActuals ? benchActuals(bytes) : readFileSync(paths.indicatorActuals, 'utf8') },
  };
  gc();
  const before = process.memoryUsage();
  console.log(`before the build (modules loaded, the ${n}-KPI text in memory): RSS ${mb(before.rss)}`);
  const session = new Session();
  const poller = new Worker(rssPoller, { eval: true });
  if (heapProfile) {
    session.connect();
    await session.post('HeapProfiler.startSampling', { samplingInterval: 64 * 1024 });
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 2000 });
    await session.post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  // --spill DIR: the site's files written out as they are made, by the CLI's own spill, beside DIR/out (issue 23 §2).
  if (spillTo) mkdirSync(spillTo, { recursive: true });
  const spilling = spillTo ? spillBeside(join(spillTo, 'out')) : undefined;
  const result = await build({ bytes, file: 'bench.txt', config, source, schemas, schemaDir: 'schemas', curated, spill: spilling?.spill });
  spilling?.remove();
  const used = process.cpuUsage(cpu);
  const cpuProfile = heapProfile ? ((await session.post('Profiler.stop')) as { profile: CpuProfile }).profile : undefined;
  const readings = await new Promise<[number, number][]>((resolve) => {
    poller.once('message', resolve);
    poller.postMessage('stop');
  });
  await poller.terminate();
  if (!result.ok) throw new Error(`bench-scale kpis: the ${n}-KPI build failed: ${result.diagnostics.find((d) => d.severity === 'error')?.reason}`);
  gc();
  const after = process.memoryUsage();
  const kpis = result.model!.tables.indicators.length;
  const cpuS = (used.user + used.system) / 1e6;
  console.log(
    `${kpis} KPIs, ${result.files.size} files: ${cpuS.toFixed(1)} CPU-s (${((cpuS / kpis) * 1000).toFixed(2)} ms per KPI), peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
  console.log(
    `held after the build: heap ${mb(after.heapUsed - before.heapUsed)}, array buffers ${mb(after.arrayBuffers - before.arrayBuffers)}, RSS ${mb(after.rss)}`,
  );
  const kinds = new Map<string, [number, number]>();
  for (const [path, content] of result.files) {
    const [files, held] = kinds.get(kindOf(path)) ?? [0, 0];
    kinds.set(kindOf(path), [files + 1, held + heldBytes(content)]);
  }
  for (const [kind, [files, held]] of [...kinds].sort((x, y) => y[1][1] - x[1][1])) console.log(`  ${kind}: ${files} files, ${mb(held)}`);
  if (heapProfile) {
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
    console.log('live heap at the end, by the stage that allocated it (sampling heap profile):');
    for (const [stage, size] of [...byStage(profile.head)].sort((x, y) => y[1] - x[1])) console.log(`  ${stage}: ${mb(size)}`);
    console.log('the highest RSS while each stage ran (an RSS reading every 5 ms, matched to the CPU profile):');
    for (const [stage, rss] of [...peakByStage(cpuProfile!, readings)].sort((x, y) => y[1] - x[1])) console.log(`  ${stage}: ${mb(rss)}`);
  }
  return result.files.size; // keeps the result alive until here
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = process.argv.indexOf('--text');
  if (text > 0) writeFileSync(process.argv[text + 1] ?? '', kpiScaled(Number(process.argv[2] ?? '2000')));
  else {
    const spill = process.argv.indexOf('--spill');
    await kpiBench(
      Number(process.argv[2] ?? '2000'),
      process.argv.includes('--heap-profile'),
      process.argv.includes('--actuals'),
      spill > 0 ? process.argv[spill + 1] : undefined,
    );
  }
}
