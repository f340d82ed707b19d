// Property tests of the whole pipeline (in-process build()): whatever a source file contains — lines
// deleted, duplicated or swapped, random bytes, Unicode oddities — the build either publishes files that
// pass every published schema, or fails with located diagnostics and publishes nothing. Never a throw.
// The seed is fixed, so every run throws the same inputs. `npm test` throws the first few of each property
// (44 inputs, 14 of them whole outputs: ~6 CPU-s, against ~12 for the 90 it threw before); `npm run
// test:fuzz` (.ci/run and ci.yml run it too) throws ten times as many from the same seed, a superset
// (PLAN_FUZZ_SCALE=10), so CI tries more inputs than npm test ever did.
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { seedText } from './helpers.ts';
import { buildAndCheck as check, fuzzSeed } from './fuzz-support.ts';
import assert from 'node:assert/strict';

const seedLines = seedText().split('\n');

/** How many times the default inputs a run throws: PLAN_FUZZ_SCALE, a whole number from 1 (the default). */
const scale = ((): number => {
  const text = process.env.PLAN_FUZZ_SCALE ?? '1';
  if (!/^[1-9][0-9]{0,3}$/.test(text)) throw new Error(`PLAN_FUZZ_SCALE must be a whole number from 1 to 9999, got ${JSON.stringify(text)}`);
  return Number(text);
})();
/** The runs of a property: its default count (enough for both outcomes with the fixed seed) times the scale. */
const runs = (count: number): number => count * scale;

// Each property must exercise both outcomes, or it proves less than it claims.
const outcomes = { ok: 0, failed: 0 };
const buildAndCheck = async (bytes: Uint8Array, what: string) => {
  const result = await check(bytes, what);
  outcomes[result.ok ? 'ok' : 'failed'] += 1;
  return result;
};
const bothOutcomes = async (run: () => Promise<void>): Promise<void> => {
  outcomes.ok = 0;
  outcomes.failed = 0;
  await run();
  assert.ok(outcomes.ok > 0 && outcomes.failed > 0, `expected built and rejected inputs, got ${JSON.stringify(outcomes)}`);
};
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

type LineEdit = { op: 'delete' | 'duplicate' | 'swap'; at: number; to: number; span: number };
const lineEdit: fc.Arbitrary<LineEdit> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'swap'),
  at: fc.nat(),
  to: fc.nat(),
  span: fc.integer({ min: 1, max: 3 }),
});

/** Applies edits to a copy of the lines; positions wrap around the current length. */
const applyEdits = (lines: readonly string[], edits: readonly LineEdit[]): string[] => {
  const out = [...lines];
  for (const e of edits) {
    if (out.length === 0) break;
    const at = e.at % out.length;
    const to = e.to % out.length;
    if (e.op === 'delete') out.splice(at, e.span);
    else if (e.op === 'duplicate') out.splice(to, 0, ...out.slice(at, at + e.span));
    else [out[at], out[to]] = [out[to]!, out[at]!];
  }
  return out;
};

// Oddities a PDF extraction, an editor or a hostile file can leave in the text.
type Oddity = { kind: 'zero-width' | 'bom' | 'nbsp' | 'cr' | 'crlf-all' | 'nfkc-line' | 'width-fold-line' | 'controls' | 'combining' | 'astral'; at: number };
const oddity: fc.Arbitrary<Oddity> = fc.record({
  kind: fc.constantFrom('zero-width', 'bom', 'nbsp', 'cr', 'crlf-all', 'nfkc-line', 'width-fold-line', 'controls', 'combining', 'astral'),
  at: fc.nat(),
});
const insertions: Record<string, string> = {
  'zero-width': '\u200B\u200C\u200D\u2060',
  bom: '\uFEFF',
  nbsp: '\u00A0',
  cr: '\r',
  controls: '\u0001\u001B\u007F\u0085',
  combining: '\u0301\u3099',
  astral: '\u{20BB7}\u{1F600}',
};
// Any code point, one in ten a surrogate (U+D800–U+DFFF, alone in the text unless the next is its pair):
// fc.string's 'binary' unit leaves the surrogates out, and building the reverse map of its 1.1 million code
// points for shrinking costs ~1.5 s of CPU. With the unmapper, fc.string still slips in its dangerous strings
// (__proto__, constructor…).
const codePoint: fc.Arbitrary<string> = fc
  .oneof({ arbitrary: fc.nat({ max: 0x10ffff }), weight: 9 }, { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }), weight: 1 })
  .map(
    (cp) => String.fromCodePoint(cp),
    (value) => {
      const cp = typeof value === 'string' ? value.codePointAt(0) : undefined;
      if (cp === undefined || String.fromCodePoint(cp) !== value) throw new Error('not one code point');
      return cp;
    },
  );

