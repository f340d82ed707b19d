// Curated actuals + the plan's KPIs → the indicator_progress rows (progress rate and grade by the rule of
// grade.ts) and the grade_rules codebook; and the questions the site asks of them (a KPI's series, its
// latest grade). Pure: the same actuals and KPIs give the same rows in the same order.
import type { Reporter } from '../diagnostics.ts';
import { ids } from '../ids.ts';
import { shown, type CuratedActual } from '../parse/curated-actuals.ts';
import type { Head } from '../tables/fields.ts';
import { exactOf, gradeOf, gradeRules, type Grade } from './grade.ts';
import type { Row, TableRows } from '../tables/registry.ts';

/** The last fiscal year an actual may report: the end of the vision 「よねざわ しあわせビジョン2035」 (sources/source.json visionPeriod). */
export const lastActualFiscalYear = 2035;

export const gradeRuleRows = (headOf: Head): TableRows['grade_rules'] =>
  gradeRules.map((r, k) => ({
    ...headOf(ids.grade(r.grade)),
    grade: r.grade,
    order: k + 1,
    name: r.name,
    criterion: r.criterion,
    progressRateMin: r.progressRateMin,
    progressRateMinInclusive: r.progressRateMinInclusive,
    progressRateMax: r.progressRateMax,
    progressRateMaxInclusive: r.progressRateMaxInclusive,
    holdLevel: r.holdLevel,
  }));

/**
 * One row per curated actual, in KPI order then fiscal year. An actual of an unknown KPI, a second
 * actual for the same (KPI, year) or one outside the KPI's baseline year … 2035 is an error at its line
 * of the curated file, and no row is made of it.
 */
export const buildProgress = (
  actuals: readonly CuratedActual[],
  indicators: readonly Row<'indicators'>[],
  headOf: Head,
  file: string,
  report: Reporter,
): TableRows['indicator_progress'] => {
  const kpis = new Map(indicators.map((k, order) => [k.id, { kpi: k, order }]));
  const seen = new Map<string, number>();
  const made: { order: number; row: Row<'indicator_progress'> }[] = [];
  for (const a of actuals) {
    const place = { file, line: a.line };
    const found = kpis.get(a.kpiId);
    if (!found) {
      const id = shown(a.kpiId);
      report.error(
        'curated:actual-kpi',
        place,
        indicators.length > 0 ? { id, first: indicators[0]!.id, last: indicators[indicators.length - 1]!.id } : { id, noKpis: true },
      );
      continue;
    }
    const { kpi, order } = found;
    const id = ids.progress(kpi.id, a.fiscalYear);
    const first = seen.get(id);
    if (first !== undefined) {
      report.error('curated:actual-duplicate', place, { kpi: kpi.id, year: a.fiscalYear, first }, [id]);
      continue;
    }
    seen.set(id, a.line);
    if (a.fiscalYear < kpi.baselineFiscalYear || a.fiscalYear > lastActualFiscalYear) {
      report.error('curated:actual-year-range', place, {
        year: a.fiscalYear,
        kpi: kpi.id,
        baseline: kpi.baselineFiscalYear,
        baselineNotation: kpi.baselineFiscalYearNotation,
        last: lastActualFiscalYear,
      });
      continue;
    }
    // A careless editor's 0.52 for 52％: a fraction where the plan's baseline and target are percentages of 1 or more.
    if (kpi.unit === '％' && a.value !== 0 && Math.abs(a.value) < 1 && Math.abs(kpi.baselineValue) >= 1 && Math.abs(kpi.targetValue) >= 1) {
      const e = exactOf(a.value);
      const percent = Number(`${e.n}e${2 - e.scale}`); // 0.52 → 52 exactly, not 52.00000000000001
      report.warning(
        'progress:percent-as-fraction',
        place,
        { kpi: kpi.id, year: a.fiscalYear, value: a.value, baseline: kpi.baselineNotation, target: kpi.targetNotation, percent },
        [id],
      );
    }
    const graded = gradeOf(kpi, a.value);
    if (graded.targetAgainstDirection && !graded.met) {
      report.warning(
        'progress:target-against-direction',
        place,
        {
          kpi: kpi.id,
          year: a.fiscalYear,
          value: a.value,
          target: kpi.targetNotation,
          above: kpi.targetValue > kpi.baselineValue,
          baseline: kpi.baselineNotation,
          condition: String(kpi.targetCondition),
          rate: String(graded.progressRate),
          grade: String(graded.grade),
        },
        [id, kpi.id],
      );
    }
    made.push({
      order,
      row: {
        ...headOf(id),
        indicatorId: kpi.id,
        fiscalYear: a.fiscalYear,
        actualValue: a.value,
        unit: kpi.unit,
        progressRate: graded.progressRate,
        grade: graded.grade,
        provenance: a.provenance,
        sourceLine: a.line,
      },
    });
  }
  made.sort((x, y) => x.order - y.order || x.row.fiscalYear - y.row.fiscalYear);
  return made.map((m) => m.row);
};

