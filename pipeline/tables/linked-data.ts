// How a table is published as linked data (062022_plan.jsonld), declared in its module: the class of its
// records and, in order, the predicate each column becomes — or how else the table is in the graph (as
// properties of another table's records, as the vocabulary's code list), or that it is not in the graph
// yet, and why. Every table must say one of these (tables/table.ts makes the field required), so a table
// cannot be left out of the graph by forgetting it. emit/jsonld.ts reads the declarations; nothing here
// knows the vocabulary's IRIs, only the compact names (`skos:prefLabel`, `yp:Goal`) the context defines.

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
  | 'condition';

export type Property =
  /**
   * A column's value under `predicate`; a ref() column's is the IRI of the record it names. An empty value
   * leaves the property out. `inverse`: the predicate the named record gets back, listing the records that
   * name it in table order (skos:broader ↔ skos:narrower) — where a `collected` slot of its table puts it.
   */
  | { kind: 'column'; predicate: string; column: string; as?: Encoding; inverse?: string }
  /** The code of the record's ID (`initiative-1-2` → `1-2`), typed with `datatype` when given. */
  | { kind: 'code'; predicate: string; datatype?: string }
  /** The plan's concept scheme. */
  | { kind: 'scheme'; predicate: string }
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
   * with `inverse: predicate`, and the IRIs other tables carry onto it (`carried`). Left out when there are none.
   */
  | { kind: 'collected'; predicate: string };

export const column = (predicate: string, name: string, options: { as?: Encoding; inverse?: string } = {}): Property => ({
  kind: 'column',
  predicate,
  column: name,
  ...options,
});
export const code = (predicate: string, datatype?: string): Property => ({ kind: 'code', predicate, ...(datatype === undefined ? {} : { datatype }) });
export const scheme = (predicate: string): Property => ({ kind: 'scheme', predicate });
export const city = (predicate: string): Property => ({ kind: 'city', predicate });
export const dataSet = (predicate: string): Property => ({ kind: 'data-set', predicate });
export const record = (predicate: string): Property => ({ kind: 'record', predicate });
export const term = (predicate: string, name: string): Property => ({ kind: 'term', predicate, term: name });
export const collected = (predicate: string): Property => ({ kind: 'collected', predicate });

/** A W3C Data Cube data set whose observations a table's records are (or carry): `{baseIri}{path}`. */
export interface DataSetDecl {
  path: string;
  label: { ja: string; en: string };
  /** Its qb:DataStructureDefinition, a term of the vocabulary. */
  structure: string;
  /** Whether it states the plan's concept scheme as its dct:source. */
  fromScheme: boolean;
}

/** Records whose IRI is below another record's: `{IRI of the record the column names}/{path}`, `{column}` in path replaced by its value. */
export interface IriUnder {
  under: string;
  path: string;
}

export interface Nodes {
  kind: 'nodes';
  /** The record's rdf:type(s). */
  class: string | readonly string[];
  /** Where the record's IRI is when not `{baseIri}{prefix}/{code}`. */
  iri?: IriUnder;
  /** The records are the observations of this data set, whose node precedes them. */
  dataSet?: DataSetDecl;
  properties: readonly Property[];
  /** Observations each record carries (a KPI's baseline and target), after the table's records and their data set's node. */
  observations?: { dataSet: DataSetDecl; nodes: readonly { path: string; properties: readonly Property[] }[] };
}

/**
 * A table with no nodes of its own: each row adds the IRI its `column` names to the record reached from it
 * through `path` (ref() columns, followed in turn), under `predicate` — which that record's table collects.
 */
export interface Carried {
  kind: 'carried';
  onto: readonly { path: readonly string[]; predicate: string; column: string }[];
}

/** A table the vocabulary publishes as a code list (emit/vocab.ts): its rows are concepts there. */
export interface InVocabulary {
  kind: 'vocabulary';
  how: string;
}

/** A table not in the graph yet: the reason says what it would take. */
export interface NotYetLinked {
  kind: 'not-yet-linked';
  reason: string;
}

export type LinkedData = Nodes | Carried | InVocabulary | NotYetLinked;

export const linked = (declaration: Omit<Nodes, 'kind'>): Nodes => ({ kind: 'nodes', ...declaration });
export const carried = (...onto: Carried['onto']): Carried => ({ kind: 'carried', onto });
export const inVocabulary = (how: string): InVocabulary => ({ kind: 'vocabulary', how });
export const notYetLinked = (reason: string): NotYetLinked => ({ kind: 'not-yet-linked', reason });

/** The columns a declaration names (its properties', its IRI's and its carried paths' first steps), for the checks of tables/table.ts. */
export const columnsNamed = (ld: LinkedData): string[] => {
  const ofProperties = (ps: readonly Property[]) => ps.flatMap((p) => (p.kind === 'column' ? [p.column] : []));
  switch (ld.kind) {
    case 'nodes':
      return [
        ...ofProperties(ld.properties),
        ...(ld.iri ? [ld.iri.under, ...[...ld.iri.path.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!)] : []),
        ...(ld.observations?.nodes.flatMap((n) => ofProperties(n.properties)) ?? []),
      ];
    case 'carried':
      return ld.onto.flatMap((o) => [o.column, o.path[0]!]);
    default:
      return [];
  }
};
