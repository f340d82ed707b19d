// The published tables, one zod object each: the single definition of every record's shape. CSV headers,
// JSON keys, JSON Schemas and the Data Package descriptor are all derived from these.
import { z } from 'zod';
import { conditions, units } from '../parse/indicators.ts';
import { code, count, flag, head, optionalRef, optionalText, ref, sourceLine, text, withUnit } from './fields.ts';

const goalNumber = z.number().int().min(1).max(9).meta({ title: '基本目標番号', description: 'Number of the 基本目標 (basic goal), 1–5' });

export const Kgi = z
  .object({
    ...head('kgis'),
    number: count({ title: '番号', description: 'Order of the KGI in the plan' }),
    name: text({ title: '重要目標達成指標', description: 'Key goal indicator (KGI) named by the basic concept' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'Kgi', title: '重要目標達成指標（KGI）' });

export const Goal = z
  .object({
    ...head('goals'),
    number: goalNumber,
    name: text({ title: '基本目標名', description: 'Name (field) of the basic goal' }),
    statement: text({ title: '基本目標', description: 'The goal as the plan states it (…を実現する)' }),
    sourceLine,
    statementSourceLine: sourceLine.meta({ title: '基本目標出典行', description: 'Line where the statement begins' }),
  })
  .strict()
  .meta({ id: 'Goal', title: '基本目標' });

export const Policy = z
  .object({
    ...head('policies'),
    code: code(/^\d+-\d+$/, { title: '施策番号', description: 'Policy code goal-policy, e.g. 4-1' }),
    goalId: ref('goals', { title: '基本目標ID' }),
    number: count({ title: '施策内番号', description: 'Number of the policy within its goal' }),
    name: text({ title: '施策名', description: 'Name of the policy (施策)' }),
    visionTitle: optionalText({ title: '目指す姿', description: 'The 目指す姿 headline of the policy page (…まち); empty where the plan gives no page' }),
    visionText: optionalText({ title: '目指す姿の説明', description: 'The paragraph under the 目指す姿 headline' }),
    pageSourceLine: sourceLine
      .nullable()
      .meta({ title: '施策ページ出典行', description: 'Line of the policy page heading (施策 x-y) in 第３章; empty where there is none' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'Policy', title: '施策' });

export const Pillar = z
  .object({
    ...head('pillars'),
    code: code(/^\d+-\d+-\d+$/, { title: '施策の柱番号', description: 'Pillar code goal-policy-pillar, e.g. 4-1-1' }),
    policyId: ref('policies', { title: '施策ID' }),
    number: count({ title: '柱番号', description: 'Number of the pillar within its policy' }),
    name: text({ title: '施策の柱名', description: 'Name of the pillar (施策の柱) as 第２章 gives it' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'Pillar', title: '施策の柱' });

export const Project = z
  .object({
    ...head('projects'),
    number: count({ title: 'プロジェクト番号', description: 'Number of the priority project' }),
    name: text({ title: 'プロジェクト名', description: 'Name of the priority project (前期重点プロジェクト)' }),
    summary: text({ title: '概要', description: 'The paragraph that introduces the project' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'Project', title: '前期重点プロジェクト' });

export const ProjectInitiative = z
  .object({
    ...head('project_initiatives'),
    projectId: ref('projects', { title: 'プロジェクトID' }),
    number: count({ title: '取組番号', description: 'Number of the initiative within its project (① = 1)' }),
    name: text({ title: '取組名', description: 'Name of the initiative (主な取組)' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'ProjectInitiative', title: '重点プロジェクトの主な取組' });

export const ProjectInitiativeDepartment = z
  .object({
    ...head('project_initiative_departments'),
    initiativeId: ref('project_initiatives', { title: '取組ID' }),
    order: count({ title: '順序', description: 'Position of the department in the initiative’s 【担当課】 list' }),
    departmentId: ref('departments', { title: '担当課ID' }),
    departmentName: text({ title: '担当課名', description: 'Department as the plan names it' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'ProjectInitiativeDepartment', title: '重点プロジェクトの取組の担当課' });

export const ProjectItem = z
  .object({
    ...head('project_items'),
    initiativeId: ref('project_initiatives', { title: '取組ID' }),
    citationOrder: count({ title: '引用順序', description: 'Position of the cited pillar (⚫) within the initiative' }),
    actionOrder: count({ title: '事業順序', description: 'Position of the action under its cited pillar' }),
    citedPillarCode: code(/^\d+-\d+-\d+$/, { title: '引用施策の柱番号', description: 'Pillar code the item cites (【施策 x-y-z】)' }),
    pillarId: ref('pillars', { title: '施策の柱ID', description: 'ID of the pillar the cited code names' }),
    citedName: text({ title: '引用施策の柱名', description: 'Pillar name as the project writes it (may differ from 第２章; see citedNameMatches)' }),
    citedNameMatches: flag({
      title: '施策の柱名一致',
      description: 'Whether the cited name equals the pillar’s name in 第２章 (after width folding); false rows are listed in quality-report.json',
    }),
    actionText: text({ title: '取組内容', description: 'The action, without its (再掲) mark' }),
    restated: flag({ title: '再掲', description: 'The plan marks this action （再掲）: it restates an action given elsewhere' }),
    sourceLine,
    citationSourceLine: sourceLine.meta({ title: '引用出典行', description: 'Line of the 【施策 x-y-z】 citation the action stands under' }),
  })
  .strict()
  .meta({ id: 'ProjectItem', title: '重点プロジェクトの取組項目' });

export const Department = z
  .object({
    ...head('departments'),
    name: text({ title: '担当課名', description: 'Department (担当課) as the plan names it' }),
    sourceLine: sourceLine.meta({ title: '出典行', description: 'Line where the department is first named' }),
  })
  .strict()
  .meta({ id: 'Department', title: '担当課' });

// ── 第３章: policy pages ─────────────────────────────────────────────────────────────────────────

const fiscalYear = (title: string, description: string) =>
  withUnit(z.number().int().min(1989).max(2100).meta({ title, description }), { unit: '年度（西暦）' });

export const Indicator = z
  .object({
    ...head('indicators'),
    policyId: ref('policies', { title: '施策ID' }),
    order: count({ title: '順序', description: 'Position of the indicator on its policy page' }),
    name: text({ title: '指標名', description: 'Name of the outcome indicator (成果指標), ※ removed' }),
    unit: z
      .enum(units)
      .nullable()
      .meta({ title: '単位', description: 'Unit of baseline and target as written (％, ｇ, か所, 件, 人); empty when the plan gives none' }),
    baselineValue: withUnit(z.number().meta({ title: '基準値', description: 'Baseline value as a bare number (2,100 → 2100)' }), { unitColumn: 'unit' }),
    baselineFiscalYear: fiscalYear('基準年度', 'Fiscal year of the baseline, 西暦 (令和n年度 = 2018 + n)'),
    baselineFiscalYearNotation: text({
      title: '基準年度表記',
      description: 'The fiscal year as the plan writes it (R5); the table header’s year when the row gives none',
    }),
    baselineFiscalYearFromHeader: flag({
      title: '基準年度は表頭',
      description: 'true when the row gives no year of its own and the header’s (R6 基準) applies',
    }),
    baselineNotation: text({ title: '基準値表記', description: 'The baseline as written (49.3％)' }),
    targetValue: withUnit(z.number().meta({ title: '目標値', description: 'Target value as a bare number' }), { unitColumn: 'unit' }),
    targetCondition: z
      .enum(conditions)
      .nullable()
      .meta({ title: '目標条件', description: 'Condition on the target (以上, 以下, 未満); empty when the plan gives none' }),
    targetFiscalYear: fiscalYear('目標年度', 'Fiscal year of the target, 西暦'),
    targetFiscalYearNotation: text({
      title: '目標年度表記',
      description: 'The fiscal year as the plan writes it (R11); the header’s year when the row gives none',
    }),
    targetFiscalYearFromHeader: flag({
      title: '目標年度は表頭',
      description: 'true when the row gives no year of its own and the header’s (R12 目標) applies',
    }),
    targetNotation: text({ title: '目標値表記', description: 'The target as written (60％以上)' }),
    departmentId: ref('departments', { title: '担当課ID' }),
    departmentName: text({ title: '担当課名', description: 'Department in charge as written' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'Indicator', title: '成果指標' });

export const PillarAction = z
  .object({
    ...head('pillar_actions'),
    pillarId: ref('pillars', { title: '施策の柱ID' }),
    order: count({ title: '順序', description: 'Position of the bullet under its pillar' }),
    text: text({ title: '主な取組', description: 'The action bullet, lines joined, without its (再掲) mark' }),
    restated: flag({ title: '再掲', description: 'The plan marks this action （再掲）' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'PillarAction', title: '施策の柱の主な取組' });

export const PillarDepartment = z
  .object({
    ...head('pillar_departments'),
    pillarId: ref('pillars', { title: '施策の柱ID' }),
    order: count({ title: '順序', description: 'Position in the pillar’s 【担当課】 list' }),
    departmentId: optionalRef('departments', { title: '担当課ID', description: 'ID of the department; empty for 全課' }),
    departmentName: text({ title: '担当課名', description: 'Department as written; 全課 means every department and is not expanded' }),
    allDepartments: flag({ title: '全課', description: 'true when the plan names 全課 (all departments) instead of a department' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'PillarDepartment', title: '施策の柱の担当課' });

export const CurrentIssue = z
  .object({
    ...head('current_issues'),
    goalId: ref('goals', { title: '基本目標ID' }),
    category: text({ title: '分野', description: 'Category heading of 本市の現状と課題 (健康・保健, …)' }),
    policyId: optionalRef('policies', { title: '施策ID', description: 'The policy whose name the category is; empty when none has that name' }),
    categoryOrder: count({ title: '分野順序', description: 'Position of the category on the goal page' }),
    order: count({ title: '順序', description: 'Position of the statement within its category' }),
    text: text({ title: '現状と課題', description: 'The statement, lines joined' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'CurrentIssue', title: '本市の現状と課題' });

export const WellbeingCategory = z
  .object({
    ...head('wellbeing_categories'),
    goalId: ref('goals', { title: '基本目標ID' }),
    order: count({ title: '順序', description: 'Position of the category on the goal page' }),
    category: text({ title: '地域幸福度カテゴリー', description: 'Well-Being category (地域幸福度)' }),
    subjectiveExample: optionalText({ title: '主観指標の例', description: 'Example subjective indicator (主観), without the trailing 等' }),
    objectiveExample: optionalText({ title: '客観指標の例', description: 'Example objective indicator (客観), without the trailing 等' }),
    survey: optionalText({ title: '出典', description: 'Survey the figures come from, as the page heading names it' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'WellbeingCategory', title: '地域幸福度（Well-Being）カテゴリー' });

const policyStatement = (id: string, table: 'related_plans' | 'citizen_opinions', title: string, textTitle: string, description: string) =>
  z
    .object({
      ...head(table),
      policyId: ref('policies', { title: '施策ID' }),
      order: count({ title: '順序', description: 'Position on the policy page' }),
      text: text({ title: textTitle, description }),
      sourceLine,
    })
    .strict()
    .meta({ id, title });

export const RelatedPlan = policyStatement('RelatedPlan', 'related_plans', '主な個別計画・方針等', '計画・方針名', 'Name of a related plan or policy document');
export const CitizenOpinion = policyStatement(
  'CitizenOpinion',
  'citizen_opinions',
  '市民等からの意見・提案',
  '意見・提案',
  'An opinion or proposal from citizens (surveys, まちづくりフォーラム)',
);

export const actors = ['市民等', '事業者・団体等'] as const;
export const ExpectedAction = z
  .object({
    ...head('expected_actions'),
    policyId: ref('policies', { title: '施策ID' }),
    order: count({ title: '順序', description: 'Position on the policy page' }),
    actor: z.enum(actors).meta({ title: '主体', description: 'Who the plan asks to act (市民等 or 事業者・団体等)' }),
    text: text({ title: '期待したい行動', description: 'The expected action as written, actor included' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'ExpectedAction', title: '市民・事業者・団体等に期待したい行動' });

export const GlossaryTerm = z
  .object({
    ...head('glossary'),
    term: text({ title: '用語', description: 'Term marked ※ in the text and listed in a page’s footnotes' }),
    definition: optionalText({ title: '定義', description: 'Definition; empty: the source masks every definition (＊＊＊), and none is invented' }),
    definitionMasked: flag({ title: '定義伏字', description: 'true when the source gives the definition only as ＊＊＊' }),
    sourceLine: sourceLine.meta({ title: '出典行', description: 'Line of the term’s first footnote' }),
  })
  .strict()
  .meta({ id: 'GlossaryTerm', title: '用語解説' });

export const GlossaryUsage = z
  .object({
    ...head('glossary_usages'),
    termId: ref('glossary', { title: '用語ID' }),
    policyId: ref('policies', { title: '施策ID', description: 'Policy page the term is used on' }),
    recordId: z
      .string()
      .regex(/^[a-z]+(?:-[a-z0-9]+)+$/)
      .meta({ title: '使用箇所ID', description: 'ID of the record whose text carries the ※ mark' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'GlossaryUsage', title: '用語の使用箇所' });

export const SdgMarkCount = z
  .object({
    ...head('sdg_mark_counts'),
    policyId: ref('policies', { title: '施策ID' }),
    firstSdg: z.number().int().min(1).max(17).meta({ title: '対象SDG（始）', description: 'First SDG of the half of the table counted' }),
    lastSdg: z.number().int().min(1).max(17).meta({ title: '対象SDG（終）', description: 'Last SDG of the half of the table counted' }),
    markCount: z
      .number()
      .int()
      .min(0)
      .max(17)
      .meta({ title: '●の数', description: 'How many ● the policy’s row has among these SDGs; which ones the extracted text does not tell' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'SdgMarkCount', title: '施策とSDGsの対応（●の数）' });

export const SdgLink = z
  .object({
    ...head('sdg_links'),
    policyId: ref('policies', { title: '施策ID' }),
    sdg: z.number().int().min(1).max(17).meta({ title: 'SDGゴール番号', description: 'Number of the Sustainable Development Goal (1–17)' }),
    provenance: text({ title: '出典', description: 'Where the link was established (the curated sources/sdg-links.csv row and what it was read from)' }),
    sourceLine,
  })
  .strict()
  .meta({ id: 'SdgLink', title: '施策とSDGsの対応' });

// ── KPI progress: curated actuals, graded by model/grade.ts ──────────────────────────────────────────

// zod writes a bare nullable number or boolean as `type: [T, "null"]`; the inner title keeps the `anyOf`
// form every other nullable column has, which the emitters read.
type Meta = { title: string; description: string };
const optionalNumber = (meta: Meta) => z.number().meta({ title: meta.title }).nullable().meta(meta);
const optionalFlag = (meta: Meta) => z.boolean().meta({ title: meta.title }).nullable().meta(meta);

export const gradeLetters = ['S', 'A', 'B', 'C'] as const;
const gradeField = z.enum(gradeLetters).meta({
  title: '評価',
  description: 'Grade of the KPI’s progress: S target met, A progressing, B no clear change, C moving away — the rule is the grade_rules table',
});

export const IndicatorProgress = z
  .object({
    ...head('indicator_progress'),
    indicatorId: ref('indicators', { title: '指標ID' }),
    fiscalYear: fiscalYear('年度', 'Fiscal year the actual is for, 西暦 (令和8年度 = 2026); from the KPI’s baseline year to 2035'),
    actualValue: withUnit(
      z.number().meta({ title: '実績値', description: 'The actual value as a bare number in the KPI’s unit, as sources/indicator-actuals.csv gives it' }),
      { unitColumn: 'unit' },
    ),
    unit: z.enum(units).nullable().meta({ title: '単位', description: 'Unit of the actual: the KPI’s unit (indicators.unit); empty when the plan gives none' }),
    progressRate: optionalNumber({
      title: '進捗率',
      description:
        '(actual − baseline) / (target − baseline) as a fraction (0.25 = 25 %), exact to the nearest double; empty where target = baseline (hold a level)',
    }),
    grade: gradeField,
    provenance: text({ title: '出典', description: 'Where the figure was published (a URL or a document title), as sources/indicator-actuals.csv gives it' }),
    sourceLine: sourceLine.meta({
      title: '出典行',
      description: 'Line of sources/indicator-actuals.csv (the header is line 1) the actual was read from — not a line of the plan text',
    }),
  })
  .strict()
  .meta({ id: 'IndicatorProgress', title: '成果指標の実績値と進捗' });

export const GradeRule = z
  .object({
    ...head('grade_rules'),
    grade: gradeField,
    order: count({ title: '順序', description: 'Position of the grade, S first' }),
    name: text({ title: '評価名', description: 'Name of the grade (目標達成, 前進, 横ばい, 後退)' }),
    criterion: text({ title: '判定基準', description: 'The rule that gives the grade, in full' }),
    progressRateMin: optionalNumber({ title: '進捗率下限', description: 'Lower bound on progressRate for this grade; empty when there is none' }),
    progressRateMinInclusive: optionalFlag({ title: '下限を含む', description: 'true when progressRate may equal the lower bound; empty when there is none' }),
    progressRateMax: optionalNumber({ title: '進捗率上限', description: 'Upper bound on progressRate for this grade; empty when there is none' }),
    progressRateMaxInclusive: optionalFlag({ title: '上限を含む', description: 'true when progressRate may equal the upper bound; empty when there is none' }),
    holdLevel: flag({ title: '水準維持で適用', description: 'true when the grade is also given where target = baseline (hold a level): S if met, else C' }),
  })
  .strict()
  .meta({ id: 'GradeRule', title: '成果指標の進捗評価の基準' });
