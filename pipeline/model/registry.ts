// The list of published tables: name (the file stem after 062022_), title, record schema and foreign keys.
// Everything that walks "all tables" — emitters, schema generation, integrity checks — walks this list.
import type { z } from 'zod';
import {
  CitizenOpinion,
  CurrentIssue,
  Department,
  ExpectedAction,
  GlossaryTerm,
  GlossaryUsage,
  Goal,
  GradeRule,
  Indicator,
  IndicatorProgress,
  Kgi,
  Pillar,
  PillarAction,
  PillarDepartment,
  Policy,
  Project,
  ProjectInitiative,
  ProjectInitiativeDepartment,
  ProjectItem,
  RelatedPlan,
  SdgLink,
  SdgMarkCount,
  WellbeingCategory,
} from './tables.ts';

export interface ForeignKey {
  field: string;
  table: string;
}

const define = <S extends z.ZodObject>(def: { title: string; description: string; schema: S; foreignKeys: ForeignKey[] }) => def;

export const tables = {
  kgis: define({ title: '重要目標達成指標（KGI）', description: 'The key goal indicators the plan is steered by.', schema: Kgi, foreignKeys: [] }),
  goals: define({ title: '基本目標', description: 'The 5 basic goals (基本目標) of the policy system, with their statements.', schema: Goal, foreignKeys: [] }),
  policies: define({ title: '施策', description: 'The 26 policies (施策), each under one basic goal.', schema: Policy, foreignKeys: [{ field: 'goalId', table: 'goals' }] }),
  pillars: define({ title: '施策の柱', description: 'The 78 pillars (施策の柱), each under one policy.', schema: Pillar, foreignKeys: [{ field: 'policyId', table: 'policies' }] }),
  projects: define({ title: '前期重点プロジェクト', description: 'The 3 priority projects of the first-term plan.', schema: Project, foreignKeys: [] }),
  project_initiatives: define({ title: '重点プロジェクトの主な取組', description: 'The initiatives (①, ②, …) of each priority project.', schema: ProjectInitiative, foreignKeys: [{ field: 'projectId', table: 'projects' }] }),
  project_initiative_departments: define({
    title: '重点プロジェクトの取組の担当課',
    description: 'Departments in charge of each initiative, one row per (initiative, department).',
    schema: ProjectInitiativeDepartment,
    foreignKeys: [
      { field: 'initiativeId', table: 'project_initiatives' },
      { field: 'departmentId', table: 'departments' },
    ],
  }),
  project_items: define({
    title: '重点プロジェクトの取組項目',
    description: 'One row per action under a pillar cited by an initiative (【施策 x-y-z】 name, then its actions).',
    schema: ProjectItem,
    foreignKeys: [
      { field: 'initiativeId', table: 'project_initiatives' },
      { field: 'pillarId', table: 'pillars' },
    ],
  }),
  departments: define({ title: '担当課', description: 'Every department (担当課) the plan names.', schema: Department, foreignKeys: [] }),
  indicators: define({
    title: '成果指標',
    description: 'The outcome indicators (KPIs) of the policy pages: baseline and target as bare numbers, unit, condition and 西暦 fiscal year in their own columns, the notation as written beside them.',
    schema: Indicator,
    foreignKeys: [
      { field: 'policyId', table: 'policies' },
      { field: 'departmentId', table: 'departments' },
    ],
  }),
  pillar_actions: define({ title: '施策の柱の主な取組', description: 'The action bullets (主な取組) under each pillar of the policy pages.', schema: PillarAction, foreignKeys: [{ field: 'pillarId', table: 'pillars' }] }),
  pillar_departments: define({
    title: '施策の柱の担当課',
    description: 'Departments in charge of each pillar of the policy pages, one row per (pillar, department); 全課 (all departments) is kept as written.',
    schema: PillarDepartment,
    foreignKeys: [
      { field: 'pillarId', table: 'pillars' },
      { field: 'departmentId', table: 'departments' },
    ],
  }),
  current_issues: define({
    title: '本市の現状と課題',
    description: 'The statements of 本市の現状と課題 on the goal pages, by category.',
    schema: CurrentIssue,
    foreignKeys: [
      { field: 'goalId', table: 'goals' },
      { field: 'policyId', table: 'policies' },
    ],
  }),
  wellbeing_categories: define({ title: '地域幸福度（Well-Being）カテゴリー', description: 'The Well-Being categories shown on the goal pages with their example subjective and objective indicators.', schema: WellbeingCategory, foreignKeys: [{ field: 'goalId', table: 'goals' }] }),
  related_plans: define({ title: '主な個別計画・方針等', description: 'Plans and policy documents each policy page names.', schema: RelatedPlan, foreignKeys: [{ field: 'policyId', table: 'policies' }] }),
  citizen_opinions: define({ title: '市民等からの意見・提案', description: 'Citizens’ opinions and proposals each policy page quotes.', schema: CitizenOpinion, foreignKeys: [{ field: 'policyId', table: 'policies' }] }),
  expected_actions: define({ title: '市民・事業者・団体等に期待したい行動', description: 'What each policy page asks of citizens and of businesses and organisations.', schema: ExpectedAction, foreignKeys: [{ field: 'policyId', table: 'policies' }] }),
  glossary: define({ title: '用語解説', description: 'Terms marked ※. The source masks every definition (＊＊＊): definitions are empty, never invented.', schema: GlossaryTerm, foreignKeys: [] }),
  glossary_usages: define({
    title: '用語の使用箇所',
    description: 'Where each ※ term is used: the record whose text carries the mark.',
    schema: GlossaryUsage,
    foreignKeys: [
      { field: 'termId', table: 'glossary' },
      { field: 'policyId', table: 'policies' },
    ],
  }),
  sdg_mark_counts: define({
    title: '施策とSDGsの対応（●の数）',
    description: 'What the extracted SDG table proves: per policy, how many ● its row has among SDGs 1–7. Which SDGs they are, and the SDG 8–17 half, are unresolved (see quality-report.json).',
    schema: SdgMarkCount,
    foreignKeys: [{ field: 'policyId', table: 'policies' }],
  }),
  sdg_links: define({
    title: '施策とSDGsの対応',
    description: 'Certain (policy, SDG) links only: from the curated sources/sdg-links.csv, each with its provenance. Empty until a person reads them off the original PDF.',
    schema: SdgLink,
    foreignKeys: [{ field: 'policyId', table: 'policies' }],
  }),
  indicator_progress: define({
    title: '成果指標の実績値と進捗',
    description:
      'One row per (KPI, fiscal year) with a curated actual: the value, progressRate = (actual − baseline) / (target − baseline) and the grade S/A/B/C (grade_rules), with its provenance. From the curated sources/indicator-actuals.csv; empty until a person adds the figures the city publishes.',
    schema: IndicatorProgress,
    foreignKeys: [{ field: 'indicatorId', table: 'indicators' }],
  }),
  grade_rules: define({
    title: '成果指標の進捗評価の基準',
    description: 'The codebook of indicator_progress.grade: one row per grade S, A, B, C with its rule and its progressRate bounds. Defined by this project (README, Grading KPI progress), not by the plan: it has no 出典行.',
    schema: GradeRule,
    foreignKeys: [],
  }),
} as const;

export type Tables = typeof tables;
export type TableName = keyof Tables;
export type Row<T extends TableName> = z.infer<Tables[T]['schema']>;
export type TableRows = { [T in TableName]: Row<T>[] };

export const tableNames = Object.keys(tables) as TableName[];
