// grade_rules: the codebook of indicator_progress.grade — one row per grade S, A, B, C with its rule and
// its progressRate bounds. Defined by this project (docs/kpi-progress.md; model/grade.ts), not by
// the plan: it has no 出典行. The linked data publishes it as the vocabulary's grades code list.
import { z } from 'zod';
import { count, field, flag, head, text, type FieldMeta } from './fields.ts';
import { column, linked } from './linked-data.ts';
import { onSitePage } from './site-place.ts';
import { defineTable, notInPlan } from './table.ts';

export const gradeLetters = ['S', 'A', 'B', 'C'] as const;
export const gradeField = field(z.enum(gradeLetters), {
  title: '評価',
  ja: '成果指標の進捗の評価：S 目標達成、A 前進、B 横ばい、C 後退。判定基準は grade_rules 表のとおり。',
  description: 'Grade of the KPI’s progress: S target met, A progressing, B no clear change, C moving away — the rule is the grade_rules table',
});

// zod writes a bare nullable number or boolean as `type: [T, "null"]`; the inner title keeps the `anyOf`
// form every other nullable column has, which the emitters read.
export const optionalNumber = (meta: FieldMeta) => field(z.number().meta({ title: meta.title }).nullable(), meta);
const optionalFlag = (meta: FieldMeta) => field(z.boolean().meta({ title: meta.title }).nullable(), meta);

const prefix = 'grade';

export const gradeRules = defineTable({
  name: 'grade_rules',
  prefix,
  titleEn: 'Grading rules for outcome-indicator progress',
  description: {
    ja: '成果指標の進捗の評価（indicator_progress 表の S・A・B・C）の判定基準。評価ごとに1行で、判定基準と進捗率の範囲を記載。計画ではなくこのデータが定めたもの（各行がその判定基準を記載）で、出典行はない。',
    en: 'The codebook of indicator_progress.grade: one row per grade S, A, B, C with its rule and its progressRate bounds. Defined by this project, not by the plan (each row states its rule): it has no 出典行.',
  },
  schema: z
    .object({
      ...head(prefix),
      grade: gradeField,
      order: count({ title: '順序', ja: '評価の順番（Sが最初）。', description: 'Position of the grade, S first' }),
      name: text({ title: '評価名', ja: '評価の名称（目標達成、前進、横ばい、後退）。', description: 'Name of the grade (目標達成, 前進, 横ばい, 後退)' }),
      criterion: text({ title: '判定基準', ja: '評価を与える判定基準の全文。', description: 'The rule that gives the grade, in full' }),
      progressRateMin: optionalNumber({
        title: '進捗率下限',
        ja: 'この評価となる進捗率の下限。下限がない場合は空欄。',
        description: 'Lower bound on progressRate for this grade; empty when there is none',
      }),
      progressRateMinInclusive: optionalFlag({
        title: '下限を含む',
        ja: '進捗率が下限と等しい場合もこの評価となるときは true。下限がない場合は空欄。',
        description: 'true when progressRate may equal the lower bound; empty when there is none',
      }),
      progressRateMax: optionalNumber({
        title: '進捗率上限',
        ja: 'この評価となる進捗率の上限。上限がない場合は空欄。',
        description: 'Upper bound on progressRate for this grade; empty when there is none',
      }),
      progressRateMaxInclusive: optionalFlag({
        title: '上限を含む',
        ja: '進捗率が上限と等しい場合もこの評価となるときは true。上限がない場合は空欄。',
        description: 'true when progressRate may equal the upper bound; empty when there is none',
      }),
      holdLevel: flag({
        title: '水準維持で適用',
        ja: '目標値 = 基準値（水準の維持）の場合にもこの評価を用いるときは true（目標を満たせば S、満たさなければ C）。',
        description: 'true when the grade is also given where target = baseline (hold a level): S if met, else C',
      }),
    })
    .strict()
    .meta({ id: 'GradeRule', title: '成果指標の進捗評価の基準' }),
  nesting: notInPlan('a codebook of a rule of this project, not a part of the plan'),
  linkedData: linked({
    // The grades code list of the vocabulary (yp:grades): each row is the concept yp:gradeS, …
    class: ['skos:Concept', 'yp:GradeRule'],
    iri: { vocabularyTerm: 'grade{grade}' },
    properties: [
      column('skos:notation', 'grade'),
      column('yp:order', 'order'),
      column('skos:altLabel', 'name'),
      column('skos:definition', 'criterion'),
      column('yp:progressRateMin', 'progressRateMin', { as: 'decimal' }),
      column('yp:progressRateMinInclusive', 'progressRateMinInclusive'),
      column('yp:progressRateMax', 'progressRateMax', { as: 'decimal' }),
      column('yp:progressRateMaxInclusive', 'progressRateMaxInclusive'),
      column('yp:holdLevel', 'holdLevel'),
    ],
  }),
  site: onSitePage('kpi-progress'),
});
