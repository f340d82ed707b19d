// The linked data passes the checks its communities use: our SHACL shapes for the plan graph, and the
// official DCAT-AP 3.0.1 shapes (mandatory + ranges) for the catalog, run by rdf-validate-shacl.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Store } from 'n3';
import { config, seedBuild, sourceInfo, textOf } from './helpers.ts';
import { dcatApShapes, modelWithKpis, planJsonLdOf, parseTurtle, planShapes, storeOfJsonLd, validate } from './linked-rdf.ts';

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
