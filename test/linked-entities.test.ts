// Issue 20 §3: each entity's data beside its page. Every site/<path>/index.jsonld is read back by jsonld.js
// (offline, safe) and its index.ttl by n3; the two are the same graph, and it holds the entity's part of the
// published plan graph — every triple of the entity and of the records on its page (`{IRI}#…`), every triple
// that links to them (but rdf:type), and what each node at the other end of a link is (its type and identifier).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quad } from 'n3';
import { entityDataFiles, pageIri } from '../pipeline/emit/formats/entity-data.ts';
import { config, seedBuild, textOf } from './helpers.ts';
import { parseNQuads, parseTurtle } from './linked-rdf.ts';
import { toNQuadsOffline } from './jsonld-offline.ts';

const code = config.municipality.code;
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const IDENTIFIER = 'http://purl.org/dc/terms/identifier';
/** Quads without their blank nodes' labels (which differ from one reading to the next). */
const key = (q: Quad) =>
  [q.subject, q.predicate, q.object]
    .map((t) =>
      t.termType === 'BlankNode'
        ? '_:'
        : `${t.termType} ${t.value} ${(t as { datatype?: { value: string } }).datatype?.value ?? ''} ${(t as { language?: string }).language ?? ''}`,
    )
    .join(' | ');
const keys = (qs: readonly Quad[]) => [...new Set(qs.map(key))].sort();

describe('the data files beside each entity’s page (site/<path>/index.jsonld, index.ttl)', () => {
  const load = async () => {
    const { files } = await seedBuild();
    const plan = parseTurtle(textOf(files, `${code}_plan.ttl`));
    const pages = [...files.keys()].filter((p) => /^site\/.+\/index\.html$/.test(p));
    return { files, plan, pages };
  };

  it('every entity of the plan graph with a page has both files, and only such pages have them', async () => {
    const { files, plan, pages } = await load();
    const subjects = new Set(plan.map((q) => q.subject.value));
    let withData = 0;
    for (const page of pages) {
      const iri = pageIri(config, page.slice('site/'.length))!;
      const folder = page.slice(0, -'index.html'.length);
      for (const { file } of entityDataFiles) assert.equal(files.has(`${folder}${file}`), subjects.has(iri), `${folder}${file} for ${iri}`);
      if (subjects.has(iri)) withData += 1;
    }
    assert.ok(withData > 200, `${withData} entities`);
    for (const path of ['kpi/4-1-1', 'policy/4-1', 'pillar/4-1-1', 'goal/4', 'vocab', 'plan', 'glossary', 'organization/062022'])
      assert.ok(files.has(`site/${path}/index.jsonld`), path);
  });

  it('each JSON-LD file reads back (jsonld.js, safe) as the graph of its Turtle twin (n3), and holds the entity’s part of the plan graph', async () => {
    const { files, plan } = await load();
    const bySubject = new Map<string, Quad[]>();
    const byObject = new Map<string, Quad[]>();
    for (const q of plan) {
      bySubject.set(q.subject.value, [...(bySubject.get(q.subject.value) ?? []), q]);
      if (q.object.termType === 'NamedNode') byObject.set(q.object.value, [...(byObject.get(q.object.value) ?? []), q]);
    }
    const dataFiles = [...files.keys()].filter((p) => /^site\/.+\/index\.jsonld$/.test(p));
    for (const path of dataFiles) {
      const iri = pageIri(config, path.slice('site/'.length).replace(/index\.jsonld$/, 'index.html'))!;
      const fromJsonLd = parseNQuads(await toNQuadsOffline(JSON.parse(textOf(files, path))));
      const fromTurtle = parseTurtle(textOf(files, path.replace(/\.jsonld$/, '.ttl')));
      const got = keys(fromJsonLd);
      assert.deepEqual(got, keys(fromTurtle), `${path}: the JSON-LD and the Turtle are one graph`);
      const has = new Set(got);
      // Its own triples and those of the records on its page (blank nodes aside, compared by kind).
      const core = [...bySubject.keys()].filter((s) => s === iri || s.startsWith(`${iri}#`));
      const want = core.flatMap((s) => [
        ...bySubject.get(s)!,
        ...(byObject.get(s) ?? []).filter((q) => q.predicate.value !== RDF_TYPE && q.subject.termType === 'NamedNode'),
      ]);
      const missing = keys(want).filter((k) => !has.has(k));
      assert.deepEqual(missing.slice(0, 5), [], `${path}: ${missing.length} triples of ${iri} missing`);
      // What each node it links to is.
      for (const q of bySubject.get(iri)!) {
        if (q.object.termType !== 'NamedNode' || q.predicate.value === RDF_TYPE || !bySubject.has(q.object.value)) continue;
        const identifier = bySubject.get(q.object.value)!.find((t) => t.predicate.value === IDENTIFIER);
        if (identifier) assert.ok(has.has(key(identifier)), `${path}: the identifier of ${q.object.value}`);
      }
    }
    assert.ok(dataFiles.length > 200);
  });

  it('bites: a file that lost one of its entity’s triples is found', async () => {
    const { files } = await load();
    const doc = JSON.parse(textOf(files, 'site/kpi/4-1-1/index.jsonld')) as { '@graph': Record<string, unknown>[] };
    const kpi = doc['@graph'].find((n) => n['@id'] === `${config.baseIri}kpi/4-1-1`)!;
    assert.ok(kpi['yp:sourceLine'] !== undefined);
    delete kpi['yp:sourceLine'];
    const turtle = keys(parseTurtle(textOf(files, 'site/kpi/4-1-1/index.ttl')));
    assert.notDeepEqual(keys(parseNQuads(await toNQuadsOffline(doc))), turtle);
  });
});
