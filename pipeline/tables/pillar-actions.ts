// pillar_actions: the ⚫ action bullets (主な取組) under each pillar of the policy pages (第３章).
import { z } from 'zod';
import { count, flag, head, ref, sourceLine, text } from './fields.ts';
import { column, linked, sourceLines } from './linked-data.ts';
import { pillars } from './pillars.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'pillar-action';

export const pillarActions = defineTable({
  name: 'pillar_actions',
  prefix,
  titleEn: 'Main actions under the pillars',
  description: {
    ja: '施策ページで各施策の柱の下に掲げる主な取組（⚫の箇条）。',
    en: 'The action bullets (主な取組) under each pillar of the policy pages.',
  },
  schema: z
    .object({
      ...head(prefix),
      pillarId: ref(pillars, { title: '施策の柱ID' }),
      order: count({ title: '順序', ja: '施策の柱の下での箇条の順番。', description: 'Position of the bullet under its pillar' }),
      text: text({
        title: '主な取組',
        ja: '主な取組の箇条。改行をつなぎ、（再掲）の表示は除く。',
        description: 'The action bullet, lines joined, without its (再掲) mark',
      }),
      restated: flag({ title: '再掲', ja: '計画でこの取組に（再掲）が付いているか。', description: 'The plan marks this action （再掲）' }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'PillarAction', title: '施策の柱の主な取組' }),
  nesting: nestedIn('pillarId', 'actions', 2),
  linkedData: linked({
    class: 'yp:PillarAction',
    properties: [
      column('dct:isPartOf', 'pillarId'),
      column('yp:order', 'order'),
      column('yp:text', 'text'),
      column('yp:restated', 'restated'),
      ...sourceLines('sourceLine'),
    ],
  }),
  site: onPageOf('pillarId'),
});
