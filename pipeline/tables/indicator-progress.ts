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
    en: 'One row per (KPI, fiscal year) with a curated actual: the value, progressRate = (actual − baseline) / (target − baseline) and the grade S/A/B/C (grade_rules), with its provenance. From the curated sources/indicator-actuals.csv; empty until a person adds the figures the city publishes.',
  },
  schema: z
    .object({
      ...head(prefix),
      indicatorId: ref(indicators, { title: '指標ID' }),
      fiscalYear: fiscalYear('年度', 'Fiscal year the actual is for, 西暦 (令和8年度 = 2026); from the KPI’s baseline year to 2035'),
      actualValue: withUnit(
        field(z.number(), { title: '実績値', description: 'The actual value as a bare number in the KPI’s unit, as sources/indicator-actuals.csv gives it' }),
        { unitColumn: 'unit' },
      ),
      unit: field(z.enum(units).nullable(), {
        title: '単位',
        description: 'Unit of the actual: the KPI’s unit (indicators.unit); empty when the plan gives none',
      }),
      progressRate: optionalNumber({
        title: '進捗率',
        description:
          '(actual − baseline) / (target − baseline) as a fraction (0.25 = 25 %), exact to the nearest double; empty where target = baseline (hold a level)',
      }),
      grade: gradeField,
      provenance: text({ title: '出典', description: 'Where the figure was published (a URL or a document title), as sources/indicator-actuals.csv gives it' }),
      sourceLine: field(sourceLine, {
        title: '出典行',
        description: 'Line of sources/indicator-actuals.csv (the header is line 1) the actual was read from — not a line of the plan text',
      }),
    })
    .strict()
    .meta({ id: 'IndicatorProgress', title: '成果指標の実績値と進捗' }),
  nesting: nestedIn('indicatorId', 'progress', 1, 'The KPI’s curated actuals with progress rate and grade, oldest first (the indicator_progress rows)'),
  linkedData: linked({
    class: 'qb:Observation',
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
      column('yp:curatedLine', 'sourceLine'),
    ],
  }),
  site: ownPage(),
});
