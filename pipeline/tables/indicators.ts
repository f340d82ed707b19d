// indicators: the 成果指標 (KPIs) of the policy pages (第３章): baseline and target as bare numbers, unit,
// condition and 西暦 fiscal year in their own columns, the notation as written beside them. In the linked
// data each KPI carries two observations of the KPI data cube, its baseline and its target.
import { z } from 'zod';
import { departments } from './departments.ts';
import { count, type FieldMeta, field, flag, head, ref, sourceLine, text, withUnit } from './fields.ts';
import { code, column, dataSet, linked, record, sourceLines, term } from './linked-data.ts';
import { policies } from './policies.ts';
import { ownPage } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

/** The units a KPI's values are written in, as the data contract publishes them; any other unit is an error. */
export const units = ['％', 'ｇ', 'か所', '件', '人'] as const;
/** The conditions the plan puts on a target. */
export const conditions = ['以上', '以下', '未満'] as const;

/** A 西暦 fiscal year column (令和n年度 = 2018 + n). */
export const fiscalYear = (meta: FieldMeta) => withUnit(field(z.number().int().min(1989).max(2100), meta), { unit: '年度（西暦）' });

const prefix = 'kpi';

export const indicators = defineTable({
  name: 'indicators',
  prefix,
  titleEn: 'Outcome indicators (KPI)',
  description: {
    ja: '施策ページの成果指標（KPI）。基準値と目標値は数値のみとし、単位、目標の条件及び年度（西暦）はそれぞれ別の列に、計画の表記はその隣の列に記載。',
    en: 'The outcome indicators (KPIs) of the policy pages: baseline and target as bare numbers, unit, condition and 西暦 fiscal year in their own columns, the notation as written beside them.',
  },
  schema: z
    .object({
      ...head(prefix),
      policyId: ref(policies, { title: '施策ID' }),
      order: count({ title: '順序', ja: '施策ページの中での成果指標の順番。', description: 'Position of the indicator on its policy page' }),
      name: text({ title: '指標名', ja: '成果指標の名称。※は除く。', description: 'Name of the outcome indicator (成果指標), ※ removed' }),
      unit: field(z.enum(units).nullable(), {
        title: '単位',
        ja: '基準値と目標値の単位（％、ｇ、か所、件、人）。計画に単位の記載がない場合は空欄。',
        description: 'Unit of baseline and target as written (％, ｇ, か所, 件, 人); empty when the plan gives none',
      }),
      baselineValue: withUnit(
        field(z.number(), { title: '基準値', ja: '基準値を数値のみで記載（2,100 → 2100）。', description: 'Baseline value as a bare number (2,100 → 2100)' }),
        { unitColumn: 'unit' },
      ),
      baselineFiscalYear: fiscalYear({
        title: '基準年度',
        ja: '基準値の年度（西暦。令和n年度 = 2018 + n）。',
        description: 'Fiscal year of the baseline, 西暦 (令和n年度 = 2018 + n)',
      }),
      baselineFiscalYearNotation: text({
        title: '基準年度表記',
        ja: '計画に記載された基準値の年度の表記（R5）。行に年度の記載がない場合は表の見出しの年度。',
        description: 'The fiscal year as the plan writes it (R5); the table header’s year when the row gives none',
      }),
      baselineFiscalYearFromHeader: flag({
        title: '基準年度は表頭',
        ja: '行に年度の記載がなく、表の見出しの年度（R6 基準）を用いた場合は true。',
        description: 'true when the row gives no year of its own and the header’s (R6 基準) applies',
      }),
      baselineNotation: text({ title: '基準値表記', ja: '計画に記載された基準値の表記（49.3％）。', description: 'The baseline as written (49.3％)' }),
      targetValue: withUnit(field(z.number(), { title: '目標値', ja: '目標値を数値のみで記載。', description: 'Target value as a bare number' }), {
        unitColumn: 'unit',
      }),
      targetCondition: field(z.enum(conditions).nullable(), {
        title: '目標条件',
        ja: '目標値に付いた条件（以上、以下、未満）。計画に記載がない場合は空欄。',
        description: 'Condition on the target (以上, 以下, 未満); empty when the plan gives none',
      }),
      targetFiscalYear: fiscalYear({ title: '目標年度', ja: '目標値の年度（西暦）。', description: 'Fiscal year of the target, 西暦' }),
      targetFiscalYearNotation: text({
        title: '目標年度表記',
        ja: '計画に記載された目標値の年度の表記（R11）。行に年度の記載がない場合は表の見出しの年度。',
        description: 'The fiscal year as the plan writes it (R11); the header’s year when the row gives none',
      }),
      targetFiscalYearFromHeader: flag({
        title: '目標年度は表頭',
        ja: '行に年度の記載がなく、表の見出しの年度（R12 目標）を用いた場合は true。',
        description: 'true when the row gives no year of its own and the header’s (R12 目標) applies',
      }),
      targetNotation: text({ title: '目標値表記', ja: '計画に記載された目標値の表記（60％以上）。', description: 'The target as written (60％以上)' }),
      departmentId: ref(departments, { title: '担当課ID' }),
      departmentName: text({ title: '担当課名', ja: '計画に記載された担当課の名称。', description: 'Department in charge as written' }),
      sourceLine,
    })
    .strict()
    .meta({ id: 'Indicator', title: '成果指標' }),
  nesting: nestedIn('policyId', 'indicators', 1),
  linkedData: linked({
    class: 'yp:Indicator',
    properties: [
      // Typed, so that KPI 4-1-1 is not read as pillar 4-1-1, whose notation is the plain string "4-1-1".
      code('skos:notation', 'yp:KpiNotation'),
      column('skos:prefLabel', 'name'),
      column('yp:policy', 'policyId'),
      column('yp:department', 'departmentId'),
      ...sourceLines('sourceLine'),
      column('yp:order', 'order'),
      // Every value of the row on its node; the baseline and target are also its two observations below.
      column('sdmx-attribute:unitMeasure', 'unit', { as: 'unit' }),
      column('yp:baselineValue', 'baselineValue', { as: 'decimal' }),
      column('yp:baselineFiscalYear', 'baselineFiscalYear'),
      column('yp:baselineFiscalYearNotation', 'baselineFiscalYearNotation'),
      column('yp:baselineFiscalYearFromHeader', 'baselineFiscalYearFromHeader'),
      column('yp:baselineNotation', 'baselineNotation'),
      column('yp:targetValue', 'targetValue', { as: 'decimal' }),
      column('yp:targetCondition', 'targetCondition', { as: 'condition' }),
      column('yp:targetFiscalYear', 'targetFiscalYear'),
      column('yp:targetFiscalYearNotation', 'targetFiscalYearNotation'),
      column('yp:targetFiscalYearFromHeader', 'targetFiscalYearFromHeader'),
      column('yp:targetNotation', 'targetNotation'),
      column('yp:departmentName', 'departmentName'),
    ],
    observations: {
      dataSet: {
        path: 'dataset/kpi',
        label: { ja: '成果指標の基準値と目標値', en: 'baselines and targets of the outcome indicators (KPIs)' },
        structure: 'kpiStructure',
        fromScheme: true,
      },
      nodes: [
        {
          path: 'baseline',
          properties: [
            dataSet('qb:dataSet'),
            record('yp:indicator'),
            term('yp:valueKind', 'baseline'),
            column('sdmx-attribute:unitMeasure', 'unit', { as: 'unit' }),
            column('yp:fiscalYear', 'baselineFiscalYear'),
            column('sdmx-measure:obsValue', 'baselineValue', { as: 'decimal' }),
            column('yp:notation', 'baselineNotation'),
            column('yp:fiscalYearNotation', 'baselineFiscalYearNotation'),
            column('yp:fiscalYearFromHeader', 'baselineFiscalYearFromHeader'),
          ],
        },
        {
          path: 'target',
          properties: [
            dataSet('qb:dataSet'),
            record('yp:indicator'),
            term('yp:valueKind', 'target'),
            column('sdmx-attribute:unitMeasure', 'unit', { as: 'unit' }),
            column('yp:fiscalYear', 'targetFiscalYear'),
            column('sdmx-measure:obsValue', 'targetValue', { as: 'decimal' }),
            column('yp:targetCondition', 'targetCondition', { as: 'condition' }),
            column('yp:notation', 'targetNotation'),
            column('yp:fiscalYearNotation', 'targetFiscalYearNotation'),
            column('yp:fiscalYearFromHeader', 'targetFiscalYearFromHeader'),
          ],
        },
      ],
    },
  }),
  site: ownPage(),
});
