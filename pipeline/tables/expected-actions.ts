// expected_actions: what each policy page asks of citizens and of businesses and organisations
// (目指す姿に近付くために市民・事業者・団体等に期待したい行動), with who is asked.
import { z } from 'zod';
import { count, field, head, ref, sourceLine, text } from './fields.ts';
import { column, linked, sourceLines } from './linked-data.ts';
import { policies } from './policies.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

/** Who the plan asks to act. */
export const actors = ['市民等', '事業者・団体等'] as const;

const prefix = 'expected-action';

export const expectedActions = defineTable({
  name: 'expected_actions',
  prefix,
  titleEn: 'Actions expected of citizens, businesses and organisations',
  description: {
    ja: '各施策ページに掲げる、目指す姿に近付くために市民等及び事業者・団体等に期待したい行動。',
    en: 'What each policy page asks of citizens and of businesses and organisations.',
  },
  schema: z
    .object({
      ...head(prefix),
      policyId: ref(policies, { title: '施策ID' }),
      order: count({ title: '順序', ja: '施策ページの中での記載順。', description: 'Position on the policy page' }),
      actor: field(z.enum(actors), {
        title: '主体',
        ja: '行動を期待する主体（市民等 又は 事業者・団体等）。',
        description: 'Who the plan asks to act (市民等 or 事業者・団体等)',
      }),
      text: text({
        title: '期待したい行動',
        ja: '記載されたとおりの期待したい行動。主体の語を含む。',
        description: 'The expected action as written, actor included',
      }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'ExpectedAction', title: '市民・事業者・団体等に期待したい行動' }),
  nesting: nestedIn('policyId', 'expectedActions', 4),
  linkedData: linked({
    class: 'yp:ExpectedAction',
    properties: [
      column('dct:isPartOf', 'policyId'),
      column('yp:order', 'order'),
      column('yp:actor', 'actor'),
      column('yp:text', 'text'),
      ...sourceLines('sourceLine'),
    ],
  }),
  site: onPageOf('policyId'),
});
