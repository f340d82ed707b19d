// A JSON-LD document → Turtle, for readers who prefer it and tools that only take Turtle. The quads
// come from our own converter (emit/rdf.ts, which fails on any term the context does not define) and
// are written by n3, sorted so the output is stable.
import { DataFactory, Writer, type Quad, type Term } from 'n3';
import { toQuads, type RdfTerm } from './rdf.ts';

const { namedNode, blankNode, literal, quad } = DataFactory;

const termOf = (t: RdfTerm): Term => {
  if (t.termType === 'NamedNode') return namedNode(t.value);
  if (t.termType === 'BlankNode') return blankNode(t.value.replace(/^_:/, ''));
  return literal(t.value, t.language ?? namedNode(t.datatype ?? 'http://www.w3.org/2001/XMLSchema#string'));
};

const key = (q: Quad): string =>
  `${q.subject.termType === 'BlankNode' ? '~' : ''}${q.subject.value}\u0000${q.predicate.termType === 'NamedNode' && q.predicate.value.endsWith('#type') ? '' : q.predicate.value}\u0000${q.object.termType}\u0000${q.object.value}`;

/** Serialises the quads as Turtle with the given prefixes; subjects sorted (blank nodes last), rdf:type first. */
export const quadsToTurtle = (quads: readonly Quad[], prefixes: Record<string, string>, header = ''): Promise<string> => {
  const writer = new Writer({ prefixes });
  // Each quad's key is built once, not at every comparison (twice each, ~n log n times).
  const sorted = quads.map((q) => ({ q, k: key(q) })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  for (const { q } of sorted) writer.addQuad(q);
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(`${header}${result}`))));
};

export const jsonLdToTurtle = (doc: unknown, prefixes: Record<string, string>, header = ''): Promise<string> =>
  quadsToTurtle(
    toQuads(doc).map((q) => quad(termOf(q.subject) as Quad['subject'], namedNode(q.predicate.value), termOf(q.object) as Quad['object'])),
    prefixes,
    header,
  );
