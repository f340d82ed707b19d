// project_initiative_departments: the departments in charge of each priority-project initiative (its
// 【担当課】 list), one row per (initiative, department).
import { z } from 'zod';
import { departments } from './departments.ts';
import { count, head, ref, sourceLine, text } from './fields.ts';
import { column, linked, sourceLines } from './linked-data.ts';
import { projectInitiatives } from './project-initiatives.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'initiative-department';

export const projectInitiativeDepartments = defineTable({
  name: 'project_initiative_departments',
  prefix,
  titleEn: 'Departments in charge of the priority projects’ initiatives',
  description: {
    ja: '重点プロジェクトの各取組の担当課。取組と担当課の組合せごとに1行。',
    en: 'Departments in charge of each initiative, one row per (initiative, department).',
  },
  schema: z
    .object({
      ...head(prefix),
      initiativeId: ref(projectInitiatives, { title: '取組ID' }),
      order: count({ title: '順序', ja: '取組の【担当課】の中での記載順。', description: 'Position of the department in the initiative’s 【担当課】 list' }),
      departmentId: ref(departments, { title: '担当課ID' }),
      departmentName: text({ title: '担当課名', ja: '計画に記載された担当課の名称。', description: 'Department as the plan names it' }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'ProjectInitiativeDepartment', title: '重点プロジェクトの取組の担当課' }),
  nesting: nestedIn('initiativeId', 'departments', 1),
  linkedData: linked({
    class: 'yp:InitiativeDepartment',
    properties: [
      column('dct:isPartOf', 'initiativeId'),
      column('yp:order', 'order'),
      column('yp:department', 'departmentId'),
      column('yp:departmentName', 'departmentName'),
      ...sourceLines('sourceLine'),
    ],
    // The initiative's yp:department: every department its 【担当課】 list names.
    carries: [{ path: ['initiativeId'], predicate: 'yp:department', column: 'departmentId' }],
  }),
  site: onPageOf('initiativeId'),
});
