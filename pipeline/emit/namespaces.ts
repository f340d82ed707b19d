// The RDF vocabularies the linked data speaks, with the prefixes every published context and Turtle
// file uses. Standard vocabularies first; `yp:` is the project's own small vocabulary under the base IRI.
import type { Config } from '../config.ts';

export const standardPrefixes = {
  adms: 'http://www.w3.org/ns/adms#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatap: 'http://data.europa.eu/r5r/',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  org: 'http://www.w3.org/ns/org#',
  owl: 'http://www.w3.org/2002/07/owl#',
  prov: 'http://www.w3.org/ns/prov#',
  qb: 'http://purl.org/linked-data/cube#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  'sdmx-attribute': 'http://purl.org/linked-data/sdmx/2009/attribute#',
  'sdmx-measure': 'http://purl.org/linked-data/sdmx/2009/measure#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** The project vocabulary: terms with no standard home, published as dist/vocab.ttl. */
export const vocabNamespace = (config: Pick<Config, 'baseIri'>): string => `${config.baseIri}vocab#`;

export const prefixesOf = (config: Pick<Config, 'baseIri'>): Record<string, string> => ({ ...standardPrefixes, yp: vocabNamespace(config) });

/** `{baseIri}{type}/{code}`, the IRI pattern of the data contract. */
export const iriOf = (config: Pick<Config, 'baseIri'>, type: string, code: string): string => `${config.baseIri}${type}/${code}`;
