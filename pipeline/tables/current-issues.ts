// current_issues: the statements of 本市の現状と課題 on the goal pages (第３章), by category; a category is
// linked to the policy of the same name where there is one.
import { z } from 'zod';
import { count, head, optionalRef, ref, sourceLine, text } from './fields.ts';
import { goals } from './goals.ts';
import { column, linked, sourceLines } from './linked-data.ts';
import { policies } from './policies.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'current-issue';

export const currentIssues = defineTable({
  name: 'current_issues',
  prefix,
  titleEn: 'Current situation and issues of the city',
  description: {
    ja: '基本目標ページの「本市の現状と課題」の記述。分野ごとに記載。',
    en: 'The statements of 本市の現状と課題 on the goal pages, by category.',
  },
  schema: z
    .object({
      ...head(prefix),
      goalId: ref(goals, { title: '基本目標ID' }),
      category: text({
        title: '分野',
        ja: '「本市の現状と課題」の分野の見出し（健康・保健、…）。',
        description: 'Category heading of 本市の現状と課題 (健康・保健, …)',
      }),
      policyId: optionalRef(policies, {
        title: '施策ID',
        ja: '分野と同じ名称の施策のID（policies 表）。同じ名称の施策がない場合は空欄。',
        description: 'The policy whose name the category is; empty when none has that name',
      }),
      categoryOrder: count({ title: '分野順序', ja: '基本目標ページの中での分野の順番。', description: 'Position of the category on the goal page' }),
      order: count({ title: '順序', ja: '分野の中での記述の順番。', description: 'Position of the statement within its category' }),
      text: text({ title: '現状と課題', ja: '現状と課題の記述。改行はつないでいる。', description: 'The statement, lines joined' }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'CurrentIssue', title: '本市の現状と課題' }),
  nesting: nestedIn('goalId', 'currentIssues', 1),
  linkedData: linked({
    class: 'yp:CurrentIssue',
    properties: [
      column('dct:isPartOf', 'goalId'),
      column('yp:category', 'category'),
      // The policy of the category's name, where there is one.
      column('dct:subject', 'policyId'),
      column('yp:categoryOrder', 'categoryOrder'),
      column('yp:order', 'order'),
      column('yp:text', 'text'),
      ...sourceLines('sourceLine'),
    ],
  }),
  site: onPageOf('goalId'),
});