const applyOddities = (text: string, odd: readonly Oddity[]): string => {
  let t = text;
  for (const o of odd) {
    if (o.kind === 'crlf-all') {
      t = t.replace(/\r?\n/g, '\r\n');
    } else if (o.kind === 'nfkc-line' || o.kind === 'width-fold-line') {
      const lines = t.split('\n');
      const k = o.at % lines.length;
      lines[k] = o.kind === 'nfkc-line' ? lines[k]!.normalize('NFKC') : lines[k]!.replace(/[０-９Ａ-Ｚａ-ｚ％（）－]/g, (c) => c.normalize('NFKC'));
      t = lines.join('\n');
    } else {
      // Insert between code points only: a JS string index could split a surrogate pair we did not mean to split.
      const points = [...t];
      const k = o.at % (points.length + 1);
      points.splice(k, 0, insertions[o.kind]!);
      t = points.join('');
    }
  }
  return t;
};

describe('fuzz: the whole pipeline on hostile variations of the seed (fixed seed)', () => {
  it('random deletions, duplications and swaps of source lines', async () => {
    await bothOutcomes(() =>
      fc.assert(
        fc.asyncProperty(fc.array(lineEdit, { minLength: 1, maxLength: 4 }), async (edits) => {
          await buildAndCheck(utf8(applyEdits(seedLines, edits).join('\n')), `edits ${JSON.stringify(edits)}`);
        }),
        { seed: fuzzSeed, numRuns: runs(10) },
      ),
    );
  });

  it('random bytes, alone and spliced into the seed', async () => {
    const seed = utf8(seedText());
    await bothOutcomes(() =>
      fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.nat(), fc.boolean(), async (noise, at, alone) => {
          const k = at % (seed.length + 1);
          const bytes = alone ? noise : Buffer.concat([seed.subarray(0, k), noise, seed.subarray(k)]);
          await buildAndCheck(bytes, `${alone ? 'bytes' : `bytes spliced at ${k}`} ${Buffer.from(noise).toString('hex').slice(0, 80)}`);
        }),
        { seed: fuzzSeed, numRuns: runs(20) },
      ),
    );
  });

  it('Unicode oddities: BOMs, CR/CRLF, zero-width and control characters, NFKC-folded lines, combining and astral characters', async () => {
    await bothOutcomes(() =>
      fc.assert(
        fc.asyncProperty(fc.array(oddity, { minLength: 1, maxLength: 5 }), fc.boolean(), async (odd, leadingBom) => {
          const text = (leadingBom ? '\uFEFF' : '') + applyOddities(seedText(), odd);
          await buildAndCheck(utf8(text), `oddities ${JSON.stringify(odd)}${leadingBom ? ' after a BOM' : ''}`);
        }),
        { seed: fuzzSeed, numRuns: runs(6) },
      ),
    );
  });

  it('arbitrary Unicode lines (including lone surrogates in the text) inserted anywhere', async () => {
    await bothOutcomes(() =>
      fc.assert(
        fc.asyncProperty(fc.string({ unit: codePoint, maxLength: 200 }), fc.nat(), async (line, at) => {
          const lines = [...seedLines];
          lines.splice(at % lines.length, 0, line);
          // Buffer.from replaces a lone surrogate by U+FFFD, as any UTF-8 encoder must.
          await buildAndCheck(utf8(lines.join('\n')), `line ${JSON.stringify(line)} at ${at % seedLines.length}`);
        }),
        { seed: fuzzSeed, numRuns: runs(8) },
      ),
    );
  });
});
