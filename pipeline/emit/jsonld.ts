// The model → 062022_plan.jsonld: the whole plan as linked data, every row of every table a node, as each
// table's module declares it (tables/, its `linkedData`): goals, policies and pillars form a SKOS concept
// scheme, the glossary terms another; projects and initiatives cite pillars; departments are W3C ORG units of
// the city; the KPIs' baselines and targets are the observations of one W3C Data Cube data set, their curated
// actuals (with progress rate and grade) those of a second; every other row is a record of its table's yp:
// class. Each node states its row's ID (dct:identifier) and the lines of the plan text it was read from
// (prov:wasDerivedFrom `{baseIri}source#L969`). IRIs are `{baseIri}{type}/{code}` for the records with pages of
// their own, `{IRI of the page}#{ID}` for those shown on another record's page, so they stay the same across
// releases and each dereferences to the page that shows it. The city links to e-Stat's IRI of its standard area
// code and the SDG links to the UN's goal IRIs, as sources/linked-identifiers.json records them.
import type { Config } from '../config.ts';
import { codeOfId } from '../ids.ts';
import { sdgGoalIri } from '../linked-identifiers.ts';
import type { Model } from '../model/build.ts';
import type { Grade } from '../model/grade.ts';
import { type Links, referencedTable } from '../model/links.ts';
import { distFileUrl } from '../publish/urls.ts';
import type { DataSetDecl, Encoding, Property, SchemeDecl } from '../tables/linked-data.ts';
import { sitePagePaths } from '../tables/site-place.ts';
import { type TableName, tableNames, tableOf, tables } from '../tables/registry.ts';
import { contextOf } from './jsonld-context.ts';
import { iriOf } from './namespaces.ts';
import type { Provenance } from './output-format.ts';
import type { JsonLdDocument } from './rdf.ts';
import { conditionTerms, gradeTerm, text, unitTerms, type ValueKind, vocabularyNodes, yp } from './vocab.ts';

type Node = JsonLdDocument;

/** A number as an xsd:decimal lexical form (JSON numbers would become xsd:double); 1e-7 → 0.0000001. */
export const decimal = (value: number): string => {
  const s = String(value);
  if (/^-?\d+(\.\d+)?$/.test(s)) return s;
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) throw new Error(`${s} has no plain decimal form`);
  const [, sign, first, rest = '', exp] = m;
  const digits = `${first}${rest}`;
  const point = 1 + Number(exp); // position of the decimal point within digits
  const plain =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? `${digits}${'0'.repeat(point - digits.length)}`
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${sign}${plain}`;
};

export interface LinkedIris {
  scheme: string;
  city: string;
  kpiDataSet: string;
  progressDataSet: string;
  /** The plan text the records were read from; its lines are `{sourceText}#L{line}`. */
  sourceText: string;
}

const dataSetOf = (table: TableName): DataSetDecl => {
  const ld = tables[table].linkedData;
  const decl = ld.dataSet ?? ld.observations?.dataSet;
  if (!decl) throw new Error(`jsonld: ${table} declares no data set`);
  return decl;
};

export const linkedIris = (config: Pick<Config, 'baseIri' | 'municipality'>): LinkedIris => ({
  scheme: `${config.baseIri}plan`,
  city: iriOf(config, 'organization', config.municipality.code),
  kpiDataSet: `${config.baseIri}${dataSetOf('indicators').path}`,
  progressDataSet: `${config.baseIri}${dataSetOf('indicator_progress').path}`,
  sourceText: `${config.baseIri}source`,
});

/** The IRI of a line of the plan text: `{baseIri}source#L969`, the line's anchor on the site's source page. */
export const sourceLineIri = (config: Pick<Config, 'baseIri'>, line: number): string => `${config.baseIri}source#L${line}`;

type AnyRow = Record<string, unknown> & { id: string };

/** A template's `{column}`s replaced by the row's values. */
const filled = (template: string, row: AnyRow): string => template.replace(/\{([A-Za-z]+)\}/g, (_, column: string) => String(row[column]));

/**
 * A record's IRI: where its table's linked data puts it (`iri`: below the IRI of the record a column names, or a
 * term of the vocabulary); else, as its table's place on the site says, `{baseIri}{its table's ID prefix}/{its
 * code}` for a record with a page of its own (the page sits at that path), or `{IRI of the page}#{its ID}` for a
 * record shown as an anchor on another record's page or on one of the site's pages.
 */
