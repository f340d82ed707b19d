// pillar_actions: the ⚫ action bullets (主な取組) under each pillar of the policy pages (第３章).
import { z } from 'zod';
import { count, flag, head, ref, sourceLine, text } from './fields.ts';
import { notYetLinked } from './linked-data.ts';
import { pillars } from './pillars.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'pillar-action';

export const pillarActions = defineTable({
  name: 'pillar_actions',
  prefix,
  titleEn: 'Main actions under the pillars',
  description: { en: 'The action bullets (主な取組) under each pillar of the policy pages.' },
  schema: z
    .object({
      ...head(prefix),
      pillarId: ref(pillars, { title: '施策の柱ID' }),
      order: count({ title: '順序', description: 'Position of the bullet under its pillar' }),
      text: text({ title: '主な取組', description: 'The action bullet, lines joined, without its (再掲) mark' }),
      restated: flag({ title: '再掲', description: 'The plan marks this action （再掲）' }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'PillarAction', title: '施策の柱の主な取組' }),
  nesting: nestedIn('pillarId', 'actions', 2),
  linkedData: notYetLinked('no class or predicates are chosen for an action under a pillar yet (issue 15: linked data for every table)'),
  site: onPageOf('pillarId'),
});
