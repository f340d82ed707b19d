// The DCAT catalog (DCAT-AP 3.0.1, harvestable by CKAN's ckanext-dcat): one catalog, one dataset, one
// distribution per published file with its download URL, IANA media type, byte size and SHA-256.
// Publisher 米沢市 (whose plan the data is); the licence, attribution and the derived-data (加工)
// note are stated on the catalog, the dataset and each distribution.
import type { Config, SourceInfo } from '../config.ts';
import { distFileUrl, releasePageUrl, siteUrl } from '../publish/urls.ts';
import { type Digest, digester } from './checksums.ts';
import { contextOf } from './jsonld-context.ts';
import { datasetTexts, keywordsOf } from './dataset-texts.ts';
import type { JsonLdDocument } from './rdf.ts';
import { linkedIris } from './jsonld.ts';
import { iriOf } from './namespaces.ts';
import type { Emitted } from './output-format.ts';
import { text } from './vocab.ts';

type Node = JsonLdDocument;

// Controlled vocabularies DCAT-AP recommends (EU Publications Office, ADMS).
const eu = {
  themes: 'http://publications.europa.eu/resource/authority/data-theme',
  government: 'http://publications.europa.eu/resource/authority/data-theme/GOVE',
  stable: 'http://publications.europa.eu/resource/authority/planned-availability/STABLE',
  localAuthority: 'http://purl.org/adms/publishertype/LocalAuthority',
  attribution: 'http://purl.org/adms/licencetype/Attribution',
  japanese: 'http://publications.europa.eu/resource/authority/language/JPN',
};

const iana = (type: string) => `http://www.iana.org/assignments/media-types/${type}`;
const fileType = (code: string) => `http://publications.europa.eu/resource/authority/file-type/${code}`;

export const catalogIris = (config: Config) => ({
  ...linkedIris(config),
  catalog: `${config.baseIri}catalog`,
  dataset: `${config.baseIri}dataset`,
  area: iriOf(config, 'area', config.municipality.code),
  distribution: (path: string) => iriOf(config, 'distribution', path),
});

