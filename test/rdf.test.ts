// The linked data as the build writes it: every .jsonld read back by jsonld.js in safe mode and every .ttl
// by n3's Turtle parser, from the text written, and a setting or text that would break out of a Turtle
// term or comment is refused or escaped — never a triple more than was meant. Real readers throughout:
// jsonld.js, n3's Parser, and the build itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DataFactory, Parser } from 'n3';
import type { Config } from '../pipeline/config.ts';
import { LinkedDataError, quadsOfJsonLdText, toQuads } from '../pipeline/emit/rdf.ts';
import { toTurtle } from '../pipeline/emit/turtle.ts';
import { buildBytes, buildSeedWith, config, seedBuild, seedBytes } from './helpers.ts';

const { namedNode, literal, quad, blankNode } = DataFactory;
const ex = (local: string) => namedNode(`https://example.org/${local}`);
const prefixes = { ex: 'https://example.org/' };

const turtleTriples = (text: string) => new Parser({ format: 'text/turtle' }).parse(text);

/** The seed built with settings that skipped the config schema (as a caller handing build() its own object would). */
const buildWith = (settings: Config) => buildSeedWith({ config: settings });

describe('the build reads back every linked-data file it writes', () => {
  it('every .jsonld through jsonld.js (safe mode), every .ttl through n3, and the Turtle catalog and plan are their JSON-LD twins’ graphs', async () => {
    const { files } = await seedBuild();
    const linked = [...files.keys()].filter((p) => /\.(jsonld|ttl)$/.test(p)).sort();
    // Beside them, the data of each entity beside its page (test/linked-entities.test.ts reads those).
    assert.deepEqual(
      linked.filter((p) => !/^site\/.+\/index\.(jsonld|ttl)$/.test(p)),
      ['062022_plan.jsonld', '062022_plan.ttl', 'catalog.jsonld', 'catalog.ttl', 'context.jsonld', 'vocab.ttl'],
    );
    const canonical = (qs: { subject: { value: string }; predicate: { value: string }; object: { termType: string; value: string } }[]) =>
      qs.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType} ${q.object.value}`).sort();
    // Each Turtle file of the plan and of the catalog is the graph of its JSON-LD twin.
    for (const stem of ['catalog', '062022_plan']) {
      const fromJsonLd = await quadsOfJsonLdText(files.get(`${stem}.jsonld`) as string, `${stem}.jsonld`);
      const turtle = new Parser({ format: 'text/turtle', blankNodePrefix: '' }).parse(files.get(`${stem}.ttl`) as string);
      assert.ok(fromJsonLd.length > 1000, stem);
      assert.deepEqual(canonical(turtle), canonical(fromJsonLd), stem);
    }
  });

  it('refuses what jsonld.js’s safe mode refuses (a key the context does not define), naming the file', async () => {
    const doc = { '@context': { ex: 'https://example.org/' }, '@id': 'ex:a', undefinedTerm: 'x' };
    await assert.rejects(toQuads(doc, 'x.jsonld'), (e) => e instanceof LinkedDataError && e.file === 'x.jsonld' && /safe mode/.test(e.reason));
    await assert.rejects(quadsOfJsonLdText('{"@context": ', 'y.jsonld'), (e) => e instanceof LinkedDataError && /not valid JSON/.test(e.reason));
  });
});

describe('Turtle is written by n3’s Writer and read back', () => {
  it('escapes every literal: quotes, backslashes, line breaks and a would-be triple stay one literal', async () => {
    const hostile = ['a "quoted" \\ back', 'two\nlines\r\n', '""" . <https://evil.example/s> <https://evil.example/p> "x" . #', '> . ex:s ex:p ex:o .'];
    const quads = hostile.map((text, i) => quad(ex(`s${i}`), ex('p'), literal(text, 'ja')));
    const text = await toTurtle(quads, prefixes, 'hostile.ttl', ['a comment']);
    const read = turtleTriples(text);
    assert.equal(read.length, hostile.length);
    assert.deepEqual(
      read.map((q) => q.object.value),
      hostile,
    );
    assert.ok(!read.some((q) => q.subject.value.includes('evil')));
  });

  it('refuses an IRI Turtle cannot carry (>, ", space, {, }, |, ^, backtick, \\, a control), instead of writing it', async () => {
    for (const bad of [
      'https://example.org/a>b',
      'https://example.org/a"b',
      'https://example.org/a b',
      'https://example.org/{x}',
      'https://example.org/a|b',
      'https://example.org/a^b',
      'https://example.org/a`b',
      'https://example.org/a\\b',
      'https://example.org/a\u0000b',
      'https://example.org/a\u202Eb',
      'relative/iri',
    ]) {
      for (const q of [quad(namedNode(bad), ex('p'), ex('o')), quad(ex('s'), ex('p'), namedNode(bad)), quad(ex('s'), ex('p'), literal('x', namedNode(bad)))])
        await assert.rejects(toTurtle([q], prefixes, 'bad.ttl'), (e) => e instanceof LinkedDataError && e.file === 'bad.ttl', bad);
    }
    // Percent-encoded and non-ASCII IRIs are IRIs.
    const ok = await toTurtle([quad(namedNode('https://example.org/%E7%B1%B3/米沢'), ex('p'), blankNode('b0'))], prefixes, 'ok.ttl');
    assert.equal(turtleTriples(ok).length, 1);
  });

  it('refuses a comment line that a line break (or any hidden character) would end early', async () => {
    for (const comment of ['attribution\n<https://evil.example/s> <https://evil.example/p> "x" .', 'cr\rhere', 'ls\u2028here', 'nul\u0000'])
      await assert.rejects(toTurtle([quad(ex('s'), ex('p'), ex('o'))], prefixes, 'c.ttl', [comment]), LinkedDataError, JSON.stringify(comment));
  });
});

describe('settings that reach the Turtle files cannot inject a triple, even past the config schema', () => {
  it('a line break in license.attribution: the build fails closed with emit:linked-data, nothing to write', async () => {
    const injected = { ...config, license: { ...config.license, attribution: 'x\n<https://evil.example/s> <https://evil.example/p> "injected" .' } };
    const r = await buildWith(injected);
    assert.equal(r.ok, false);
    assert.equal(r.files.size, 0);
    const d = r.diagnostics.find((x) => x.ruleId === 'emit:linked-data');
    assert.ok(d, JSON.stringify(r.diagnostics.filter((x) => x.severity === 'error')));
    assert.match(d.file, /\.ttl$/);
  });
  it('a base IRI with > (it would end the IRI and start a triple): the build fails closed with emit:linked-data', async () => {
    const baseIri = 'https://example.org/a>.<https://evil.example/s> <https://evil.example/p> <x/';
    const r = await buildWith({ ...config, baseIri });
    assert.equal(r.ok, false);
    assert.ok(r.diagnostics.some((x) => x.ruleId === 'emit:linked-data'));
  });
  it('the committed settings build, and their Turtle reads back', async () => {
    const r = await buildBytes(seedBytes(), 'sources/yonezawa-zenki-kihon-keikaku.txt');
    assert.equal(r.ok, true);
    for (const path of ['vocab.ttl', 'catalog.ttl']) assert.ok(turtleTriples(r.files.get(path) as string).length > 100, path);
  });
});
