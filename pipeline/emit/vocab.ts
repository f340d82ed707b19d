// The project vocabulary (prefix yp:, `{baseIri}vocab#`): only the terms no standard vocabulary has —
// the class of each table's records (all subclasses of yp:Record), the properties of the columns no
// standard predicate fits, the KPI cubes' own dimensions and attributes with their code lists, and the
// units the plan writes. Every term has a label and a comment in Japanese and English; every property its
// domain and range. Published as dist/vocab.ttl, on the site's vocab page, and repeated in the plan graph,
// so that graph alone passes the Data Cube integrity checks (components typed, code lists present).
import type { Config } from '../config.ts';
import { gradeRules, type Grade } from '../model/grade.ts';
import type { Row } from '../tables/registry.ts';
import { vocabNamespace } from './namespaces.ts';
import type { JsonLdDocument } from './rdf.ts';

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

/** A text of the vocabulary in both languages. */
interface Both {
  ja: string;
  en: string;
}

/** A class of the vocabulary: the class of one table's records (or their superclass yp:Record). */
interface ClassTerm {
  term: string;
  label: Both;
  comment: Both;
  subClassOf: readonly string[];
}

/** A property of the vocabulary, with its domain (a class, or the union of several) and range. */
interface PropertyTerm {
  term: string;
  /** owl:ObjectProperty, owl:DatatypeProperty, or the Data Cube component kinds. */
  types: readonly string[];
  label: Both;
  comment: Both;
  domain: string | readonly string[];
  range: string;
  extra?: Node;
}

const record = 'yp:Record';
const integer = 'xsd:integer';
const boolean = 'xsd:boolean';
const decimal = 'xsd:decimal';
const string = 'xsd:string';
const japanese = 'rdf:langString';
const datatype = ['owl:DatatypeProperty'];
const object = ['owl:ObjectProperty'];

