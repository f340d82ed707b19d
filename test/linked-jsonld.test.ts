// 062022_plan.jsonld as a consumer that is not ours reads it: the jsonld processor, offline (a loader
// that refuses every URL) and in safe mode, expands it to the triples we promise.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DataFactory, Store } from 'n3';
import { escapeHtml } from '../pipeline/escape-html.ts';
import { compactOffline, expandOffline, offlineDocumentLoader, toNQuadsOffline } from './jsonld-offline.ts';
import { config, jsonOf, seedBuild, sourceInfo, textOf } from './helpers.ts';
import { modelWithKpis, planJsonLdOf, parseNQuads, parseTurtle, storeOfJsonLd } from './linked-rdf.ts';

const { namedNode, literal } = DataFactory;
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const QB = 'http://purl.org/linked-data/cube#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const OBS_VALUE = 'http://purl.org/linked-data/sdmx/2009/measure#obsValue';
const UNIT = 'http://purl.org/linked-data/sdmx/2009/attribute#unitMeasure';
const base = config.baseIri;
const yp = (term: string) => namedNode(`${base}vocab#${term}`);
const at = (path: string) => namedNode(`${base}${path}`);

const has = (store: Store, s: string | ReturnType<typeof namedNode>, p: string, o: Parameters<Store['has']>[0]['object']): boolean =>
  store.has(DataFactory.quad(typeof s === 'string' ? namedNode(s) : s, namedNode(p), o));

const planDoc = async () => JSON.parse(textOf((await seedBuild()).files, '062022_plan.jsonld')) as Record<string, unknown>;
// The plan's RDF, computed once for the tests that only read it (jsonld's toRDF of the whole plan is the costly step).
let planQuads: Promise<string> | undefined;
const planNQuads = (): Promise<string> => (planQuads ??= planDoc().then(toNQuadsOffline));
let planGraph: Promise<Store> | undefined;
const planStore = (): Promise<Store> => (planGraph ??= planNQuads().then((nquads) => new Store(parseNQuads(nquads))));

