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
import type { QualityEntry } from '../pipeline/model/documents.ts';
import type { Site } from '../pipeline/emit/site/context.ts';
import { Linker } from '../pipeline/emit/site/page-paths.ts';
import { progressWarnings } from '../pipeline/emit/site/progress.ts';
import { qualityEntryFor } from '../pipeline/emit/site/quality.ts';
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

/** The work counted at n = 250 and at 4n grows under 5×: linear is 4.0 (an index, built once); a scan per item ~16. */
const assertLinear = (readsAt: (n: number) => number, rows: string, items: string): void => {
  const n = 250;
  const small = readsAt(n);
  const large = readsAt(4 * n);
  const ratio = large / small;
  assert.ok(ratio < 5, `${small} ${rows} read for ${n} ${items}, ${large} for ${4 * n}: ${ratio.toFixed(1)}×`);
};

describe('KPI progress grows linearly with the number of KPIs (issue 23 §2)', () => {
  it('reads about 4× the rows at 4× the KPIs: building indicator_progress and every KPI’s chart, series and latest grade', () => {
    assertLinear(readsFor, 'rows', 'KPIs');
  });
});

/**
 * Quality-report entries read to show every actual's warnings on a page, as the site does (on ≥ 5 pages each):
 * n actuals, each named by one progress:percent-as-fraction entry, beside n entries of other records, plus
 * qualityEntryFor asked once per actual. The entries are read through the counting proxy.
 */
const entryReadsFor = (n: number): number => {
  const reads = { n: 0 };
  const progress = Array.from({ length: n }, (_, k) => ({ id: `progress-4-1-${k + 1}-2026`, indicatorId: template.id, actualValue: 0.5 }));
  const entry = (ruleId: string, recordIds: string[]): QualityEntry => ({
    severity: 'warning',
    ruleId,
    file: 'f',
    line: 1,
    column: 0,
    reason: 'r',
    ja: { reason: 'r' },
    recordIds,
  });
  const entries = counted(
    progress.flatMap((p, k) => [entry('progress:percent-as-fraction', [p.id, template.id]), entry('integrity:pillar-name-mismatch', [`pillar-9-9-${k + 1}`])]),
    reads,
  );
  const site = { links: { row: () => template }, report: { entries, rules: [] } } as unknown as Site;
  const link = new Linker('kpi/4-1-1/index.html');
  for (const p of progress) {
    assert.match(String(progressWarnings(site, link, p as unknown as Row<'indicator_progress'>)), /割合で書かれているおそれ/);
    assert.ok(qualityEntryFor(site, p.id, 'progress:percent-as-fraction'));
  }
  return reads.n;
};

describe('the site looks up an actual’s quality-report entries by its ID (issue 23 §2)', () => {
  it('reads about 4× the entries at 4× the actuals (a scan of the report per actual: ~16×)', () => {
    assertLinear(entryReadsFor, 'entries', 'actuals');
  });
});
