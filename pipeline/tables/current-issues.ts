// current_issues: the statements of 本市の現状と課題 on the goal pages (第３章), by category; a category is
// linked to the policy of the same name where there is one.
import { z } from 'zod';
import { count, head, optionalRef, ref, sourceLine, text } from './fields.ts';
import { goals } from './goals.ts';
import { notYetLinked } from './linked-data.ts';
import { policies } from './policies.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'current-issue';

export const currentIssues = defineTable({
  name: 'current_issues',
  prefix,
  titleEn: 'Current situation and issues of the city',
  description: { en: 'The statements of 本市の現状と課題 on the goal pages, by category.' },
  schema: z
    .object({
      ...head(prefix),
      goalId: ref(goals, { title: '基本目標ID' }),
      category: text({ title: '分野', description: 'Category heading of 本市の現状と課題 (健康・保健, …)' }),
      policyId: optionalRef(policies, { title: '施策ID', description: 'The policy whose name the category is; empty when none has that name' }),
      categoryOrder: count({ title: '分野順序', description: 'Position of the category on the goal page' }),
      order: count({ title: '順序', description: 'Position of the statement within its category' }),
      text: text({ title: '現状と課題', description: 'The statement, lines joined' }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'CurrentIssue', title: '本市の現状と課題' }),
  nesting: nestedIn('goalId', 'currentIssues', 1),
  linkedData: notYetLinked('no class or predicates are chosen for a statement of 現状と課題 yet (issue 15: linked data for every table)'),
  site: onPageOf('goalId'),
});
