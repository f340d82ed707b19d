// The tables of the dataset as a plan graph alone gives them (issue 20 §1), for the tests that compare them with
// the CSVs: what is known is the published vocabulary — the class of each table's records and the predicate of
// each column (the table modules declare them, vocab.ttl documents them). A row is the node of its table's class;
// a cell the value of its column's predicate on it: a literal as its lexical form, a link as the dct:identifier
// of the node it names (a code-list concept as its notation or label, an SDG goal as the number of the UN's
// IRI); the municipality's code and name are those of the plan's publisher, the city.
import assert from 'node:assert/strict';
import type { Store, Term } from 'n3';
import Papa from 'papaparse';
import { codebookOf } from '../pipeline/emit/codebook.ts';
import { neutraliseFormula } from '../pipeline/emit/csv.ts';
import { prefixesOf } from '../pipeline/emit/namespaces.ts';
import type { Encoding } from '../pipeline/tables/linked-data.ts';
import { ownClassOf, type TableName, tableNames, tableOf } from '../pipeline/tables/registry.ts';
import { config } from './helpers.ts';

const prefixes = prefixesOf(config);
/** A compact name of the context (`yp:Goal`, `skos:prefLabel`) as its IRI. */
export const expand = (name: string): string => {
  const at = name.indexOf(':');
  const ns = prefixes[name.slice(0, at)];
  if (ns === undefined) throw new Error(`no prefix for ${name}`);
  return `${ns}${name.slice(at + 1)}`;
};
const RDF_TYPE = expand('rdf:type');
const IDENTIFIER = expand('dct:identifier');

/** A CSV's rows, header first, as papaparse reads them. */
export const csvRows = (text: string): string[][] => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

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
