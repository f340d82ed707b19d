// One test per hostile case of issue 6: encodings, Unicode folding, catastrophic backtracking and
// repetition (proved by growth, never by a wall-clock bound), the size limit, and (through the real CLI)
// fail-closed output with located messages.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Diagnostic } from '../pipeline/diagnostics.ts';
import type { FileContent } from '../pipeline/emit/checksums.ts';
import { config, parsedModel, root, runCli, seedBuild, seedText, textOf } from './helpers.ts';
import { buildAndCheck } from './fuzz-support.ts';
import { repetitionCases } from './hostile-cases.ts';

const seed = seedText();
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const errorsOf = (r: { diagnostics: Diagnostic[] }): Diagnostic[] => r.diagnostics.filter((d) => d.severity === 'error');
/** The published tables (not plan.json / quality-report.json, which carry the source's hash). */
const tablesOf = (files: ReadonlyMap<string, FileContent>) => new Map([...files].filter(([p]) => /^(excel\/)?062022_(?!plan\.)[a-z_]+\.(csv|json)$/.test(p)));
/** Seed with the bytes inserted at the start of (1-based) line `line`. */
const withBytesAtLine = (line: number, bytes: number[]): Buffer => {
  const lines = seed.split('\n');
  const before = utf8(lines.slice(0, line - 1).join('\n') + '\n');
  return Buffer.concat([before, Buffer.from(bytes), utf8(lines.slice(line - 1).join('\n'))]);
};
/** The input as the build reads it, to its validated model (no curated files, no emitters). */
const read = (bytes: Uint8Array) => parsedModel(bytes, 'input.txt', config, { sdgLinks: undefined });
/** The committed source as read (no curated files): what an equivalent input must read to. */
const expected = read(utf8(seed));
const parseWithLimit = (bytes: Uint8Array, limit = config.maxSourceBytes) => ({
  result: parsedModel(bytes, 'input.txt', { ...config, maxSourceBytes: limit }, { sdgLinks: undefined }),
});
const assertLocatedDiagnostics = (diagnostics: readonly Diagnostic[], what: string): void => {
  for (const d of diagnostics)
    assert.ok(d.file === 'input.txt' && Number.isInteger(d.line) && d.line >= 0 && d.reason.trim() !== '', `${what}: ${JSON.stringify(d)}`);
};