describe('062022_plan.jsonld', () => {
  it('expands offline in safe mode, and the same with the standalone context.jsonld', async () => {
    const result = await seedBuild();
    const doc = await planDoc();
    const expanded = await expandOffline(doc);
    assert.ok(expanded.length > 100);
    const standalone = JSON.parse(textOf(result.files, 'context.jsonld')) as { '@context': unknown };
    assert.deepEqual(doc['@context'], standalone['@context'], 'the embedded context is the published one');
  });
  it('never touches the network: the document loader refuses every URL', async () => {
    await assert.rejects(offlineDocumentLoader('https://example.org/context.jsonld'), /offline/);
    await assert.rejects(
      expandOffline({ '@context': 'https://example.org/context.jsonld', '@id': 'https://example.org/x' }),
      (e: { details?: { cause?: Error } }) => /^offline: /.test(e.details?.cause?.message ?? ''),
    );
  });
  it('safe mode catches a key the context does not define instead of dropping it', async () => {
    const doc = await planDoc();
    const graph = [...(doc['@graph'] as Record<string, unknown>[])];
    graph[0] = { ...graph[0], undefinedTerm: 'lost' };
    await assert.rejects(toNQuadsOffline({ ...doc, '@graph': graph }));
  });
  it('expands to the SKOS hierarchy: pillar 4-1-1 skos:broader policy 4-1 broader goal 4, in the plan scheme', async () => {
    const store = await planStore();
    const pillars = jsonOf<{ code: string; name: string }[]>(await seedBuild(), '062022_pillars.json');
    const pillar = pillars.find((p) => p.code === '4-1-1')!;
    assert.ok(has(store, at('pillar/4-1-1'), `${SKOS}broader`, at('policy/4-1')));
    assert.ok(has(store, at('policy/4-1'), `${SKOS}narrower`, at('pillar/4-1-1')));
    assert.ok(has(store, at('policy/4-1'), `${SKOS}broader`, at('goal/4')));
    assert.ok(has(store, at('goal/4'), `${SKOS}topConceptOf`, at('plan')));
    assert.ok(has(store, at('pillar/4-1-1'), `${SKOS}inScheme`, at('plan')));
    assert.ok(has(store, at('pillar/4-1-1'), `${SKOS}notation`, literal('4-1-1')));
    assert.ok(has(store, at('pillar/4-1-1'), `${SKOS}prefLabel`, literal(pillar.name, 'ja')));
    assert.ok(has(store, at('pillar/4-1-1'), RDF_TYPE, namedNode(`${SKOS}Concept`)));
  });
  it('gives KPI 4-1-1 a notation of its own datatype, so it is never pillar 4-1-1’s plain "4-1-1"', async () => {
    const store = await planStore();
    const notations = (s: string) => store.getQuads(at(s), namedNode(`${SKOS}notation`), null, null).map((q) => q.object);
    assert.deepEqual(
      notations('kpi/4-1-1').map((o) => [o.value, (o as { datatype?: { value: string } }).datatype?.value]),
      [['4-1-1', `${base}vocab#KpiNotation`]],
    );
    assert.deepEqual(
      notations('pillar/4-1-1').map((o) => [o.value, (o as { datatype?: { value: string } }).datatype?.value]),
      [['4-1-1', `${XSD}string`]],
    );
    assert.notDeepEqual(notations('kpi/4-1-1')[0], notations('pillar/4-1-1')[0], 'two different RDF terms');
    // Every KPI's notation is typed; the datatype is a term of the published vocabulary.
    const kpis = store.getQuads(null, namedNode(RDF_TYPE), yp('Indicator'), null).map((q) => q.subject.value);
    assert.ok(kpis.length >= 18);
    for (const k of kpis) assert.equal((notations(k.slice(base.length))[0] as { datatype: { value: string } }).datatype.value, `${base}vocab#KpiNotation`, k);
    assert.ok(has(store, yp('KpiNotation'), RDF_TYPE, namedNode('http://www.w3.org/2000/01/rdf-schema#Datatype')));
  });
  it('narrower is exactly the inverse of broader', async () => {
    const store = await planStore();
    const pairs = (p: string, flip: boolean) =>
      store
        .getQuads(null, namedNode(`${SKOS}${p}`), null, null)
        .map((q) => (flip ? `${q.object.value} ${q.subject.value}` : `${q.subject.value} ${q.object.value}`))
        .sort();
    assert.deepEqual(pairs('narrower', false), pairs('broader', true));
    assert.equal(pairs('broader', true).length, 26 + 78);
  });
  it('links each project to the pillars it cites, and departments to the city', async () => {
    const result = await seedBuild();
    const store = await planStore();
    const items = jsonOf<{ initiativeId: string; pillarId: string }[]>(result, '062022_project_items.json');
    const first = items[0]!;
    const initiative = at(`initiative/${first.initiativeId.replace(/^initiative-/, '')}`);
    assert.ok(has(store, initiative, `${base}vocab#citesPillar`, at(`pillar/${first.pillarId.replace(/^pillar-/, '')}`)));
    const project = store.getObjects(initiative, namedNode('http://purl.org/dc/terms/isPartOf'), null)[0]!;
    assert.ok(has(store, project.value, `${base}vocab#citesPillar`, at(`pillar/${first.pillarId.replace(/^pillar-/, '')}`)));
    const departments = jsonOf<{ id: string }[]>(result, '062022_departments.json');
    for (const d of departments)
      assert.ok(
        has(
          store,
          at(`department/${d.id.replace(/^department-/, '')}`),
          'http://www.w3.org/ns/org#subOrganizationOf',
          at(`organization/${config.municipality.code}`),
        ),
      );
  });
  it('compacts back with the same context to the same graph', async () => {
    const doc = await planDoc();
    const compacted = await compactOffline(await expandOffline(doc), doc['@context']);
    assert.equal((await toNQuadsOffline(compacted)).split('\n').sort().join('\n'), (await planNQuads()).split('\n').sort().join('\n'));
  });
  it('mints every IRI from the configured base IRI', async () => {
    const quads = parseNQuads(await planNQuads());
    const ours = quads.filter((q) => q.subject.termType === 'NamedNode' && !q.subject.value.startsWith('http://purl.org/linked-data/sdmx/'));
    assert.ok(ours.length > 1000);
    for (const q of ours) assert.ok(q.subject.value.startsWith(base), q.subject.value);
    // Another base gives other IRIs (the release workflow may set DATASET_BASE_IRI).
    const moved = planJsonLdOf(modelWithKpis(), { ...config, baseIri: 'https://data.example.org/plan/' }, sourceInfo);
    const movedStore = await storeOfJsonLd(moved);
    assert.ok(
      movedStore.has(
        DataFactory.quad(
          namedNode('https://data.example.org/plan/pillar/4-1-1'),
          namedNode(`${SKOS}broader`),
          namedNode('https://data.example.org/plan/policy/4-1'),
        ),
      ),
    );
  });
});

