// Issue 20 §1: the plan graph holds every table whole. Each of the 23 tables is rebuilt from the published
// 062022_plan.jsonld alone — read by jsonld.js (offline, safe) into quads, nothing else of the build consulted —
// and compared with its published CSV, parsed by papaparse, cell for cell. What the test knows is the published
// vocabulary: the class of each table's records and the predicate of each column (the table modules declare
// them, and vocab.ttl documents them). A row is the node of its table's class whose dct:identifier is its ID; a
// cell is the value of its column's predicate on that node: a literal as its lexical form, a link as the
// dct:identifier of the node it names (a code-list concept as its notation or label, an SDG goal as the number
// of the UN's IRI); the municipality's code and name are those of the plan's publisher, the city.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Quad, Store, Term } from 'n3';
import Papa from 'papaparse';
import { codebookOf } from '../pipeline/emit/codebook.ts';
import { neutraliseFormula } from '../pipeline/emit/csv.ts';
import { prefixesOf } from '../pipeline/emit/namespaces.ts';
import type { Encoding } from '../pipeline/tables/linked-data.ts';
import { ownClassOf, type TableName, tableNames, tableOf } from '../pipeline/tables/registry.ts';
import { config, root } from './helpers.ts';
import { storeOfJsonLd } from './linked-rdf.ts';

const code = config.municipality.code;
const prefixes = prefixesOf(config);
/** A compact name of the context (`yp:Goal`, `skos:prefLabel`) as its IRI. */
const expand = (name: string): string => {
  const at = name.indexOf(':');
  const ns = prefixes[name.slice(0, at)];
  if (ns === undefined) throw new Error(`no prefix for ${name}`);
  return `${ns}${name.slice(at + 1)}`;
};
const RDF_TYPE = expand('rdf:type');
const IDENTIFIER = expand('dct:identifier');

const csvOf = (table: TableName): string[][] =>
  Papa.parse<string[]>(readFileSync(join(root, 'dist', `${code}_${table}.csv`), 'utf8'), { skipEmptyLines: true }).data;

/** The tables as the graph alone gives them: a header of the CSV titles, then one row per node of the table's class. */
export const tablesOfGraph = (store: Store): Map<TableName, string[][]> => {
  const objects = (subject: Term | string, predicate: string): Term[] => store.getObjects(subject, predicate, null);
  // A text in Japanese and English (a grade's rule, from the vocabulary) is the CSV's Japanese.
  const one = (subject: Term, predicate: string, where: string): Term | undefined => {
    const all = objects(subject, predicate);
    const values = all.length > 1 ? all.filter((v) => (v as { language?: string }).language !== 'en') : all;
    assert.ok(values.length <= 1, `${where}: ${values.length} values of ${predicate}: ${values.map((v) => v.value).join(', ')}`);
    return values[0];
  };
  const identifierOf = (node: Term, where: string): string => {
    const id = one(node, IDENTIFIER, where);
    assert.ok(id?.termType === 'Literal', `${where}: ${node.value} has no dct:identifier`);
    return id.value;
  };
  // The city: the publisher of the plan's concept scheme.
  const [city] = objects(`${config.baseIri}plan`, expand('dct:publisher'));
  assert.ok(city, 'the plan names its publisher');
  const cityCode = identifierOf(city, 'the city');
  const cityName = one(city, expand('skos:prefLabel'), 'the city')!.value;

  const cellOf = (value: Term, as: Encoding | undefined, type: string, where: string): string => {
    if (value.termType === 'Literal') {
      if (type === 'string') return neutraliseFormula(value.value);
      if (type === 'boolean') return value.value;
      return String(Number(value.value));
    }
    // A link: the identifier of the record it names, or the code a code-list concept stands for.
    switch (as) {
      case 'sdg-goal':
        return /\/sdg\/(\d+)$/.exec(value.value)?.[1] ?? `(not an SDG goal IRI: ${value.value})`;
      case 'grade':
        return one(value, expand('skos:notation'), where)!.value;
      case 'unit':
      case 'condition':
        return one(value, expand('skos:prefLabel'), where)!.value;
      default:
        return identifierOf(value, where);
    }
  };

  const out = new Map<TableName, string[][]>();
  for (const name of tableNames) {
    const def = tableOf(name);
    const columns = codebookOf(name);
    const properties = def.linkedData.properties;
    const rows: string[][] = [];
    for (const node of store.getSubjects(RDF_TYPE, expand(ownClassOf(def)!), null)) {
      const where = `${name} ${node.value}`;
      rows.push(
        columns.map((c) => {
          if (c.key === 'municipalityCode') return cityCode;
          if (c.key === 'municipalityName') return cityName;
          if (c.key === 'id') return identifierOf(node, where);
          const p = properties.find((q) => q.kind === 'column' && q.column === c.key);
          assert.ok(p?.kind === 'column', `${name}.${c.key} has a predicate`);
          const value = one(node, expand(p.predicate), `${where} ${c.title}`);
          return value === undefined ? '' : cellOf(value, p.as, c.type, `${where} ${c.title}`);
        }),
      );
    }
    out.set(name, [columns.map((c) => c.title), ...rows]);
  }
  return out;
};

