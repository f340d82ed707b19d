// The SHACL shapes of every table's records, written from the table modules (tables/, `linkedData`): one node
// shape per table, targeting its own yp: class, that requires its other classes, its dct:identifier (once, of
// the table's ID pattern), and each column's predicate — a literal of the datatype the published context gives
// it (Japanese text `@ja`, one per language), or a link to a record of the table the column references — at
// most once, and at least once where the column may not be empty; the lines it was read from as IRIs of lines
// of the source text. `npm run schemas` writes them to schemas/shapes/records.shacl.ttl beside the hand-written
// schemas/shapes/plan.shacl.ttl (the SKOS hierarchy, the KPI cubes, the vocabulary); a test fails when the
// committed file drifts from the modules. Like that file, its IRIs are relative to the base IRI: parse it with
// the dataset's base (`<vocab#>` is yp:).
import type { Config } from '../config.ts';
import { idPatternOf } from '../tables/fields.ts';
import type { Encoding, Property } from '../tables/linked-data.ts';
import { ownClassOf, type TableName, tableNames, tableOf } from '../tables/registry.ts';
import { codebookOf } from './codebook.ts';
import { contextOf } from './jsonld-context.ts';
import { standardPrefixes } from './namespaces.ts';

export const RECORD_SHAPES = 'records.shacl.ttl';

/** A Turtle string literal (our own patterns and names only; escaped all the same). */
const literal = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** The class an IRI-valued column's values belong to, by its encoding. */
const classOfEncoding: Partial<Record<Encoding, string>> = { unit: 'skos:Concept', grade: 'skos:Concept', condition: 'skos:Concept' };

type Constraint = string;

/** The constraints of one predicate of a table's node, from the columns that map to it. */
const constraintsOf = (table: TableName, context: Record<string, unknown>, p: Property & { kind: 'column' }, shared: boolean): Constraint[] => {
  const column = codebookOf(table).find((c) => c.key === p.column)!;
  const typing = context[p.predicate] as { '@type'?: string; '@language'?: string } | undefined;
  const out: Constraint[] = [];
  if (!column.nullable && !shared) out.push('sh:minCount 1');
  if (column.references !== undefined) {
    out.push('sh:nodeKind sh:IRI', `sh:class ${ownClassOf(tableOf(column.references as TableName))}`);
  } else if (p.as === 'sdg-goal' || p.as === 'record') {
    // The UN's IRI of a goal; a record of any table (yp:Record, their superclass, is not stated on each node).
    out.push('sh:nodeKind sh:IRI');
  } else if (p.as !== undefined && classOfEncoding[p.as] !== undefined) {
    out.push('sh:nodeKind sh:IRI', `sh:class ${classOfEncoding[p.as]}`);
  } else if (typing?.['@language'] !== undefined) {
    // Japanese text, with English beside it where the vocabulary gives it (a grade's rule): one per language.
    out.push('sh:datatype rdf:langString', 'sh:languageIn ( "ja" "en" )', 'sh:uniqueLang true');
    return out;
  } else {
    const datatype =
      p.as === 'decimal'
        ? 'xsd:decimal'
        : p.as === 'text'
          ? 'xsd:string'
          : (typing?.['@type'] ?? { string: 'xsd:string', boolean: 'xsd:boolean', integer: 'xsd:integer', number: undefined }[column.type]);
    if (datatype !== undefined) out.push(`sh:datatype ${datatype}`);
  }
  if (!shared) out.push('sh:maxCount 1');
  return out;
};

/** The node shape of one table's records. */
const shapeOf = (table: TableName, context: Record<string, unknown>): string => {
  const def = tableOf(table);
  const ld = def.linkedData;
  const own = ownClassOf(def)!;
  const columns = ld.properties.filter((p): p is Property & { kind: 'column' } => p.kind === 'column');
  // A predicate two columns share, or that other tables also give the record (collected), may hold several values.
  const collected = new Set(ld.properties.flatMap((p) => (p.kind === 'collected' ? [p.predicate] : [])));
  const count = new Map<string, number>();
  for (const p of columns) count.set(p.predicate, (count.get(p.predicate) ?? 0) + 1);
  const seen = new Set<string>();
  const properties: string[] = [
    `[ sh:path dct:identifier ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ; sh:pattern ${literal(idPatternOf(def.prefix).source)} ]`,
  ];
  for (const p of columns) {
    if (seen.has(p.predicate)) continue;
    seen.add(p.predicate);
    const shared = (count.get(p.predicate) ?? 0) > 1 || collected.has(p.predicate);
    // Where two columns share a predicate, the first one's typing stands for both (the modules give them one type).
    properties.push(`[ sh:path ${p.predicate} ; ${constraintsOf(table, context, p, shared).join(' ; ')} ]`);
  }
  for (const p of ld.properties) {
    if (p.kind !== 'code' || seen.has(p.predicate)) continue;
    seen.add(p.predicate);
    properties.push(`[ sh:path ${p.predicate} ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype ${p.datatype ?? 'xsd:string'} ]`);
  }
  if (ld.properties.some((p) => p.kind === 'read-from'))
    properties.push(`[ sh:path prov:wasDerivedFrom ; sh:nodeKind sh:IRI ; sh:pattern ${literal('source#L[1-9][0-9]*$')} ]`);
  const classes = [ld.class].flat().filter((c) => c !== own);
  return [
    `# ${table}: ${def.description.en.replace(/\s+/g, ' ')}`,
    `shape:${own.slice('yp:'.length)} a sh:NodeShape ;`,
    `    sh:targetClass ${own} ;`,
    ...classes.map((c) => `    sh:class ${c} ;`),
    ...properties.map((p, i) => `    sh:property ${p} ${i === properties.length - 1 ? '.' : ';'}`),
  ].join('\n');
};

/** The shapes file: prefixes, then one shape per table in registry order. */
export const recordShapesTurtle = (config: Pick<Config, 'baseIri'>): string => {
  const context = contextOf(config);
  const used = ['sh', 'xsd', 'rdf', 'skos', 'dct', 'org', 'prov', 'qb', 'sdmx-attribute', 'sdmx-measure'] as const;
  const iris: Record<string, string> = { ...standardPrefixes, sh: 'http://www.w3.org/ns/shacl#' };
  return [
    '# SHACL shapes of the records of every table (written by `npm run schemas` from pipeline/tables/; do not edit:',
    '# pipeline/emit/record-shapes.ts). IRIs are RELATIVE to the dataset base IRI: parse this file with that base.',
    ...used.map((p) => `@prefix ${p}: <${iris[p]}> .`),
    '@prefix yp: <vocab#> .',
    '@prefix shape: <shapes/records#> .',
    '',
    ...tableNames.map((t) => `${shapeOf(t, context)}\n`),
    "# Every record: a row of one of the tables, with its ID (yp:Record is the superclass of each table's class).",
    'shape:Record a sh:NodeShape ;',
    `    sh:targetClass yp:Record, ${tableNames.map((t) => ownClassOf(tableOf(t))).join(', ')} ;`,
    '    sh:property [ sh:path dct:identifier ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ; sh:minLength 1 ] .',
    '',
  ].join('\n');
};