/** The class of every table's records, and yp:Record above them. The table modules name them (tables/, `class`). */
const classes: readonly ClassTerm[] = [
  {
    term: 'Record',
    label: { ja: 'レコード', en: 'record' },
    comment: {
      ja: 'このデータセットの表の1行。dct:identifier がその行のID（062022_<表>.csv の「ID」列）で、表ごとのクラスはこのクラスの下位クラス。',
      en: 'A row of one of the dataset’s tables: its dct:identifier is the row’s ID (the ID column of 062022_<table>.csv); each table’s class is a subclass of this one.',
    },
    subClassOf: [],
  },
  {
    term: 'Kgi',
    label: { ja: '重要目標達成指標（KGI）', en: 'key goal indicator (KGI)' },
    comment: { ja: '基本構想で掲げ、前期基本計画で達成を目指す重要目標達成指標（kgis 表）。', en: 'A key goal indicator the plan is steered by (table kgis).' },
    subClassOf: [record],
  },
  {
    term: 'Goal',
    label: { ja: '基本目標', en: 'basic goal' },
    comment: { ja: '計画の基本目標（goals 表）。SKOS の階層の最上位。', en: 'A 基本目標 of the plan (table goals): the top level of the SKOS hierarchy.' },
    subClassOf: ['skos:Concept', record],
  },
  {
    term: 'Policy',
    label: { ja: '施策', en: 'policy' },
    comment: { ja: '基本目標の下の施策（policies 表）。', en: 'A 施策 under a basic goal (table policies).' },
    subClassOf: ['skos:Concept', record],
  },
  {
    term: 'Pillar',
    label: { ja: '施策の柱', en: 'pillar' },
    comment: { ja: '施策の下の施策の柱（pillars 表）。', en: 'A 施策の柱 under a policy (table pillars).' },
    subClassOf: ['skos:Concept', record],
  },
  {
    term: 'Project',
    label: { ja: '前期重点プロジェクト', en: 'priority project' },
    comment: {
      ja: '前期基本計画の重点プロジェクト（projects 表）。施策の体系の施策の柱を引用する。',
      en: 'A priority project of the first-term plan (table projects); it cites pillars of the policy system.',
    },
    subClassOf: [record],
  },
  {
    term: 'Initiative',
    label: { ja: '重点プロジェクトの主な取組', en: 'project initiative' },
    comment: {
      ja: '重点プロジェクトの主な取組（①、②、…。project_initiatives 表）。',
      en: 'An initiative (①, ②, …) of a priority project (table project_initiatives).',
    },
    subClassOf: [record],
  },
  {
    term: 'InitiativeDepartment',
    label: { ja: '重点プロジェクトの取組の担当課', en: 'department in charge of an initiative' },
    comment: {
      ja: '重点プロジェクトの取組の【担当課】の1件（project_initiative_departments 表）。',
      en: 'One entry of an initiative’s 【担当課】 list (table project_initiative_departments).',
    },
    subClassOf: [record],
  },
  {
    term: 'ProjectItem',
    label: { ja: '重点プロジェクトの取組項目', en: 'item of a project initiative' },
    comment: {
      ja: '重点プロジェクトの取組が引用する施策の柱（【施策 x-y-z】）の下に掲げる取組内容の1件（project_items 表）。',
      en: 'One action under a pillar (【施策 x-y-z】) an initiative cites (table project_items).',
    },
    subClassOf: [record],
  },
  {
    term: 'Department',
    label: { ja: '担当課', en: 'department in charge' },
    comment: {
      ja: '計画に担当課として記載された市の課（departments 表）。W3C ORG の組織単位で、市の下位組織。',
      en: 'A department of the city the plan names as in charge (table departments): a W3C ORG unit of the city.',
    },
    subClassOf: ['org:OrganizationalUnit', record],
  },
  {
    term: 'Indicator',
    label: { ja: '成果指標', en: 'outcome indicator (KPI)' },
    comment: {
      ja: '施策の成果指標（indicators 表）。基準値と目標値は成果指標のデータセットの観測値、人が収録した実績値は進捗のデータセットの観測値でもある。',
      en: 'An outcome indicator of a policy (table indicators); its baseline and target are also observations of the KPI data set, its curated actuals those of the KPI progress data set.',
    },
    subClassOf: [record],
  },
  {
    term: 'PillarAction',
    label: { ja: '施策の柱の主な取組', en: 'main action under a pillar' },
    comment: {
      ja: '施策ページで施策の柱の下に掲げる主な取組の箇条（pillar_actions 表）。',
      en: 'An action bullet (主な取組) under a pillar of a policy page (table pillar_actions).',
    },
    subClassOf: [record],
  },
  {
    term: 'PillarDepartment',
    label: { ja: '施策の柱の担当課', en: 'department in charge of a pillar' },
    comment: {
      ja: '施策の柱の【担当課】の1件（pillar_departments 表）。「全課」は記載のとおりで、課へのリンクはない。',
      en: 'One entry of a pillar’s 【担当課】 list (table pillar_departments); 全課 (all departments) is kept as written, with no link to a department.',
    },
    subClassOf: [record],
  },
  {
    term: 'CurrentIssue',
    label: { ja: '本市の現状と課題', en: 'current situation and issue' },
    comment: {
      ja: '基本目標ページの「本市の現状と課題」の記述の1件（current_issues 表）。',
      en: 'A statement of 本市の現状と課題 on a goal page (table current_issues).',
    },
    subClassOf: [record],
  },
  {
    term: 'WellbeingCategory',
    label: { ja: '地域幸福度（Well-Being）カテゴリー', en: 'Well-Being category' },
    comment: {
      ja: '基本目標ページに掲げる地域幸福度（Well-Being）のカテゴリー（wellbeing_categories 表）。',
      en: 'A Well-Being (地域幸福度) category shown on a goal page (table wellbeing_categories).',
    },
    subClassOf: [record],
  },
  {
    term: 'RelatedPlan',
    label: { ja: '主な個別計画・方針等', en: 'related plan or policy document' },
    comment: {
      ja: '施策ページに掲げる関連する個別計画・方針等の1件（related_plans 表）。',
      en: 'A plan or policy document a policy page names (table related_plans).',
    },
    subClassOf: [record],
  },
  {
    term: 'CitizenOpinion',
    label: { ja: '市民等からの意見・提案', en: 'opinion or proposal from citizens' },
    comment: {
      ja: '施策ページに掲げる市民等からの意見・提案の1件（citizen_opinions 表）。',
      en: 'A citizens’ opinion or proposal a policy page quotes (table citizen_opinions).',
    },
    subClassOf: [record],
  },
  {
    term: 'ExpectedAction',
    label: { ja: '市民・事業者・団体等に期待したい行動', en: 'action expected of citizens, businesses and organisations' },
    comment: {
      ja: '施策ページに掲げる、目指す姿に近付くために期待したい行動の1件（expected_actions 表）。',
      en: 'What a policy page asks of citizens or of businesses and organisations (table expected_actions).',
    },
    subClassOf: [record],
  },
  {
    term: 'GlossaryTerm',
    label: { ja: '用語', en: 'glossary term' },
    comment: {
      ja: '本文中で※を付し、ページの脚注に掲げられた用語（glossary 表）。原文では定義が伏字（＊＊＊）のため、定義は補わず yp:definitionMasked で伏字であることを示す。',
      en: 'A term marked ※ and listed in a page’s footnotes (table glossary). The source masks the definitions (＊＊＊): none is invented, and yp:definitionMasked says so.',
    },
    subClassOf: ['skos:Concept', record],
  },
  {
    term: 'TermUsage',
    label: { ja: '用語の使用箇所', en: 'use of a glossary term' },
    comment: {
      ja: '※を付した用語が使われている記述の1件（glossary_usages 表）。',
      en: 'One ※ mark: the record whose text uses a glossary term (table glossary_usages).',
    },
    subClassOf: [record],
  },
  {
    term: 'SdgMarkCount',
    label: { ja: '施策とSDGsの対応（●の数）', en: 'count of SDG marks of a policy' },
    comment: {
      ja: '「施策とSDGｓの対応一覧」の施策の行にある●の数（sdg_mark_counts 表）。どの目標の欄かは抽出テキストからは分からない。',
      en: 'How many ● a policy’s row of the SDG table has among a range of SDGs (table sdg_mark_counts); which SDGs they are the extracted text does not tell.',
    },
    subClassOf: [record],
  },
  {
    term: 'SdgLink',
    label: { ja: '施策とSDGsの対応', en: 'link of a policy to an SDG' },
    comment: {
      ja: '人が原本で確かめて sources/sdg-links.csv に記録した、施策とSDGsの確実な対応（sdg_links 表）。',
      en: 'A certain (policy, SDG) link a person read off the original and recorded in sources/sdg-links.csv (table sdg_links).',
    },
    subClassOf: [record],
  },
  {
    term: 'Actual',
    label: { ja: '成果指標の実績値', en: 'actual of an outcome indicator' },
    comment: {
      ja: '人が sources/indicator-actuals.csv に収録した成果指標の実績値と、その進捗率と評価（indicator_progress 表）。進捗のデータセットの観測値。',
      en: 'A curated actual of an outcome indicator with its progress rate and grade (table indicator_progress): an observation of the KPI progress data set.',
    },
    subClassOf: ['qb:Observation', record],
  },
  {
    term: 'GradeRule',
    label: { ja: '成果指標の進捗評価の基準', en: 'grading rule of KPI progress' },
    comment: {
      ja: '評価 S・A・B・C の判定基準（grade_rules 表）。評価のコードリスト yp:grades の概念でもある。このデータが定めたもので、計画の記載ではない。',
      en: 'The rule of a grade S, A, B or C (table grade_rules), which is also a concept of the grades code list yp:grades. Defined by this dataset, not by the plan.',
    },
    subClassOf: ['skos:Concept', record],
  },
];

