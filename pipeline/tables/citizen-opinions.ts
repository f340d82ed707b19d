// citizen_opinions: the opinions and proposals from citizens each policy page quotes (市民等からの意見・提案).
import { policyStatementLinks, policyStatementSchema } from './policy-statement.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'citizen-opinion';

export const citizenOpinions = defineTable({
  name: 'citizen_opinions',
  prefix,
  titleEn: 'Opinions and proposals from citizens',
  description: {
    ja: '各施策ページに掲げる市民等からの意見・提案。',
    en: 'Citizens’ opinions and proposals each policy page quotes.',
  },
  schema: policyStatementSchema(prefix, 'CitizenOpinion', '市民等からの意見・提案', {
    title: '意見・提案',
    ja: '市民等から寄せられた意見・提案（アンケート、まちづくりフォーラム等）。',
    description: 'An opinion or proposal from citizens (surveys, まちづくりフォーラム)',
  }),
  nesting: nestedIn('policyId', 'citizenOpinions', 3),
  linkedData: policyStatementLinks('yp:CitizenOpinion'),
  site: onPageOf('policyId'),
});
