// Our JSON-LD documents → RDF quads, without a JSON-LD processor. Every document we publish uses one
// small context (emit/jsonld-context.ts: prefixes; per-property @type @id, a datatype or @language), compact
// IRIs as keys, and no @list, @reverse, nested @graph or relative IRIs. This converter understands
// exactly that subset and throws on anything else, so it plays the part jsonld.js's safe mode played in
// the build (a term the context does not define fails the build) at a fraction of the cost. The tests
// check that it gives the very quads jsonld.js gives, blank-node labels included, for every document.

export type JsonLdDocument = Record<string, unknown>;

export interface RdfTerm {
  termType: 'NamedNode' | 'BlankNode' | 'Literal';
  value: string;
  /** Literals only: the datatype IRI (rdf:langString for language-tagged strings). */
  datatype?: string;
  language?: string;
}

export interface RdfQuad {
  subject: RdfTerm;
  predicate: RdfTerm;
  object: RdfTerm;
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

interface TermDefinition {
  type?: string;
  language?: string;
}

interface Context {
  prefixes: Map<string, string>;
  terms: Map<string, TermDefinition>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const fail = (path: string, what: string): never => {
  throw new Error(`JSON-LD ${path}: ${what}`);
};

const readContext = (raw: Json, path: string): Context => {
  if (!isObject(raw)) return fail(path, '@context must be one embedded object');
  const prefixes = new Map<string, string>();
  const terms = new Map<string, TermDefinition>();
  for (const [key, value] of Object.entries(raw)) {
    if (key === '@version') continue;
    if (key.startsWith('@')) fail(`${path}.${key}`, 'keyword not supported in the context');
    if (typeof value === 'string') prefixes.set(key, value);
    else if (isObject(value)) {
      const { '@type': type, '@language': language, ...rest } = value;
      if (Object.keys(rest).length > 0) fail(`${path}.${key}`, `unsupported term definition keys ${Object.keys(rest).join(', ')}`);
      terms.set(key, { ...(typeof type === 'string' ? { type } : {}), ...(typeof language === 'string' ? { language } : {}) });
    } else fail(`${path}.${key}`, 'term definition must be a string or an object');
  }
  return { prefixes, terms };
};

/** A compact IRI (prefix:local) or absolute IRI → absolute IRI; anything else is an error. */
const expandIri = (context: Context, value: string, path: string): string => {
  if (value.startsWith('_:')) return value;
  const colon = value.indexOf(':');
  if (colon < 1) return fail(path, `"${value}" is neither a compact nor an absolute IRI`);
  const prefix = value.slice(0, colon);
  const local = value.slice(colon + 1);
  const namespace = context.prefixes.get(prefix);
  if (namespace !== undefined && !local.startsWith('//')) return namespace + local;
  if (/^[a-z][a-z0-9+.-]*$/i.test(prefix)) return value;
  return fail(path, `"${value}" has no defined prefix`);
};

/** A property key → its IRI and definition; a key the context does not define is an error (safe mode). */
const property = (context: Context, key: string, path: string): { iri: string; definition: TermDefinition } => {
  const colon = key.indexOf(':');
  const namespace = colon > 0 ? context.prefixes.get(key.slice(0, colon)) : undefined;
  if (namespace === undefined) return fail(`${path}.${key}`, 'the context defines no term or prefix for this key');
  return { iri: namespace + key.slice(colon + 1), definition: context.terms.get(key) ?? {} };
};

/** xsd:double as JSON-LD writes it: 49.3 → 4.93E1, 60.5e21 → 6.05E22, 0.5 → 5.0E-1 (trailing zeros dropped, one digit kept). */
const canonicalDouble = (value: number): string => {
  const [mantissa = '', exponent = ''] = value.toExponential(15).split('e');
  let end = mantissa.length;
  while (end > 0 && mantissa[end - 1] === '0') end -= 1;
  if (mantissa[end - 1] === '.') end += 1;
  return `${mantissa.slice(0, end)}E${exponent.startsWith('+') ? exponent.slice(1) : exponent}`;
};

/** JSON-LD's canonical lexical forms of native numbers and booleans (JSON-LD 1.1 §8.6, as jsonld.js writes them). */
const nativeLiteral = (value: number | boolean, datatype: string | undefined): RdfTerm => {
  if (typeof value === 'boolean') return { termType: 'Literal', value: String(value), datatype: datatype ?? `${XSD}boolean` };
  const isDouble = !Number.isInteger(value) || Math.abs(value) >= 1e21 || datatype === `${XSD}double`;
  if (isDouble) return { termType: 'Literal', value: canonicalDouble(value), datatype: datatype ?? `${XSD}double` };
  return { termType: 'Literal', value: value.toFixed(0), datatype: datatype ?? `${XSD}integer` };
};

class Converter {
  readonly quads: RdfQuad[] = [];
  private blank = 0;

  constructor(private readonly context: Context) {}