/** The properties of the records' columns (the cube's components are below, with their structures). */
const recordProperties: readonly PropertyTerm[] = [
  {
    term: 'sourceLine',
    types: datatype,
    label: { ja: '出典行', en: 'source line' },
    comment: {
      ja: '計画本文（sources/yonezawa-zenki-kihon-keikaku.txt）のうち、レコードが記載されている行の番号。その行の IRI（{baseIri}source#L行番号）は prov:wasDerivedFrom で示す。',
      en: 'Line of sources/yonezawa-zenki-kihon-keikaku.txt where the record is stated; prov:wasDerivedFrom gives the line’s IRI ({baseIri}source#L<line>).',
    },
    domain: record,
    range: integer,
  },
  {
    term: 'statementSourceLine',
    types: datatype,
    label: { ja: '基本目標出典行', en: 'source line of the statement' },
    comment: { ja: '基本目標の文が始まる行の番号。', en: 'Line where a goal’s statement begins.' },
    domain: 'yp:Goal',
    range: integer,
  },
  {
    term: 'pageSourceLine',
    types: datatype,
    label: { ja: '施策ページ出典行', en: 'source line of the policy page' },
    comment: {
      ja: '第３章の施策ページの見出し（施策 x-y）の行の番号。施策ページがない施策にはない。',
      en: 'Line of the policy page heading (施策 x-y) in 第３章; absent where the plan gives no page.',
    },
    domain: 'yp:Policy',
    range: integer,
  },
  {
    term: 'citationSourceLine',
    types: datatype,
    label: { ja: '引用出典行', en: 'source line of the citation' },
    comment: { ja: '取組内容が属する【施策 x-y-z】の引用の行の番号。', en: 'Line of the 【施策 x-y-z】 citation an item stands under.' },
    domain: 'yp:ProjectItem',
    range: integer,
  },
  {
    term: 'number',
    types: datatype,
    label: { ja: '番号', en: 'number' },
    comment: {
      ja: '計画が付けたレコードの番号（KGI の番号、施策内番号、柱番号、取組番号）。',
      en: 'The number the plan gives the record within its parent (a KGI’s, a policy’s within its goal, a pillar’s within its policy, an initiative’s within its project).',
    },
    domain: record,
    range: integer,
  },
  {
    term: 'order',
    types: datatype,
    label: { ja: '順序', en: 'order' },
    comment: {
      ja: 'レコードが属するもの（施策ページ、施策の柱など）の中での記載順。',
      en: 'Position of the record within what it belongs to (a policy page, a pillar, …), as written.',
    },
    domain: record,
    range: integer,
  },
  {
    term: 'text',
    types: datatype,
    label: { ja: '記述', en: 'text' },
    comment: { ja: '計画に記載されたとおりの記述（改行はつないでいる）。', en: 'The statement as the plan writes it, lines joined.' },
    domain: record,
    range: japanese,
  },
  {
    term: 'restated',
    types: datatype,
    label: { ja: '再掲', en: 'restated' },
    comment: {
      ja: '計画でこの取組に（再掲）が付いているとき true。',
      en: 'true when the plan marks the action （再掲）: it restates an action given elsewhere.',
    },
    domain: record,
    range: boolean,
  },
  {
    term: 'visionTitle',
    types: datatype,
    label: { ja: '目指す姿', en: 'vision headline' },
    comment: { ja: '施策ページの「目指す姿」の見出し。', en: 'The 目指す姿 headline of a policy page.' },
    domain: 'yp:Policy',
    range: japanese,
  },
  {
    term: 'visionText',
    types: datatype,
    label: { ja: '目指す姿の説明', en: 'vision text' },
    comment: { ja: '「目指す姿」の見出しの下の説明文。', en: 'The paragraph under the 目指す姿 headline.' },
    domain: 'yp:Policy',
    range: japanese,
  },
  {
    term: 'citesPillar',
    types: object,
    label: { ja: '引用施策の柱', en: 'cites pillar' },
    comment: {
      ja: '重点プロジェクト、その取組又は取組項目が引用する施策の柱（【施策 x-y-z】）。',
      en: 'A pillar (【施策 x-y-z】) a priority project, initiative or project item cites.',
    },
    domain: record,
    range: 'yp:Pillar',
  },
  {
    term: 'department',
    types: object,
    label: { ja: '担当課', en: 'department in charge' },
    comment: {
      ja: '施策の柱、取組又は成果指標の担当課。担当課の記載（【担当課】の1件）ではその課。',
      en: 'The department in charge of a pillar, an initiative or an indicator; on an entry of a 【担当課】 list, the department it names.',
    },
    domain: record,
    range: 'org:Organization',
  },
  {
    term: 'departmentName',
    types: datatype,
    label: { ja: '担当課名', en: 'department as written' },
    comment: { ja: '計画に記載されたとおりの担当課の名称（「全課」を含む）。', en: 'The department as the plan writes it (全課 included).' },
    domain: record,
    range: japanese,
  },
  {
    term: 'allDepartments',
    types: datatype,
    label: { ja: '全課', en: 'all departments' },
    comment: {
      ja: '個々の課ではなく「全課」（すべての課）が担当課として記載されているとき true。個々の課には展開しない。',
      en: 'true when the plan names 全課 (all departments) instead of a department; it is not expanded to the departments.',
    },
    domain: 'yp:PillarDepartment',
    range: boolean,
  },
  {
    term: 'policy',
    types: object,
    label: { ja: '施策', en: 'policy' },
    comment: { ja: '成果指標が測る施策。', en: 'The policy an outcome indicator measures.' },
    domain: 'yp:Indicator',
    range: 'yp:Policy',
  },
  {
    term: 'citationOrder',
    types: datatype,
    label: { ja: '引用順序', en: 'citation order' },
    comment: { ja: '取組の中で、引用する施策の柱の順番。', en: 'Position of the cited pillar within the initiative.' },
    domain: 'yp:ProjectItem',
    range: integer,
  },
  {
    term: 'actionOrder',
    types: datatype,
    label: { ja: '事業順序', en: 'action order' },
    comment: { ja: '引用する施策の柱の下での取組内容の順番。', en: 'Position of the action under its cited pillar.' },
    domain: 'yp:ProjectItem',
    range: integer,
  },
  {
    term: 'citedPillarCode',
    types: datatype,
    label: { ja: '引用施策の柱番号', en: 'cited pillar code as written' },
    comment: { ja: '【施策 x-y-z】に記載された施策の柱の番号。', en: 'The pillar code as the 【施策 x-y-z】 citation writes it.' },
    domain: 'yp:ProjectItem',
    range: string,
  },
  {
    term: 'citedName',
    types: datatype,
    label: { ja: '引用施策の柱名', en: 'cited pillar name as written' },
    comment: { ja: '引用に記載されたとおりの施策の柱の名称。', en: 'The pillar’s name as the citation writes it.' },
    domain: 'yp:ProjectItem',
    range: japanese,
  },
  {
    term: 'citedNameMatches',
    types: datatype,
    label: { ja: '施策の柱名一致', en: 'cited name matches' },
    comment: {
      ja: '引用の名称が第２章の施策の柱の名称と一致する（全角半角を揃えたうえで）とき true。',
      en: 'true when the cited name equals the pillar’s name in 第２章 (after width folding).',
    },
    domain: 'yp:ProjectItem',
    range: boolean,
  },
  {
    term: 'actionText',
    types: datatype,
    label: { ja: '取組内容', en: 'action' },
    comment: { ja: '取組内容。（再掲）の表示は除く。', en: 'The action, without its (再掲) mark.' },
    domain: 'yp:ProjectItem',
    range: japanese,
  },
  {
    term: 'category',
    types: datatype,
    label: { ja: '分野', en: 'category' },
    comment: { ja: '「本市の現状と課題」の分野の見出し。', en: 'The category heading of 本市の現状と課題 the statement stands under.' },
    domain: 'yp:CurrentIssue',
    range: japanese,
  },
  {
    term: 'categoryOrder',
    types: datatype,
    label: { ja: '分野順序', en: 'category order' },
    comment: { ja: '基本目標ページの中での分野の順番。', en: 'Position of the category on the goal page.' },
    domain: 'yp:CurrentIssue',
    range: integer,
  },
  {
    term: 'subjectiveExample',
    types: datatype,
    label: { ja: '主観指標の例', en: 'example subjective indicator' },
    comment: {
      ja: '地域幸福度カテゴリーの主観指標の例。末尾の「等」は除く。',
      en: 'Example subjective indicator of a Well-Being category, without the trailing 等.',
    },
    domain: 'yp:WellbeingCategory',
    range: japanese,
  },
  {
    term: 'objectiveExample',
    types: datatype,
    label: { ja: '客観指標の例', en: 'example objective indicator' },
    comment: {
      ja: '地域幸福度カテゴリーの客観指標の例。末尾の「等」は除く。',
      en: 'Example objective indicator of a Well-Being category, without the trailing 等.',
    },
    domain: 'yp:WellbeingCategory',
    range: japanese,
  },
  {
    term: 'survey',
    types: datatype,
    label: { ja: '出典となった調査', en: 'survey' },
    comment: { ja: '数値の出典となった調査。ページの見出しに記載された名称。', en: 'The survey the figures come from, as the page heading names it.' },
    domain: 'yp:WellbeingCategory',
    range: japanese,
  },
  {
    term: 'actor',
    types: datatype,
    label: { ja: '主体', en: 'actor' },
    comment: { ja: '行動を期待する主体（市民等 又は 事業者・団体等）。', en: 'Who the plan asks to act (市民等 or 事業者・団体等).' },
    domain: 'yp:ExpectedAction',
    range: japanese,
  },
  {
    term: 'definitionMasked',
    types: datatype,
    label: { ja: '定義伏字', en: 'definition masked' },
    comment: {
      ja: '原文で定義が＊＊＊（伏字）としか記載されていないとき true。そのとき skos:definition はなく、定義は補っていない。',
      en: 'true when the source gives the definition only as ＊＊＊: the term then has no skos:definition, and none is invented.',
    },
    domain: 'yp:GlossaryTerm',
    range: boolean,
  },
  {
    term: 'term',
    types: object,
    label: { ja: '用語', en: 'term' },
    comment: { ja: '使われている用語。', en: 'The glossary term used.' },
    domain: 'yp:TermUsage',
    range: 'yp:GlossaryTerm',
  },
  {
    term: 'onPolicyPage',
    types: object,
    label: { ja: '使用された施策ページ', en: 'on the policy page' },
    comment: { ja: '用語が使われている施策ページの施策。', en: 'The policy whose page uses the term.' },
    domain: 'yp:TermUsage',
    range: 'yp:Policy',
  },
  {
    term: 'usedIn',
    types: object,
    label: { ja: '使用箇所', en: 'used in' },
    comment: { ja: '※の付いた記述を含むレコード。', en: 'The record whose text carries the ※ mark.' },
    domain: 'yp:TermUsage',
    range: record,
  },
  {
    term: 'firstSdg',
    types: datatype,
    label: { ja: '対象SDG（始）', en: 'first SDG counted' },
    comment: { ja: '●を数えた表の範囲の最初のSDG。', en: 'First SDG of the half of the table counted.' },
    domain: 'yp:SdgMarkCount',
    range: integer,
  },
  {
    term: 'lastSdg',
    types: datatype,
    label: { ja: '対象SDG（終）', en: 'last SDG counted' },
    comment: { ja: '●を数えた表の範囲の最後のSDG。', en: 'Last SDG of the half of the table counted.' },
    domain: 'yp:SdgMarkCount',
    range: integer,
  },
  {
    term: 'markCount',
    types: datatype,
    label: { ja: '●の数', en: 'number of marks' },
    comment: { ja: 'この範囲のSDGsの欄で、施策の行にある●の数。', en: 'How many ● the policy’s row has among these SDGs.' },
    domain: 'yp:SdgMarkCount',
    range: integer,
  },
  {
    term: 'sdg',
    types: datatype,
    label: { ja: 'SDGゴール番号', en: 'SDG goal number' },
    comment: { ja: '持続可能な開発目標（SDGs）のゴール番号（1〜17）。', en: 'Number of the Sustainable Development Goal (1–17).' },
    domain: 'yp:SdgLink',
    range: integer,
  },
  {
    term: 'sdgGoal',
    types: object,
    label: { ja: 'SDGゴール', en: 'SDG goal' },
    comment: {
      ja: '国連の SDG 知識体系（http://metadata.un.org/sdg/）のゴールの IRI。施策とSDGsの対応、及びその施策に付く。',
      en: 'The UN’s IRI of the goal (SDG Knowledge Organization System, http://metadata.un.org/sdg/N), on a (policy, SDG) link and on its policy.',
    },
    domain: record,
    range: 'skos:Concept',
  },
  {
    term: 'provenance',
    types: ['qb:AttributeProperty'],
    label: { ja: '出典', en: 'provenance' },
    comment: {
      ja: '人が収録した値の出典（URL 又は文書名）。収録したファイルに記録されたとおり。',
      en: 'Where a curated value was published or read (a URL or a document title), as the curated file gives it.',
    },
    domain: record,
    range: string,
  },
  // A KPI's values on its own node (the same values are also its two observations of the KPI cube).
  ...(['baseline', 'target'] as const).flatMap((kind): PropertyTerm[] => {
    const ja = valueKindTerms[kind].ja;
    const en = kind;
    const yearJa = kind === 'baseline' ? '基準年度' : '目標年度';
    return [
      {
        term: `${kind}Value`,
        types: datatype,
        label: { ja, en: `${en} value` },
        comment: { ja: `${ja}を成果指標の単位の数値のみで記載（2,100 → 2100）。`, en: `The ${en} as a bare number in the indicator’s unit (2,100 → 2100).` },
        domain: 'yp:Indicator',
        range: decimal,
      },
      {
        term: `${kind}FiscalYear`,
        types: datatype,
        label: { ja: yearJa, en: `${en} fiscal year` },
        comment: { ja: `${ja}の年度（西暦。令和n年度 = 2018 + n）。`, en: `Fiscal year of the ${en}, 西暦 (令和n年度 = 2018 + n).` },
        domain: 'yp:Indicator',
        range: integer,
      },
      {
        term: `${kind}FiscalYearNotation`,
        types: datatype,
        label: { ja: `${yearJa}表記`, en: `${en} fiscal year as written` },
        comment: { ja: `計画に記載された${ja}の年度の表記（R5）。`, en: `The ${en}’s fiscal year as the plan writes it (R5).` },
        domain: 'yp:Indicator',
        range: string,
      },
      {
        term: `${kind}FiscalYearFromHeader`,
        types: datatype,
        label: { ja: `${yearJa}は表頭`, en: `${en} fiscal year from the header` },
        comment: {
          ja: '行に年度の記載がなく、表の見出しの年度を用いたとき true。',
          en: 'true when the row gives no year of its own and the table header’s applies.',
        },
        domain: 'yp:Indicator',
        range: boolean,
      },
      {
        term: `${kind}Notation`,
        types: datatype,
        label: { ja: `${ja}表記`, en: `${en} as written` },
        comment: { ja: `計画に記載された${ja}の表記（49.3％、60％以上）。`, en: `The ${en} as the plan writes it (49.3％, 60％以上).` },
        domain: 'yp:Indicator',
        range: string,
      },
    ];
  }),
  // The grade rules' bounds (grade_rules).
  ...(['Min', 'Max'] as const).flatMap((end): PropertyTerm[] => {
    const [ja, en] = end === 'Min' ? ['下限', 'lower bound'] : ['上限', 'upper bound'];
    return [
      {
        term: `progressRate${end}`,
        types: datatype,
        label: { ja: `進捗率${ja}`, en: `progress rate ${en}` },
        comment: {
          ja: `この評価となる進捗率の${ja}。${ja}がないときはない。`,
          en: `The ${en} on the progress rate for this grade; absent when there is none.`,
        },
        domain: 'yp:GradeRule',
        range: decimal,
      },
      {
        term: `progressRate${end}Inclusive`,
        types: datatype,
        label: { ja: `${ja}を含む`, en: `${en} inclusive` },
        comment: { ja: `進捗率が${ja}と等しい場合もこの評価となるとき true。`, en: `true when the progress rate may equal the ${en}.` },
        domain: 'yp:GradeRule',
        range: boolean,
      },
    ];
  }),
  {
    term: 'holdLevel',
    types: datatype,
    label: { ja: '水準維持で適用', en: 'applies where a level is held' },
    comment: {
      ja: '目標値 = 基準値（水準の維持）の場合にもこの評価を用いるとき true（目標を満たせば S、満たさなければ C）。',
      en: 'true when the grade is also given where target = baseline (hold a level): S if met, else C.',
    },
    domain: 'yp:GradeRule',
    range: boolean,
  },
];

