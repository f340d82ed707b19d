// The linked data passes the checks its communities use: our SHACL shapes for the plan graph, and the
// official DCAT-AP 3.0.1 shapes (mandatory + ranges) for the catalog, run by rdf-validate-shacl.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Store } from 'n3';
import { RECORD_SHAPES, recordShapesTurtle } from '../pipeline/emit/record-shapes.ts';
import { vocabularyTerms } from '../pipeline/emit/vocab.ts';
import { config, seedBuild, sourceInfo, textOf } from './helpers.ts';
import { dcatApShapes, modelWithKpis, planJsonLdOf, parseTurtle, planShapes, shapesFile, storeOfJsonLd, validate } from './linked-rdf.ts';

const show = (findings: { focusNode: string; path: string; message: string }[]) =>
  findings
    .slice(0, 10)
    .map((f) => `${f.focusNode} ${f.path}: ${f.message}`)
    .join('\n');

describe('plan shapes (schemas/shapes/plan.shacl.ttl)', () => {
  it('the published plan graph conforms: zero violations', async () => {
    const result = await seedBuild();
    const { conforms, findings } = await validate(planShapes(), await storeOfJsonLd(JSON.parse(textOf(result.files, '062022_plan.jsonld'))));
    assert.equal(findings.length, 0, show(findings));
    assert.ok(conforms);
  });
  it('the plan graph with the real KPIs 4-1-1, 4-1-2 and 5-4-1 conforms: zero violations', async () => {
    const { conforms, findings } = await validate(planShapes(), await storeOfJsonLd(planJsonLdOf(modelWithKpis(), config, sourceInfo)));
    assert.equal(findings.length, 0, show(findings));
    assert.ok(conforms);
  });
  it('bites: a KPI notation without its datatype, a pillar notation with the KPI datatype, a pillar without its policy, a baseline with a condition and a KPI with one observation are violations (one graph, each at its node)', async () => {
    const doc = planJsonLdOf(modelWithKpis(), config, sourceInfo);
    const graph = doc['@graph'] as Record<string, unknown>[];
    const node = (path: string) => graph.find((n) => n['@id'] === `${config.baseIri}${path}`)!;
    node('kpi/4-1-1')['skos:notation'] = '4-1-1';
    node('pillar/4-1-2')['skos:notation'] = { '@value': '4-1-2', '@type': 'yp:KpiNotation' };
    delete node('pillar/4-1-1')['skos:broader'];
    node('kpi/4-1-2/baseline')['yp:targetCondition'] = `${config.baseIri}vocab#lessThan`;
    const broken = { ...doc, '@graph': graph.filter((n) => n['@id'] !== `${config.baseIri}kpi/5-4-1/target`) };
    const { conforms, findings } = await validate(planShapes(), await storeOfJsonLd(broken));
    assert.equal(conforms, false);
    assert.deepEqual(
      [...new Set(findings.map((f) => f.focusNode.slice(config.baseIri.length)))].sort(),
      ['kpi/4-1-1', 'kpi/4-1-2/baseline', 'kpi/5-4-1', 'pillar/4-1-1', 'pillar/4-1-2'],
      show(findings),
    );
  });
});

