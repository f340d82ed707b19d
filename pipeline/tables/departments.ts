// departments: every 担当課 the plan names, W3C ORG units of the city; an ID from the digest of the name
// (model/departments.ts), so no numbering the plan does not give.
import { z } from 'zod';
import { field, head, sourceLine, text } from './fields.ts';
import { city, column, linked, sourceLines } from './linked-data.ts';
import { ownPage } from './site-place.ts';
import { defineTable, topLevel } from './table.ts';

const prefix = 'department';

export const departments = defineTable({
  name: 'departments',
  prefix,
  titleEn: 'Departments in charge',
  description: {
    ja: '計画に担当課として記載されているすべての課。',
    en: 'Every department (担当課) the plan names.',
  },
  schema: z
    .object({
      ...head(prefix),
      name: text({ title: '担当課名', ja: '計画に記載された担当課の名称。', description: 'Department (担当課) as the plan names it' }),
      sourceLine: field(sourceLine, {
        title: '出典行',
        ja: '担当課の名称が最初に記載されている行の番号。',
        description: 'Line where the department is first named',
      }),
    })
    .strict()
    .meta({ id: 'Department', title: '担当課' }),
  nesting: topLevel('departments', 4),
  linkedData: linked({
    class: ['org:Organization', 'org:OrganizationalUnit', 'yp:Department'],
    properties: [column('skos:prefLabel', 'name'), city('org:subOrganizationOf'), ...sourceLines('sourceLine')],
  }),
  site: ownPage(),
});