/** A component of a cube's structure: its dimension, measure or attribute, in order. */
interface Component {
  id: string;
  role: 'qb:dimension' | 'qb:measure' | 'qb:attribute';
  property: string;
  order?: number;
  required?: boolean;
}

/** The properties of the cubes' dimensions and attributes. */
const cubeProperties: readonly PropertyTerm[] = [
  {
    term: 'indicator',
    types: ['qb:DimensionProperty'],
    label: { ja: '成果指標', en: 'indicator' },
    comment: { ja: '次元：観測値が属する成果指標。', en: 'Dimension: the outcome indicator an observation belongs to.' },
    domain: 'qb:Observation',
    range: 'yp:Indicator',
  },
  {
    term: 'valueKind',
    types: ['qb:DimensionProperty', 'qb:CodedProperty'],
    label: { ja: '値の種類', en: 'value kind' },
    comment: { ja: '次元：観測値が基準値か目標値か。', en: 'Dimension: whether the observation is the baseline (基準値) or the target (目標値).' },
    domain: 'qb:Observation',
    range: 'skos:Concept',
    extra: { 'qb:codeList': 'yp:valueKinds' },
  },
  {
    term: 'fiscalYear',
    types: ['qb:DimensionProperty'],
    label: { ja: '年度', en: 'fiscal year' },
    comment: {
      ja: '次元：年度（4月〜3月）を、それが始まる西暦年で表したもの（令和5年度 = 2023）。',
      en: 'Dimension: the Japanese fiscal year (年度, April–March) as the 西暦 year it starts in: 令和5年度 = 2023.',
    },
    domain: 'qb:Observation',
    range: integer,
  },
  {
    term: 'targetCondition',
    types: ['qb:AttributeProperty', 'qb:CodedProperty'],
    label: { ja: '目標条件', en: 'target condition' },
    comment: {
      ja: '属性：計画が目標値に付けた条件（以上、以下、未満）。目標値の観測値と成果指標に付く。',
      en: 'Attribute: the condition the plan puts on a target (以上, 以下, 未満), on a target observation and on its indicator.',
    },
    domain: ['qb:Observation', 'yp:Indicator'],
    range: 'skos:Concept',
    extra: { 'qb:codeList': 'yp:targetConditions' },
  },
  {
    term: 'notation',
    types: ['qb:AttributeProperty'],
    label: { ja: '表記', en: 'notation as written' },
    comment: { ja: '属性：計画に記載されたとおりの値（49.3％、60％以上）。', en: 'Attribute: the value as the plan writes it (49.3％, 60％以上).' },
    domain: 'qb:Observation',
    range: string,
  },
  {
    term: 'fiscalYearNotation',
    types: ['qb:AttributeProperty'],
    label: { ja: '年度表記', en: 'fiscal year as written' },
    comment: { ja: '属性：計画に記載されたとおりの年度（R5）。', en: 'Attribute: the fiscal year as the plan writes it (R5).' },
    domain: 'qb:Observation',
    range: string,
  },
  {
    term: 'fiscalYearFromHeader',
    types: ['qb:AttributeProperty'],
    label: { ja: '年度は表頭', en: 'fiscal year from the header' },
    comment: {
      ja: '属性：行に年度の記載がなく、表の見出しの年度を用いたとき true。',
      en: 'Attribute: true when the row gives no year and the table header’s applies.',
    },
    domain: 'qb:Observation',
    range: boolean,
  },
  {
    term: 'progressRate',
    types: ['qb:AttributeProperty'],
    label: { ja: '進捗率', en: 'progress rate' },
    comment: {
      ja: '属性：(実績値 − 基準値) / (目標値 − 基準値) を小数で表したもの。目標値 = 基準値のときはない。',
      en: 'Attribute: (actual − baseline) / (target − baseline) as a fraction; absent where target = baseline.',
    },
    domain: 'qb:Observation',
    range: decimal,
  },
  {
    term: 'grade',
    types: ['qb:AttributeProperty', 'qb:CodedProperty'],
    label: { ja: '評価', en: 'grade' },
    comment: {
      ja: '属性：評価のコードリストの基準による実績値の評価 S・A・B・C。',
      en: 'Attribute: the grade S/A/B/C of the actual under the rule of the grades code list.',
    },
    domain: 'qb:Observation',
    range: 'skos:Concept',
    extra: { 'qb:codeList': 'yp:grades' },
  },
  {
    term: 'curatedLine',
    types: ['qb:AttributeProperty'],
    label: { ja: '出典行（実績値）', en: 'line of the curated actuals' },
    comment: {
      ja: '属性：実績値を読み取った sources/indicator-actuals.csv の行の番号（見出しが1行目）。',
      en: 'Attribute: line of sources/indicator-actuals.csv (the header is line 1) the actual was read from.',
    },
    domain: 'qb:Observation',
    range: integer,
  },
];

