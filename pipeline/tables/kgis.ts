// kgis: the key goal indicators (重要目標達成指標, KGI) the plan is steered by, named by its basic concept (第１章).
import { z } from 'zod';
import { count, head, sourceLine, text } from './fields.ts';
import { column, linked, scheme, sourceLines } from './linked-data.ts';
import { onSitePage } from './site-place.ts';
import { defineTable, topLevel } from './table.ts';

const prefix = 'kgi';

export const kgis = defineTable({
  name: 'kgis',
  prefix,
  titleEn: 'Key goal indicators (KGI)',
  description: {
    ja: '基本構想で掲げ、前期基本計画で達成を目指す重要目標達成指標（KGI）。1行が1指標。',
    en: 'The key goal indicators the plan is steered by.',
  },
  schema: z
    .object({
      ...head(prefix),
      number: count({ title: '番号', ja: '計画に掲げられた順のKGIの番号。', description: 'Order of the KGI in the plan' }),
      name: text({
        title: '重要目標達成指標',
        ja: '基本構想で掲げた重要目標達成指標（KGI）の名称。',
        description: 'Key goal indicator (KGI) named by the basic concept',
      }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'Kgi', title: '重要目標達成指標（KGI）' }),
  nesting: topLevel('kgis', 1),
  linkedData: linked({
    class: 'yp:Kgi',
    properties: [scheme('dct:isPartOf'), column('yp:number', 'number'), column('skos:prefLabel', 'name'), ...sourceLines('sourceLine')],
  }),
  site: onSitePage('home'),
});
