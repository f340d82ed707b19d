// project_items: what each priority-project initiative carries out — one row per action under a pillar it
// cites (【施策 x-y-z】 name, then its actions), with whether the citation names the pillar as 第２章 does.
import { z } from 'zod';
import { code, count, field, flag, head, ref, sourceLine, text } from './fields.ts';
import { column, linked, sourceLines } from './linked-data.ts';
import { pillars } from './pillars.ts';
import { projectInitiatives } from './project-initiatives.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'project-item';

export const projectItems = defineTable({
  name: 'project_items',
  prefix,
  titleEn: 'Items of the priority projects’ initiatives',
  description: {
    ja: '重点プロジェクトの取組が引用する施策の柱（【施策 x-y-z】）ごとに、その下に掲げる取組内容。取組内容ごとに1行。',
    en: 'One row per action under a pillar cited by an initiative (【施策 x-y-z】 name, then its actions).',
  },
  schema: z
    .object({
      ...head(prefix),
      initiativeId: ref(projectInitiatives, { title: '取組ID' }),
      citationOrder: count({
        title: '引用順序',
        ja: '取組の中で、引用する施策の柱（⚫）の順番。',
        description: 'Position of the cited pillar (⚫) within the initiative',
      }),
      actionOrder: count({ title: '事業順序', ja: '引用する施策の柱の下での取組内容の順番。', description: 'Position of the action under its cited pillar' }),
      citedPillarCode: code(/^\d+-\d+-\d+$/, {
        title: '引用施策の柱番号',
        ja: '取組が引用する施策の柱の番号（【施策 x-y-z】）。',
        description: 'Pillar code the item cites (【施策 x-y-z】)',
      }),
      pillarId: ref(pillars, {
        title: '施策の柱ID',
        ja: '引用する番号が指す施策の柱のID（pillars 表）。',
        description: 'ID of the pillar the cited code names',
      }),
      citedName: text({
        title: '引用施策の柱名',
        ja: 'プロジェクトに記載された施策の柱の名称（第２章の名称と異なることがある。施策の柱名一致 を参照）。',
        description: 'Pillar name as the project writes it (may differ from 第２章; see citedNameMatches)',
      }),
      citedNameMatches: flag({
        title: '施策の柱名一致',
        ja: '引用された名称が第２章の施策の柱の名称と一致するか（全角・半角の違いは問わない）。一致しない行は quality-report.json に記載。',
        description: 'Whether the cited name equals the pillar’s name in 第２章 (after width folding); false rows are listed in quality-report.json',
      }),
      actionText: text({ title: '取組内容', ja: '取組内容。（再掲）の表示は除く。', description: 'The action, without its (再掲) mark' }),
      restated: flag({
        title: '再掲',
        ja: '計画でこの取組内容に（再掲）が付いているか。ほかの箇所に掲げた取組の再掲であることを示す。',
        description: 'The plan marks this action （再掲）: it restates an action given elsewhere',
      }),
      sourceLine,
      citationSourceLine: field(sourceLine, {
        title: '引用出典行',
        ja: '取組内容が属する【施策 x-y-z】の引用の行の番号。',
        description: 'Line of the 【施策 x-y-z】 citation the action stands under',
      }),
    })
    .strict()
    .meta({ id: 'ProjectItem', title: '重点プロジェクトの取組項目' }),
  nesting: nestedIn('initiativeId', 'items', 2),
  linkedData: linked({
    class: 'yp:ProjectItem',
    properties: [
      column('dct:isPartOf', 'initiativeId'),
      column('yp:citationOrder', 'citationOrder'),
      column('yp:actionOrder', 'actionOrder'),
      column('yp:citedPillarCode', 'citedPillarCode'),
      column('yp:citesPillar', 'pillarId'),
      column('yp:citedName', 'citedName'),
      column('yp:citedNameMatches', 'citedNameMatches'),
      column('yp:actionText', 'actionText'),
      column('yp:restated', 'restated'),
      ...sourceLines('sourceLine', 'citationSourceLine'),
    ],
    // The pillars an initiative, and its project, cite: those its items stand under.
    carries: [
      { path: ['initiativeId'], predicate: 'yp:citesPillar', column: 'pillarId' },
      { path: ['initiativeId', 'projectId'], predicate: 'yp:citesPillar', column: 'pillarId' },
    ],
  }),
  site: onPageOf('initiativeId'),
});