// ── for the site (and anyone holding a Model) ───────────────────────────────────────────────────────
// A site asks these once per KPI on every page that lists it, so each answer is read from an index of the
// table built on the first question (keyed by the table's array: the model's tables are not changed after
// the build makes them) — O(the KPI's own rows) per question, not O(every row): linear in the plan's size.

interface HasProgress {
  tables: Pick<TableRows, 'indicator_progress'>;
}

/** An index of rows by a key, built once per array (and again if the array's length changes). */
const indexBy = <R, V>(key: (r: R) => string, finish: (rows: R[]) => V) => {
  const built = new WeakMap<readonly R[], { length: number; index: Map<string, V> }>();
  return (rows: readonly R[], id: string): V | undefined => {
    let entry = built.get(rows);
    if (entry?.length !== rows.length) {
      const groups = new Map<string, R[]>();
      for (const r of rows) {
        const group = groups.get(key(r));
        if (group) group.push(r);
        else groups.set(key(r), [r]);
      }
      entry = { length: rows.length, index: new Map([...groups].map(([k, g]) => [k, finish(g)])) };
      built.set(rows, entry);
    }
    return entry.index.get(id);
  };
};

const seriesOf = indexBy(
  (p: Row<'indicator_progress'>) => p.indicatorId,
  (g) => g.sort((a, b) => a.fiscalYear - b.fiscalYear),
);
const kpiOf = indexBy(
  (k: Row<'indicators'>) => k.id,
  (g) => g[0]!,
);

/** A KPI's actuals by fiscal year, oldest first (empty when none is curated). */
export const progressSeries = (model: HasProgress, kpiId: string): Row<'indicator_progress'>[] => [...(seriesOf(model.tables.indicator_progress, kpiId) ?? [])];

/** The KPI of this ID; undefined for an unknown ID. */
export const indicatorById = (model: { tables: Pick<TableRows, 'indicators'> }, kpiId: string): Row<'indicators'> | undefined =>
  kpiOf(model.tables.indicators, kpiId);

export interface LatestProgress {
  fiscalYear: number;
  actualValue: number;
  progressRate: number | null;
  grade: Grade;
  /** The row itself, for its provenance and ID. */
  row: Row<'indicator_progress'>;
}

/** The KPI's most recent actual with its rate and grade; undefined when no actual is curated. */
export const latestProgress = (model: HasProgress, kpiId: string): LatestProgress | undefined => {
  const row = seriesOf(model.tables.indicator_progress, kpiId)?.at(-1);
  return row && { fiscalYear: row.fiscalYear, actualValue: row.actualValue, progressRate: row.progressRate, grade: row.grade, row };
};

/** The latest actual of every KPI that has one, by KPI ID: the grade per KPI on a policy, overview or department page. */
export const latestGrades = (model: HasProgress): Map<string, LatestProgress> => {
  const out = new Map<string, LatestProgress>();
  for (const id of new Set(model.tables.indicator_progress.map((p) => p.indicatorId))) out.set(id, latestProgress(model, id)!);
  return out;
};

export interface KpiChart {
  kpiId: string;
  unit: Row<'indicators'>['unit'];
  baseline: { fiscalYear: number; value: number; notation: string };
  target: { fiscalYear: number; value: number; condition: Row<'indicators'>['targetCondition']; notation: string };
  /** Oldest first. */
  actuals: { fiscalYear: number; value: number; progressRate: number | null; grade: Grade; provenance: string }[];
}

/** What a KPI's chart draws: baseline, the actuals by year and the target with its condition; undefined for an unknown KPI. */
export const kpiChart = (model: { tables: Pick<TableRows, 'indicators' | 'indicator_progress'> }, kpiId: string): KpiChart | undefined => {
  const k = indicatorById(model, kpiId);
  if (!k) return undefined;
  return {
    kpiId,
    unit: k.unit,
    baseline: { fiscalYear: k.baselineFiscalYear, value: k.baselineValue, notation: k.baselineNotation },
    target: { fiscalYear: k.targetFiscalYear, value: k.targetValue, condition: k.targetCondition, notation: k.targetNotation },
    actuals: progressSeries(model, kpiId).map((p) => ({
      fiscalYear: p.fiscalYear,
      value: p.actualValue,
      progressRate: p.progressRate,
      grade: p.grade,
      provenance: p.provenance,
    })),
  };
};

/** The codebook, for legends: grade → its name and rule, in order S, A, B, C. */
export { gradeRules, grades, type Grade, type GradeRule } from './grade.ts';
