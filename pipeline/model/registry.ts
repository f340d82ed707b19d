// The list of published tables, in published order: name (the file stem after 062022_), record schema and
// what a row of it is. Everything that walks "all tables" — emitters, schema generation, integrity checks —
// walks this list. A table's title is its schema's, its foreign keys are its ref() columns: neither is restated.
import type { z } from 'zod';
import type { TableName } from '../ids.ts';
import { columnsOf } from './columns.ts';
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
  /** The JSON key of the column that holds the IDs. */
  field: string;
  /** The table they are IDs of. */
  table: TableName;
}

interface TableDef {
  title: string;
  description: string;
  schema: z.ZodObject;
  foreignKeys: readonly ForeignKey[];
}

const define = <S extends z.ZodObject>(schema: S, description: string) => {
  const title = (schema.meta() as { title?: string } | undefined)?.title;
  if (title === undefined) throw new Error('model: every table schema has a title (.meta({ id, title }))');
  const foreignKeys: ForeignKey[] = columnsOf(schema).flatMap((c) => (c.references === undefined ? [] : [{ field: c.key, table: c.references }]));
  return { title, description, schema, foreignKeys };
};

export const tables = {
  kgis: define(Kgi, 'The key goal indicators the plan is steered by.'),
  goals: define(Goal, 'The 5 basic goals (基本目標) of the policy system, with their statements.'),
  policies: define(Policy, 'The 26 policies (施策), each under one basic goal.'),
  pillars: define(Pillar, 'The 78 pillars (施策の柱), each under one policy.'),
  projects: define(Project, 'The 3 priority projects of the first-term plan.'),
  project_initiatives: define(ProjectInitiative, 'The initiatives (①, ②, …) of each priority project.'),
  project_initiative_departments: define(ProjectInitiativeDepartment, 'Departments in charge of each initiative, one row per (initiative, department).'),
  project_items: define(ProjectItem, 'One row per action under a pillar cited by an initiative (【施策 x-y-z】 name, then its actions).'),
  departments: define(Department, 'Every department (担当課) the plan names.'),
  indicators: define(
    Indicator,
    'The outcome indicators (KPIs) of the policy pages: baseline and target as bare numbers, unit, condition and 西暦 fiscal year in their own columns, the notation as written beside them.',
  ),
  pillar_actions: define(PillarAction, 'The action bullets (主な取組) under each pillar of the policy pages.'),
  pillar_departments: define(
    PillarDepartment,
    'Departments in charge of each pillar of the policy pages, one row per (pillar, department); 全課 (all departments) is kept as written.',
  ),
  current_issues: define(CurrentIssue, 'The statements of 本市の現状と課題 on the goal pages, by category.'),
  wellbeing_categories: define(WellbeingCategory, 'The Well-Being categories shown on the goal pages with their example subjective and objective indicators.'),
  related_plans: define(RelatedPlan, 'Plans and policy documents each policy page names.'),
  citizen_opinions: define(CitizenOpinion, 'Citizens’ opinions and proposals each policy page quotes.'),
  expected_actions: define(ExpectedAction, 'What each policy page asks of citizens and of businesses and organisations.'),
  glossary: define(GlossaryTerm, 'Terms marked ※. The source masks every definition (＊＊＊): definitions are empty, never invented.'),
  glossary_usages: define(GlossaryUsage, 'Where each ※ term is used: the record whose text carries the mark.'),
  sdg_mark_counts: define(
    SdgMarkCount,
    'What the extracted SDG table proves: per policy, how many ● its row has among SDGs 1–7. Which SDGs they are, and the SDG 8–17 half, are unresolved (see quality-report.json).',
  ),
  sdg_links: define(
    SdgLink,
    'Certain (policy, SDG) links only: from the curated sources/sdg-links.csv, each with its provenance. Empty until a person reads them off the original PDF.',
  ),
  indicator_progress: define(
    IndicatorProgress,
    'One row per (KPI, fiscal year) with a curated actual: the value, progressRate = (actual − baseline) / (target − baseline) and the grade S/A/B/C (grade_rules), with its provenance. From the curated sources/indicator-actuals.csv; empty until a person adds the figures the city publishes.',
  ),
  grade_rules: define(
    GradeRule,
    'The codebook of indicator_progress.grade: one row per grade S, A, B, C with its rule and its progressRate bounds. Defined by this project (README, Grading KPI progress), not by the plan: it has no 出典行.',
  ),
} as const satisfies { [T in TableName]: TableDef };

export type Tables = typeof tables;
export type { TableName };
export type Row<T extends TableName> = z.infer<Tables[T]['schema']>;
export type TableRows = { [T in TableName]: Row<T>[] };

export const tableNames = Object.keys(tables) as TableName[];
