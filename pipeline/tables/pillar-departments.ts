// pillar_departments: the departments in charge of each pillar of the policy pages (its 【担当課】 list), one
// row per (pillar, department); 全課 (all departments) is kept as written, with no department ID.
import { z } from 'zod';
import { departments } from './departments.ts';
import { count, flag, head, optionalRef, ref, sourceLine, text } from './fields.ts';
import { column, linked, sourceLines } from './linked-data.ts';
import { pillars } from './pillars.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'pillar-department';

export const pillarDepartments = defineTable({
  name: 'pillar_departments',
  prefix,
  titleEn: 'Departments in charge of the pillars',
  description: {
    ja: '施策ページに記載された各施策の柱の担当課。施策の柱と担当課の組合せごとに1行。「全課」は記載のとおりとする。',
    en: 'Departments in charge of each pillar of the policy pages, one row per (pillar, department); 全課 (all departments) is kept as written.',
  },
  schema: z
    .object({
      ...head(prefix),
      pillarId: ref(pillars, { title: '施策の柱ID' }),
      order: count({ title: '順序', ja: '施策の柱の【担当課】の中での記載順。', description: 'Position in the pillar’s 【担当課】 list' }),
      departmentId: optionalRef(departments, {
        title: '担当課ID',
        ja: '担当課のID（departments 表）。「全課」の場合は空欄。',
        description: 'ID of the department; empty for 全課',
      }),
      departmentName: text({
        title: '担当課名',
        ja: '記載されたとおりの担当課の名称。「全課」はすべての課を指し、個々の課には展開しない。',
        description: 'Department as written; 全課 means every department and is not expanded',
      }),
      allDepartments: flag({
        title: '全課',
        ja: '担当課として個々の課ではなく「全課」（すべての課）が記載されている場合は true。',
        description: 'true when the plan names 全課 (all departments) instead of a department',
      }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'PillarDepartment', title: '施策の柱の担当課' }),
  nesting: nestedIn('pillarId', 'departments', 1),
  linkedData: linked({
    class: 'yp:PillarDepartment',
    properties: [
      column('dct:isPartOf', 'pillarId'),
      column('yp:order', 'order'),
      // Empty for 全課: then yp:allDepartments is true and no department is named.
      column('yp:department', 'departmentId'),
      column('yp:departmentName', 'departmentName'),
      column('yp:allDepartments', 'allDepartments'),
      ...sourceLines('sourceLine'),
    ],
    // The pillar's yp:department: every department its 【担当課】 list names (全課 names none).
    carries: [{ path: ['pillarId'], predicate: 'yp:department', column: 'departmentId' }],
  }),
  site: onPageOf('pillarId'),
});