const structures: readonly { term: string; label: Both; components: readonly Component[] }[] = [
  {
    term: 'kpiStructure',
    label: { ja: '成果指標の基準値・目標値の構造', en: 'structure of the KPI baselines and targets' },
    components: [
      { id: 'indicator', role: 'qb:dimension', property: 'yp:indicator', order: 1 },
      { id: 'valueKind', role: 'qb:dimension', property: 'yp:valueKind', order: 2 },
      { id: 'fiscalYear', role: 'qb:dimension', property: 'yp:fiscalYear', order: 3 },
      { id: 'obsValue', role: 'qb:measure', property: 'sdmx-measure:obsValue' },
      { id: 'unit', role: 'qb:attribute', property: 'sdmx-attribute:unitMeasure', required: false },
      { id: 'targetCondition', role: 'qb:attribute', property: 'yp:targetCondition', required: false },
      { id: 'notation', role: 'qb:attribute', property: 'yp:notation', required: true },
      { id: 'fiscalYearNotation', role: 'qb:attribute', property: 'yp:fiscalYearNotation', required: true },
      { id: 'fiscalYearFromHeader', role: 'qb:attribute', property: 'yp:fiscalYearFromHeader', required: true },
    ],
  },
  {
    term: 'progressStructure',
    label: { ja: '成果指標の実績値と進捗の構造', en: 'structure of the KPI actuals and their progress' },
    components: [
      { id: 'indicator', role: 'qb:dimension', property: 'yp:indicator', order: 1 },
      { id: 'fiscalYear', role: 'qb:dimension', property: 'yp:fiscalYear', order: 2 },
      { id: 'obsValue', role: 'qb:measure', property: 'sdmx-measure:obsValue' },
      { id: 'unit', role: 'qb:attribute', property: 'sdmx-attribute:unitMeasure', required: false },
      { id: 'progressRate', role: 'qb:attribute', property: 'yp:progressRate', required: false },
      { id: 'grade', role: 'qb:attribute', property: 'yp:grade', required: true },
      { id: 'provenance', role: 'qb:attribute', property: 'yp:provenance', required: true },
      { id: 'curatedLine', role: 'qb:attribute', property: 'yp:curatedLine', required: true },
    ],
  },
];

