// The DCAT catalog (DCAT-AP 3.0.1, harvestable by CKAN's ckanext-dcat): one catalog, one dataset, one
// distribution per published file with its download URL, IANA media type, byte size and SHA-256.
// Publisher 米沢市 (whose plan the data is); the licence, attribution and the derived-data (加工)
// note are stated on the catalog, the dataset and each distribution.
import type { Config, SourceInfo } from '../config.ts';
import { tables, tableNames } from '../model/registry.ts';
import { distFileUrl, releasePageUrl, siteFolder, siteUrl } from '../publish/urls.ts';
import { type Digest, digester, factsOf, type FileContent } from './checksums.ts';
import { contextOf } from './jsonld-context.ts';
import { keywordsOf } from './datapackage.ts';
import type { JsonLdDocument } from './rdf.ts';
import { linkedIris } from './jsonld.ts';
import { iriOf } from './namespaces.ts';
import { fileStem } from './schemas.ts';
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

interface Kind {
  mediaType: string;
  format: string;
  conformsTo?: string;
}

const kinds: [RegExp, Kind][] = [
  [/\.schema\.json$/, { mediaType: 'application/json', format: 'JSON', conformsTo: 'https://json-schema.org/draft/2020-12/schema' }],
  [/^datapackage\.json$/, { mediaType: 'application/json', format: 'JSON', conformsTo: 'https://datapackage.org/profiles/2.0/datapackage.json' }],
  [/\.csv$/, { mediaType: 'text/csv', format: 'CSV', conformsTo: 'https://www.rfc-editor.org/rfc/rfc4180' }],
  [/\.jsonld$/, { mediaType: 'application/ld+json', format: 'JSON_LD' }],
  [/\.json$/, { mediaType: 'application/json', format: 'JSON' }],
  [/\.ttl$/, { mediaType: 'text/turtle', format: 'RDF_TURTLE' }],
  // The EU file-type list has no SQLite entry (its SQL is a script of statements): BIN, with the exact IANA type.
  [/\.sqlite$/, { mediaType: 'application/vnd.sqlite3', format: 'BIN', conformsTo: 'https://www.sqlite.org/fileformat.html' }],
  [/\.xlsx$/, { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', format: 'XLSX' }],
];

export const kindOf = (path: string): Kind => {
  const found = kinds.find(([pattern]) => pattern.test(path));
  if (!found) throw new Error(`catalog: no media type for ${path}: add a rule to pipeline/emit/catalog.ts`);
  return found[1];
};

/** A file a distribution describes: every published file but the site's pages (the site is the landing page, not data). */
export const isDataFile = (path: string): boolean => !path.startsWith(`${siteFolder}/`);

/** A Japanese title and description of each published file, from the table registry where it is a table. */
export const describeFile = (path: string, code: string): { title: string; description: string } => {
  const byStem = new Map(tableNames.map((n) => [fileStem(code, n), tables[n].title]));
  const m = /^(excel\/|schemas\/)?(.+?)(\.schema\.json|\.csv|\.jsonld|\.json|\.ttl|\.sqlite|\.xlsx)$/.exec(path);
  const stem = m?.[2] ?? path;
  const named: Record<string, string> = {
    [`${code}_plan`]: '計画全体',
    'quality-report': '品質レポート',
    context: 'JSON-LD コンテキスト',
    vocab: 'プロジェクト語彙（yp:）',
    datapackage: 'データパッケージ記述',
    catalog: 'DCAT カタログ',
  };
  const what = byStem.get(stem) ?? named[stem] ?? stem;
  const ext = m?.[3] ?? '';
  if (m?.[1] === 'excel/')
    return { title: `${what}（CSV、Excel用）`, description: `${what}の CSV と同じ内容に UTF-8 の BOM を付けた、日本語版 Excel でそのまま開ける版。` };
  if (m?.[1] === 'schemas/') return { title: `${what}（JSON Schema）`, description: `${stem}.json を検証する自己完結の JSON Schema（draft 2020-12）。` };
  const descriptions: Record<string, string> = {
    '.csv': `${what}の表。RFC 4180、UTF-8（BOM なし）、改行 CRLF、見出し行は日本語の項目名。`,
    '.json': byStem.has(stem) ? `${what}の表と同じレコードの JSON 配列（英語 camelCase キー）。` : `${what}（JSON）。`,
    '.jsonld': `${what}の Linked Data（JSON-LD、@context を同梱しオフラインで展開可能）。`,
    '.ttl': `${what}（Turtle）。`,
    '.sqlite': `${what}の SQLite データベース。表ごとに型付きの列（TEXT・INTEGER・REAL、真偽値は 0/1）、主キー・外部キーと索引、_metadata・_tables・_columns（項目定義）表付き。`,
    '.xlsx': `${what}の Excel ブック。表ごとに1シート（コードは文字列、数値は数値、真偽値は TRUE/FALSE）、README シートと項目定義シート付き。`,
  };
  const format = { '.csv': 'CSV', '.json': 'JSON', '.jsonld': 'JSON-LD', '.ttl': 'Turtle', '.sqlite': 'SQLite', '.xlsx': 'Excel' }[ext] ?? path;
  return { title: `${what}（${format}）`, description: descriptions[ext] ?? what };
};

export const catalogIris = (config: Config) => ({
  ...linkedIris(config),
  catalog: `${config.baseIri}catalog`,
  dataset: `${config.baseIri}dataset`,
  area: iriOf(config, 'area', config.municipality.code),
  distribution: (path: string) => iriOf(config, 'distribution', path),
});

/** The dataset's English title and its description (ja, en): the catalog's and the site's schema.org Dataset's. */
export const datasetTexts = (config: Config, source: SourceInfo) => {
  const { startFiscalYear, endFiscalYear } = source.period;
  return {
    titleEn: `${config.municipality.nameEn}: comprehensive plan “Yonezawa Shiawase Vision 2035”, first-term basic plan (structured data)`,
    descriptionJa: `${source.municipalityName}「${source.planTitle}」${source.part}（${startFiscalYear}〜${endFiscalYear}年度）の本文から、基本目標・施策・施策の柱・成果指標・重点プロジェクト等を表（CSV・JSON）と Linked Data（JSON-LD）に構造化したデータ。${config.license.derivationNote}`,
    descriptionEn: `The text of ${config.municipality.nameEn}'s comprehensive plan (first-term basic plan, FY${startFiscalYear}–FY${endFiscalYear}) as tables (CSV, JSON) and linked data (JSON-LD): goals, policies, pillars, outcome indicators, priority projects. Derived (加工) from the plan by the open-data maintainers; not published by the city.`,
  };
};

/** The catalog of the data files in `files`, each a distribution (the catalog cannot list itself). */
export const toCatalog = (files: ReadonlyMap<string, FileContent>, config: Config, source: SourceInfo, digest: Digest = digester()): JsonLdDocument => {
  const iris = catalogIris(config);
  const licence = config.license.url;
  const rights = {
    '@type': 'dct:RightsStatement',
    'rdfs:label': [{ '@value': `出典表記: ${config.license.attribution}。${config.license.derivationNote}`, '@language': 'ja' }],
  };
  // Only the data files are distributions: the others are not digested here.
  const facts = factsOf(new Map([...files].filter(([path]) => isDataFile(path))), digest);
  const { startFiscalYear, endFiscalYear } = source.period;
  const texts = datasetTexts(config, source);
  const datasetDescription = text(texts.descriptionJa, texts.descriptionEn);

  const distributions: Node[] = facts.map((f) => {
    const kind = kindOf(f.path);
    const described = describeFile(f.path, config.municipality.code);
    return {
      '@id': iris.distribution(f.path),
      '@type': 'dcat:Distribution',
      'dct:title': { '@value': described.title, '@language': 'ja' },
      'dct:description': { '@value': described.description, '@language': 'ja' },
      'dcat:accessURL': releasePageUrl(config),
      'dcat:downloadURL': distFileUrl(config, f.path),
      'dcat:mediaType': iana(kind.mediaType),
      'dct:format': fileType(kind.format),
      ...(kind.conformsTo ? { 'dct:conformsTo': kind.conformsTo } : {}),
      'dcat:byteSize': f.bytes,
      'spdx:checksum': { '@type': 'spdx:Checksum', 'spdx:algorithm': 'spdx:checksumAlgorithm_sha256', 'spdx:checksumValue': f.sha256 },
      'dct:license': licence,
      'dct:rights': rights,
      'dcatap:availability': eu.stable,
    };
  });

  const referenced = (ids: Iterable<string>, type: string | string[], extra: (id: string) => Node = () => ({})): Node[] =>
    [...new Set(ids)].sort().map((id) => ({ '@id': id, '@type': type, ...extra(id) }));
  const kindsUsed = facts.map((f) => kindOf(f.path));

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
      kindsUsed.map((k) => fileType(k.format)),
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
