// How a table is published as linked data (062022_plan.jsonld), declared in its module: the class of its
// records and, in order, the predicate each column becomes; where a record's IRI is when it is not
// `{baseIri}{prefix}/{code}`; the data set or concept scheme its records belong to; and the IRIs a row gives
// other records. Every row of every table is a node (tables/table.ts makes the field required, and checks
// that every column is named once): emit/jsonld.ts reads the declarations and adds to each node its
// `dct:identifier` (the row's ID). Nothing here knows the vocabulary's IRIs, only the compact names
// (`skos:prefLabel`, `yp:Goal`) the context defines.

/** How a column's value is written: as it is (a string, number or boolean; an IRI for a ref() column) or encoded. */
export type Encoding =
  /** The value as a string (`1` → `"1"`). */
  | 'text'
  /** An xsd:decimal lexical form (JSON numbers would become xsd:double). */
  | 'decimal'
  /** A KPI unit (`％`) as its term in the vocabulary's code list (`yp:percent`). */
  | 'unit'
  /** A grade (`S`) as its term in the grades code list (`yp:gradeS`). */
  | 'grade'
  /** A target condition (`以上`) as its term in the conditions code list (`yp:atLeast`). */
  | 'condition'
  /** The ID of a record of any table (glossary_usages.recordId): that record's IRI. */
  | 'record'
  /**
   * An SDG goal number (1–17) as the UN's IRI of the goal (`http://metadata.un.org/sdg/3`), from the pattern
   * sources/linked-identifiers.json records; left out when that file gives none.
   */
  | 'sdg-goal';

export type Property =
  /**
   * A column's value under `predicate`; a ref() column's is the IRI of the record it names. An empty value
   * leaves the property out. `inverse`: the predicate the named record gets back, listing the records that
   * name it in table order (skos:broader ↔ skos:narrower) — where a `collected` slot of its table puts it.
   */
  | { kind: 'column'; predicate: string; column: string; as?: Encoding; inverse?: string }
  /** The code of the record's ID (`initiative-1-2` → `1-2`), typed with `datatype` when given. */
  | { kind: 'code'; predicate: string; datatype?: string }
  /** A concept scheme: the plan's (`{baseIri}plan`), or the one at `{baseIri}{path}` its table declares. */
  | { kind: 'scheme'; predicate: string; path?: string }
  /** The city, whose departments are the records. */
  | { kind: 'city'; predicate: string }
  /** The data set the record is an observation of. */
  | { kind: 'data-set'; predicate: string }
  /** The record the observation belongs to (for an observation declared under `observations`). */
  | { kind: 'record'; predicate: string }
  /** A term of the project vocabulary (`yp:baseline`). */
  | { kind: 'term'; predicate: string; term: string }
  /**
   * Where the values other tables give this record go: the records that name it through a column declared
   * with `inverse: predicate`, and the IRIs other tables carry onto it (`carries`). Left out when there are none.
   */
  | { kind: 'collected'; predicate: string }
  /** The line of the plan text a column names, as the IRI of that line: prov:wasDerivedFrom `{baseIri}source#L969`. */
  | { kind: 'read-from'; column: string };

export const column = (predicate: string, name: string, options: { as?: Encoding; inverse?: string } = {}): Property => ({
  kind: 'column',
  predicate,
  column: name,
  ...options,
});
export const code = (predicate: string, datatype?: string): Property => ({ kind: 'code', predicate, ...(datatype === undefined ? {} : { datatype }) });
export const scheme = (predicate: string, path?: string): Property => ({ kind: 'scheme', predicate, ...(path === undefined ? {} : { path }) });
export const city = (predicate: string): Property => ({ kind: 'city', predicate });
export const dataSet = (predicate: string): Property => ({ kind: 'data-set', predicate });
export const record = (predicate: string): Property => ({ kind: 'record', predicate });
export const term = (predicate: string, name: string): Property => ({ kind: 'term', predicate, term: name });
export const collected = (predicate: string): Property => ({ kind: 'collected', predicate });