export const recordIriOf = (config: Pick<Config, 'baseIri'>, links: Links, table: TableName, row: AnyRow): string => {
  const def = tableOf(table);
  const { iri } = def.linkedData;
  const parentIri = (column: string): string => {
    const parent = referencedTable(table, column);
    return recordIriOf(config, links, parent, links.row(parent, row[column] as string) as AnyRow);
  };
  if (iri !== undefined) return 'vocabularyTerm' in iri ? yp(config, filled(iri.vocabularyTerm, row)) : `${parentIri(iri.under)}/${filled(iri.path, row)}`;
  switch (def.site.kind) {
    case 'own-page':
      return iriOf(config, def.prefix, codeOfId(table, row.id));
    case 'on-page-of':
      // The page of the record the column names (a record shown on another's page is on that page too).
      return `${parentIri(def.site.column).split('#')[0]}#${row.id}`;
    case 'on-site-page':
      return `${config.baseIri}${sitePagePaths[def.site.page]}#${row.id}`;
  }
};

/** The IRI of a KPI's baseline or target observation. */
export const observationIri = (config: Pick<Config, 'baseIri'>, kpiId: string, kind: ValueKind): string =>
  `${iriOf(config, tables.indicators.prefix, codeOfId('indicators', kpiId))}/${kind}`;

/** The IRI of a KPI's actual for a fiscal year: `{baseIri}kpi/4-1-1/actual/2026`. */
export const actualIri = (config: Pick<Config, 'baseIri'>, kpiId: string, fiscalYear: number): string =>
  `${iriOf(config, tables.indicators.prefix, codeOfId('indicators', kpiId))}/actual/${fiscalYear}`;

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** What the plan graph is built from: the build's settings, the source as source.json states it, the SHA-256 of the text built, the curated identifiers. */
export type PlanProvenance = Pick<Provenance, 'config' | 'source' | 'sha256' | 'identifiers'>;

/** Node objects with the same @id as one: their types and values together, each value once. */
const mergedById = (nodes: readonly Node[]): Node[] => {
  const byId = new Map<string, Node>();
  const merged: Node[] = [];
  const values = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
  for (const node of nodes) {
    const id = node['@id'];
    const known = typeof id === 'string' ? byId.get(id) : undefined;
    if (!known) {
      if (typeof id === 'string') byId.set(id, node);
      merged.push(node);
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === '@id') continue;
      const all = [...(known[key] === undefined ? [] : values(known[key])), ...values(value)];
      const unique = [...new Map(all.map((x) => [JSON.stringify(x), x])).values()];
      known[key] = unique.length === 1 ? unique[0] : unique;
    }
  }
  return merged;
};

/**
 * The plan graph, walking the registry: each table gives one node per row (its class, its ID, then each
 * declared property in order), with its data set or concept scheme and its observations; what a row carries
 * onto another record, and what names a record back (`inverse`), lands where that record's table collects it.
 */
