// The model → 062022_plan.jsonld: the plan as linked data, as each table's module declares it (tables/, its
// `linkedData`): goals, policies and pillars form a SKOS concept scheme; projects and initiatives cite pillars;
// departments are W3C ORG units of the city; the KPIs' baselines and targets are the observations of one W3C
// Data Cube data set, their curated actuals (with progress rate and grade) those of a second. IRIs are
// `{baseIri}{type}/{code}`, the type being the table's ID prefix, so they stay the same across releases.
import type { Config, SourceInfo } from '../config.ts';
import { codeOfId } from '../ids.ts';
import type { Model } from '../model/build.ts';
import type { Grade } from '../model/grade.ts';
import { type Links, referencedTable } from '../model/links.ts';
import type { DataSetDecl, Encoding, Property } from '../tables/linked-data.ts';
import { type TableName, tableNames, tableOf, tables } from '../tables/registry.ts';
import { contextOf } from './jsonld-context.ts';
import { iriOf } from './namespaces.ts';
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
}

const dataSetOf = (table: TableName): DataSetDecl => {
  const ld = tables[table].linkedData;
  const decl = ld.kind === 'nodes' ? (ld.dataSet ?? ld.observations?.dataSet) : undefined;
  if (!decl) throw new Error(`jsonld: ${table} declares no data set`);
  return decl;
};

export const linkedIris = (config: Pick<Config, 'baseIri' | 'municipality'>): LinkedIris => ({
  scheme: `${config.baseIri}plan`,
  city: iriOf(config, 'organization', config.municipality.code),
  kpiDataSet: `${config.baseIri}${dataSetOf('indicators').path}`,
  progressDataSet: `${config.baseIri}${dataSetOf('indicator_progress').path}`,
});

type AnyRow = Record<string, unknown> & { id: string };

/**
 * A record's IRI: `{baseIri}{its table's ID prefix}/{its code}`, or where its table's linked data puts it
 * (`iri: { under, path }`: below the IRI of the record a column names). The site's pages sit at these paths.
 */
export const recordIriOf = (config: Pick<Config, 'baseIri'>, links: Links, table: TableName, row: AnyRow): string => {
  const ld = tables[table].linkedData;
  if (ld.kind !== 'nodes' || !ld.iri) return iriOf(config, tables[table].prefix, codeOfId(table, row.id));
  const { under, path } = ld.iri;
  const parent = referencedTable(table, under);
  const parentIri = recordIriOf(config, links, parent, links.row(parent, row[under] as string) as AnyRow);
  return `${parentIri}/${path.replace(/\{([A-Za-z]+)\}/g, (_, column: string) => String(row[column]))}`;
};

/** The IRI of a KPI's baseline or target observation. */
export const observationIri = (config: Pick<Config, 'baseIri'>, kpiId: string, kind: ValueKind): string =>
  `${iriOf(config, tables.indicators.prefix, codeOfId('indicators', kpiId))}/${kind}`;

/** The IRI of a KPI's actual for a fiscal year: `{baseIri}kpi/4-1-1/actual/2026`. */
export const actualIri = (config: Pick<Config, 'baseIri'>, kpiId: string, fiscalYear: number): string =>
  `${iriOf(config, tables.indicators.prefix, codeOfId('indicators', kpiId))}/actual/${fiscalYear}`;

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** The value of a column as the linked data writes it. */
const encode = (config: Config, value: unknown, as: Encoding | undefined): unknown => {
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
  }
};

/**
 * The plan graph, walking the registry: each table whose module declares nodes gives one node per row (its
 * class, then each declared property in order), with its data set and observations; a table carried by
 * others adds IRIs to their records; what names a record back (`inverse`) lands where its table collects it.
 */
export const toPlanJsonLd = (model: Model, links: Links, config: Config, source: SourceInfo): JsonLdDocument => {
  const t = model.tables;
  const iris = linkedIris(config);
  const iri = (table: TableName, row: AnyRow) => recordIriOf(config, links, table, row);
  const rowsOf = (table: TableName) => t[table] as AnyRow[];

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
    if (ld.kind === 'nodes')
      for (const p of ld.properties) {
        if (p.kind !== 'column' || p.inverse === undefined) continue;
        const named = referencedTable(table, p.column);
        for (const row of rowsOf(table)) {
          const id = row[p.column];
          if (typeof id === 'string') slot(inverse, iri(named, links.row(named, id) as AnyRow), p.inverse, () => []).push(iri(table, row));
        }
      }
    if (ld.kind === 'carried')
      for (const onto of ld.onto) {
        const valueTable = referencedTable(table, onto.column);
        for (const row of rowsOf(table)) {
          const value = row[onto.column];
          if (typeof value !== 'string') continue;
          let at: { table: TableName; row: AnyRow } = { table, row };
          for (const step of onto.path) {
            const next = referencedTable(at.table, step);
            at = { table: next, row: links.row(next, at.row[step] as string) as AnyRow };
          }
          slot(carriedOnto, iri(at.table, at.row), onto.predicate, () => new Set<string>()).add(iri(valueTable, links.row(valueTable, value) as AnyRow));
        }
      }
  }

  /** The properties of a node, in declared order; empty values and empty collections left out. */
  const propertiesOf = (table: TableName, row: AnyRow, self: string, properties: readonly Property[], dataSetIri?: string): Node => {
    const node: Node = {};
    for (const p of properties) {
      switch (p.kind) {
        case 'column': {
          const value = row[p.column];
          if (value === null || value === undefined) break;
          const named = tables[table].foreignKeys.find((fk) => fk.field === p.column)?.table;
          node[p.predicate] = named === undefined ? encode(config, value, p.as) : iri(named, links.row(named, value as string) as AnyRow);
          break;
        }
        case 'code': {
          const code = codeOfId(table, row.id);
          node[p.predicate] = p.datatype === undefined ? code : { '@value': code, '@type': p.datatype };
          break;
        }
        case 'scheme':
          node[p.predicate] = iris.scheme;
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

  const recordNodes: Node[] = tableNames.flatMap((table) => {
    const ld = tableOf(table).linkedData;
    if (ld.kind !== 'nodes') return [];
    const rows = rowsOf(table);
    const ownDataSet = ld.dataSet ? `${config.baseIri}${ld.dataSet.path}` : undefined;
    const nodes = rows.map((row) => {
      const self = iri(table, row);
      return { '@id': self, '@type': ld.class, ...propertiesOf(table, row, self, ld.properties, ownDataSet) };
    });
    const observations = ld.observations;
    return [
      ...(ld.dataSet ? [dataSetNode(ld.dataSet)] : []),
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
  // The scheme's top concepts and the city's departments: the records whose tables point at them.
  const pointingAt = (kind: 'scheme' | 'city', predicate: string) =>
    tableNames.flatMap((table) => {
      const ld = tableOf(table).linkedData;
      return ld.kind === 'nodes' && ld.properties.some((p) => p.kind === kind && p.predicate === predicate) ? rowsOf(table).map((r) => iri(table, r)) : [];
    });

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
      'skos:hasTopConcept': pointingAt('scheme', 'skos:topConceptOf'),
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
      'org:hasSubOrganization': pointingAt('city', 'org:subOrganizationOf'),
    },
    ...recordNodes,
    ...vocabularyNodes(config),
  ];
  return { '@context': contextOf(config), '@graph': graph };
};
