// Issue 20 §2: links out, none invented. The city links to e-Stat's statistical LOD IRI of its standard area
// code, the plan to its licence's IRI, and each curated SDG link to the UN's IRI of the goal — exactly as
// sources/linked-identifiers.json records them; without that file, the links are left out and nothing else
// changes. With SDG links (test/fixtures/sdg-links.csv: made up for the test, and saying so), the sdg_links
// table is rebuilt from the graph alone and equals its CSV.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Store } from 'n3';
import { estatSacPattern } from '../pipeline/linked-identifiers.ts';
import { csvRows, expand, tablesOfGraph } from './graph-tables.ts';
import { buildSeedWith, config, identifiers, root, textOf } from './helpers.ts';
import { storeOfJsonLd } from './linked-rdf.ts';

const code = config.municipality.code;
const city = `${config.baseIri}organization/${code}`;
const plan = `${config.baseIri}plan`;
const sdgLinks = readFileSync(join(root, 'test', 'fixtures', 'sdg-links.csv'), 'utf8');
const objects = (store: Store, subject: string, predicate: string) => store.getObjects(subject, expand(predicate), null).map((t) => t.value);

const graphOf = async (given: Parameters<typeof buildSeedWith>[0]) => {
  const result = await buildSeedWith(given);
  return { result, store: await storeOfJsonLd(JSON.parse(textOf(result.files, `${code}_plan.jsonld`))) };
};
/** The build with the fixture's SDG links and the curated identifiers, made once for the two tests that read it. */
let withSdgLinks: ReturnType<typeof graphOf> | undefined;
const sdgGraph = () => (withSdgLinks ??= graphOf({ sdgLinks }));

describe('links out of the plan graph (issue 20 §2)', () => {
  it('the city links to e-Stat’s IRI of its standard area code (the first five digits of 062022), the plan to its licence', async () => {
    const published = await storeOfJsonLd(JSON.parse(readFileSync(join(root, 'dist', `${code}_plan.jsonld`), 'utf8')));
    const [estat, ...more] = objects(published, city, 'dct:spatial');
    assert.equal(more.length, 0);
    assert.equal(estat, 'http://data.e-stat.go.jp/lod/sac/C06202-19700401');
    assert.equal(estat, identifiers?.municipality?.iri);
    assert.equal(estatSacPattern.exec(estat!)?.[1], code.slice(0, 5));
    assert.deepEqual(objects(published, plan, 'dct:license'), [config.license.url]);
    assert.deepEqual(objects(published, plan, 'dct:publisher'), [city]);
  });

  it('each curated SDG link names the UN’s goal IRI, on its record and on its policy; sdg_links rebuilt from the graph equals its CSV', async () => {
    const { result, store } = await sdgGraph();
    const un = (goal: number) => `http://metadata.un.org/sdg/${goal}`;
    assert.deepEqual(objects(store, `${config.baseIri}policy/4-1`, 'yp:sdgGoal').sort(), [un(10), un(3)]);
    assert.deepEqual(objects(store, `${config.baseIri}policy/1-1`, 'yp:sdgGoal'), [un(4)]);
    assert.deepEqual(objects(store, `${config.baseIri}policy/2-1`, 'yp:sdgGoal'), []);
    const links = store.getSubjects(expand('rdf:type'), expand('yp:SdgLink'), null);
    assert.equal(links.length, 3);
    for (const link of links) assert.match(objects(store, link.value, 'yp:sdgGoal')[0]!, /^http:\/\/metadata\.un\.org\/sdg\/(?:[1-9]|1[0-7])$/);
    const fromGraph = tablesOfGraph(store).get('sdg_links')!;
    const csv = csvRows(textOf(result.files, `${code}_sdg_links.csv`));
    assert.equal(csv.length, 4);
    assert.deepEqual(
      fromGraph.slice(1).sort((a, b) => a[1]!.localeCompare(b[1]!)),
      csv.slice(1).sort((a, b) => a[1]!.localeCompare(b[1]!)),
    );
  });

  it('without sources/linked-identifiers.json the links to e-Stat and the UN are left out, and every other triple stays', async () => {
    const [withIds, without] = await Promise.all([sdgGraph(), graphOf({ sdgLinks, identifiers: undefined })]);
    assert.deepEqual(objects(without.store, city, 'dct:spatial'), []);
    assert.equal(without.store.getQuads(null, expand('yp:sdgGoal'), null, null).length, 0);
    const outside = (s: Store) =>
      s
        .getQuads(null, null, null, null)
        .filter((q) => !/^http:\/\/(data\.e-stat\.go\.jp|metadata\.un\.org)\//.test(q.object.value))
        // Blank nodes by their kind only: their labels differ between two stores.
        .map((q) => [q.subject, q.predicate, q.object].map((t) => (t.termType === 'BlankNode' ? '_:' : t.value)).join(' '))
        .sort();
    assert.deepEqual(outside(without.store), outside(withIds.store));
    // The SDG goal number is still in the graph as a literal: the table is whole without the UN's IRIs.
    assert.equal(tablesOfGraph(without.store).get('sdg_links')!.length, 4);
  });
});