// The fixture's RDF, computed once for the Data Cube and vocabulary tests, which only read it.
let kpiGraph: Promise<Store> | undefined;
const kpiStore = (): Promise<Store> => (kpiGraph ??= storeOfJsonLd(planJsonLdOf(modelWithKpis(), config, sourceInfo)));

describe('KPIs as a W3C Data Cube (with the real KPIs 4-1-1, 4-1-2, 5-4-1 as fixture)', () => {
  const observation = (store: Store, kpi: string, kind: string) => {
    const found = store
      .getSubjects(namedNode(`${base}vocab#indicator`), at(`kpi/${kpi}`), null)
      .filter((s) => has(store, s.value, `${base}vocab#valueKind`, yp(kind)));
    assert.equal(found.length, 1, `one ${kind} observation of ${kpi}`);
    return found[0]!.value;
  };
  it('KPI 4-1-1’s baseline is 49.3 ％ for FY2023 (R5)', async () => {
    const store = await kpiStore();
    const obs = observation(store, '4-1-1', 'baseline');
    assert.ok(has(store, obs, RDF_TYPE, namedNode(`${QB}Observation`)));
    assert.ok(has(store, obs, `${QB}dataSet`, at('dataset/kpi')));
    assert.ok(has(store, obs, OBS_VALUE, literal('49.3', namedNode(`${XSD}decimal`))));
    assert.ok(has(store, obs, `${base}vocab#fiscalYear`, literal('2023', namedNode(`${XSD}integer`))));
    assert.ok(has(store, obs, `${base}vocab#fiscalYearNotation`, literal('R5')));
    assert.ok(has(store, obs, `${base}vocab#notation`, literal('49.3％')));
    assert.ok(has(store, obs, UNIT, yp('percent')));
    assert.equal(store.getObjects(namedNode(obs), yp('targetCondition'), null).length, 0);
  });
  it('KPI 4-1-1’s target is 60 ％ 以上 for FY2029; 4-1-2’s 7.0 ｇ 未満', async () => {
    const store = await kpiStore();
    const target = observation(store, '4-1-1', 'target');
    assert.ok(has(store, target, OBS_VALUE, literal('60', namedNode(`${XSD}decimal`))));
    assert.ok(has(store, target, `${base}vocab#fiscalYear`, literal('2029', namedNode(`${XSD}integer`))));
    assert.ok(has(store, target, `${base}vocab#targetCondition`, yp('atLeast')));
    const salt = observation(store, '4-1-2', 'target');
    assert.ok(has(store, salt, OBS_VALUE, literal('7', namedNode(`${XSD}decimal`))));
    assert.ok(has(store, salt, `${base}vocab#targetCondition`, yp('lessThan')));
    assert.ok(has(store, salt, UNIT, yp('gram')));
    assert.ok(has(store, at('kpi/4-1-1'), `${base}vocab#policy`, at('policy/4-1')));
  });
  it('KPI 5-4-1 has no unit and no condition, and its years come from the table header', async () => {
    const store = await kpiStore();
    const baseline = observation(store, '5-4-1', 'baseline');
    assert.equal(store.getObjects(namedNode(baseline), namedNode(UNIT), null).length, 0);
    assert.ok(has(store, baseline, `${base}vocab#fiscalYearFromHeader`, literal('true', namedNode(`${XSD}boolean`))));
    assert.ok(has(store, observation(store, '5-4-1', 'target'), OBS_VALUE, literal('3', namedNode(`${XSD}decimal`))));
  });
  it('no two observations share all dimension values (Data Cube IC-12), and the structure declares them', async () => {
    const store = await kpiStore();
    const dims = ['indicator', 'valueKind', 'fiscalYear'].map(yp);
    const observations = store.getSubjects(namedNode(RDF_TYPE), namedNode(`${QB}Observation`), null);
    assert.equal(observations.length, 6);
    const keys = observations.map((o) =>
      dims
        .map((d) =>
          store
            .getObjects(o, d, null)
            .map((t) => t.value)
            .join('|'),
        )
        .join(' '),
    );
    assert.equal(new Set(keys).size, keys.length);
    const components = store.getObjects(yp('kpiStructure'), namedNode(`${QB}component`), null);
    const declared = components
      .flatMap((c) => store.getObjects(c, namedNode(`${QB}dimension`), null))
      .map((t) => t.value)
      .sort();
    assert.deepEqual(declared, dims.map((d) => d.value).sort());
    for (const d of dims)
      assert.ok(store.getObjects(d, namedNode('http://www.w3.org/2000/01/rdf-schema#range'), null).length === 1, `IC-4: ${d.value} has a range`);
  });
});

