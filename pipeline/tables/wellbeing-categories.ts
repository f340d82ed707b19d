// wellbeing_categories: the Well-Being (地域幸福度) categories shown on the goal pages, with their example
// subjective and objective indicators.
import { z } from 'zod';
import { count, head, optionalText, ref, sourceLine, text } from './fields.ts';
import { goals } from './goals.ts';
import { notYetLinked } from './linked-data.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'wellbeing';

export const wellbeingCategories = defineTable({
  name: 'wellbeing_categories',
  prefix,
  titleEn: 'Well-Being categories (regional well-being)',
  description: { en: 'The Well-Being categories shown on the goal pages with their example subjective and objective indicators.' },
  schema: z
    .object({
      ...head(prefix),
      goalId: ref(goals, { title: '基本目標ID' }),
      order: count({ title: '順序', description: 'Position of the category on the goal page' }),
      category: text({ title: '地域幸福度カテゴリー', description: 'Well-Being category (地域幸福度)' }),
      subjectiveExample: optionalText({ title: '主観指標の例', description: 'Example subjective indicator (主観), without the trailing 等' }),
      objectiveExample: optionalText({ title: '客観指標の例', description: 'Example objective indicator (客観), without the trailing 等' }),
      survey: optionalText({ title: '出典', description: 'Survey the figures come from, as the page heading names it' }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'WellbeingCategory', title: '地域幸福度（Well-Being）カテゴリー' }),
  nesting: nestedIn('goalId', 'wellbeingCategories', 2),
  linkedData: notYetLinked('no class or predicates are chosen for a Well-Being category yet (issue 15: linked data for every table)'),
  site: onPageOf('goalId'),
});
