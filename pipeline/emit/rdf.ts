// JSON-LD → RDF with jsonld.js, the one JSON-LD processor the build runs: offline (a document loader that
// refuses every URL, so no build depends on the network) and in safe mode (a term the context does not
// define, or a value it cannot map, is an error instead of a silently dropped triple). The build converts
// every .jsonld it writes from the text it writes, so what it publishes is what a consumer reads; the
// Turtle files are serialised from these same quads (emit/turtle.ts).
import jsonldModule from 'jsonld';
import { DataFactory, type Quad, type Term } from 'n3';

export type JsonLdDocument = Record<string, unknown>;

/** A published linked-data file that its reader refuses: the build fails closed and names it (emit:linked-data). */
export class LinkedDataError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line = 0,
  ) {
    super(`${file}: ${reason}`);
  }
}

interface JsonLdTerm {
  termType: string;
  value: string;
  datatype?: { value: string };
  language?: string;
}
interface JsonLdQuad {
  subject: JsonLdTerm;
  predicate: JsonLdTerm;
  object: JsonLdTerm;
}

// The package ships no types of its own (DefinitelyTyped's predate `safe`): this is the surface the build uses.
const jsonld = jsonldModule as unknown as { toRDF(input: unknown, options: object): Promise<JsonLdQuad[]> };

const options = {
  safe: true,
  documentLoader: async (url: string): Promise<never> => {
    throw new Error(`offline: the JSON-LD processor may not load ${url}; embed the context instead`);
  },
} as const;

const { namedNode, blankNode, literal, quad } = DataFactory;

const termOf = (t: JsonLdTerm): Term => {
  if (t.termType === 'NamedNode') return namedNode(t.value);
  if (t.termType === 'BlankNode') return blankNode(t.value.replace(/^_:/, ''));
  return literal(t.value, t.language || namedNode(t.datatype?.value ?? 'http://www.w3.org/2001/XMLSchema#string'));
};

/** Every quad of a JSON-LD document, as jsonld.js reads it; a document it refuses is a LinkedDataError of `file`. */
export const toQuads = async (document: unknown, file: string): Promise<Quad[]> => {
  let quads: JsonLdQuad[];
  try {
    quads = await jsonld.toRDF(document, options);
  } catch (e) {
    const detail = (e as { details?: { event?: { message?: string } } }).details?.event?.message;
    throw new LinkedDataError(file, `jsonld.js (safe mode) refuses it: ${(e as Error).message}${detail ? ` (${detail})` : ''}`);
  }
  return quads.map((q) => quad(termOf(q.subject) as Quad['subject'], namedNode(q.predicate.value), termOf(q.object) as Quad['object']));
};

/**
 * The quads of a .jsonld file as written: its text parsed back, then converted. A file that is only a
 * context (context.jsonld) is read as the context of an empty graph: no quads, but every term definition
 * processed (safe mode refuses a bare context as an empty node).
 */
export const quadsOfJsonLdText = async (text: string, file: string): Promise<Quad[]> => {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (e) {
    throw new LinkedDataError(file, `not valid JSON: ${(e as Error).message}`);
  }
  const onlyContext = typeof document === 'object' && document !== null && Object.keys(document).join() === '@context';
  return toQuads(onlyContext ? { ...(document as JsonLdDocument), '@graph': [] } : document, file);
};
