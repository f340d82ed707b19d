// The project vocabulary (prefix yp:, `{baseIri}vocab#`): only the terms no standard vocabulary has —
// the plan's record classes, the KPI cube's own dimensions and attributes with their code lists, and
// the units the plan writes. Published as dist/vocab.ttl and repeated in the plan graph, so that
// graph alone passes the Data Cube integrity checks (components typed, code lists present).
import type { Config } from '../config.ts';
import { gradeRules, type Grade } from '../model/grade.ts';
import type { Row } from '../tables/registry.ts';
import type { JsonLdDocument } from './rdf.ts';
import { vocabNamespace } from './namespaces.ts';

type Node = JsonLdDocument;

export const text = (ja: string, en: string) => [
  { '@value': en, '@language': 'en' },
  { '@value': ja, '@language': 'ja' },
];

/** The IRI of a vocabulary term. */
export const yp = (config: Pick<Config, 'baseIri'>, term: string): string => `${vocabNamespace(config)}${term}`;

/** The plan's 以上/以下/未満, as code-list concepts. */
export const conditionTerms: Record<NonNullable<Row<'indicators'>['targetCondition']>, { term: string; en: string }> = {
  以上: { term: 'atLeast', en: 'at least (≥)' },
  以下: { term: 'atMost', en: 'at most (≤)' },
  未満: { term: 'lessThan', en: 'less than (<)' },
};

/** The plan's units, as code-list concepts; QUDT's unit where one matches exactly. */
export const unitTerms: Record<NonNullable<Row<'indicators'>['unit']>, { term: string; en: string; qudt?: string }> = {
  '％': { term: 'percent', en: 'percent', qudt: 'http://qudt.org/vocab/unit/PERCENT' },
  ｇ: { term: 'gram', en: 'gram', qudt: 'http://qudt.org/vocab/unit/GM' },
  か所: { term: 'places', en: 'number of places (か所)' },
  件: { term: 'cases', en: 'number of cases (件)' },
  人: { term: 'persons', en: 'number of persons (人)' },
};

export const valueKindTerms = {
  baseline: { ja: '基準値', en: 'baseline value' },
  target: { ja: '目標値', en: 'target value' },
} as const;
export type ValueKind = keyof typeof valueKindTerms;

/**
 * The datatype of a KPI's skos:notation (`"4-1-1"^^yp:KpiNotation`): a KPI's code has the form of its pillar's,
 * whose notation is a plain string, so the type is what tells the two notation systems apart.
 */
export const kpiNotationTerm = 'KpiNotation';

/** The grade S/A/B/C as a code-list concept: yp:gradeS, … */
export const gradeTerm = (grade: Grade): string => `grade${grade}`;

