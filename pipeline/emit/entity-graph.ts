// What the data files of an entity's page hold (formats/entity-data.ts): the part of the plan graph that
// describes the entity — its own triples and those of every node whose IRI is its IRI followed by `#…` (the
// records shown as anchors on its page), with the blank nodes they hold; the triples of other nodes that link
// to them (but rdf:type: every record links to its class); and the rdf:type, dct:identifier and labels of every
// node they link to or are linked from, so that a reader of the file sees what each link is. Indexed once for
// all pages, so each page costs what its own triples cost.
import type { Quad, Term } from 'n3';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
/** What a linked node is described by in another entity's files. */
const describing = new Set([
  RDF_TYPE,
  'http://purl.org/dc/terms/identifier',
  'http://www.w3.org/2004/02/skos/core#prefLabel',
  'http://www.w3.org/2004/02/skos/core#notation',
  'http://www.w3.org/2000/01/rdf-schema#label',
]);

const keyOf = (t: Term): string => `${t.termType === 'BlankNode' ? '_:' : ''}${t.value}`;

export interface GraphIndex {
  /** The quads of each subject (blank nodes as `_:label`). */
  bySubject: ReadonlyMap<string, readonly Quad[]>;
  /** The quads whose object is each IRI. */
  byObject: ReadonlyMap<string, readonly Quad[]>;
  /** The subjects `X#…` of each X. */
  fragments: ReadonlyMap<string, readonly string[]>;
}

const push = <V>(map: Map<string, V[]>, key: string, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export const indexGraph = (quads: readonly Quad[]): GraphIndex => {
  const bySubject = new Map<string, Quad[]>();
  const byObject = new Map<string, Quad[]>();
  const fragments = new Map<string, string[]>();
  for (const q of quads) {
    const s = keyOf(q.subject);
    if (!bySubject.has(s) && q.subject.termType === 'NamedNode' && s.includes('#')) push(fragments, s.slice(0, s.indexOf('#')), s);
    push(bySubject, s, q);
    if (q.object.termType === 'NamedNode') push(byObject, q.object.value, q);
  }
  return { bySubject, byObject, fragments };
};

/** The quads that describe the entity `iri` (see the head of this file), each once, in no particular order. */
export const describedEntity = (index: GraphIndex, iri: string): Quad[] => {
  const core = new Set([iri, ...(index.fragments.get(iri) ?? [])]);
  const out = new Map<string, Quad>();
  const add = (q: Quad) =>
    out.set(
      `${keyOf(q.subject)} ${q.predicate.value} ${q.object.termType} ${keyOf(q.object)} ${(q.object as { datatype?: Term }).datatype?.value ?? ''} ${(q.object as { language?: string }).language ?? ''}`,
      q,
    );
  const linked = new Set<string>();
  // Its own triples, and those of the blank nodes they hold.
  const own = (subject: string) => {
    for (const q of index.bySubject.get(subject) ?? []) {
      add(q);
      if (q.object.termType === 'BlankNode') own(keyOf(q.object));
      else if (q.object.termType === 'NamedNode' && q.predicate.value !== RDF_TYPE && !core.has(q.object.value)) linked.add(q.object.value);
    }
  };
  for (const subject of core) own(subject);
  // What links to it, but its class membership.
  for (const target of core)
    for (const q of index.byObject.get(target) ?? []) {
      if (q.predicate.value === RDF_TYPE || core.has(keyOf(q.subject))) continue;
      add(q);
      if (q.subject.termType === 'NamedNode') linked.add(q.subject.value);
    }
  // What each linked node is.
  for (const node of linked)
    for (const q of index.bySubject.get(node) ?? []) if (describing.has(q.predicate.value) && q.object.termType !== 'BlankNode') add(q);
  return [...out.values()];
};
