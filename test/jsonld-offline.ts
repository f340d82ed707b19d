// The `jsonld` processor as every stage and test uses it: offline (a document loader that refuses
// every URL, so a build never depends on the network) and in safe mode (a term the context does not
// define, or a value it cannot map, is an error instead of a silently dropped triple).
import jsonldModule from 'jsonld';

export type JsonLdDocument = Record<string, unknown>;

/** A quad as `jsonld.toRDF` returns it (RDF/JS shaped). */
export interface JsonLdQuad {
  subject: { termType: string; value: string };
  predicate: { termType: string; value: string };
  object: { termType: string; value: string; datatype?: { value: string }; language?: string };
  graph: { termType: string; value: string };
}

interface Processor {
  expand(input: unknown, options: object): Promise<unknown[]>;
  compact(input: unknown, context: unknown, options: object): Promise<JsonLdDocument>;
  toRDF(input: unknown, options: object): Promise<unknown>;
}

// The package ships no types of its own (DefinitelyTyped's predate `safe`): this is the surface we use.
const jsonld = jsonldModule as unknown as Processor;

export const offlineDocumentLoader = async (url: string): Promise<never> => {
  throw new Error(`offline: the JSON-LD processor may not load ${url}; embed the context instead`);
};

const options = { documentLoader: offlineDocumentLoader, safe: true } as const;

export const expandOffline = (doc: unknown): Promise<unknown[]> => jsonld.expand(doc, options);
export const compactOffline = (doc: unknown, context: unknown): Promise<JsonLdDocument> => jsonld.compact(doc, context, options);
export const toNQuadsOffline = async (doc: unknown): Promise<string> => (await jsonld.toRDF(doc, { ...options, format: 'application/n-quads' })) as string;
export const toQuadsOffline = async (doc: unknown): Promise<JsonLdQuad[]> => (await jsonld.toRDF(doc, options)) as JsonLdQuad[];