describe('the shapes cover every class (schemas/shapes/plan.shacl.ttl and records.shacl.ttl)', () => {
  const SH = 'http://www.w3.org/ns/shacl#';
  const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
  const targets = () =>
    new Set(
      planShapes()
        .filter((q) => q.predicate.value === `${SH}targetClass`)
        .map((q) => q.object.value),
    );

  it(`${RECORD_SHAPES} is what npm run schemas writes from the table modules`, () => {
    assert.equal(shapesFile('shapes', RECORD_SHAPES), recordShapesTurtle(config), `schemas/shapes/${RECORD_SHAPES} drifted: run npm run schemas`);
  });

  it('every class the plan graph uses, and every class of the vocabulary, is the target of a shape', async () => {
    const targeted = targets();
    const graph = await storeOfJsonLd(planJsonLdOf(modelWithKpis(), config, sourceInfo));
    const published = await storeOfJsonLd(JSON.parse(textOf((await seedBuild()).files, '062022_plan.jsonld')));
    const used = new Set([...graph.getQuads(null, RDF_TYPE, null, null), ...published.getQuads(null, RDF_TYPE, null, null)].map((q) => q.object.value));
    for (const c of vocabularyTerms.classes) used.add(`${config.baseIri}vocab#${c.term}`);
    assert.ok(used.size > 40, `${used.size} classes`);
    assert.deepEqual([...used].filter((c) => !targeted.has(c)).sort(), []);
  });

  it('bites: a record without a required value, with two Japanese texts, a wrong ID, a link to the wrong class, and a vocabulary term without its English comment or range are violations, each at its node', async () => {
    const doc = JSON.parse(textOf((await seedBuild()).files, '062022_plan.jsonld')) as { '@graph': Record<string, unknown>[] };
    const byIdentifier = (id: string) => doc['@graph'].find((n) => n['dct:identifier'] === id)!;
    const vocab = (term: string) => doc['@graph'].find((n) => n['@id'] === `${config.baseIri}vocab#${term}`)!;
    delete byIdentifier('term-usage-pillar-action-4-1-1-4-1')['yp:term'];
    byIdentifier('pillar-action-4-1-1-4')['yp:text'] = ['一つ目', '二つ目'];
    byIdentifier('kgi-1')['dct:identifier'] = 'kgi_1';
    byIdentifier('policy-4-1')['skos:broader'] = `${config.baseIri}policy/4-2`;
    const related = doc['@graph'].find((n) => String(n['dct:identifier']).startsWith('related-plan-'))!;
    related['yp:sourceLine'] = 'forty';
    vocab('citesPillar')['rdfs:comment'] = { '@value': '説明のみ', '@language': 'ja' };
    delete vocab('department')['rdfs:range'];
    const { conforms, findings } = await validate(planShapes(), await storeOfJsonLd(doc));
    assert.equal(conforms, false);
    const at = new Set(findings.map((f) => f.focusNode.slice(config.baseIri.length)));
    for (const node of [
      'glossary#term-usage-pillar-action-4-1-1-4-1',
      'pillar/4-1-1#pillar-action-4-1-1-4',
      'policy/4-1',
      'vocab#citesPillar',
      'vocab#department',
    ])
      assert.ok(at.has(node), `${node} in ${[...at].join(' ')}`);
    assert.ok(
      findings.some((f) => f.path === 'http://purl.org/dc/terms/identifier' && f.message.includes('kgi')),
      show(findings),
    );
    assert.ok(
      findings.some((f) => f.focusNode === related['@id'] && f.path.endsWith('#sourceLine')),
      show(findings),
    );
  });
});

describe('DCAT-AP 3.0.1 shapes (schemas/vendor/dcat-ap-3.0.1)', () => {
  const mandatory = () => dcatApShapes('shapes.ttl', 'range.ttl');
  // The published catalog's graph, read once by jsonld: three tests look at the same quads.
  let published: Promise<Store> | undefined;
  const catalogGraph = (): Promise<Store> => (published ??= seedBuild().then((r) => storeOfJsonLd(JSON.parse(textOf(r.files, 'catalog.jsonld')))));
  it('catalog.jsonld conforms to the mandatory and range shapes: zero violations', async () => {
    const { conforms, findings } = await validate(mandatory(), await catalogGraph());
    assert.equal(findings.length, 0, show(findings));
    assert.ok(conforms);
  });
  it('catalog.ttl is the same graph and conforms too', async () => {
    const result = await seedBuild();
    const fromTurtle = new Store(parseTurtle(textOf(result.files, 'catalog.ttl')));
    assert.equal(fromTurtle.size, (await catalogGraph()).size);
    const { findings } = await validate(mandatory(), fromTurtle);
    assert.equal(findings.length, 0, show(findings));
  });
  it('meets the recommended shapes too, but for the area’s geometry (bbox, centroid), which no source gives us', async () => {
    const { findings } = await validate(dcatApShapes('shapes_recommended.ttl'), await catalogGraph());
    const geometry = ['http://www.w3.org/ns/dcat#bbox', 'http://www.w3.org/ns/dcat#centroid'];
    assert.ok(
      findings.every((f) => f.severity === 'Warning'),
      show(findings),
    );
    assert.deepEqual(
      findings.filter((f) => !geometry.includes(f.path)),
      [],
      show(findings),
    );
  });
  it('bites: a distribution without an access URL is a violation', async () => {
    const result = await seedBuild();
    const doc = JSON.parse(textOf(result.files, 'catalog.jsonld')) as { '@graph': Record<string, unknown>[] };
    const distribution = doc['@graph'].find((n) => n['@type'] === 'dcat:Distribution')!;
    delete distribution['dcat:accessURL'];
    const { conforms, findings } = await validate(mandatory(), await storeOfJsonLd(doc));
    assert.equal(conforms, false);
    assert.ok(
      findings.some((f) => f.path === 'http://www.w3.org/ns/dcat#accessURL'),
      show(findings),
    );
  });
});