export const toPlanJsonLd = (model: Model, links: Links, provenance: PlanProvenance): JsonLdDocument => {
  const { config, source, identifiers } = provenance;
  const t = model.tables;
  const iris = linkedIris(config);
  const iri = (table: TableName, row: AnyRow) => recordIriOf(config, links, table, row);
  const rowsOf = (table: TableName) => t[table] as AnyRow[];
  // Every record by its ID, for a column that names a record of any table (glossary_usages.recordId).
  const tableOfId = new Map(tableNames.flatMap((table) => rowsOf(table).map((r) => [r.id, table] as const)));

  /** The value of a column as the linked data writes it; undefined leaves it out (an SDG goal without the UN's pattern). */
  const encode = (value: unknown, as: Encoding | undefined): unknown => {
    switch (as) {
      case undefined:
        return value;
      case 'text':
        return String(value);
      case 'decimal':
        return decimal(value as number);
      case 'unit':
        return yp(config, unitTerms[value as keyof typeof unitTerms].term);
      case 'grade':
        return yp(config, gradeTerm(value as Grade));
      case 'condition':
        return yp(config, conditionTerms[value as keyof typeof conditionTerms].term);
      case 'record': {
        const table = tableOfId.get(value as string);
        if (table === undefined) throw new Error(`jsonld: no record has the ID ${String(value)}`);
        return iri(table, links.row(table, value as string) as AnyRow);
      }
      case 'sdg-goal':
        return sdgGoalIri(identifiers, value as number);
    }
  };

  // What other tables give each record, by its IRI and the predicate its table collects them under: the records
  // naming it back (in table order), and the IRIs carried onto it (a set, sorted).
  const inverse = new Map<string, string[]>();
  const carriedOnto = new Map<string, Set<string>>();
  const slot = <V>(map: Map<string, V>, target: string, predicate: string, empty: () => V): V => {
    const key = `${target} ${predicate}`;
    const known = map.get(key);
    if (known !== undefined) return known;
    const values = empty();
    map.set(key, values);
    return values;
  };
  for (const table of tableNames) {
    const ld = tableOf(table).linkedData;
    for (const p of ld.properties) {
      if (p.kind !== 'column' || p.inverse === undefined) continue;
      const named = referencedTable(table, p.column);
      for (const row of rowsOf(table)) {
        const id = row[p.column];
        if (typeof id === 'string') slot(inverse, iri(named, links.row(named, id) as AnyRow), p.inverse, () => []).push(iri(table, row));
      }
    }
    for (const carry of ld.carries ?? []) {
      const valueTable = carry.as === undefined ? referencedTable(table, carry.column) : undefined;
      for (const row of rowsOf(table)) {
        const value = row[carry.column];
        if (value === null || value === undefined) continue;
        const carriedIri = valueTable === undefined ? encode(value, carry.as) : iri(valueTable, links.row(valueTable, value as string) as AnyRow);
        if (typeof carriedIri !== 'string') continue;
        let at: { table: TableName; row: AnyRow } = { table, row };
        for (const step of carry.path) {
          const next = referencedTable(at.table, step);
          at = { table: next, row: links.row(next, at.row[step] as string) as AnyRow };
        }
        slot(carriedOnto, iri(at.table, at.row), carry.predicate, () => new Set<string>()).add(carriedIri);
      }
    }
  }

  const schemeIri = (path: string | undefined) => (path === undefined ? iris.scheme : `${config.baseIri}${path}`);

  /** The properties of a node, in declared order; empty values and empty collections left out. */
  const propertiesOf = (table: TableName, row: AnyRow, self: string, properties: readonly Property[], dataSetIri?: string): Node => {
    const node: Node = {};
    const add = (predicate: string, value: unknown) => {
      const known = node[predicate];
      node[predicate] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
    };
    for (const p of properties) {
      switch (p.kind) {
        case 'column': {
          const value = row[p.column];
          if (value === null || value === undefined) break;
          const named = tables[table].foreignKeys.find((fk) => fk.field === p.column)?.table;
          const written = named === undefined ? encode(value, p.as) : iri(named, links.row(named, value as string) as AnyRow);
          if (written !== undefined) add(p.predicate, written);
          break;
        }
        case 'read-from': {
          const line = row[p.column];
          if (typeof line === 'number') add('prov:wasDerivedFrom', sourceLineIri(config, line));
          break;
        }
        case 'code': {
          const code = codeOfId(table, row.id);
          node[p.predicate] = p.datatype === undefined ? code : { '@value': code, '@type': p.datatype };
          break;
        }
        case 'scheme':
          node[p.predicate] = schemeIri(p.path);
          break;
        case 'city':
          node[p.predicate] = iris.city;
          break;
        case 'data-set':
          node[p.predicate] = dataSetIri!;
          break;
        case 'record':
          node[p.predicate] = self;
          break;
        case 'term':
          node[p.predicate] = yp(config, p.term);
          break;
        case 'collected': {
          const values = [...(inverse.get(`${self} ${p.predicate}`) ?? []), ...sorted(carriedOnto.get(`${self} ${p.predicate}`) ?? [])];
          if (values.length > 0) node[p.predicate] = values;
          break;
        }
      }
    }
    return node;
  };
  const dataSetNode = (decl: DataSetDecl): Node => ({
    '@id': `${config.baseIri}${decl.path}`,
    '@type': 'qb:DataSet',
    'rdfs:label': text(decl.label.ja, decl.label.en),
    'qb:structure': yp(config, decl.structure),
    ...(decl.fromScheme ? { 'dct:source': iris.scheme } : {}),
  });
  // The top concepts of a scheme: the records whose tables state skos:topConceptOf it.
  const topConceptsOf = (path: string | undefined) =>
    tableNames.flatMap((table) =>
      tableOf(table).linkedData.properties.some((p) => p.kind === 'scheme' && p.predicate === 'skos:topConceptOf' && p.path === path)
        ? rowsOf(table).map((r) => iri(table, r))
        : [],
    );
  const schemeNode = (decl: SchemeDecl): Node => ({
    '@id': schemeIri(decl.path),
    '@type': 'skos:ConceptScheme',
    'skos:prefLabel': decl.label.ja,
    'dct:title': text(decl.label.ja, decl.label.en),
    'prov:wasDerivedFrom': iris.sourceText,
    'skos:hasTopConcept': topConceptsOf(decl.path),
  });

  const recordNodes: Node[] = tableNames.flatMap((table) => {
    const ld = tableOf(table).linkedData;
    const rows = rowsOf(table);
    const ownDataSet = ld.dataSet ? `${config.baseIri}${ld.dataSet.path}` : undefined;
    const nodes = rows.map((row) => {
      const self = iri(table, row);
      return { '@id': self, '@type': ld.class, 'dct:identifier': row.id, ...propertiesOf(table, row, self, ld.properties, ownDataSet) };
    });
    const observations = ld.observations;
    return [
      ...(ld.dataSet ? [dataSetNode(ld.dataSet)] : []),
      ...(ld.conceptScheme ? [schemeNode(ld.conceptScheme)] : []),
      ...nodes,
      ...(observations
        ? [
            dataSetNode(observations.dataSet),
            ...rows.flatMap((row) => {
              const self = iri(table, row);
              const dataSetIri = `${config.baseIri}${observations.dataSet.path}`;
              return observations.nodes.map((o) => ({
                '@id': `${self}/${o.path}`,
                '@type': 'qb:Observation',
                ...propertiesOf(table, row, self, o.properties, dataSetIri),
              }));
            }),
          ]
        : []),
    ];
  });
  // The city's departments: the records whose tables point at it.
  const pointingAtCity = tableNames.flatMap((table) =>
    tableOf(table).linkedData.properties.some((p) => p.kind === 'city' && p.predicate === 'org:subOrganizationOf')
      ? rowsOf(table).map((r) => iri(table, r))
      : [],
  );
  const estat = identifiers?.municipality?.iri;

  const graph: Node[] = [
    {
      '@id': iris.scheme,
      '@type': 'skos:ConceptScheme',
      'skos:prefLabel': source.title,
      'dct:title': text(source.title, 'Yonezawa City comprehensive plan “Yonezawa Shiawase Vision 2035”, first-term basic plan'),
      'dct:publisher': iris.city,
      'dct:license': config.license.url,
      'dct:rights': {
        '@type': 'dct:RightsStatement',
        'rdfs:label': { '@value': `出典表記: ${config.license.attribution}。${config.license.derivationNote}`, '@language': 'ja' },
      },
      'prov:wasDerivedFrom': iris.sourceText,
      'skos:hasTopConcept': topConceptsOf(undefined),
    },
    {
      '@id': iris.city,
      '@type': ['org:Organization', 'foaf:Agent'],
      'skos:prefLabel': config.municipality.name,
      'foaf:name': [
        { '@value': config.municipality.name, '@language': 'ja' },
        { '@value': config.municipality.nameEn, '@language': 'en' },
      ],
      'dct:identifier': config.municipality.code,
      // e-Stat's statistical LOD IRI of the city's standard area code (sources/linked-identifiers.json): derived
      // from e-Stat's documented IRI pattern by a person, never fetched; left out when the file gives none.
      ...(estat === undefined ? {} : { 'dct:spatial': estat }),
      'org:hasSubOrganization': pointingAtCity,
    },
    {
      '@id': iris.sourceText,
      '@type': 'foaf:Document',
      'dct:title': text(`${source.title}（PDF から抽出したテキスト）`, 'The text extracted from the PDF of the plan'),
      'spdx:checksum': { '@type': 'spdx:Checksum', 'spdx:algorithm': 'spdx:checksumAlgorithm_sha256', 'spdx:checksumValue': provenance.sha256 },
      // This version's copy of the page that shows it, line by line (its lines are anchored #L1, #L2, …).
      'foaf:page': distFileUrl(config, 'site/source/index.html'),
    },
    ...recordNodes,
    ...vocabularyNodes(config),
  ];
  // A record that is a term of the vocabulary (a grade rule) is one node with the term.
  return { '@context': contextOf(config), '@graph': mergedById(graph) };
};
