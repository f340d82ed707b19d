// What a release changed in the KPI actuals (indicator_progress), in the words a reader of the release
// notes looks for: which KPI, which fiscal year, the value and grade before and after. The data diff
// already decides the bump (an added actual is a new record: MINOR; a corrected one a changed record:
// PATCH; a removed one, or one moved to another year, a removed ID: MAJOR); this names them.
import type { TableDiff } from './table-diff.ts';
import type { Row, Snapshot } from './snapshot.ts';
import { markdownText } from './markdown-text.ts';

export const progressTable = 'indicator_progress';

export interface KpiActual {
  actualValue: unknown;
  progressRate: unknown;
  grade: unknown;
  provenance: unknown;
}

export interface KpiActualChange {
  kpiId: string;
  fiscalYear: number;
  change: 'added' | 'corrected' | 'removed';
  old?: KpiActual;
  new?: KpiActual;
  /** For a corrected actual: the fields that changed (`sourceLine` alone: only its line in the curated file moved). */
  fields?: string[];
}

const actualOf = (r: Row): KpiActual => ({
  actualValue: r.actualValue ?? null,
  progressRate: r.progressRate ?? null,
  grade: r.grade ?? null,
  provenance: r.provenance ?? null,
});

/** `progress-4-1-1-2026` → kpi-4-1-1, 2026, when the record does not say (an older build's shape). */
const keyOf = (id: string, r: Row | undefined): { kpiId: string; fiscalYear: number } => {
  if (r && typeof r.indicatorId === 'string' && typeof r.fiscalYear === 'number') return { kpiId: r.indicatorId, fiscalYear: r.fiscalYear };
  const m = /^progress-(.+)-(\d{4})$/.exec(id);
  return m ? { kpiId: `kpi-${m[1]}`, fiscalYear: Number(m[2]) } : { kpiId: id, fiscalYear: 0 };
};

/** Every actual added, corrected or removed between two builds, by KPI then fiscal year. */
export const kpiActualChanges = (oldS: Snapshot, newS: Snapshot, tables: readonly TableDiff[]): KpiActualChange[] => {
  const t = tables.find((d) => d.table === progressTable);
  if (!t || t.status === 'unchanged') return [];
  const before = oldS.tables.get(progressTable)?.records ?? new Map<string, Row>();
  const after = newS.tables.get(progressTable)?.records ?? new Map<string, Row>();
  const out: KpiActualChange[] = [
    ...t.recordsAdded.map((id): KpiActualChange => ({ ...keyOf(id, after.get(id)), change: 'added', new: actualOf(after.get(id) ?? {}) })),
    ...t.recordsChanged.map(
      (c): KpiActualChange => ({
        ...keyOf(c.id, after.get(c.id)),
        change: 'corrected',
        old: actualOf(before.get(c.id) ?? {}),
        new: actualOf(after.get(c.id) ?? {}),
        fields: c.fields.map((f) => f.field),
      }),
    ),
    ...t.recordsRemoved.map((id): KpiActualChange => ({ ...keyOf(id, before.get(id)), change: 'removed', old: actualOf(before.get(id) ?? {}) })),
  ];
  return out.sort((a, b) => (a.kpiId < b.kpiId ? -1 : a.kpiId > b.kpiId ? 1 : 0) || a.fiscalYear - b.fiscalYear);
};

const safe = (v: unknown): string => markdownText(String(v));
const shown = (a: KpiActual | undefined): string => (a ? `${safe(a.actualValue)} (grade ${safe(a.grade)})` : '—');

/** The Markdown section of the data diff: one line per changed actual. Empty when none changed. */
export const kpiActualsMarkdown = (changes: readonly KpiActualChange[]): string[] => {
  if (changes.length === 0) return [];
  const out = ['### KPI actuals', '', '| KPI | fiscal year | change | before | after |', '|---|---:|---|---|---|'];
  for (const c of changes) {
    const what =
      c.change === 'corrected' && c.fields?.length === 1 && c.fields[0] === 'sourceLine'
        ? 'line in indicator-actuals.csv moved'
        : c.change === 'corrected'
          ? `corrected (${safe((c.fields ?? []).join(', '))})`
          : c.change;
    out.push(`| ${safe(c.kpiId)} | ${safe(c.fiscalYear)} | ${what} | ${shown(c.old)} | ${shown(c.new)} |`);
  }
  out.push('');
  return out;
};