const roleText = { 'qb:dimension': ['次元', 'dimension'], 'qb:measure': ['測定値', 'measure'], 'qb:attribute': ['属性', 'attribute'] } as const;

/** The terms of the vocabulary: what the site's vocab page lists and the tests check (every class and property of yp:). */
export const vocabularyTerms = { classes, properties: [...recordProperties, ...cubeProperties] } as const;

export const vocabularyNodes = (config: Pick<Config, 'baseIri'>): Node[] => {
  const namespace = vocabNamespace(config);
  const v = (term: string) => yp(config, term);
  /** `yp:Goal` → its IRI; other compact names stay as they are (the context expands them). */
  const ref = (name: string) => (name.startsWith('yp:') ? v(name.slice(3)) : name);
  const ontology = namespace.replace(/#$/, '');
  const defined = { 'rdfs:isDefinedBy': ontology };
  const described = (label: Both, comment: Both) => ({ 'rdfs:label': text(label.ja, label.en), 'rdfs:comment': text(comment.ja, comment.en) });
  const domainOf = (domain: string | readonly string[]) =>
    typeof domain === 'string' ? ref(domain) : { '@type': 'owl:Class', 'owl:unionOf': { '@list': domain.map((d) => ({ '@id': ref(d) })) } };
  const prop = (p: PropertyTerm): Node => ({
    '@id': v(p.term),
    '@type': ['rdf:Property', ...p.types],
    ...described(p.label, p.comment),
    ...defined,
    'rdfs:domain': domainOf(p.domain),
    'rdfs:range': ref(p.range),
    ...Object.fromEntries(Object.entries(p.extra ?? {}).map(([k, value]) => [k, ref(String(value))])),
  });
  const scheme = (term: string, label: Both, comment: Both): Node => ({
    '@id': v(term),
    '@type': 'skos:ConceptScheme',
    'skos:prefLabel': label.ja,
    ...described(label, comment),
    'dct:title': text(label.ja, label.en),
    ...defined,
  });
  const concept = (term: string, inScheme: string, label: Both, comment: Both, extra: Node = {}): Node => ({
    '@id': v(term),
    '@type': 'skos:Concept',
    'skos:prefLabel': label.ja,
    ...described(label, comment),
    'skos:inScheme': v(inScheme),
    'skos:topConceptOf': v(inScheme),
    ...defined,
    ...extra,
  });
  const structure = (s: (typeof structures)[number]): Node[] => [
    {
      '@id': v(s.term),
      '@type': 'qb:DataStructureDefinition',
      ...described(s.label, {
        ja: `${s.label.ja}。次元・測定値・属性の成分からなる（W3C Data Cube）。`,
        en: `The ${s.label.en}: its dimensions, measure and attributes (W3C Data Cube).`,
      }),
      ...defined,
      'qb:component': s.components.map((c) => ({ '@id': v(`${s.term}-${c.id}`) })),
    },
    ...s.components.map((c) => {
      const [ja, en] = roleText[c.role];
      return {
        '@id': v(`${s.term}-${c.id}`),
        '@type': 'qb:ComponentSpecification',
        ...described(
          { ja: `${s.label.ja}の${ja} ${c.property}`, en: `${en} ${c.property} of the ${s.label.en}` },
          {
            ja: `${s.label.ja}の${ja}の成分：${c.property}${c.required === false ? '（任意）' : ''}。`,
            en: `A component of the ${s.label.en}: the ${en} ${c.property}${c.required === false ? ' (optional)' : ''}.`,
          },
        ),
        ...defined,
        [c.role]: ref(c.property),
        ...(c.order === undefined ? {} : { 'qb:order': c.order }),
        ...(c.required === undefined ? {} : { 'qb:componentRequired': c.required }),
      };
    }),
  ];

  return [
    {
      '@id': ontology,
      '@type': 'owl:Ontology',
      ...described(
        { ja: 'よねざわ しあわせビジョン2035 前期基本計画 オープンデータ語彙', en: 'Vocabulary of the Yonezawa comprehensive plan open data' },
        {
          ja: '計画のデータに必要で、標準の語彙にない用語。それ以外は SKOS、W3C Data Cube、W3C ORG、PROV、DCAT、Dublin Core を使う。',
          en: 'Terms the plan data needs and no standard vocabulary has. Everything else is SKOS, W3C Data Cube, W3C ORG, PROV, DCAT and Dublin Core.',
        },
      ),
    },
    ...classes.map(
      (c): Node => ({
        '@id': v(c.term),
        '@type': 'rdfs:Class',
        ...described(c.label, c.comment),
        ...defined,
        ...(c.subClassOf.length === 0 ? {} : { 'rdfs:subClassOf': c.subClassOf.map(ref) }),
      }),
    ),
    {
      '@id': v(kpiNotationTerm),
      '@type': 'rdfs:Datatype',
      ...described(
        { ja: '成果指標の番号', en: 'KPI notation' },
        {
          ja: '成果指標の skos:notation のデータ型：基本目標-施策-行（4-1-1 は施策 4-1 の最初の成果指標）。同じ形の施策の柱 4-1-1 の番号（型のない文字列）と取り違えないよう型を付ける。',
          en: 'Datatype of the skos:notation of an outcome indicator: goal-policy-row (4-1-1 is the first KPI of policy 4-1). Typed so that it is never taken for the notation of pillar 4-1-1, a plain string of the same form.',
        },
      ),
      ...defined,
    },
    ...recordProperties.map(prop),
    ...structures.flatMap(structure),
    ...cubeProperties.map(prop),
    { '@id': 'sdmx-measure:obsValue', '@type': ['rdf:Property', 'qb:MeasureProperty'], 'rdfs:range': 'xsd:decimal' },
    { '@id': 'sdmx-attribute:unitMeasure', '@type': ['rdf:Property', 'qb:AttributeProperty', 'qb:CodedProperty'], 'qb:codeList': v('units') },
    scheme(
      'grades',
      { ja: '成果指標の進捗評価', en: 'grades of KPI progress' },
      { ja: '実績値の評価 S・A・B・C のコードリスト。', en: 'Code list of the grades S, A, B, C of an actual.' },
    ),
    ...gradeRules.map((r) =>
      concept(
        gradeTerm(r.grade),
        'grades',
        { ja: `${r.grade}（${r.name}）`, en: `${r.grade} (${r.nameEn})` },
        { ja: `評価 ${r.grade}：${r.name}。判定基準は skos:definition。`, en: `Grade ${r.grade}: ${r.nameEn}; its rule is its skos:definition.` },
        {
          'skos:notation': r.grade,
          'skos:definition': [
            { '@value': r.criterion, '@language': 'ja' },
            { '@value': r.criterionEn, '@language': 'en' },
          ],
        },
      ),
    ),
    scheme(
      'valueKinds',
      { ja: '値の種類', en: 'value kinds' },
      { ja: '成果指標の観測値の種類（基準値・目標値）。', en: 'Kinds of a KPI observation: baseline or target.' },
    ),
    ...Object.entries(valueKindTerms).map(([term, t]) =>
      concept(term, 'valueKinds', t, { ja: `成果指標の${t.ja}の観測値。`, en: `The ${t.en} of an outcome indicator.` }),
    ),
    scheme(
      'targetConditions',
      { ja: '目標条件', en: 'target conditions' },
      { ja: '計画が目標値に付ける条件（以上、以下、未満）。', en: 'The conditions the plan puts on a target (以上, 以下, 未満).' },
    ),
    ...Object.entries(conditionTerms).map(([ja, t]) =>
      concept(t.term, 'targetConditions', { ja, en: t.en }, { ja: `目標値${ja}を目指す。`, en: `The target is to be met ${t.en}.` }),
    ),
    scheme('units', { ja: '単位', en: 'units' }, { ja: '計画が成果指標に用いる単位。', en: 'The units the plan writes its KPIs in.' }),
    ...Object.entries(unitTerms).map(([ja, t]) =>
      concept(
        t.term,
        'units',
        { ja, en: t.en },
        { ja: `単位「${ja}」。`, en: `The unit ${ja}: ${t.en}${t.qudt ? ' (the same as the QUDT unit)' : ''}.` },
        t.qudt ? { 'skos:exactMatch': t.qudt } : {},
      ),
    ),
  ];
};
