// projects: the 前期重点プロジェクト of 第１章, each with the paragraph that introduces it.
import { z } from 'zod';
import { count, head, sourceLine, text } from './fields.ts';
import { collected, column, linked, sourceLines } from './linked-data.ts';
import { ownPage } from './site-place.ts';
import { defineTable, topLevel } from './table.ts';

const prefix = 'project';

export const projects = defineTable({
  name: 'projects',
  prefix,
  titleEn: 'Priority projects of the first-term plan',
  description: {
    ja: '前期基本計画の3つの前期重点プロジェクト。',
    en: 'The 3 priority projects of the first-term plan.',
  },
  schema: z
    .object({
      ...head(prefix),
      number: count({ title: 'プロジェクト番号', ja: '前期重点プロジェクトの番号。', description: 'Number of the priority project' }),
      name: text({ title: 'プロジェクト名', ja: '前期重点プロジェクトの名称。', description: 'Name of the priority project (前期重点プロジェクト)' }),
      summary: text({ title: '概要', ja: 'プロジェクトを紹介する文章。', description: 'The paragraph that introduces the project' }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'Project', title: '前期重点プロジェクト' }),
  nesting: topLevel('projects', 3),
  linkedData: linked({
    class: 'yp:Project',
    properties: [
      column('skos:notation', 'number', { as: 'text' }),
      column('skos:prefLabel', 'name'),
      column('skos:definition', 'summary'),
      ...sourceLines('sourceLine'),
      collected('dct:hasPart'),
      collected('yp:citesPillar'),
    ],
  }),
  site: ownPage(),
});