/** Rows by their ID (the second column), for a comparison that does not depend on the order of the graph's nodes. */
const byId = (rows: string[][]): Map<string, string[]> => new Map(rows.slice(1).map((r) => [r[1]!, r]));

let graph: Promise<Map<TableName, string[][]>> | undefined;
const published = () => (graph ??= storeOfJsonLd(JSON.parse(readFileSync(join(root, 'dist', `${code}_plan.jsonld`), 'utf8'))).then(tablesOfGraph));

describe('every table rebuilt from the plan graph alone equals its CSV, cell for cell (issue 20 §1)', () => {
  for (const name of tableNames)
    it(name, async () => {
      const fromGraph = (await published()).get(name)!;
      const csv = csvOf(name);
      assert.deepEqual(fromGraph[0], csv[0], `${name}: header`);
      const rebuilt = byId(fromGraph);
      assert.equal(fromGraph.length, csv.length, `${name}: as many records in the graph as rows in the CSV`);
      for (const row of csv.slice(1)) {
        const got = rebuilt.get(row[1]!);
        assert.ok(got, `${name} ${row[1]} is in the graph`);
        for (const [j, title] of csv[0]!.entries()) assert.equal(got[j], row[j], `${name} ${row[1]} ${title}`);
      }
    });

  it('holds the 574 rows of the committed plan', async () => {
    let rows = 0;
    for (const t of (await published()).values()) rows += t.length - 1;
    assert.equal(rows, 574);
  });

  it('bites: a value changed, a value dropped, a row dropped or a record given a second value in the graph is found', async () => {
    const doc = JSON.parse(readFileSync(join(root, 'dist', `${code}_plan.jsonld`), 'utf8')) as { '@graph': Record<string, unknown>[] };
    const node = (path: string) => doc['@graph'].find((n) => n['@id'] === `${config.baseIri}${path}`)!;
    node('kpi/4-1-1')['yp:baselineValue'] = '49.4';
    delete node('policy/4-1')['yp:visionTitle'];
    node('goal/1')['yp:sourceLine'] = [node('goal/1')['yp:sourceLine'], 1];
    doc['@graph'] = doc['@graph'].filter((n) => n['dct:identifier'] !== 'kgi-2');
    const store = await storeOfJsonLd(doc);
    assert.throws(() => tablesOfGraph(store), /goal\/1 出典行: 2 values/);
    store.removeQuads(store.getQuads(`${config.baseIri}goal/1`, expand('yp:sourceLine'), null, null).filter((q: Quad) => q.object.value === '1'));
    const tables = tablesOfGraph(store);
    const cell = (table: TableName, id: string, title: string) => {
      const t = tables.get(table)!;
      return byId(t).get(id)?.[t[0]!.indexOf(title)];
    };
    assert.equal(cell('indicators', 'kpi-4-1-1', '基準値'), '49.4');
    assert.equal(cell('policies', 'policy-4-1', '目指す姿'), '');
    assert.equal(byId(tables.get('kgis')!).has('kgi-2'), false);
    assert.notEqual(cell('indicators', 'kpi-4-1-1', '基準値'), byId(csvOf('indicators')).get('kpi-4-1-1')![7]);
  });
});
