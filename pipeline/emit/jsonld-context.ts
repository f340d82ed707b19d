// The one JSON-LD @context of every JSON-LD file we publish (plan, catalog, vocabulary), shipped as
// dist/context.jsonld and embedded inline in each document so they expand offline. Keys are the
// standard compact IRIs (skos:prefLabel, dcat:downloadURL, …) so a reader who knows RDF reads them as
// they are; the context only adds prefixes, which values are IRIs, and datatypes and languages.
import type { Config } from '../config.ts';
import { prefixesOf } from './namespaces.ts';

/** Properties whose JSON string value is an IRI, not text. */
const iriValued = [
  'dcat:accessURL',
  'dcat:contactPoint',
  'dcat:dataset',
  'dcat:distribution',
  'dcat:downloadURL',
  'dcat:landingPage',
  'dcat:mediaType',
  'dcat:theme',
  'dcat:themeTaxonomy',
  'dcatap:availability',
  'dct:conformsTo',
  'dct:format',
  'dct:hasPart',
  'dct:isPartOf',
  'dct:language',
  'dct:license',
  'dct:publisher',
  'dct:creator',
  'dct:spatial',
  'dct:source',
  'dct:type',
  'foaf:homepage',
  'foaf:page',
  'org:hasSubOrganization',
  'org:subOrganizationOf',
  'owl:sameAs',
  'prov:wasDerivedFrom',
  'qb:attribute',
  'qb:codeList',
  'qb:dataSet',
  'qb:dimension',
  'qb:measure',
  'qb:structure',
  'rdfs:domain',
  'rdfs:isDefinedBy',
  'rdfs:range',
  'rdfs:seeAlso',
  'rdfs:subClassOf',
  'sdmx-attribute:unitMeasure',
  'skos:broader',
  'skos:exactMatch',
  'skos:hasTopConcept',
  'skos:inScheme',
  'skos:narrower',
  'skos:topConceptOf',
  'spdx:algorithm',
  'vcard:hasURL',
  'yp:citesPillar',
  'yp:department',
  'yp:grade',
  'yp:indicator',
  'yp:policy',
  'yp:targetCondition',
  'yp:valueKind',
] as const;

const typed = {
  'dcat:byteSize': 'xsd:nonNegativeInteger',
  'dcat:endDate': 'xsd:date',
  'dcat:startDate': 'xsd:date',
  'dct:issued': 'xsd:date',
  'dct:modified': 'xsd:date',
  'sdmx-measure:obsValue': 'xsd:decimal',
  'spdx:checksumValue': 'xsd:hexBinary',
  'yp:curatedLine': 'xsd:integer',
  'yp:fiscalYear': 'xsd:integer',
  'yp:progressRate': 'xsd:decimal',
  'yp:sourceLine': 'xsd:integer',
} as const;

/** Japanese text of the plan: a plain string value is tagged @ja. */
const japanese = ['skos:prefLabel', 'skos:definition', 'yp:visionTitle', 'yp:visionText', 'vcard:fn', 'foaf:name'] as const;

export const contextOf = (config: Pick<Config, 'baseIri'>): Record<string, unknown> => ({
  '@version': 1.1,
  ...prefixesOf(config),
  ...Object.fromEntries(iriValued.map((p) => [p, { '@type': '@id' }])),
  ...Object.fromEntries(Object.entries(typed).map(([p, t]) => [p, { '@type': t }])),
  ...Object.fromEntries(japanese.map((p) => [p, { '@language': 'ja' }])),
});

export type IriValued = (typeof iriValued)[number];
