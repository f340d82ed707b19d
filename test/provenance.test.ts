// What the build says about its input: the SHA-256 of the text actually built (catalog, plan, quality
// report), source.json's hash checked against the committed text, and the first diagnostics the CLI
// prints when there are too many to print.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { firstDiagnostics } from '../pipeline/diagnostics-limit.ts';
import { collect, diagnostic, sortDiagnostics, type Diagnostic } from '../pipeline/diagnostics.ts';
import { checkSourceHash } from '../pipeline/read/source-hash.ts';
import { buildBytes, root, seedBuild, seedBytes, seedText, sourceInfo } from './helpers.ts';

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

describe('the hash of the text actually built', () => {
  it('catalog.jsonld, catalog.ttl, 062022_plan.json and quality-report.json state the seed’s SHA-256 for the seed, and another text’s for another text', async () => {
    // One corrected value, as an editor would make it: the tables build, the hash changes.
    const edited = Buffer.from(seedText().replace('こどもを育み', '子どもを育み'));
    const [seed, other] = [await seedBuild(), await buildBytes(edited, 'sources/yonezawa-zenki-kihon-keikaku.txt')];
    assert.ok(other.ok);
    const [seedHash, otherHash] = [sha256(seedBytes()), sha256(edited)];
    assert.notEqual(seedHash, otherHash);
    for (const [result, hash, not] of [
      [seed, seedHash, otherHash],
      [other, otherHash, seedHash],
    ] as const) {
      for (const path of ['catalog.jsonld', 'catalog.ttl', '062022_plan.json', 'quality-report.json']) {
        const text = String(result.files.get(path));
        assert.ok(text.includes(hash), `${path} states ${hash.slice(0, 8)}…`);
        assert.ok(!text.includes(not), `${path} does not state ${not.slice(0, 8)}…`);
      }
    }
    assert.match(String(other.files.get('catalog.jsonld')), new RegExp(`テキスト SHA-256 ${otherHash}`));
  });
});

describe('sources/source.json’s sha256 against the committed text', () => {
  const infoFile = { file: 'sources/source.json', text: readFileSync(join(root, 'sources', 'source.json'), 'utf8') };
  it('agrees for the committed text', () => {
    assert.deepEqual(collect((r) => checkSourceHash(seedBytes(), sourceInfo.sha256, infoFile, 'sources/yonezawa-zenki-kihon-keikaku.txt', r)).diagnostics, []);
  });
  it('a one-character edit is an error located at the "sha256" line of source.json, naming both digests', () => {
    const edited = Buffer.from(seedText().replace('こどもを育み', '子どもを育み'));
    const [d] = collect((r) => checkSourceHash(edited, sourceInfo.sha256, infoFile, 'sources/yonezawa-zenki-kihon-keikaku.txt', r)).diagnostics;
    assert.equal(d?.ruleId, 'read:source-hash');
    assert.equal(d.severity, 'error');
    assert.equal(d.file, 'sources/source.json');
    assert.equal(infoFile.text.split('\n')[d.line - 1]!.slice(d.column - 1, d.column + 64), `"${sourceInfo.sha256}`);
    assert.ok(d.reason.includes(sourceInfo.sha256) && d.reason.includes(sha256(edited)), d.reason);
  });
});

describe('the diagnostics the CLI prints: the first 100 by place, and a count of the rest', () => {
  // A deterministic shuffle of 20,000 diagnostics over 3 files, with ties on place.
  const many: Diagnostic[] = Array.from({ length: 20_000 }, (_, i) => {
    const k = (i * 7919) % 20_000;
    const place = { file: ['a.txt', 'b.txt', 'c.txt'][k % 3]!, line: 1 + (k % 997), column: k % 5 };
    return k % 4 === 0
      ? diagnostic('parse:goal-statement', place, { ja: `w${k}`, en: `w${k}` })
      : k % 17 === 0
        ? diagnostic('pages:issue-category', place, { ja: `i${k}`, en: `i${k}` })
        : diagnostic('parse:indicator-row', place, { ja: `e${k}`, en: `e${k}` });
  });
  it('equals sorting everything and taking the first 100 (infos are never printed)', () => {
    const { shown, hidden } = firstDiagnostics(many, 100);
    const printable = many.filter((d) => d.severity !== 'info');
    assert.deepEqual(shown, sortDiagnostics(printable).slice(0, 100));
    assert.equal(hidden.errors + hidden.warnings + 100, printable.length);
    assert.equal(hidden.errors, printable.filter((d) => d.severity === 'error').length - shown.filter((d) => d.severity === 'error').length);
  });
  it('prints everything when there are fewer than the limit', () => {
    const few = many.slice(0, 30);
    const { shown, hidden } = firstDiagnostics(few, 100);
    assert.deepEqual(shown, sortDiagnostics(few.filter((d) => d.severity !== 'info')));
    assert.deepEqual(hidden, { errors: 0, warnings: 0 });
  });
});
