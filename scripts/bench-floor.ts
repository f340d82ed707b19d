// The cold build against its I/O floor (issue 23 §1), for `npm run bench`; on its own,
// `node --import tsx scripts/bench-floor.ts [PAIRS]` prints only this table (7 pairs unless told).
// The floor is scripts/io-floor.mjs: the exact bytes of a finished build, packed into one blob, written with the
// build's durability and its fsyncs issued all at once. Each round runs `node -e 0`, the build as `npm run build`
// runs it (`node scripts/build.mjs`: the bundle's digest check, then the bundle, in one process) and the floor,
// each a fresh process writing into a new folder, in alternating order so that a machine getting busier or
// quieter weighs on both. The outputs go to .build/ (beside dist/, on the disk a build writes to: a tmpfs would
// make every fsync free). The floor's output is compared with the build's byte for byte, and where strace is
// installed both fsync counts are read from it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from '../pipeline/paths.ts';
import { packFloorBlob } from './io-floor.mjs';

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const straceBin = ['/usr/bin/strace', '/bin/strace'].find((p) => existsSync(p));

/** Every file under `dir`, by relative path, in code-unit order. */
const filesUnder = (dir: string): Map<string, Buffer> => {
  const files = new Map<string, Buffer>();
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else files.set(path, readFileSync(join(dir, path)));
    }
  };
  walk('');
  return files;
};

/** Wall seconds and CPU seconds (user + sys, by /usr/bin/time when present) of one command. */
const timed = (args: string[]): { wall: number; cpu: number | undefined } => {
  const start = performance.now();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%U %S', process.execPath, ...args], { cwd: root, encoding: 'utf8' })
    : spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const wall = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const [user, sys] = timeBin ? (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
  return { wall, cpu: user !== undefined && sys !== undefined && Number.isFinite(user + sys) ? user + sys : undefined };
};

/** fsync and fdatasync calls of one command, every thread and child counted (strace -f -c). */
const fsyncCount = (args: string[], scratch: string): number | undefined => {
  if (!straceBin) return undefined;
  const log = join(scratch, 'strace.txt');
  const r = spawnSync(straceBin, ['-f', '-c', '-e', 'trace=fsync,fdatasync', '-o', log, process.execPath, ...args], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  return [...readFileSync(log, 'utf8').matchAll(/^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?f(?:data)?sync$/gm)].reduce((n, m) => n + Number(m[1]), 0);
};

/** Busy and total jiffies of all cores since boot (/proc/stat), or undefined off Linux. */
const machineCpu = (): { busy: number; total: number } | undefined => {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - fields[3]! - fields[4]!, total };
  } catch {
    return undefined;
  }
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export interface FloorComparison {
  /** The markdown table and the lines under it. */
  text: string;
  /** Median wall time of the build over that of the floor. */
  ratio: number;
}

export const floorComparison = (pairs = 7): FloorComparison => {
  mkdirSync(join(root, '.build'), { recursive: true });
  const scratch = mkdtempSync(join(root, '.build', 'bench-floor-'));
  try {
    const build = (out: string) => [join(root, 'scripts', 'build.mjs'), '--out', out];
    const blob = join(scratch, 'build.blob');
    const floor = (out: string) => [join(root, 'scripts', 'io-floor.mjs'), blob, out];
    // The reference build (it also brings the bundle up to date, so no round pays for esbuild).
    const reference = join(scratch, 'reference');
    timed(build(reference));
    const built = filesUnder(reference);
    const packed = packFloorBlob(built);
    writeFileSync(blob, packed);
    const floorOut = join(scratch, 'floor-check');
    timed(floor(floorOut));
    const written = filesUnder(floorOut);
    const identical = written.size === built.size && [...built].every(([path, bytes]) => written.get(path)?.equals(bytes) === true);
    if (!identical) throw new Error('the floor did not write the bytes of the build');
    rmSync(floorOut, { recursive: true, force: true });
    const fsyncs = { build: fsyncCount(build(join(scratch, 'strace-build')), scratch), floor: fsyncCount(floor(join(scratch, 'strace-floor')), scratch) };

    const kinds = {
      bare: { args: () => ['-e', '0'], wall: [] as number[], cpu: [] as number[] },
      build: { args: build, wall: [] as number[], cpu: [] as number[] },
      floor: { args: floor, wall: [] as number[], cpu: [] as number[] },
    };
    const before = machineCpu();
    const started = performance.now();
    for (let round = 0; round < pairs; round += 1) {
      const order = round % 2 === 0 ? (['bare', 'build', 'floor'] as const) : (['floor', 'build', 'bare'] as const);
      for (const kind of order) {
        const out = join(scratch, `${kind}-${round}`);
        const t = timed(kinds[kind].args(out));
        kinds[kind].wall.push(t.wall);
        if (t.cpu !== undefined) kinds[kind].cpu.push(t.cpu);
        rmSync(out, { recursive: true, force: true });
      }
    }
    const after = machineCpu();
    const seconds = (performance.now() - started) / 1000;
    const perPair = kinds.build.wall.map((w, i) => w / kinds.floor.wall[i]!);
    const ratio = median(kinds.build.wall) / median(kinds.floor.wall);
    const s = (x: number) => `${x.toFixed(3)} s`;
    const cpuOf = (k: keyof typeof kinds) => (kinds[k].cpu.length ? s(median(kinds[k].cpu)) : 'n/a');
    const spread = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} s`;
    const rows = [
      ['node -e 0 (bare start-up)', s(median(kinds.bare.wall)), spread(kinds.bare.wall), cpuOf('bare'), '—'],
      [
        'cold build: node scripts/build.mjs (npm run build without npm)',
        s(median(kinds.build.wall)),
        spread(kinds.build.wall),
        cpuOf('build'),
        `${ratio.toFixed(2)}×`,
      ],
      [
        'its I/O floor: node scripts/io-floor.mjs (same bytes, same fsyncs, in parallel)',
        s(median(kinds.floor.wall)),
        spread(kinds.floor.wall),
        cpuOf('floor'),
        '1.00×',
      ],
    ];
    const busy =
      before && after
        ? `machine CPU ${((100 * (after.busy - before.busy)) / (after.total - before.total)).toFixed(0)} % busy (/proc/stat, all ${cpus().length} cores)`
        : '';
    const lines = [
      `| what | wall, median of ${pairs} | wall, range | CPU (user + sys), median | vs floor |`,
      '|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
      '',
      `Build over floor, pair by pair: median ${median(perPair).toFixed(2)}× (${perPair.map((x) => x.toFixed(2)).join(', ')}); ` +
        `CPU ${kinds.build.cpu.length && kinds.floor.cpu.length ? `${(median(kinds.build.cpu) / median(kinds.floor.cpu)).toFixed(2)}×` : 'n/a'}. ` +
        `${built.size} files, ${(packed.length / 1e6).toFixed(2)} MB; the floor's output byte-identical to the build's; ` +
        `fsync calls (strace): ${fsyncs.build ?? 'n/a'} in the build, ${fsyncs.floor ?? 'n/a'} in the floor. ` +
        `${busy}${busy ? ', ' : ''}load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} at the end, ${seconds.toFixed(0)} s in all; node ${process.version}.`,
    ];
    return { text: lines.join('\n'), ratio };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(floorComparison(Number(process.argv[2] ?? '7')).text);
}