  /** A node object: its subject term; its triples are emitted depth-first, properties by sorted IRI. */
  node(node: JsonObject, path: string): RdfTerm {
    const id = node['@id'];
    if (id !== undefined && typeof id !== 'string') fail(`${path}.@id`, 'must be a string');
    const subject: RdfTerm =
      id === undefined ? { termType: 'BlankNode', value: `_:b${this.blank++}` } : this.idTerm(expandIri(this.context, id as string, `${path}.@id`));
    const entries: { iri: string; key: string; values: Json[]; definition?: TermDefinition }[] = [];
    for (const [key, value] of Object.entries(node)) {
      if (key === '@id' || key === '@context') continue;
      if (key === '@type') {
        entries.push({ iri: RDF_TYPE, key, values: Array.isArray(value) ? value : [value] });
        continue;
      }
      if (key.startsWith('@')) fail(`${path}.${key}`, 'keyword not supported here');
      const { iri, definition } = property(this.context, key, path);
      entries.push({ iri, key, values: Array.isArray(value) ? value : [value], definition });
    }
    // jsonld.js walks expanded properties in code-point order of their IRIs; @type first.
    entries.sort((a, b) => (a.iri === RDF_TYPE ? -1 : b.iri === RDF_TYPE ? 1 : a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
    for (const { iri, key, values, definition } of entries) {
      const predicate: RdfTerm = { termType: 'NamedNode', value: iri };
      values.forEach((value, i) => {
        const at = `${path}.${key}[${i}]`;
        if (Array.isArray(value)) fail(at, 'nested arrays (lists) are not supported');
        if (value === null) return;
        if (iri === RDF_TYPE) {
          if (typeof value !== 'string') fail(at, '@type must be an IRI');
          this.quads.push({ subject, predicate, object: this.idTerm(expandIri(this.context, value as string, at)) });
          return;
        }
        this.quads.push({ subject, predicate, object: this.value(value, definition ?? {}, at) });
      });
    }
    return subject;
  }

  private idTerm(iri: string): RdfTerm {
    return { termType: iri.startsWith('_:') ? 'BlankNode' : 'NamedNode', value: iri };
  }

  private value(value: Json, definition: TermDefinition, path: string): RdfTerm {
    const coerced = definition.type;
    if (isObject(value)) {
      if ('@value' in value) {
        const { '@value': v, '@type': t, '@language': l, ...rest } = value;
        if (Object.keys(rest).length > 0) fail(path, `unsupported value-object keys ${Object.keys(rest).join(', ')}`);
        const datatype = typeof t === 'string' ? expandIri(this.context, t, path) : undefined;
        if (typeof v === 'number' || typeof v === 'boolean') return nativeLiteral(v, datatype);
        if (typeof v !== 'string') return fail(path, '@value must be a string, number or boolean');
        if (typeof l === 'string') return { termType: 'Literal', value: v, datatype: LANG_STRING, language: l.toLowerCase() };
        return { termType: 'Literal', value: v, datatype: datatype ?? `${XSD}string` };
      }
      if (Object.keys(value).length === 1 && typeof value['@id'] === 'string') return this.idTerm(expandIri(this.context, value['@id'], path));
      return this.node(value, path);
    }
    if (typeof value === 'string') {
      if (coerced === '@id') return this.idTerm(expandIri(this.context, value, path));
      if (coerced !== undefined) return { termType: 'Literal', value, datatype: expandIri(this.context, coerced, path) };
      if (definition.language !== undefined) return { termType: 'Literal', value, datatype: LANG_STRING, language: definition.language.toLowerCase() };
      return { termType: 'Literal', value, datatype: `${XSD}string` };
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
      if (coerced === '@id') fail(path, 'an IRI-valued property holds a number or boolean');
      return nativeLiteral(value, coerced === undefined ? undefined : expandIri(this.context, coerced, path));
    }
    return fail(path, 'unsupported value');
  }
}

/** Every quad of a document `{ "@context": {…}, "@graph": [...] }` (or a single node with its context). */
export const toQuads = (document: unknown): RdfQuad[] => {
  if (!isObject(document as Json)) fail('(root)', 'must be an object');
  const doc = document as JsonObject;
  const converter = new Converter(readContext(doc['@context'] ?? null, '@context'));
  const graph = doc['@graph'];
  if (graph === undefined) converter.node(doc, '(root)');
  else {
    const extra = Object.keys(doc).filter((k) => k !== '@context' && k !== '@graph');
    if (extra.length > 0) fail('(root)', `keys beside @graph are not supported: ${extra.join(', ')}`);
    if (!Array.isArray(graph)) fail('@graph', 'must be an array');
    (graph as Json[]).forEach((node, i) => {
      if (!isObject(node)) fail(`@graph[${i}]`, 'must be a node object');
      converter.node(node as JsonObject, `@graph[${i}]`);
    });
  }
  return converter.quads;
};

const escapeLiteral = (s: string): string => s.replace(/[\\"\n\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' })[c]!);

const nquadTerm = (t: RdfTerm): string => {
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'BlankNode') return t.value;
  if (t.language !== undefined) return `"${escapeLiteral(t.value)}"@${t.language}`;
  return t.datatype === `${XSD}string` ? `"${escapeLiteral(t.value)}"` : `"${escapeLiteral(t.value)}"^^<${t.datatype}>`;
};

/** N-Quads lines (default graph), sorted and de-duplicated as jsonld.js writes them. */
export const toNQuads = (quads: readonly RdfQuad[]): string =>
  [...new Set(quads.map((q) => `${nquadTerm(q.subject)} ${nquadTerm(q.predicate)} ${nquadTerm(q.object)} .\n`))].sort().join('');
