// Issue 20 §1: the plan graph holds every table whole. Each of the 23 tables is rebuilt from the published
// 062022_plan.jsonld alone — read by jsonld.js (offline, safe) into quads, nothing else of the build consulted —
// and compared with its published CSV, parsed by papaparse, cell for cell (test/graph-tables.ts: how a table is
// read from the graph, knowing only the published vocabulary).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Quad } from 'n3';
import { type TableName, tableNames } from '../pipeline/tables/registry.ts';
import { csvRows, expand, tablesOfGraph } from './graph-tables.ts';
import { config, root } from './helpers.ts';
import { storeOfJsonLd } from './linked-rdf.ts';

const code = config.municipality.code;
const csvOf = (table: TableName): string[][] => csvRows(readFileSync(join(root, 'dist', `${code}_${table}.csv`), 'utf8'));

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
