// KPI progress is linear in the plan's size (issue 23 §2), proved by counting work, never by a clock: the
// questions a site asks once per KPI on every page that lists it (its chart, its series, its latest
// grade) and the building of indicator_progress read the tables through a counting proxy, at n and at 4n
// KPIs with two actuals each. Linear work reads about 4× as many rows at 4n; a scan per KPI reads 16×.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Reporter } from '../pipeline/diagnostics.ts';
import type { Row } from '../pipeline/tables/registry.ts';
import { buildProgress, kpiChart, latestGrades, latestProgress, progressSeries } from '../pipeline/model/progress.ts';
import type { CuratedActual } from '../pipeline/parse/curated-actuals.ts';
import { root } from './helpers.ts';

type Kpi = Row<'indicators'>;

/** Policy 4-1's first KPI as published, the template every synthetic KPI copies under its own ID. */
const template = (JSON.parse(readFileSync(join(root, 'dist', '062022_indicators.json'), 'utf8')) as Kpi[]).find((k) => k.id === 'kpi-4-1-1')!;

/** The array behind a proxy that counts every element read (rows[i], and so every map, filter, find, for…of). */
const counted = <T>(rows: T[], reads: { n: number }): T[] =>
  new Proxy(rows, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.n += 1;
      return Reflect.get(target, key, receiver);
    },
  });

/** Rows read to build the progress of n KPIs (two actuals each) and to ask each KPI's questions as a site page does. */
const readsFor = (n: number): number => {
  const reads = { n: 0 };
  const kpis = Array.from({ length: n }, (_, k): Kpi => ({ ...template, id: `kpi-4-1-${k + 1}`, sourceLine: 969 + k }));
  const actuals = kpis.flatMap((k, j): CuratedActual[] =>
    [2026, 2025].map((fiscalYear, y) => ({ kpiId: k.id, fiscalYear, value: 50 + y, provenance: 'test', line: 2 + 2 * j + y })),
  );
  const head = (id: string) => ({ municipalityCode: '062022', id, municipalityName: '山形県米沢市' });
  const report = new Reporter();
  const indicators = counted(kpis, reads);
  const progress = buildProgress(counted(actuals, reads), indicators, head, 'indicator-actuals.csv', report);
  assert.equal(progress.length, 2 * n);
  const model = { tables: { indicators, indicator_progress: counted(progress, reads) } };
  for (const k of kpis) {
    assert.equal(kpiChart(model, k.id)!.actuals.length, 2);
    assert.deepEqual(
      progressSeries(model, k.id).map((p) => p.fiscalYear),
      [2025, 2026],
    );
    assert.equal(latestProgress(model, k.id)!.fiscalYear, 2026);
  }
  assert.equal(latestGrades(model).size, n);
  return reads.n;
};

describe('KPI progress grows linearly with the number of KPIs (issue 23 §2)', () => {
  it('reads about 4× the rows at 4× the KPIs: building indicator_progress and every KPI’s chart, series and latest grade', () => {
    const n = 250;
    const small = readsFor(n);
    const large = readsFor(4 * n);
    const ratio = large / small;
    // Linear: 4.0 (an index per table, built once); a lookup that scans the table per KPI: ~16.
    assert.ok(ratio < 5, `${small} rows read for ${n} KPIs, ${large} for ${4 * n}: ${ratio.toFixed(1)}×`);
  });
});