describe('encodings', () => {
  const variants: [string, Uint8Array][] = [
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(seed)])],
    ['CRLF line ends', utf8(seed.replace(/\n/g, '\r\n'))],
    ['CR line ends (classic Mac)', utf8(seed.replace(/\n/g, '\r'))],
    ['UTF-8 with a BOM and CRLF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(seed.replace(/\n/g, '\r\n'))])],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(seed, 'utf16le').swap16()])],
  ];
  // The same model and the same lines give the same files but for the input's hash (plan.json, the catalog
  // and the quality report state it): each variant is compared where it is read, and one is built whole.
  for (const [what, bytes] of variants) {
    it(`${what} reads to the same model and lines as the committed source`, () => {
      const actual = read(bytes);
      assert.deepEqual(errorsOf(actual), []);
      assert.deepEqual(actual.model?.tables, expected.model?.tables);
      assert.deepEqual(actual.lines, expected.lines);
    });
  }
  it('UTF-16BE with a BOM builds the same tables as the committed source, CSV and JSON alike', async () => {
    const [committed, actual] = [await seedBuild(), await buildAndCheck(variants.find(([what]) => what === 'UTF-16BE with a BOM')![1], 'UTF-16BE')];
    assert.ok(actual.ok, JSON.stringify(errorsOf(actual).slice(0, 3)));
    assert.deepEqual(tablesOf(actual.files), tablesOf(committed.files));
  });

  it('rejects Shift_JIS, naming the encoding problem and the first bad byte’s line', async () => {
    const r = await buildAndCheck(readFileSync(join(root, 'test', 'fixtures', 'shift-jis-head.txt')), 'shift-jis');
    const [e] = errorsOf(r);
    assert.equal(e?.ruleId, 'read:encoding');
    assert.equal(e.line, 1);
    assert.match(e.reason, /not valid UTF-8: byte 0x[0-9A-F]{2} .*Shift_JIS/);
  });
  const badBytes: [string, number[], RegExp][] = [
    ['Shift_JIS bytes deep in the file (あ = 82 A0)', [0x82, 0xa0], /byte 0x82/],
    ['a lone high surrogate, CESU-style (ED A0 80)', [0xed, 0xa0, 0x80], /byte 0xED .*bytes 0xED 0xA0 0x80/],
    ['a CESU-8 surrogate pair (ED A0 BD ED B8 80)', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], /byte 0xED/],
    ['a lone low surrogate (ED B0 80)', [0xed, 0xb0, 0x80], /byte 0xED/],
    ['an overlong slash (C0 AF)', [0xc0, 0xaf], /byte 0xC0/],
    ['a code point beyond U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], /byte 0xF4/],
    ['a stray continuation byte (80)', [0x80], /byte 0x80/],
  ];
  for (const [what, bytes, reason] of badBytes) {
    it(`rejects ${what} at line 1234 with that line`, async () => {
      const r = await buildAndCheck(withBytesAtLine(1234, bytes), what);
      const errors = errorsOf(r);
      assert.equal(errors.length, 1);
      assert.equal(errors[0]!.ruleId, 'read:encoding');
      assert.equal(errors[0]!.line, 1234);
      assert.equal(errors[0]!.column, 1);
      assert.match(errors[0]!.reason, reason);
    });
  }
  it('rejects UTF-8 cut inside the last character, at the last line', async () => {
    const bytes = utf8(seed.trimEnd());
    const r = await buildAndCheck(bytes.subarray(0, bytes.length - 1), 'truncated');
    assert.equal(errorsOf(r)[0]?.ruleId, 'read:encoding');
    assert.equal(errorsOf(r)[0]?.line, seed.trimEnd().split('\n').length);
  });
  it('rejects UTF-16 with a BOM but a lone surrogate or an odd length', async () => {
    const loneSurrogate = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]);
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed.slice(0, 100), 'utf16le'), Buffer.from([0x41])]);
    for (const bytes of [loneSurrogate, odd]) {
      const r = await buildAndCheck(bytes, 'bad utf-16');
      assert.match(errorsOf(r)[0]?.reason ?? '', /UTF-16LE byte-order mark but is not valid UTF-16LE/);
    }
  });
});

describe('Unicode folding', () => {
  it('the width-folded seed (ＤＸ→DX, １→1, ％→%, （→(, －→-) reads to the same counts: 5 goals, 26 policies, 78 pillars, 3 projects, 18 KPIs', () => {
    const folded = seed.replace(/[０-９Ａ-Ｚａ-ｚ％（）－]/g, (c) => c.normalize('NFKC'));
    const r = read(utf8(folded));
    assert.deepEqual(errorsOf(r), []);
    const tables = r.model!.tables;
    const counts = Object.fromEntries((['goals', 'policies', 'pillars', 'indicators', 'projects'] as const).map((t) => [t, tables[t].length]));
    assert.deepEqual(counts, { goals: 5, policies: 26, pillars: 78, indicators: 18, projects: 3 });
    // The KPI figures are the same numbers.
    const numbers = (indicators: typeof tables.indicators) => indicators.map((i) => [i.baselineValue, i.targetValue]);
    assert.deepEqual(numbers(tables.indicators), numbers(expected.model!.tables.indicators));
  });
  it('full NFKC folds the initiative marks ①②… into digits: rejected, located on the initiative lines, never guessed', async () => {
    // ① and "1" are different things in 第１章 (an initiative vs. text); after NFKC nothing tells them apart.
    const circledLines = new Set(seed.split('\n').flatMap((l, k) => (/[\u2460-\u2473]/.test(l) ? [k + 1] : [])));
    const r = await buildAndCheck(utf8(seed.normalize('NFKC')), 'nfkc');
    assert.equal(r.ok, false);
    const errors = errorsOf(r);
    assert.ok(errors.length > 0);
    for (const e of errors) assert.equal(e.ruleId, 'parse:project-item');
    assert.ok(
      errors.some((e) => circledLines.has(e.line)),
      'an error names a line that had a circled number',
    );
  });
  it('zero-width characters and a BOM inside the text are removed with a located warning, and the tables are unchanged', () => {
    const lines = seed.split('\n');
    lines[804] = `\u200B${lines[804]}\uFEFF`;
    const r = read(utf8(lines.join('\n')));
    assert.deepEqual(errorsOf(r), []);
    assert.ok(r.diagnostics.some((d) => d.ruleId === 'read:invisible-character' && d.line === 805));
    assert.deepEqual(r.model?.tables, expected.model?.tables);
  });
});

