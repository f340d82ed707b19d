// The model → 062022_plan.jsonld: the plan as linked data. Goals, policies and pillars form a SKOS
// concept scheme; projects and initiatives cite pillars; departments are W3C ORG units of the city; the
// KPIs' baselines and targets are the observations of one W3C Data Cube data set, their curated actuals
// (with progress rate and grade) those of a second. IRIs are `{baseIri}{type}/{code}`, the type being the
// table's ID prefix (ids.ts), so they stay the same across releases.
import type { Config, SourceInfo } from '../config.ts';
import { codeOfId, idPrefixes, type TableName } from '../ids.ts';
import type { Model } from '../model/build.ts';
import type { Row } from '../model/registry.ts';
import { contextOf } from './jsonld-context.ts';
import type { JsonLdDocument } from './rdf.ts';
import { iriOf, recordIri } from './namespaces.ts';
import { conditionTerms, gradeTerm, kpiNotationTerm, text, unitTerms, vocabularyNodes, yp, type ValueKind } from './vocab.ts';

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

export const linkedIris = (config: Pick<Config, 'baseIri' | 'municipality'>): LinkedIris => ({
  scheme: `${config.baseIri}plan`,
  city: iriOf(config, 'organization', config.municipality.code),
  kpiDataSet: `${config.baseIri}dataset/kpi`,
  progressDataSet: `${config.baseIri}dataset/kpi-progress`,
});

/** The IRI of a KPI's baseline or target observation. */
export const observationIri = (config: Pick<Config, 'baseIri'>, kpiId: string, kind: ValueKind): string =>
  `${recordIri(config, kpiId, idPrefixes.indicators)}/${kind}`;

/** The IRI of a KPI's actual for a fiscal year: `{baseIri}kpi/4-1-1/actual/2026`. */
export const actualIri = (config: Pick<Config, 'baseIri'>, kpiId: string, fiscalYear: number): string =>
  `${recordIri(config, kpiId, idPrefixes.indicators)}/actual/${fiscalYear}`;

/** A curated actual as an observation of the progress data set: the value, its rate and grade, where it was published. */
const actualObservation = (config: Config, p: Row<'indicator_progress'>): Node => ({
  '@id': actualIri(config, p.indicatorId, p.fiscalYear),
  '@type': 'qb:Observation',
  'qb:dataSet': linkedIris(config).progressDataSet,
  'yp:indicator': recordIri(config, p.indicatorId, idPrefixes.indicators),
  'yp:fiscalYear': p.fiscalYear,
  'sdmx-measure:obsValue': decimal(p.actualValue),
  ...(p.unit === null ? {} : { 'sdmx-attribute:unitMeasure': yp(config, unitTerms[p.unit].term) }),
  ...(p.progressRate === null ? {} : { 'yp:progressRate': decimal(p.progressRate) }),
  'yp:grade': yp(config, gradeTerm(p.grade)),
  'yp:provenance': p.provenance,
  'yp:curatedLine': p.sourceLine,
});

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

const observations = (config: Config, kpi: Row<'indicators'>): Node[] => {
  const iris = linkedIris(config);
  const unit = kpi.unit === null ? {} : { 'sdmx-attribute:unitMeasure': yp(config, unitTerms[kpi.unit].term) };
  const common = (kind: ValueKind) => ({
    '@id': observationIri(config, kpi.id, kind),
    '@type': 'qb:Observation',
    'qb:dataSet': iris.kpiDataSet,
    'yp:indicator': recordIri(config, kpi.id, idPrefixes.indicators),
    'yp:valueKind': yp(config, kind),
    ...unit,
  });
  return [
    {
      ...common('baseline'),
      'yp:fiscalYear': kpi.baselineFiscalYear,
      'sdmx-measure:obsValue': decimal(kpi.baselineValue),
      'yp:notation': kpi.baselineNotation,
      'yp:fiscalYearNotation': kpi.baselineFiscalYearNotation,
      'yp:fiscalYearFromHeader': kpi.baselineFiscalYearFromHeader,
    },
    {
      ...common('target'),
      'yp:fiscalYear': kpi.targetFiscalYear,
      'sdmx-measure:obsValue': decimal(kpi.targetValue),
      ...(kpi.targetCondition === null ? {} : { 'yp:targetCondition': yp(config, conditionTerms[kpi.targetCondition].term) }),
      'yp:notation': kpi.targetNotation,
      'yp:fiscalYearNotation': kpi.targetFiscalYearNotation,
      'yp:fiscalYearFromHeader': kpi.targetFiscalYearFromHeader,
    },
  ];
};

