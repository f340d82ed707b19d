// npm run bench:hostile: how long hostile inputs take to be parsed or refused (issue 9 §3), for
// BENCHMARKS.md. Not a test: it prints tables. Every input fits the 10 MB limit; each is run through
// parseModel (decode → lines → sections → parsers → checks), in this process, warm.
//   1. Long lines: a 10 MB line, a 10 MB and a 5 MB bullet line inside the seed, a page or pillar heading
//      followed by spaces (just under the 100 000-character line limit, and over it).
//   2. Repetition: the inputs of test/hostile-input.test.ts, to see that the new checks cost nothing there.
//   3. The heading patterns the issue found quadratic, old and new, on a heading followed by spaces and
//      then a letter: the old one at 10 000 and 20 000 spaces, the new one at 200 000.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModel } from '../pipeline/build.ts';
import { collect } from '../pipeline/diagnostics.ts';
import { root } from '../pipeline/paths.ts';
import { readConfig, readSourceInfo } from '../pipeline/read/settings.ts';
import { maxLineLength } from '../pipeline/parse/lines.ts';
import { footnote, pillarHeading } from '../pipeline/parse/policy-pages.ts';
import { goalPageHeading, policyPageHeading } from '../pipeline/parse/sections.ts';

const config = readConfig();
const source = readSourceInfo();
const seed = readFileSync(join(root, 'sources', source.file), 'utf8');
const MB = 1024 * 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const table = (header: string[], body: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The seed with `text` inserted as line `at` (1-based). */
const withLine = (at: number, text: string) => {
  const lines = seed.split('\n');
  lines.splice(at - 1, 0, text);
  return lines.join('\n');
};
const fill = (used: string, target = config.maxSourceBytes) => target - Buffer.byteLength(used) - 64;

const inputs: [string, () => string][] = [
  ['10 MB single line of `a`', () => 'a'.repeat(10 * MB)],
  ['~10 MB bullet line (⚫ 健健…) inside the seed, at line 1040', () => withLine(1040, `⚫ ${'健'.repeat(Math.floor(fill(seed) / 3))}`)],
  ['5 MB bullet line inside the seed', () => withLine(1040, `⚫ ${'健'.repeat(Math.floor((5 * MB) / 3))}`)],
  ["5 MB line of 「1 」 in 施策 4-1's KPI table (a token per two bytes)", () => withLine(970, '1 '.repeat(2.5 * MB))],
  ['~10 MB of spaces behind 「施策 4-1」, one line', () => withLine(2400, `施策 4-1 ${' '.repeat(fill(seed))}x`)],
  ['page heading + 160 000 spaces + x (35 s in the issue)', () => withLine(2400, `施策 4-1 x${' '.repeat(160_000)}y`)],
  [
    `施策 5-5's page heading + ${(maxLineLength - 20).toLocaleString('en')} spaces + x (just under the line limit)`,
    () => seed.replace('施策 5-5 行政経営', `施策 5-5 行政経営${' '.repeat(maxLineLength - 20)}x`),
  ],
  [
    `pillar heading + ${(maxLineLength - 20).toLocaleString('en')} spaces + x, in 施策 4-1's pillars`,
    () => withLine(1062, `2 自殺予防の推進${' '.repeat(maxLineLength - 20)}x`),
  ],
  [`footnote ＊ + ${(maxLineLength - 20).toLocaleString('en')} spaces, no colon`, () => withLine(1098, `＊${' '.repeat(maxLineLength - 20)}x`)],
  ['800 000 × 「施策1-1 x」 after the seed', () => `${seed}\n${'施策1-1 x\n'.repeat(800_000)}`],
  ['1 000 000 × 「1 x」 in 第２章', () => seed.replace('第２章 施策体系', `第２章 施策体系\n${'1 x\n'.repeat(1_000_000)}`)],
  ['600 000 × 「■成果指標」 after the seed', () => `${seed}\n${'■成果指標\n'.repeat(600_000)}`],
  ['1 000 000 one-character lines after the last page', () => `${seed}\n${'1\n'.repeat(1_000_000)}`],
  ['1 000 000 × 「⚫ x。」 after the last action', () => `${seed}\n${'⚫ x。\n'.repeat(1_000_000)}`.slice(0, fill('', config.maxSourceBytes))],
];

const parse = (bytes: Uint8Array) => collect((report) => parseModel(bytes, 'input.txt', config, { sdgLinks: undefined }, source.period, report));
const rows: string[][] = [];
for (const [what, make] of inputs) {
  const bytes = Buffer.from(make(), 'utf8');
  if (bytes.length > config.maxSourceBytes) throw new Error(`${what}: ${bytes.length} bytes, over the limit`);
  let result = parse(bytes);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < 3; r += 1) {
    global.gc?.();
    const [t, c] = [performance.now(), cpuMs()];
    result = parse(bytes);
    wall.push(performance.now() - t);
    cpu.push(cpuMs() - c);
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  const outcome = result.value
    ? `parsed (${result.diagnostics.length} diagnostics)`
    : `refused: ${errors.length} error${errors.length === 1 ? '' : 's'}, first \`${first?.ruleId}\` at line ${first?.line}`;
  rows.push([what, `${(bytes.length / MB).toFixed(1)} MB`, outcome, fmt(median(wall)), fmt(median(cpu))]);
  process.stderr.write('.');
}

console.log("\n### Hostile inputs through parseModel (median of 3, warm; CPU = this process's user + system time)\n");
console.log(table(['input', 'size', 'outcome', 'wall', 'CPU'], rows));

// The patterns themselves. The old ones are copied here (they are gone from the pipeline) to show their
// growth: doubling n multiplies the old time by 4 (quadratic) or 8 (the footnote's three overlapping
// quantifiers: cubic), so they are timed at small n; the new ones at 200 000.
const D = '[0-9０-９]';
const oldPatterns: [string, RegExp, RegExp, string, number][] = [
  ['goal page heading', new RegExp(`^\\s*基本目標\\s*(${D})\\s+(\\S.*?)\\s*$`), goalPageHeading, '基本目標 4 x', 5_000],
  ['policy page heading', new RegExp(`^\\s*施策\\s*(${D})\\s*[-－ー‐]\\s*(${D})\\s+(\\S.*?)\\s*$`), policyPageHeading, '施策 4-1 x', 5_000],
  ['pillar heading', /^\s*([0-9０-９]{1,2})\s+(\S.*?)\s*$/, pillarHeading, '2 x', 5_000],
  ['footnote', /^\s*[＊*]\s*([^：:]+?)\s*[：:]\s*(.*?)\s*$/, footnote, '＊', 300],
];
const timeOne = (re: RegExp, s: string) => {
  re.exec(s);
  const c = cpuMs();
  re.exec(s);
  return cpuMs() - c;
};
const patternRows = oldPatterns.map(([what, old, now, prefix, n]) => {
  const at = (k: number) => `${prefix}${' '.repeat(k)}y`;
  process.stderr.write('.');
  return [
    what,
    `\`${old.source.slice(-16)}\``,
    `${fmt(timeOne(old, at(n)))} / ${fmt(timeOne(old, at(2 * n)))}`,
    `n = ${n.toLocaleString('en')} / ${(2 * n).toLocaleString('en')}`,
    `\`${now.source.slice(-12)}\``,
    fmt(timeOne(now, at(200_000))),
  ];
});
process.stderr.write('\n');
console.log('\n### The patterns the issue found quadratic: heading + n spaces + a letter (one exec, CPU time)\n');
console.log(table(['pattern', 'old ending', 'old: time at n / 2n', 'n', 'new ending', 'new, n = 200 000'], patternRows));
console.log(`\nnode ${process.version}, ${(await import('node:os')).cpus().length} cores, ${(await import('node:os')).cpus()[0]?.model ?? ''}`);