/**
 * The lines of the plan text a record was read from: each column as an integer under `yp:<column>`
 * (`yp:sourceLine`, `yp:statementSourceLine`, …), and each line as the IRI of that line of the source text
 * (`prov:wasDerivedFrom <{baseIri}source#L969>`, the anchor of the site's source page).
 */
export const sourceLines = (...columns: string[]): Property[] => [
  ...columns.map((c) => column(`yp:${c}`, c)),
  ...columns.map((c): Property => ({ kind: 'read-from', column: c })),
];

/** A W3C Data Cube data set whose observations a table's records are (or carry): `{baseIri}{path}`. */
export interface DataSetDecl {
  path: string;
  label: { ja: string; en: string };
  /** Its qb:DataStructureDefinition, a term of the vocabulary. */
  structure: string;
  /** Whether it states the plan's concept scheme as its dct:source. */
  fromScheme: boolean;
}

/** A SKOS concept scheme whose top concepts a table's records are: `{baseIri}{path}`, the IRI of a page of the site. */
export interface SchemeDecl {
  path: string;
  label: { ja: string; en: string };
}

/** Records whose IRI is below another record's: `{IRI of the record the column names}/{path}`, `{column}` in path replaced by its value. */
export interface IriUnder {
  under: string;
  path: string;
}

/** Records that are terms of the project vocabulary: `{baseIri}vocab#{term}`, `{column}` in term replaced by its value (grade_rules: `grade{grade}`). */
export interface IriInVocabulary {
  vocabularyTerm: string;
}

/**
 * A row's IRIs onto another record: each row adds the IRI its `column` names (a ref() column's record, or the
 * value encoded `as`) to the record reached from it through `path` (ref() columns, followed in turn), under
 * `predicate` — which that record's table collects.
 */
export interface Carry {
  path: readonly string[];
  predicate: string;
  column: string;
  as?: Encoding;
}

/**
 * A table in the graph. A record's IRI: `iri` when given; else `{baseIri}{prefix}/{code}` for a table whose
 * records have pages of their own, and `{IRI of the page}#{ID}` for one whose records are anchors on another
 * record's page or on a page of the site (tables/site-place.ts), so every IRI dereferences to its page.
 */
export interface LinkedData {
  /** The record's rdf:type(s): the first yp: class is the table's own (one per table), a subclass of yp:Record. */
  class: string | readonly string[];
  iri?: IriUnder | IriInVocabulary;
  /** The records are the observations of this data set, whose node precedes them. */
  dataSet?: DataSetDecl;
  /** The records are the concepts of this scheme (`scheme('skos:inScheme', path)`), whose node precedes them. */
  conceptScheme?: SchemeDecl;
  properties: readonly Property[];
  /** Observations each record carries (a KPI's baseline and target), after the table's records and their data set's node. */
  observations?: { dataSet: DataSetDecl; nodes: readonly { path: string; properties: readonly Property[] }[] };
  carries?: readonly Carry[];
}

export const linked = (declaration: LinkedData): LinkedData => declaration;

const templateColumns = (template: string): string[] => [...template.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!);

/** The columns a declaration names (its properties', its IRI's and its carried paths' first steps), for the checks of tables/table.ts. */
export const columnsNamed = (ld: LinkedData): string[] => {
  const ofProperties = (ps: readonly Property[]) => ps.flatMap((p) => (p.kind === 'column' || p.kind === 'read-from' ? [p.column] : []));
  const iri = ld.iri === undefined ? [] : 'under' in ld.iri ? [ld.iri.under, ...templateColumns(ld.iri.path)] : templateColumns(ld.iri.vocabularyTerm);
  return [
    ...ofProperties(ld.properties),
    ...iri,
    ...(ld.observations?.nodes.flatMap((n) => ofProperties(n.properties)) ?? []),
    ...(ld.carries?.flatMap((o) => [o.column, o.path[0]!]) ?? []),
  ];
};

/** The columns whose values are properties of the record's own node (the `column` properties), each once. */
export const columnsOnNode = (ld: LinkedData): string[] => ld.properties.flatMap((p) => (p.kind === 'column' ? [p.column] : []));
