// Warnings and notes of every stage → quality-report.json: what the source gets wrong or leaves open.
import type { Diagnostic } from '../diagnostics.ts';
import { sortDiagnostics } from '../diagnostics.ts';
import type { QualityEntry, QualityReport } from '../model/documents.ts';
import type { Provenance } from './plan.ts';

export const toQualityReport = (diagnostics: readonly Diagnostic[], { config, source, sha256 }: Provenance): QualityReport => {
  const entries: QualityEntry[] = sortDiagnostics(diagnostics)
    .filter((d): d is Diagnostic & { severity: 'warning' | 'info' } => d.severity !== 'error')
    .map((d) => ({ severity: d.severity, ruleId: d.ruleId, file: d.file, line: d.line, column: d.column, reason: d.reason, recordIds: d.recordIds ?? [] }));
  const byRule: Record<string, number> = {};
  for (const e of entries) byRule[e.ruleId] = (byRule[e.ruleId] ?? 0) + 1;
  return {
    municipalityCode: config.municipality.code,
    datasetVersion: config.version,
    source: { file: source.file, sha256 },
    summary: {
      warnings: entries.filter((e) => e.severity === 'warning').length,
      infos: entries.filter((e) => e.severity === 'info').length,
      byRule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1))),
    },
    entries,
  };
};
