// policies: the 施策 of the policy system (第２章), each under one basic goal, with the 目指す姿 of its page
// in 第３章 where the plan gives one.
import { z } from 'zod';
import { code, count, head, field, optionalText, ref, sourceLine, text } from './fields.ts';
import { goals } from './goals.ts';
import { collected, column, linked, scheme, sourceLines } from './linked-data.ts';
import { ownPage } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'policy';

export const policies = defineTable({
  name: 'policies',
  prefix,
  titleEn: 'Policies',
  description: {
    ja: '26の施策。各施策は1つの基本目標に属する。',
    en: 'The 26 policies (施策), each under one basic goal.',
  },
  schema: z
    .object({
      ...head(prefix),
      code: code(/^\d+-\d+$/, { title: '施策番号', ja: '施策の番号（基本目標-施策。例: 4-1）。', description: 'Policy code goal-policy, e.g. 4-1' }),
      goalId: ref(goals, { title: '基本目標ID' }),
      number: count({ title: '施策内番号', ja: '基本目標の中での施策の番号。', description: 'Number of the policy within its goal' }),
      name: text({ title: '施策名', ja: '施策の名称。', description: 'Name of the policy (施策)' }),
      visionTitle: optionalText({
        title: '目指す姿',
        ja: '施策ページの「目指す姿」の見出し（…まち）。施策ページがない施策は空欄。',
        description: 'The 目指す姿 headline of the policy page (…まち); empty where the plan gives no page',
      }),
      visionText: optionalText({ title: '目指す姿の説明', ja: '「目指す姿」の見出しの下の説明文。', description: 'The paragraph under the 目指す姿 headline' }),
      pageSourceLine: field(sourceLine.nullable(), {
        title: '施策ページ出典行',
        ja: '第３章の施策ページの見出し（施策 x-y）の行の番号。施策ページがない施策は空欄。',
        description: 'Line of the policy page heading (施策 x-y) in 第３章; empty where there is none',
      }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'Policy', title: '施策' }),
  nesting: nestedIn('goalId', 'policies', 3),
  linkedData: linked({
    class: ['skos:Concept', 'yp:Policy'],
    properties: [
      scheme('skos:inScheme'),
      column('skos:notation', 'code'),
      column('skos:prefLabel', 'name'),
      ...sourceLines('sourceLine', 'pageSourceLine'),
      column('skos:broader', 'goalId', { inverse: 'skos:narrower' }),
      column('yp:number', 'number'),
      collected('skos:narrower'),
      column('yp:visionTitle', 'visionTitle'),
      column('yp:visionText', 'visionText'),
      // The UN's IRIs of the SDGs its curated links name (sdg_links carries them here).
      collected('yp:sdgGoal'),
    ],
  }),
  site: ownPage(),
});
