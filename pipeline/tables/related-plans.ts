// related_plans: the plans and policy documents each policy page names under 主な個別計画・方針等.
import { policyStatementLinks, policyStatementSchema } from './policy-statement.ts';
import { onPageOf } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'related-plan';

export const relatedPlans = defineTable({
  name: 'related_plans',
  prefix,
  titleEn: 'Related plans and policies',
  description: {
    ja: '各施策ページに掲げる主な個別計画・方針等。',
    en: 'Plans and policy documents each policy page names.',
  },
  schema: policyStatementSchema(prefix, 'RelatedPlan', '主な個別計画・方針等', {
    title: '計画・方針名',
    ja: '関連する個別計画・方針等の名称。',
    description: 'Name of a related plan or policy document',
  }),
  nesting: nestedIn('policyId', 'relatedPlans', 2),
  linkedData: policyStatementLinks('yp:RelatedPlan'),
  site: onPageOf('policyId'),
});
