// A JSON-LD document → Turtle, for readers who prefer it and tools that only take Turtle. The quads
// come from the jsonld processor (offline, safe) and are written by n3, sorted so the output is stable.
import { DataFactory, Writer, type Quad, type Term } from 'n3';
import { toQuadsOffline, type JsonLdQuad } from './jsonld-offline.ts';

const { namedNode, blankNode, literal, quad } = DataFactory;

const termOf = (t: JsonLdQuad['object']): Term => {
  if (t.termType === 'NamedNode') return namedNode(t.value);
  if (t.termType === 'BlankNode') return blankNode(t.value.replace(/^_:/, ''));
  return literal(t.value, t.language ? t.language : namedNode(t.datatype?.value ?? 'http://www.w3.org/2001/XMLSchema#string'));
};

export const toN3Quads = (quads: readonly JsonLdQuad[]): Quad[] =>
  quads.map((q) => quad(termOf(q.subject) as Quad['subject'], namedNode(q.predicate.value), termOf(q.object) as Quad['object']));

const key = (q: Quad): string => `${q.subject.termType === 'BlankNode' ? '~' : ''}${q.subject.value}\u0000${q.predicate.termType === 'NamedNode' && q.predicate.value.endsWith('#type') ? '' : q.predicate.value}\u0000${q.object.termType}\u0000${q.object.value}`;

/** Serialises the quads as Turtle with the given prefixes; subjects sorted (blank nodes last), rdf:type first. */
export const quadsToTurtle = (quads: readonly Quad[], prefixes: Record<string, string>, header = ''): Promise<string> => {
  const writer = new Writer({ prefixes });
  const sorted = [...quads].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (const q of sorted) writer.addQuad(q);
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(`${header}${result}`))));
};

export const jsonLdToTurtle = async (doc: unknown, prefixes: Record<string, string>, header = ''): Promise<string> =>
  quadsToTurtle(toN3Quads(await toQuadsOffline(doc)), prefixes, header);