export const toPlanJsonLd = (model: Model, config: Config, source: SourceInfo): JsonLdDocument => {
  const t = model.tables;
  const iris = linkedIris(config);
  /** A record's IRI: `{baseIri}{its table's ID prefix}/{its code}`. */
  const iri = (table: TableName, id: string) => recordIri(config, id, idPrefixes[table]);
  const childrenOf = <R extends { id: string }>(rows: readonly R[], parent: (r: R) => string | null, parentId: string) =>
    rows.filter((r) => parent(r) === parentId).map((r) => r.id);
  const concept = (type: string, table: TableName, row: { id: string; name: string; sourceLine: number }, code: string) => ({
    '@id': iri(table, row.id),
    '@type': ['skos:Concept', `yp:${type}`],
    'skos:inScheme': iris.scheme,
    'skos:notation': code,
    'skos:prefLabel': row.name,
    'yp:sourceLine': row.sourceLine,
  });
  const departmentsOf = (ids: Iterable<string | null>) => sorted([...ids].filter((d): d is string => d !== null).map((d) => iri('departments', d)));
  const optional = (key: string, values: string[]) => (values.length > 0 ? { [key]: values } : {});

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
      'skos:hasTopConcept': t.goals.map((g) => iri('goals', g.id)),
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
      'org:hasSubOrganization': t.departments.map((d) => iri('departments', d.id)),
    },
    ...t.goals.map((g) => ({
      ...concept('Goal', 'goals', g, String(g.number)),
      'skos:topConceptOf': iris.scheme,
      'skos:definition': g.statement,
      ...optional(
        'skos:narrower',
        childrenOf(t.policies, (p) => p.goalId, g.id).map((id) => iri('policies', id)),
      ),
    })),
    ...t.policies.map((p) => ({
      ...concept('Policy', 'policies', p, p.code),
      'skos:broader': iri('goals', p.goalId),
      ...optional(
        'skos:narrower',
        childrenOf(t.pillars, (x) => x.policyId, p.id).map((id) => iri('pillars', id)),
      ),
      ...(p.visionTitle === null ? {} : { 'yp:visionTitle': p.visionTitle }),
      ...(p.visionText === null ? {} : { 'yp:visionText': p.visionText }),
    })),
    ...t.pillars.map((x) => ({
      ...concept('Pillar', 'pillars', x, x.code),
      'skos:broader': iri('policies', x.policyId),
      ...optional('yp:department', departmentsOf(t.pillar_departments.filter((d) => d.pillarId === x.id).map((d) => d.departmentId))),
    })),
    ...t.projects.map((p) => {
      const initiatives = t.project_initiatives.filter((i) => i.projectId === p.id);
      const cited = t.project_items.filter((item) => initiatives.some((i) => i.id === item.initiativeId)).map((item) => iri('pillars', item.pillarId));
      return {
        '@id': iri('projects', p.id),
        '@type': 'yp:Project',
        'skos:notation': String(p.number),
        'skos:prefLabel': p.name,
        'skos:definition': p.summary,
        'yp:sourceLine': p.sourceLine,
        ...optional(
          'dct:hasPart',
          initiatives.map((i) => iri('project_initiatives', i.id)),
        ),
        ...optional('yp:citesPillar', sorted(cited)),
      };
    }),
    ...t.project_initiatives.map((i) => ({
      '@id': iri('project_initiatives', i.id),
      '@type': 'yp:Initiative',
      'skos:notation': codeOfId('project_initiatives', i.id),
      'skos:prefLabel': i.name,
      'dct:isPartOf': iri('projects', i.projectId),
      'yp:sourceLine': i.sourceLine,
      ...optional('yp:citesPillar', sorted(t.project_items.filter((item) => item.initiativeId === i.id).map((item) => iri('pillars', item.pillarId)))),
      ...optional('yp:department', departmentsOf(t.project_initiative_departments.filter((d) => d.initiativeId === i.id).map((d) => d.departmentId))),
    })),
    ...t.departments.map((d) => ({
      '@id': iri('departments', d.id),
      '@type': 'org:Organization',
      'skos:prefLabel': d.name,
      'org:subOrganizationOf': iris.city,
      'yp:sourceLine': d.sourceLine,
    })),
    ...t.indicators.map((k) => ({
      '@id': iri('indicators', k.id),
      '@type': 'yp:Indicator',
      // Typed, so that KPI 4-1-1 is not read as pillar 4-1-1, whose notation is the plain string "4-1-1".
      'skos:notation': { '@value': codeOfId('indicators', k.id), '@type': `yp:${kpiNotationTerm}` },
      'skos:prefLabel': k.name,
      'yp:policy': iri('policies', k.policyId),
      'yp:department': iri('departments', k.departmentId),
      'yp:sourceLine': k.sourceLine,
    })),
    {
      '@id': iris.kpiDataSet,
      '@type': 'qb:DataSet',
      'rdfs:label': text('成果指標の基準値と目標値', 'baselines and targets of the outcome indicators (KPIs)'),
      'qb:structure': yp(config, 'kpiStructure'),
      'dct:source': iris.scheme,
    },
    ...t.indicators.flatMap((k) => observations(config, k)),
    {
      '@id': iris.progressDataSet,
      '@type': 'qb:DataSet',
      'rdfs:label': text('成果指標の実績値と進捗', 'actuals of the outcome indicators (KPIs), with progress rate and grade'),
      'qb:structure': yp(config, 'progressStructure'),
    },
    ...t.indicator_progress.map((p) => actualObservation(config, p)),
    ...vocabularyNodes(config),
  ];
  return { '@context': contextOf(config), '@graph': graph };
};
