// wellbeing_categories: the Well-Being (地域幸福度) categories shown on the goal pages, with their example
// subjective and objective indicators.
import { z } from 'zod';
import { count, head, optionalText, ref, sourceLine, text } from './fields.ts';
import { goals } from './goals.ts';
import { column, linked, sourceLines } from './linked-data.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'wellbeing';

export const wellbeingCategories = defineTable({
  name: 'wellbeing_categories',
  prefix,
  titleEn: 'Well-Being categories (regional well-being)',
  description: {
    ja: '基本目標ページに掲げる地域幸福度（Well-Being）のカテゴリーと、その主観指標及び客観指標の例。',
    en: 'The Well-Being categories shown on the goal pages with their example subjective and objective indicators.',
  },
  schema: z
    .object({
      ...head(prefix),
      goalId: ref(goals, { title: '基本目標ID' }),
      order: count({ title: '順序', ja: '基本目標ページの中でのカテゴリーの順番。', description: 'Position of the category on the goal page' }),
      category: text({ title: '地域幸福度カテゴリー', ja: '地域幸福度（Well-Being）のカテゴリー。', description: 'Well-Being category (地域幸福度)' }),
      subjectiveExample: optionalText({
        title: '主観指標の例',
        ja: '主観指標の例。末尾の「等」は除く。',
        description: 'Example subjective indicator (主観), without the trailing 等',
      }),
      objectiveExample: optionalText({
        title: '客観指標の例',
        ja: '客観指標の例。末尾の「等」は除く。',
        description: 'Example objective indicator (客観), without the trailing 等',
      }),
      survey: optionalText({
        title: '出典',
        ja: '数値の出典となった調査。ページの見出しに記載された名称。',
        description: 'Survey the figures come from, as the page heading names it',
      }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'WellbeingCategory', title: '地域幸福度（Well-Being）カテゴリー' }),
  nesting: nestedIn('goalId', 'wellbeingCategories', 2),
  linkedData: linked({
    class: 'yp:WellbeingCategory',
    properties: [
      column('dct:isPartOf', 'goalId'),
      column('yp:order', 'order'),
      column('skos:prefLabel', 'category'),
      column('yp:subjectiveExample', 'subjectiveExample'),
      column('yp:objectiveExample', 'objectiveExample'),
      column('yp:survey', 'survey'),
      ...sourceLines('sourceLine'),
    ],
  }),
  site: onPageOf('goalId'),
});
