// project_initiatives: the 主な取組 (①, ②, …) of each priority project.
import { z } from 'zod';
import { count, head, ref, sourceLine, text } from './fields.ts';
import { code, collected, column, linked, sourceLines } from './linked-data.ts';
import { projects } from './projects.ts';
import { ownPage } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'initiative';

export const projectInitiatives = defineTable({
  name: 'project_initiatives',
  prefix,
  titleEn: 'Initiatives of the priority projects',
  description: {
    ja: '各前期重点プロジェクトの主な取組（①、②、…）。',
    en: 'The initiatives (①, ②, …) of each priority project.',
  },
  schema: z
    .object({
      ...head(prefix),
      projectId: ref(projects, { title: 'プロジェクトID' }),
      number: count({
        title: '取組番号',
        ja: 'プロジェクトの中での主な取組の番号（① = 1）。',
        description: 'Number of the initiative within its project (① = 1)',
      }),
      name: text({ title: '取組名', ja: '主な取組の名称。', description: 'Name of the initiative (主な取組)' }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'ProjectInitiative', title: '重点プロジェクトの主な取組' }),
  nesting: nestedIn('projectId', 'initiatives', 1),
  linkedData: linked({
    class: 'yp:Initiative',
    properties: [
      code('skos:notation'),
      column('skos:prefLabel', 'name'),
      column('dct:isPartOf', 'projectId', { inverse: 'dct:hasPart' }),
      column('yp:number', 'number'),
      ...sourceLines('sourceLine'),
      collected('yp:citesPillar'),
      collected('yp:department'),
    ],
  }),
  site: ownPage(),
});
