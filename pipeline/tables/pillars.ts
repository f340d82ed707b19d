// pillars: the 施策の柱 of the policy system (第２章), each under one policy.
import { z } from 'zod';
import { code, count, head, ref, sourceLine, text } from './fields.ts';
import { collected, column, linked, scheme, sourceLines } from './linked-data.ts';
import { policies } from './policies.ts';
import { ownPage } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'pillar';

export const pillars = defineTable({
  name: 'pillars',
  prefix,
  titleEn: 'Policy pillars',
  description: {
    ja: '78の施策の柱。各施策の柱は1つの施策に属する。',
    en: 'The 78 pillars (施策の柱), each under one policy.',
  },
  schema: z
    .object({
      ...head(prefix),
      code: code(/^\d+-\d+-\d+$/, {
        title: '施策の柱番号',
        ja: '施策の柱の番号（基本目標-施策-柱。例: 4-1-1）。',
        description: 'Pillar code goal-policy-pillar, e.g. 4-1-1',
      }),
      policyId: ref(policies, { title: '施策ID' }),
      number: count({ title: '柱番号', ja: '施策の中での施策の柱の番号。', description: 'Number of the pillar within its policy' }),
      name: text({ title: '施策の柱名', ja: '第２章に記載された施策の柱の名称。', description: 'Name of the pillar (施策の柱) as 第２章 gives it' }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'Pillar', title: '施策の柱' }),
  nesting: nestedIn('policyId', 'pillars', 7),
  linkedData: linked({
    class: ['skos:Concept', 'yp:Pillar'],
    properties: [
      scheme('skos:inScheme'),
      column('skos:notation', 'code'),
      column('skos:prefLabel', 'name'),
      ...sourceLines('sourceLine'),
      column('skos:broader', 'policyId', { inverse: 'skos:narrower' }),
      column('yp:number', 'number'),
      collected('yp:department'),
    ],
  }),
  site: ownPage(),
});
