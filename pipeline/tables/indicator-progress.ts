// indicator_progress: one row per (KPI, fiscal year) with a curated actual (sources/indicator-actuals.csv):
// the value, progressRate = (actual − baseline) / (target − baseline) and the grade S/A/B/C (grade_rules,
// model/grade.ts), with its provenance. In the linked data each is an observation of the KPI progress cube.
import { z } from 'zod';
import { field, head, ref, sourceLine, text, withUnit } from './fields.ts';
import { gradeField, optionalNumber } from './grade-rules.ts';
import { fiscalYear, indicators, units } from './indicators.ts';
import { column, dataSet, linked } from './linked-data.ts';
import { ownPage } from './site-place.ts';
import { defineTable, nestedIn } from './table.ts';

const prefix = 'progress';

export const indicatorProgress = defineTable({
  name: 'indicator_progress',
  prefix,
  titleEn: 'Actuals and progress of the outcome indicators',
  description: {
    ja: '実績値のある成果指標と年度の組合せごとに1行：実績値、進捗率 = (実績値 − 基準値) / (目標値 − 基準値)、評価 S・A・B・C（grade_rules）及び出典。市の公表値を人が sources/indicator-actuals.csv に収録したもので、収録されるまでは空。',
    en: 'One row per (KPI, fiscal year) with a curated actual: the value, progressRate = (actual − baseline) / (target − baseline) and the grade S/A/B/C (grade_rules), with its provenance. From the curated sources/indicator-actuals.csv; empty until a person adds the figures the city publishes.',
  },
  schema: z
    .object({
      ...head(prefix),
      indicatorId: ref(indicators, { title: '指標ID', ja: '実績値の成果指標のID（indicators 表）。' }),
      fiscalYear: fiscalYear({
        title: '年度',
        ja: '実績値の年度（西暦。令和8年度 = 2026）。成果指標の基準年度から2035年度まで。',
        description: 'Fiscal year the actual is for, 西暦 (令和8年度 = 2026); from the KPI’s baseline year to 2035',
      }),
      actualValue: withUnit(
        field(z.number(), {
          title: '実績値',
          ja: '実績値を成果指標の単位の数値のみで記載。sources/indicator-actuals.csv に記録されたとおり。',
          description: 'The actual value as a bare number in the KPI’s unit, as sources/indicator-actuals.csv gives it',
        }),
        { unitColumn: 'unit' },
      ),
      unit: field(z.enum(units).nullable(), {
        title: '単位',
        ja: '実績値の単位。成果指標の単位（indicators 表の単位）と同じで、計画に単位の記載がない場合は空欄。',
        description: 'Unit of the actual: the KPI’s unit (indicators.unit); empty when the plan gives none',
      }),
      progressRate: optionalNumber({
        title: '進捗率',
        ja: '進捗率 (実績値 − 基準値) / (目標値 − 基準値) を小数で記載（0.25 = 25%）。倍精度で最も近い値。目標値 = 基準値（水準の維持）の場合は空欄。',
        description:
          '(actual − baseline) / (target − baseline) as a fraction (0.25 = 25 %), exact to the nearest double; empty where target = baseline (hold a level)',
      }),
      grade: gradeField,
      provenance: text({
        title: '出典',
        ja: '実績値が公表された出典（URL 又は文書名）。sources/indicator-actuals.csv に記録されたとおり。',
        description: 'Where the figure was published (a URL or a document title), as sources/indicator-actuals.csv gives it',
      }),
      sourceLine: field(sourceLine, {
        title: '出典行',
        ja: '実績値を読み取った sources/indicator-actuals.csv の行の番号（見出しが1行目）。計画本文の行ではない。',
        description: 'Line of sources/indicator-actuals.csv (the header is line 1) the actual was read from — not a line of the plan text',
      }),
    })
    .strict()
    .meta({ id: 'IndicatorProgress', title: '成果指標の実績値と進捗' }),
  nesting: nestedIn('indicatorId', 'progress', 1, 'The KPI’s curated actuals with progress rate and grade, oldest first (the indicator_progress rows)'),
  linkedData: linked({
    class: ['qb:Observation', 'yp:Actual'],
    iri: { under: 'indicatorId', path: 'actual/{fiscalYear}' },
    dataSet: {
      path: 'dataset/kpi-progress',
      label: { ja: '成果指標の実績値と進捗', en: 'actuals of the outcome indicators (KPIs), with progress rate and grade' },
      structure: 'progressStructure',
      fromScheme: false,
    },
    properties: [
      dataSet('qb:dataSet'),
      column('yp:indicator', 'indicatorId'),
      column('yp:fiscalYear', 'fiscalYear'),
      column('sdmx-measure:obsValue', 'actualValue', { as: 'decimal' }),
      column('sdmx-attribute:unitMeasure', 'unit', { as: 'unit' }),
      column('yp:progressRate', 'progressRate', { as: 'decimal' }),
      column('yp:grade', 'grade', { as: 'grade' }),
      column('yp:provenance', 'provenance'),
      // A line of sources/indicator-actuals.csv, not of the plan text: no IRI of a line of the source.
      column('yp:curatedLine', 'sourceLine'),
    ],
  }),
  site: ownPage(),
});
