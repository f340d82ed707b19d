// Warnings and notes of every stage → quality-report.json: what the source gets wrong or leaves open, and
// the catalogue of the rules an entry can name (pipeline/rules.ts), so a reader can look each one up.
import type { Diagnostic } from '../diagnostics.ts';
import { sortDiagnostics } from '../diagnostics.ts';
import type { QualityEntry, QualityReport, QualityRule } from '../model/documents.ts';
import { reportableRuleIds, rules } from '../rules.ts';
import type { Provenance } from './output-format.ts';

export const toQualityReport = (diagnostics: readonly Diagnostic[], { config, source, sha256 }: Provenance): QualityReport => {
  const entries: QualityEntry[] = sortDiagnostics(diagnostics)
    .filter((d): d is Diagnostic & { severity: 'warning' | 'info' } => d.severity !== 'error')
    .map((d) => ({
      severity: d.severity,
      ruleId: d.ruleId,
      file: d.file,
      line: d.line,
      column: d.column,
      reason: d.reason,
      ja: { reason: d.reasonJa },
      recordIds: d.recordIds ?? [],
    }));
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
    rules: reportableRuleIds.map(
      (ruleId): QualityRule => ({
        ruleId,
        severity: rules[ruleId].severity as QualityRule['severity'],
        summary: rules[ruleId].summary,
        action: rules[ruleId].action,
        ja: { summary: rules[ruleId].ja.summary, action: rules[ruleId].ja.action },
      }),
    ),
    entries,
  };
};