/** The catalog of the files in `files` that are distributions (the catalog cannot list itself), each as its format describes it. */
export const toCatalog = (files: ReadonlyMap<string, Emitted>, config: Config, source: SourceInfo, digest: Digest = digester()): JsonLdDocument => {
  const iris = catalogIris(config);
  const licence = config.license.url;
  const rights = {
    '@type': 'dct:RightsStatement',
    'rdfs:label': [{ '@value': `出典表記: ${config.license.attribution}。${config.license.derivationNote}`, '@language': 'ja' }],
  };
  // Only the distributions are digested here, sorted by path.
  const listed = [...files.values()].filter((f) => f.distribution).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const { startFiscalYear, endFiscalYear } = source.period;
  const texts = datasetTexts(config, source);
  const datasetDescription = text(texts.descriptionJa, texts.descriptionEn);

  const distributions: Node[] = listed.map((f) => {
    const { kind } = f;
    const { bytes, sha256 } = digest(f.path, f.content);
    return {
      '@id': iris.distribution(f.path),
      '@type': 'dcat:Distribution',
      'dct:title': text(f.title.ja, f.title.en),
      'dct:description': text(f.description.ja, f.description.en),
      'dcat:accessURL': releasePageUrl(config),
      'dcat:downloadURL': distFileUrl(config, f.path),
      'dcat:mediaType': iana(kind.mediaType),
      'dct:format': fileType(kind.fileType),
      ...(kind.conformsTo ? { 'dct:conformsTo': kind.conformsTo } : {}),
      'dcat:byteSize': bytes,
      'spdx:checksum': { '@type': 'spdx:Checksum', 'spdx:algorithm': 'spdx:checksumAlgorithm_sha256', 'spdx:checksumValue': sha256 },
      'dct:license': licence,
      'dct:rights': rights,
      'dcatap:availability': eu.stable,
    };
  });

  const referenced = (ids: Iterable<string>, type: string | string[], extra: (id: string) => Node = () => ({})): Node[] =>
    [...new Set(ids)].sort().map((id) => ({ '@id': id, '@type': type, ...extra(id) }));
  const kindsUsed = listed.map((f) => f.kind);

  const graph: Node[] = [
    {
      '@id': iris.catalog,
      '@type': 'dcat:Catalog',
      'dct:title': text(`${source.title} オープンデータカタログ`, `Open data catalog of ${config.municipality.nameEn}'s comprehensive plan`),
      'dct:description': datasetDescription,
      'dct:publisher': iris.city,
      'dct:language': eu.japanese,
      'dct:license': licence,
      'dct:issued': config.issued,
      'dct:modified': config.issued,
      'dct:spatial': iris.area,
      'foaf:homepage': siteUrl(config),
      'dcat:themeTaxonomy': eu.themes,
      'dcat:dataset': iris.dataset,
    },
    {
      '@id': iris.dataset,
      '@type': 'dcat:Dataset',
      'dct:identifier': iris.dataset,
      'dct:title': text(source.title, texts.titleEn),
      'dct:description': datasetDescription,
      'dcat:keyword': keywordsOf(source).map((k) => ({ '@value': k, '@language': 'ja' })),
      'dct:publisher': iris.city,
      'dcat:contactPoint': `${iris.catalog}#contact`,
      'dct:license': licence,
      'dct:rights': rights,
      'dct:provenance': {
        '@type': 'dct:ProvenanceStatement',
        'rdfs:label': {
          '@value': `${config.license.derivationNote} 元の文書: ${source.title}（${source.publisher}）; テキスト SHA-256 ${source.sha256}`,
          '@language': 'ja',
        },
      },
      'dcat:theme': eu.government,
      'dcat:version': config.version,
      'dct:issued': config.issued,
      'dct:modified': config.issued,
      'dct:language': eu.japanese,
      'dct:spatial': iris.area,
      'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': `${startFiscalYear}-04-01`, 'dcat:endDate': `${endFiscalYear + 1}-03-31` },
      'dcat:landingPage': siteUrl(config, config.version),
      'dcat:distribution': distributions.map((d) => d['@id'] as string),
    },
    {
      '@id': iris.city,
      '@type': ['foaf:Agent', 'org:Organization'],
      'foaf:name': [
        { '@value': config.municipality.name, '@language': 'ja' },
        { '@value': config.municipality.nameEn, '@language': 'en' },
      ],
      'dct:identifier': config.municipality.code,
      'dct:type': eu.localAuthority,
    },
    {
      '@id': `${iris.catalog}#contact`,
      '@type': ['vcard:Kind', 'vcard:Organization'],
      'vcard:fn': { '@value': config.contactPoint.name, '@language': 'en' },
      'vcard:hasURL': config.contactPoint.url,
    },
    {
      '@id': licence,
      '@type': 'dct:LicenseDocument',
      'rdfs:label': text(config.license.title, config.license.titleEn),
      'dct:identifier': config.license.id,
      'dct:type': eu.attribution,
    },
    { '@id': iris.area, '@type': 'dct:Location', 'skos:prefLabel': config.municipality.name, 'dct:identifier': config.municipality.code },
    { '@id': eu.japanese, '@type': 'dct:LinguisticSystem' },
    { '@id': releasePageUrl(config), '@type': 'foaf:Document' },
    { '@id': siteUrl(config, config.version), '@type': 'foaf:Document' },
    { '@id': siteUrl(config), '@type': 'foaf:Document' },
    { '@id': eu.themes, '@type': 'skos:ConceptScheme', 'dct:title': { '@value': 'Data theme', '@language': 'en' } },
    {
      '@id': eu.government,
      '@type': 'skos:Concept',
      'skos:prefLabel': { '@value': 'Government and public sector', '@language': 'en' },
      'skos:inScheme': eu.themes,
    },
    { '@id': eu.stable, '@type': 'skos:Concept', 'skos:prefLabel': { '@value': 'stable', '@language': 'en' } },
    { '@id': eu.localAuthority, '@type': 'skos:Concept', 'skos:prefLabel': { '@value': 'Local Authority', '@language': 'en' } },
    { '@id': eu.attribution, '@type': 'skos:Concept', 'skos:prefLabel': { '@value': 'Attribution', '@language': 'en' } },
    ...referenced(
      kindsUsed.map((k) => iana(k.mediaType)),
      'dct:MediaType',
    ),
    ...referenced(
      kindsUsed.map((k) => fileType(k.fileType)),
      'dct:MediaTypeOrExtent',
    ),
    ...referenced(
      kindsUsed.flatMap((k) => (k.conformsTo ? [k.conformsTo] : [])),
      'dct:Standard',
    ),
    ...distributions,
  ];
  return { '@context': contextOf(config), '@graph': graph };
};
