// Issue 20 §4: the SPARQL recipes of docs/linked-data.md run as written. Every ```sparql block is taken from
// the markdown as it stands and run by Oxigraph (a SPARQL engine that is not ours) over the published
// 062022_plan.jsonld and 062022_plan.ttl; the answers of the named recipes are compared with the answers
// computed from the CSVs alone (papaparse), row for row.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import oxigraph from 'oxigraph';
import Papa from 'papaparse';
import { config, root } from './helpers.ts';

const code = config.municipality.code;
const docs = readFileSync(join(root, 'docs', 'linked-data.md'), 'utf8');
/** The ```sparql blocks of the docs, by the name in their first line (`# kpis-by-department`). */
const recipes = new Map([...docs.matchAll(/^```sparql\n([\s\S]*?)^```$/gm)].map((m) => [/^# ([a-z-]+)\n/.exec(m[1]!)?.[1] ?? '', m[1]!]));

type Row = Record<string, string>;
const csv = (table: string): Row[] =>
  Papa.parse<Row>(readFileSync(join(root, 'dist', `${code}_${table}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;

const stores = new Map<string, oxigraph.Store>();
const storeOf = (file: string, format: string): oxigraph.Store => {
  let store = stores.get(file);
  if (!store) {
    store = new oxigraph.Store();
    store.load(readFileSync(join(root, 'dist', file), 'utf8'), { format });
    stores.set(file, store);
  }
  return store;
};
const published = [
  { file: `${code}_plan.jsonld`, format: 'application/ld+json' },
  { file: `${code}_plan.ttl`, format: 'text/turtle' },
];

/** A SELECT's solutions as rows of plain values (numbers as numbers), sorted, so two answers compare as sets of rows. */
const answer = (store: oxigraph.Store, query: string, numeric: readonly string[] = []): string[] => {
  const result = store.query(query);
  assert.ok(Array.isArray(result), 'a SELECT query');
  return (result as Map<string, { value: string }>[])
    .map((m) =>
      JSON.stringify(Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, numeric.includes(k) ? Number(v.value) : v.value]))),
    )
    .sort();
};
const rowsOf = (rows: Record<string, string | number>[]): string[] =>
  rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b))))).sort();

/** The answers the CSVs give to each recipe's question. */
const expected: Record<string, { numeric: string[]; rows: () => Record<string, string | number>[] }> = {
  'kpis-by-department': {
    numeric: ['baseline', 'baselineYear', 'target', 'targetYear'],
    rows: () => {
      const departments = new Map(csv('departments').map((d) => [d.ID!, d.担当課名!]));
      return csv('indicators').map((k) => ({
        department: departments.get(k.担当課ID!)!,
        kpi: k.ID!,
        name: k.指標名!,
        baseline: Number(k.基準値),
        baselineYear: Number(k.基準年度),
        target: Number(k.目標値),
        targetYear: Number(k.目標年度),
        ...(k.目標条件 ? { condition: k.目標条件 } : {}),
      }));
    },
  },
  'pillars-without-kpi': {
    numeric: [],
    rows: () => {
      const measured = new Set(csv('indicators').map((k) => k.施策ID));
      return csv('pillars')
        .filter((p) => !measured.has(p.施策ID))
        .map((p) => ({ pillar: p.ID!, name: p.施策の柱名!, policy: p.施策ID! }));
    },
  },
  'glossary-term-usages': {
    numeric: ['line'],
    rows: () => {
      const terms = new Map(csv('glossary').map((t) => [t.ID!, t.用語!]));
      // The text of the record a term is used in: a statement's text, or the name of a policy or KPI.
      const texts = new Map<string, string>();
      for (const [table, column] of [
        ['pillar_actions', '主な取組'],
        ['expected_actions', '期待したい行動'],
        ['current_issues', '現状と課題'],
        ['policies', '施策名'],
        ['indicators', '指標名'],
        ['pillars', '施策の柱名'],
      ] as const)
        for (const r of csv(table)) texts.set(r.ID!, r[column]!);
      return csv('glossary_usages').map((u) => ({
        term: terms.get(u.用語ID!)!,
        statement: u.使用箇所ID!,
        text: texts.get(u.使用箇所ID!)!,
        line: Number(u.出典行),
      }));
    },
  },
};

describe('the SPARQL recipes of docs/linked-data.md, run as written by Oxigraph over the published files (issue 20 §4)', () => {
  it('has at least three recipes, the three the issue asks for among them', () => {
    assert.ok(recipes.size >= 3, `${recipes.size} recipes`);
    for (const name of Object.keys(expected)) assert.ok(recipes.has(name), name);
  });

  for (const { file, format } of published)
    for (const [name, query] of recipes)
      it(`${name} over ${file}`, () => {
        const got = answer(storeOf(file, format), query, expected[name]?.numeric);
        assert.ok(got.length > 0, `${name}: no answer`);
        const want = expected[name];
        if (want) assert.deepEqual(got, rowsOf(want.rows()), name);
      });

  it('bites: a recipe that asks the wrong question does not match the CSVs’ answer', () => {
    const store = storeOf(published[1]!.file, published[1]!.format);
    const wrong = recipes.get('pillars-without-kpi')!.replace('FILTER NOT EXISTS', 'FILTER EXISTS');
    assert.notDeepEqual(answer(store, wrong), rowsOf(expected['pillars-without-kpi']!.rows()));
    const noCondition = recipes.get('kpis-by-department')!.replace(/OPTIONAL \{[^\n]*\n/, '');
    assert.notDeepEqual(answer(store, noCondition, expected['kpis-by-department']!.numeric), rowsOf(expected['kpis-by-department']!.rows()));
  });
});
