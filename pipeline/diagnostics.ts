// One Diagnostic type for every stage: a reason, a place and a rule id, printed by the CLI sorted by place.

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** What is wrong, and what was expected instead. */
  reason: string;
  /** File the place refers to (as given on the command line, or the source's name). */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column (in characters); 0 when unknown. */
  column: number;
  /** `stage:rule`, e.g. `parse:goal-statement`. */
  ruleId: string;
  severity: Severity;
  /** IDs of the published records the diagnostic concerns, for the quality report. */
  recordIds?: string[];
}

export interface Place {
  file: string;
  line: number;
  column?: number;
}

export const diagnostic = (
  severity: Severity,
  ruleId: string,
  place: Place,
  reason: string,
  recordIds?: string[],
): Diagnostic => ({
  reason,
  file: place.file,
  line: place.line,
  column: place.column ?? 0,
  ruleId,
  severity,
  ...(recordIds ? { recordIds } : {}),
});

export const error = (ruleId: string, place: Place, reason: string, recordIds?: string[]): Diagnostic =>
  diagnostic('error', ruleId, place, reason, recordIds);
export const warning = (ruleId: string, place: Place, reason: string, recordIds?: string[]): Diagnostic =>
  diagnostic('warning', ruleId, place, reason, recordIds);
export const info = (ruleId: string, place: Place, reason: string, recordIds?: string[]): Diagnostic =>
  diagnostic('info', ruleId, place, reason, recordIds);

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** By file, line, column, then severity and rule, so output is stable. */
export const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
  a.line - b.line ||
  a.column - b.column ||
  severityRank[a.severity] - severityRank[b.severity] ||
  (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
  (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);

/** Sorted by file, line, column, then severity and rule, so output is stable. */
export const sortDiagnostics = (diagnostics: readonly Diagnostic[]): Diagnostic[] => [...diagnostics].sort(compareDiagnostics);

/** `file:line:column  severity  reason  (rule)` — the form editors and people can jump to. */
export const formatDiagnostic = (d: Diagnostic): string =>
  `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.reason}  (${d.ruleId})`;