export const vocabularyNodes = (config: Pick<Config, 'baseIri'>): Node[] => {
  const v = (term: string) => yp(config, term);
  const ontology = vocabNamespace(config).replace(/#$/, '');
  const defined = { 'rdfs:isDefinedBy': ontology };
  const cls = (term: string, ja: string, en: string, comment: string, extra: Node = {}): Node => ({
    '@id': v(term),
    '@type': 'rdfs:Class',
    'rdfs:label': text(ja, en),
    'rdfs:comment': { '@value': comment, '@language': 'en' },
    ...defined,
    ...extra,
  });
  const prop = (term: string, types: string[], ja: string, en: string, comment: string, extra: Node = {}): Node => ({
    '@id': v(term),
    '@type': ['rdf:Property', ...types],
    'rdfs:label': text(ja, en),
    'rdfs:comment': { '@value': comment, '@language': 'en' },
    ...defined,
    ...extra,
  });
  const scheme = (term: string, ja: string, en: string): Node => ({
    '@id': v(term),
    '@type': 'skos:ConceptScheme',
    'skos:prefLabel': ja,
    'rdfs:label': text(ja, en),
    'dct:title': text(ja, en),
    ...defined,
  });
  const concept = (term: string, inScheme: string, ja: string, en: string, extra: Node = {}): Node => ({
    '@id': v(term),
    '@type': 'skos:Concept',
    'skos:prefLabel': ja,
    'rdfs:label': text(ja, en),
    'skos:inScheme': v(inScheme),
    'skos:topConceptOf': v(inScheme),
    ...defined,
    ...extra,
  });

  return [
    {
      '@id': ontology,
      '@type': 'owl:Ontology',
      'rdfs:label': text('よねざわ しあわせビジョン2035 前期基本計画 オープンデータ語彙', 'Vocabulary of the Yonezawa comprehensive plan open data'),
      'rdfs:comment': {
        '@value': 'Terms the plan data needs and no standard vocabulary has. Everything else is SKOS, W3C Data Cube, W3C ORG, DCAT and Dublin Core.',
        '@language': 'en',
      },
    },
    cls('Goal', '基本目標', 'basic goal', 'A 基本目標 of the plan: the top level of the SKOS hierarchy.', { 'rdfs:subClassOf': 'skos:Concept' }),
    cls('Policy', '施策', 'policy', 'A 施策 under a basic goal.', { 'rdfs:subClassOf': 'skos:Concept' }),
    cls('Pillar', '施策の柱', 'pillar', 'A 施策の柱 under a policy.', { 'rdfs:subClassOf': 'skos:Concept' }),
    cls('Project', '前期重点プロジェクト', 'priority project', 'A priority project of the first-term plan; it cites pillars of the policy system.'),
    cls('Initiative', '重点プロジェクトの主な取組', 'project initiative', 'An initiative (①, ②, …) of a priority project.'),
    cls(
      'Indicator',
      '成果指標',
      'outcome indicator (KPI)',
      'An outcome indicator of a policy; its baseline and target are observations of the KPI data set, its curated actuals those of the KPI progress data set.',
    ),
    {
      '@id': v(kpiNotationTerm),
      '@type': 'rdfs:Datatype',
      'rdfs:label': text('成果指標の番号', 'KPI notation'),
      'rdfs:comment': {
        '@value':
          'Datatype of the skos:notation of an outcome indicator: goal-policy-row (4-1-1 is the first KPI of policy 4-1). Typed so that it is never taken for the notation of pillar 4-1-1, a plain string of the same form.',
        '@language': 'en',
      },
      ...defined,
    },
    prop('sourceLine', ['owl:DatatypeProperty'], '出典行', 'source line', 'Line of sources/yonezawa-zenki-kihon-keikaku.txt where the record is stated.', {
      'rdfs:range': 'xsd:integer',
    }),
    prop('visionTitle', ['owl:DatatypeProperty'], '目指す姿', 'vision headline', 'The 目指す姿 headline of a policy page.', { 'rdfs:domain': v('Policy') }),
    prop('visionText', ['owl:DatatypeProperty'], '目指す姿の説明', 'vision text', 'The paragraph under the 目指す姿 headline.', { 'rdfs:domain': v('Policy') }),
    prop('citesPillar', ['owl:ObjectProperty'], '引用施策の柱', 'cites pillar', 'A pillar (【施策 x-y-z】) a priority project or initiative carries out.', {
      'rdfs:range': v('Pillar'),
    }),
    prop('department', ['owl:ObjectProperty'], '担当課', 'department in charge', 'The department (担当課) in charge of a pillar, initiative or indicator.', {
      'rdfs:range': 'org:Organization',
    }),
    prop('policy', ['owl:ObjectProperty'], '施策', 'policy', 'The policy an outcome indicator measures.', {
      'rdfs:domain': v('Indicator'),
      'rdfs:range': v('Policy'),
    }),
    // The KPI cube: its structure, dimensions, attributes and code lists.
    {
      '@id': v('kpiStructure'),
      '@type': 'qb:DataStructureDefinition',
      'rdfs:label': text('成果指標の基準値・目標値の構造', 'structure of the KPI baselines and targets'),
      ...defined,
      'qb:component': [
        { '@id': v('kpiStructure-indicator'), '@type': 'qb:ComponentSpecification', 'qb:dimension': v('indicator'), 'qb:order': 1 },
        { '@id': v('kpiStructure-valueKind'), '@type': 'qb:ComponentSpecification', 'qb:dimension': v('valueKind'), 'qb:order': 2 },
        { '@id': v('kpiStructure-fiscalYear'), '@type': 'qb:ComponentSpecification', 'qb:dimension': v('fiscalYear'), 'qb:order': 3 },
        { '@id': v('kpiStructure-obsValue'), '@type': 'qb:ComponentSpecification', 'qb:measure': 'sdmx-measure:obsValue' },
        { '@id': v('kpiStructure-unit'), '@type': 'qb:ComponentSpecification', 'qb:attribute': 'sdmx-attribute:unitMeasure', 'qb:componentRequired': false },
        { '@id': v('kpiStructure-targetCondition'), '@type': 'qb:ComponentSpecification', 'qb:attribute': v('targetCondition'), 'qb:componentRequired': false },
        { '@id': v('kpiStructure-notation'), '@type': 'qb:ComponentSpecification', 'qb:attribute': v('notation'), 'qb:componentRequired': true },
        {
          '@id': v('kpiStructure-fiscalYearNotation'),
          '@type': 'qb:ComponentSpecification',
          'qb:attribute': v('fiscalYearNotation'),
          'qb:componentRequired': true,
        },
        {
          '@id': v('kpiStructure-fiscalYearFromHeader'),
          '@type': 'qb:ComponentSpecification',
          'qb:attribute': v('fiscalYearFromHeader'),
          'qb:componentRequired': true,
        },
      ],
    },
    prop('indicator', ['qb:DimensionProperty'], '成果指標', 'indicator', 'Dimension: the outcome indicator an observation belongs to.', {
      'rdfs:range': v('Indicator'),
    }),
    prop(
      'valueKind',
      ['qb:DimensionProperty', 'qb:CodedProperty'],
      '値の種類',
      'value kind',
      'Dimension: whether the observation is the baseline (基準値) or the target (目標値).',
      { 'rdfs:range': 'skos:Concept', 'qb:codeList': v('valueKinds') },
    ),
    prop(
      'fiscalYear',
      ['qb:DimensionProperty'],
      '年度',
      'fiscal year',
      'Dimension: the Japanese fiscal year (年度, April–March) as the 西暦 year it starts in: 令和5年度 = 2023.',
      { 'rdfs:range': 'xsd:integer' },
    ),
    { '@id': 'sdmx-measure:obsValue', '@type': ['rdf:Property', 'qb:MeasureProperty'], 'rdfs:range': 'xsd:decimal' },
    { '@id': 'sdmx-attribute:unitMeasure', '@type': ['rdf:Property', 'qb:AttributeProperty', 'qb:CodedProperty'], 'qb:codeList': v('units') },
    prop(
      'targetCondition',
      ['qb:AttributeProperty', 'qb:CodedProperty'],
      '目標条件',
      'target condition',
      'Attribute: the condition the plan puts on a target (以上, 以下, 未満).',
      { 'rdfs:range': 'skos:Concept', 'qb:codeList': v('targetConditions') },
    ),
    prop('notation', ['qb:AttributeProperty'], '表記', 'notation as written', 'Attribute: the value as the plan writes it (49.3％, 60％以上).'),
    prop('fiscalYearNotation', ['qb:AttributeProperty'], '年度表記', 'fiscal year as written', 'Attribute: the fiscal year as the plan writes it (R5).'),
    prop(
      'fiscalYearFromHeader',
      ['qb:AttributeProperty'],
      '年度は表頭',
      'fiscal year from the header',
      'Attribute: true when the row gives no year and the table header’s applies.',
      { 'rdfs:range': 'xsd:boolean' },
    ),
    // The KPI progress cube: curated actuals by (indicator, fiscal year), with progress rate and grade.
    {
      '@id': v('progressStructure'),
      '@type': 'qb:DataStructureDefinition',
      'rdfs:label': text('成果指標の実績値と進捗の構造', 'structure of the KPI actuals and their progress'),
      ...defined,
      'qb:component': [
        { '@id': v('progressStructure-indicator'), '@type': 'qb:ComponentSpecification', 'qb:dimension': v('indicator'), 'qb:order': 1 },
        { '@id': v('progressStructure-fiscalYear'), '@type': 'qb:ComponentSpecification', 'qb:dimension': v('fiscalYear'), 'qb:order': 2 },
        { '@id': v('progressStructure-obsValue'), '@type': 'qb:ComponentSpecification', 'qb:measure': 'sdmx-measure:obsValue' },
        {
          '@id': v('progressStructure-unit'),
          '@type': 'qb:ComponentSpecification',
          'qb:attribute': 'sdmx-attribute:unitMeasure',
          'qb:componentRequired': false,
        },
        { '@id': v('progressStructure-progressRate'), '@type': 'qb:ComponentSpecification', 'qb:attribute': v('progressRate'), 'qb:componentRequired': false },
        { '@id': v('progressStructure-grade'), '@type': 'qb:ComponentSpecification', 'qb:attribute': v('grade'), 'qb:componentRequired': true },
        { '@id': v('progressStructure-provenance'), '@type': 'qb:ComponentSpecification', 'qb:attribute': v('provenance'), 'qb:componentRequired': true },
        { '@id': v('progressStructure-curatedLine'), '@type': 'qb:ComponentSpecification', 'qb:attribute': v('curatedLine'), 'qb:componentRequired': true },
      ],
    },
    prop(
      'progressRate',
      ['qb:AttributeProperty'],
      '進捗率',
      'progress rate',
      'Attribute: (actual − baseline) / (target − baseline) as a fraction; absent where target = baseline.',
      { 'rdfs:range': 'xsd:decimal' },
    ),
    prop(
      'grade',
      ['qb:AttributeProperty', 'qb:CodedProperty'],
      '評価',
      'grade',
      'Attribute: the grade S/A/B/C of the actual under the rule of the grades code list.',
      { 'rdfs:range': 'skos:Concept', 'qb:codeList': v('grades') },
    ),
    prop(
      'provenance',
      ['qb:AttributeProperty'],
      '出典',
      'provenance',
      'Attribute: where the actual was published (a URL or a document title), as the curated file gives it.',
    ),
    prop(
      'curatedLine',
      ['qb:AttributeProperty'],
      '出典行（実績値）',
      'line of the curated actuals',
      'Attribute: line of sources/indicator-actuals.csv (the header is line 1) the actual was read from.',
      { 'rdfs:range': 'xsd:integer' },
    ),
    scheme('grades', '成果指標の進捗評価', 'grades of KPI progress'),
    ...gradeRules.map((r) =>
      concept(gradeTerm(r.grade), 'grades', `${r.grade}（${r.name}）`, `${r.grade} (${r.nameEn})`, {
        'skos:notation': r.grade,
        'skos:definition': [
          { '@value': r.criterion, '@language': 'ja' },
          { '@value': r.criterionEn, '@language': 'en' },
        ],
      }),
    ),
    scheme('valueKinds', '値の種類', 'value kinds'),
    ...Object.entries(valueKindTerms).map(([term, t]) => concept(term, 'valueKinds', t.ja, t.en)),
    scheme('targetConditions', '目標条件', 'target conditions'),
    ...Object.entries(conditionTerms).map(([ja, t]) => concept(t.term, 'targetConditions', ja, t.en)),
    scheme('units', '単位', 'units'),
    ...Object.entries(unitTerms).map(([ja, t]) => concept(t.term, 'units', ja, t.en, t.qudt ? { 'skos:exactMatch': t.qudt } : {})),
  ];
};
