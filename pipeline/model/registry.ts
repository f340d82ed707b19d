// The list of published tables: name (the file stem after 062022_), title, record schema and foreign keys.
// Everything that walks "all tables" — emitters, schema generation, integrity checks — walks this list.
import type { z } from 'zod';
import { Department, Goal, Kgi, Pillar, Policy, Project, ProjectInitiative, ProjectInitiativeDepartment, ProjectItem } from './tables.ts';

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
} as const;

export type Tables = typeof tables;
export type TableName = keyof Tables;
export type Row<T extends TableName> = z.infer<Tables[T]['schema']>;
export type TableRows = { [T in TableName]: Row<T>[] };

export const tableNames = Object.keys(tables) as TableName[];
