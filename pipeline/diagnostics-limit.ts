// Every command prints at most a fixed number of diagnostics, the first ones by place, and counts the rest:
// a hostile file can produce millions, and a terminal (or a CI log) should get the first hundred, fast.
// Selecting the first N is one pass (O(n log N)), never a sort of everything.
import { bilingual, compareDiagnostics, formatDiagnostic, type Diagnostic } from './diagnostics.ts';

/** How many diagnostics the CLI prints (docs/cli.md: "Diagnostics"). */
export const PRINT_LIMIT = 100;

interface Selection {
  /** The first `limit` errors and warnings by place, sorted. */
  shown: Diagnostic[];
  /** Errors and warnings not shown. */
  hidden: { errors: number; warnings: number };
}

/** The first `limit` errors and warnings (infos are for the quality report, never printed). */
export const firstDiagnostics = (diagnostics: readonly Diagnostic[], limit = PRINT_LIMIT): Selection => {
  const shown: Diagnostic[] = [];
  const counts = { errors: 0, warnings: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    counts[d.severity === 'error' ? 'errors' : 'warnings'] += 1;
    if (shown.length === limit && compareDiagnostics(d, shown[limit - 1]!) >= 0) continue;
    // Binary search for the first element after d: equal diagnostics keep their order.
    let lo = 0;
    let hi = shown.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareDiagnostics(shown[mid]!, d) <= 0) lo = mid + 1;
      else hi = mid;
    }
    shown.splice(lo, 0, d);
    if (shown.length > limit) shown.pop();
  }
  const shownErrors = shown.filter((d) => d.severity === 'error').length;
  return { shown, hidden: { errors: counts.errors - shownErrors, warnings: counts.warnings - (shown.length - shownErrors) } };
};

/**
 * What a command prints of its diagnostics (the build and the release commands alike): the first `limit`
 * errors and warnings by place, one `file:line:column  severity  reason  (rule)` line each, then a count
 * of the rest. Empty when there is nothing to print.
 */
export const formatFirst = (diagnostics: readonly Diagnostic[], limit = PRINT_LIMIT): string => {
  const { shown, hidden } = firstDiagnostics(diagnostics, limit);
  const more =
    hidden.errors + hidden.warnings > 0
      ? `${bilingual({
          ja: `ほかにエラー ${hidden.errors} 件と警告 ${hidden.warnings} 件（表示は場所の順に最初の ${limit} 件）`,
          en: `… and ${hidden.errors} more error(s) and ${hidden.warnings} more warning(s) not shown (the first ${limit} by place are above)`,
        })}\n`
      : '';
  return `${shown.map((d) => `${formatDiagnostic(d)}\n`).join('')}${more}`;
};
