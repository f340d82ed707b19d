// sdg_links: the certain (policy, SDG) links only — from the curated sources/sdg-links.csv, each with its
// provenance; empty until a person reads them off the original PDF.
import { z } from 'zod';
import { field, head, ref, sourceLine, text } from './fields.ts';
import { column, linked, sourceLines } from './linked-data.ts';
import { policies } from './policies.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'sdg-link';

export const sdgLinks = defineTable({
  name: 'sdg_links',
  prefix,
  titleEn: 'Policies and the SDGs',
  description: {
    ja: '確認済みの施策とSDGsの対応だけを収録。人が原本のPDFで確かめ、出典とともに sources/sdg-links.csv に記録したもので、記録されるまでは空。',
    en: 'Certain (policy, SDG) links only: from the curated sources/sdg-links.csv, each with its provenance. Empty until a person reads them off the original PDF.',
  },
  schema: z
    .object({
      ...head(prefix),
      policyId: ref(policies, { title: '施策ID' }),
      sdg: field(z.number().int().min(1).max(17), {
        title: 'SDGゴール番号',
        ja: '持続可能な開発目標（SDGs）のゴール番号（1〜17）。',
        description: 'Number of the Sustainable Development Goal (1–17)',
      }),
      provenance: text({
        title: '出典',
        ja: '対応を確認した根拠（sources/sdg-links.csv の行と、その読み取り元）。',
        description: 'Where the link was established (the curated sources/sdg-links.csv row and what it was read from)',
      }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'SdgLink', title: '施策とSDGsの対応' }),
  nesting: nestedIn('policyId', 'sdgLinks', 6),
  linkedData: linked({
    class: 'yp:SdgLink',
    properties: [
      column('dct:isPartOf', 'policyId'),
      column('yp:sdg', 'sdg'),
      // The UN's IRI of the goal (sources/linked-identifiers.json), also carried onto the policy.
      column('yp:sdgGoal', 'sdg', { as: 'sdg-goal' }),
      column('yp:provenance', 'provenance'),
      ...sourceLines('sourceLine'),
    ],
    carries: [{ path: ['policyId'], predicate: 'yp:sdgGoal', column: 'sdg', as: 'sdg-goal' }],
  }),
  site: onPageOf('policyId'),
});