describe('no catastrophic backtracking, no blow-up on repetition: the cost grows linearly (figures in BENCHMARKS.md)', () => {
  // No wall-clock bound: the machine may be busy. Each input is parsed at n and at 4n repetitions and the
  // CPU time this process spends (not the wall time, which other processes inflate) must grow less than
  // 10×: linear work grows 4×, quadratic 16×. A measurement is the best of 3 samples, each the mean of as
  // many parses as fill `fill` ms of CPU: one parse (10–140 ms here) at first; a ratio over the bound is
  // measured again, twice, with 50 ms samples, the lowest counting (a lone parse varies 2–5× with the JIT and the GC,
  // which can stretch one sample but not a quadratic parser's growth).
  /** The bound on the CPU ratio from n to 4n repetitions: linear work gives 4×, quadratic 16×. */
  const maxRatio = 10;
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const batch = (bytes: Uint8Array, fill: number): { ms: number; result: ReturnType<typeof parsedModel> } => {
    let runs = 0;
    let result!: ReturnType<typeof parsedModel>;
    const start = cpuMs();
    do {
      result = read(bytes);
      runs += 1;
    } while (cpuMs() - start < fill);
    return { ms: (cpuMs() - start) / runs, result };
  };
  /**
   * The lowest of 3 samples; with `enough`, it stops at the first sample under it: the samples left could only
   * lower the lowest, and so could not change a verdict already under the bound (at 4n, one sample in place of
   * three, when the first passes: half the cost of a case).
   */
  const bestOf3 = (bytes: Uint8Array, fill: number, enough = 0): { ms: number; result: ReturnType<typeof parsedModel> } => {
    let lowest = batch(bytes, fill);
    for (let sample = 1; sample < 3 && lowest.ms >= enough; sample += 1) {
      const next = batch(bytes, fill);
      if (next.ms < lowest.ms) lowest = next;
    }
    return lowest;
  };
  for (const { what, make, n, outcome } of repetitionCases(seed)) {
    it(`${what}: ${n.toLocaleString('en')} → ${(4 * n).toLocaleString('en')} repetitions cost less than ${maxRatio}× the CPU time`, () => {
      const small = utf8(make(n));
      const large = utf8(make(4 * n));
      assert.ok(large.length <= config.maxSourceBytes, 'the input fits the default limit');
      read(small); // warm-up: the JIT, the regular expressions (the large input's first sample is its own)
      const measure = (fill: number) => {
        // All three at n (its lowest cost makes the strictest ratio), at 4n until one is under the bound.
        const a = bestOf3(small, fill);
        const b = bestOf3(large, fill, maxRatio * a.ms);
        return { a, b, ratio: b.ms / a.ms };
      };
      let m = measure(0);
      // Over the bound: measured again, twice, with longer samples; the lowest ratio counts (see above).
      for (let again = 0; again < 2 && m.ratio >= maxRatio; again += 1) {
        const retry = measure(50);
        if (retry.ratio < m.ratio) m = retry;
      }
      const { a, b } = m;
      assert.ok(m.ratio < maxRatio, `${a.ms.toFixed(1)} ms → ${b.ms.toFixed(1)} ms CPU: ${m.ratio.toFixed(1)}×`);
      const errors = errorsOf(b.result);
      if (outcome !== 'either') assert.equal(errors.length > 0, outcome === 'rejected', JSON.stringify(errors.slice(0, 2)));
      assertLocatedDiagnostics(b.result.diagnostics, what);
      assert.ok(b.result.diagnostics.length <= 4 * n + 1000, `${b.result.diagnostics.length} diagnostics: at most about one per repeated line`);
    });
  }
  it('a source over the size limit is refused before a byte of it is read (counted: no byte is looked at)', () => {
    let touched = 0;
    const huge = new Proxy(new Uint8Array(16), {
      get: (target, key) => {
        if (key === 'length' || key === 'byteLength') return 17 * 1024 * 1024;
        if (typeof key === 'string' && /^\d+$/.test(key)) touched += 1;
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const result = read(huge);
    assert.equal(errorsOf(result)[0]?.ruleId, 'read:size');
    assert.match(errorsOf(result)[0]!.reason, /source is 17825792 bytes, more than the limit of 10485760 bytes/);
    assert.equal(touched, 0);
  });
});

describe('limits', () => {
  it('refuses a source over maxSourceBytes, naming the size, the limit and the setting', () => {
    const { result } = parseWithLimit(utf8(seed), 1000);
    const [e] = errorsOf(result);
    assert.equal(e?.ruleId, 'read:size');
    assert.equal(e.line, 0);
    assert.match(e.reason, new RegExp(`source is ${utf8(seed).length} bytes, more than the limit of 1000 bytes \\(maxSourceBytes in dataset.config.json\\)`));
  });
  it('accepts a source of exactly the limit', () => {
    const bytes = utf8(seed);
    assert.ok(parseWithLimit(bytes, bytes.length).result.model);
  });
  it('the default limit is 10 MB', () => assert.equal(config.maxSourceBytes, 10 * 1024 * 1024));
});

describe('cell safety', () => {
  it('a cell that starts a formula is neutralised in CSV, kept in JSON, and noted in the quality report', async () => {
    const lines = seed.split('\n');
    const k = lines.findIndex((l) => /^\s*よねざわ結婚支援センター/.test(l));
    lines[k] = `=HYPERLINK("http://evil.example","x")${lines[k]}`;
    // buildAndCheck checks the build contract (CSV cells included, parsed by papaparse) on the result.
    const r = await buildAndCheck(utf8(lines.join('\n')), 'formula');
    assert.ok(r.ok);
    const csv = textOf(r.files, '062022_project_items.csv');
    assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.example""`), "CSV cell prefixed with '");
    assert.ok(textOf(r.files, '062022_project_items.json').includes('"=HYPERLINK('), 'JSON keeps the text');
    const report = textOf(r.files, 'quality-report.json');
    assert.match(report, /emit:csv-formula/);
  });
});

describe('the CLI on hostile input: exit 1, located messages, no stack trace, the previous output untouched', () => {
  // One spawn: the encodings and the size limit through the CLI are in cli.test.ts and cli-output.test.ts.
  const work = mkdtempSync(join(tmpdir(), 'plan-hostile-'));
  after(() => rmSync(work, { recursive: true, force: true }));
  it('a policy page repeated 1000 times', () => {
    const input = join(work, 'input.txt');
    writeFileSync(input, utf8(`${seed}\n${'施策1-1 x\n'.repeat(1000)}`));
    const out = join(work, 'previous');
    cpSync(join(root, 'dist'), out, { recursive: true });
    const before = readdirSync(out, { recursive: true }).sort();
    const r = runCli(['--source', input, '--out', out]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /:\d+:0 {2}error {2}.*? ／ a second page for 施策 1-1/);
    assert.doesNotMatch(r.stderr, /\n\s+at |RangeError|TypeError/, 'no stack trace');
    assert.deepEqual(readdirSync(out, { recursive: true }).sort(), before);
    assert.deepEqual(readFileSync(join(out, 'SHA256SUMS')), readFileSync(join(root, 'dist', 'SHA256SUMS')));
    assert.deepEqual(readdirSync(work).sort(), ['input.txt', 'previous'], 'no staging folder or lock left behind');
  });
});
