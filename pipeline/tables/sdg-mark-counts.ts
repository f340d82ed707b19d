// sdg_mark_counts: what the extracted SDG table proves — per policy, how many ● its row has among SDGs 1–7.
// Which SDGs they are, and the SDG 8–17 half, are unresolved (quality-report.json).
import { z } from 'zod';
import { field, head, ref, sourceLine } from './fields.ts';
import { column, linked, sourceLines } from './linked-data.ts';
import { policies } from './policies.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'sdg-marks';

export const sdgMarkCounts = defineTable({
  name: 'sdg_mark_counts',
  prefix,
  titleEn: 'Policies and the SDGs (count of ● marks)',
  description: {
    ja: '抽出テキストの「施策とSDGｓの対応一覧」から確実に言えること：施策ごとの、SDGs 1〜7 の欄にある●の数。どの目標の欄かと、SDGs 8〜17 の欄は未確定（quality-report.json を参照）。',
    en: 'What the extracted SDG table proves: per policy, how many ● its row has among SDGs 1–7. Which SDGs they are, and the SDG 8–17 half, are unresolved (see quality-report.json).',
  },
  schema: z
    .object({
      ...head(prefix),
      policyId: ref(policies, { title: '施策ID' }),
      firstSdg: field(z.number().int().min(1).max(17), {
        title: '対象SDG（始）',
        ja: '●を数えた表の範囲の最初のSDG。',
        description: 'First SDG of the half of the table counted',
      }),
      lastSdg: field(z.number().int().min(1).max(17), {
        title: '対象SDG（終）',
        ja: '●を数えた表の範囲の最後のSDG。',
        description: 'Last SDG of the half of the table counted',
      }),
      markCount: field(z.number().int().min(0).max(17), {
        title: '●の数',
        ja: 'この範囲のSDGsの欄で、施策の行にある●の数。どの目標の欄かは抽出テキストからは分からない。',
        description: 'How many ● the policy’s row has among these SDGs; which ones the extracted text does not tell',
      }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'SdgMarkCount', title: '施策とSDGsの対応（●の数）' }),
  nesting: nestedIn('policyId', 'sdgMarkCounts', 5),
  linkedData: linked({
    class: 'yp:SdgMarkCount',
    properties: [
      column('dct:isPartOf', 'policyId'),
      column('yp:firstSdg', 'firstSdg'),
      column('yp:lastSdg', 'lastSdg'),
      column('yp:markCount', 'markCount'),
      ...sourceLines('sourceLine'),
    ],
  }),
  site: onPageOf('policyId'),
});
