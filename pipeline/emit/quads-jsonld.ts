// RDF quads → a JSON-LD document under the published @context: the inverse of what the context says. A
// predicate is written as its compact IRI (`skos:prefLabel`); a value as the plain JSON the context turns back
// into the same term (a string for an IRI-valued or typed property, for @ja text, a JSON boolean or integer
// where no datatype is set) and as an explicit value object (`{"@value", "@type"|"@language"}`, `{"@id"}`)
// everywhere else. Subjects, keys and values are sorted, so the same quads give the same bytes. Used for the
// per-entity files beside the site's pages, written from quads the build has read back already
// (formats/entity-data.ts); test/linked-entities.test.ts reads every one back with jsonld.js.
import type { Quad, Term } from 'n3';
import type { JsonLdDocument } from './rdf.ts';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

type Definition = { '@type'?: string; '@language'?: string };

/** `prefix:local` for an IRI under one of the context's prefixes (the longest), when the local part needs no escaping; else the IRI. */
const compacter = (context: Record<string, unknown>) => {
  const prefixes = Object.entries(context)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && /[#/]$/.test(e[1]))
    .sort((a, b) => b[1].length - a[1].length);
  return (iri: string): string => {
    for (const [prefix, namespace] of prefixes)
      if (iri.startsWith(namespace) && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(iri.slice(namespace.length))) return `${prefix}:${iri.slice(namespace.length)}`;
    return iri;
  };
};

const bySortKey = (a: [string, unknown], b: [string, unknown]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export const jsonLdOfQuads = (quads: readonly Quad[], context: Record<string, unknown>): JsonLdDocument => {
  const compact = compacter(context);
  const definitionOf = (key: string): Definition => {
    const d = context[key];
    return d !== null && typeof d === 'object' ? (d as Definition) : {};
  };
  const idOf = (t: Term): string => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);
  const jsonOf = (o: Term, d: Definition): unknown => {
    if (o.termType === 'NamedNode') return d['@type'] === '@id' ? o.value : { '@id': o.value };
    if (o.termType === 'BlankNode') return { '@id': idOf(o) };
    if (o.termType !== 'Literal') throw new Error(`jsonLdOfQuads: no JSON-LD for a ${o.termType}`);
    const plain = d['@type'] === undefined && d['@language'] === undefined;
    const { language, datatype } = o as Term & { language: string; datatype: Term };
    if (language !== '' || datatype.value === RDF_LANG_STRING) return d['@language'] === language ? o.value : { '@value': o.value, '@language': language };
    if (datatype.value === `${XSD}string`) return plain ? o.value : { '@value': o.value };
    const type = compact(datatype.value);
    if (d['@type'] === type) return o.value;
    if (plain && datatype.value === `${XSD}boolean` && (o.value === 'true' || o.value === 'false')) return o.value === 'true';
    if (plain && datatype.value === `${XSD}integer` && /^(0|-?[1-9]\d{0,14})$/.test(o.value)) return Number(o.value);
    return { '@value': o.value, '@type': type };
  };

  const nodes = new Map<string, { types: string[]; properties: Map<string, unknown[]> }>();
  for (const q of quads) {
    const id = idOf(q.subject);
    let node = nodes.get(id);
    if (!node) {
      node = { types: [], properties: new Map() };
      nodes.set(id, node);
    }
    if (q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode') {
      node.types.push(compact(q.object.value));
      continue;
    }
    const key = compact(q.predicate.value);
    const values = node.properties.get(key) ?? [];
    values.push(jsonOf(q.object, definitionOf(key)));
    node.properties.set(key, values);
  }
  const graph = [...nodes]
    // Named nodes by IRI, blank nodes last, as emit/turtle.ts sorts its subjects.
    .map(([id, node]) => [`${id.startsWith('_:') ? '~' : ''}${id}`, id, node] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, id, node]) => {
      const out: JsonLdDocument = { '@id': id };
      const types = [...new Set(node.types)].sort();
      if (types.length > 0) out['@type'] = types.length === 1 ? types[0] : types;
      for (const [key, values] of [...node.properties].sort(bySortKey)) {
        const unique = [...new Map(values.map((v) => [JSON.stringify(v), v])).entries()].sort(bySortKey).map(([, v]) => v);
        out[key] = unique.length === 1 ? unique[0] : unique;
      }
      return out;
    });
  return { '@context': context, '@graph': graph };
};