describe('vocab.ttl', () => {
  it('parses with n3 and defines every yp: term the plan graph uses', async () => {
    const result = await seedBuild();
    const vocab = parseTurtle(textOf(result.files, 'vocab.ttl'));
    const defined = new Set(vocab.map((q) => q.subject.value));
    const store = await kpiStore();
    const used = new Set(
      store
        .getQuads(null, null, null, null)
        .flatMap((q) => [q.predicate, q.object])
        .filter((t) => t.termType === 'NamedNode' && t.value.startsWith(`${base}vocab#`))
        .map((t) => t.value),
    );
    assert.ok(used.size > 10);
    for (const term of used) assert.ok(defined.has(term), `${term} is defined in vocab.ttl`);
  });

  it('gives every term a label and a comment in Japanese and English, every property its domain and range, and an entry on site/vocab/ that shows them (issue 20 §5)', async () => {
    const { files } = await seedBuild();
    const vocab = new Store(parseTurtle(textOf(files, 'vocab.ttl')));
    const page = textOf(files, 'site/vocab/index.html');
    const ns = `${base}vocab#`;
    const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
    const terms = [...new Set(vocab.getSubjects(null, null, null).map((t) => t.value))].filter((t) => t.startsWith(ns));
    assert.ok(terms.length > 100, `${terms.length} terms`);
    for (const term of terms) {
      const id = term.slice(ns.length);
      const entry = new RegExp(`<section class="vocab-term" id="${id}">([\\s\\S]*?)</section>`).exec(page)?.[1];
      assert.ok(entry, `${id} has an entry on site/vocab/`);
      for (const p of ['label', 'comment'])
        for (const lang of ['ja', 'en']) {
          const text = vocab.getObjects(term, `${RDFS}${p}`, null).find((l) => (l as { language?: string }).language === lang)?.value;
          assert.ok(text, `${id}: rdfs:${p}@${lang}`);
          // A repository path (sources/…) is shown as a link to the file, not as a path (issue 21 §5): the text around it is on the page.
          for (const part of text.split(/sources\/[A-Za-z0-9._-]+/)) assert.ok(entry.includes(escapeHtml(part)), `${id}: its ${p}@${lang} on the page`);
        }
      if (vocab.getQuads(term, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property', null).length === 0)
        continue;
      for (const p of ['domain', 'range']) {
        const [value] = vocab.getObjects(term, `${RDFS}${p}`, null);
        assert.ok(value, `${id}: rdfs:${p}`);
        assert.match(entry, new RegExp(`${p === 'domain' ? '定義域' : '値域'} <span lang="en">${p}</span>: <`), `${id}: its ${p} on the page`);
        if (value.termType === 'NamedNode' && value.value.startsWith(ns))
          assert.ok(entry.includes(`href="#${value.value.slice(ns.length)}"`), `${id}: its ${p} linked`);
      }
    }
  });
});
