// goals: the 基本目標 of the policy system (第２章), each with its statement; the top of the SKOS hierarchy.
import { z } from 'zod';
import { head, field, sourceLine, text } from './fields.ts';
import { collected, column, linked, scheme, sourceLines } from './linked-data.ts';
import { ownPage } from './site-place.ts';
import { defineTable, topLevel } from './table.ts';

const prefix = 'goal';

export const goals = defineTable({
  name: 'goals',
  prefix,
  titleEn: 'Basic goals',
  description: {
    ja: '施策の体系（第２章）の5つの基本目標と、それぞれの目標の文。',
    en: 'The 5 basic goals (基本目標) of the policy system, with their statements.',
  },
  schema: z
    .object({
      ...head(prefix),
      number: field(z.number().int().min(1).max(9), {
        title: '基本目標番号',
        ja: '基本目標の番号（1〜5）。',
        description: 'Number of the 基本目標 (basic goal), 1–5',
      }),
      name: text({ title: '基本目標名', ja: '基本目標の名称（分野）。', description: 'Name (field) of the basic goal' }),
      statement: text({ title: '基本目標', ja: '計画に記載された基本目標の文（…を実現する）。', description: 'The goal as the plan states it (…を実現する)' }),
      sourceLine,
      statementSourceLine: field(sourceLine, { title: '基本目標出典行', ja: '基本目標の文が始まる行の番号。', description: 'Line where the statement begins' }),
    })
    .strict()
    .meta({ id: 'Goal', title: '基本目標' }),
  nesting: topLevel('goals', 2),
  linkedData: linked({
    class: ['skos:Concept', 'yp:Goal'],
    properties: [
      scheme('skos:inScheme'),
      column('skos:notation', 'number', { as: 'text' }),
      column('skos:prefLabel', 'name'),
      ...sourceLines('sourceLine', 'statementSourceLine'),
      scheme('skos:topConceptOf'),
      column('skos:definition', 'statement'),
      collected('skos:narrower'),
    ],
  }),
  site: ownPage(),
});
