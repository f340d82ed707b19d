// glossary_usages: where each ※ term is used — one row per mark, naming the record whose text carries it.
import { z } from 'zod';
import { field, head, ref, sourceLine } from './fields.ts';
import { glossary } from './glossary.ts';
import { column, linked, sourceLines } from './linked-data.ts';
import { policies } from './policies.ts';
import { onSitePage } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'term-usage';

export const glossaryUsages = defineTable({
  name: 'glossary_usages',
  prefix,
  titleEn: 'Where glossary terms are used',
  description: {
    ja: '※を付した用語が使われている箇所。※の付いた記述を含むレコードごとに1行。',
    en: 'Where each ※ term is used: the record whose text carries the mark.',
  },
  schema: z
    .object({
      ...head(prefix),
      termId: ref(glossary, { title: '用語ID' }),
      policyId: ref(policies, {
        title: '施策ID',
        ja: '用語が使われている施策ページの施策のID（policies 表）。',
        description: 'Policy page the term is used on',
      }),
      recordId: field(z.string().regex(/^[a-z]+(?:-[a-z0-9]+)+$/), {
        title: '使用箇所ID',
        ja: '※の付いた記述を含むレコードのID。',
        description: 'ID of the record whose text carries the ※ mark',
      }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'GlossaryUsage', title: '用語の使用箇所' }),
  nesting: nestedIn('termId', 'usages', 1),
  linkedData: linked({
    class: 'yp:TermUsage',
    properties: [
      column('yp:term', 'termId'),
      column('yp:onPolicyPage', 'policyId'),
      column('yp:usedIn', 'recordId', { as: 'record' }),
      ...sourceLines('sourceLine'),
    ],
  }),
  site: onSitePage('glossary'),
});
