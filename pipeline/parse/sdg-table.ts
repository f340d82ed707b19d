// The policy × SDGs table. Extraction kept, per policy, only how many ● its row has among SDGs 1–7;
// the SDG 8–17 half arrives as rows of bare ● with no policy label. Both are read as they are: the
// column of each ● is lost and nothing here pretends otherwise.
import type { Reporter } from '../diagnostics.ts';
import type { SourceLine } from './lines.ts';
import { digitsToNumber } from './text.ts';

export interface SdgRow {
  goal: number;
  policy: number;
  marks: number;
  line: number;
}
export interface SdgTable {
  /** Rows of the SDG 1–7 half, labelled with their policy. */
  firstHalf: SdgRow[];
  /** Rows of the SDG 8–17 half: only mark counts, no policy. */
  secondHalf: { marks: number; line: number }[];
  line: number;
}

// A labelled row is 「code　name ● ● …」: the name has no ●, and from the first ● on only ● and spaces.
// Split in code, not by a lazy name before (\s*●)*\s*$ (quadratic on a row of spaces).
export const labelledRow = /^\s*([0-9０-９])[-－]([0-9０-９])[\u3000 ]/;
export const marksOnly = /^[\s\u3000●]*$/;
export const bareRow = /^[\s\u3000]*●[\s\u3000●]*$/;

/** The ● of a labelled row, or undefined when text follows a ●. */
const marksOf = (rest: string): number | undefined => {
  const first = rest.indexOf('●');
  if (first < 0) return 0;
  return marksOnly.test(rest.slice(first)) ? (rest.match(/●/g) ?? []).length : undefined;
};

/**
 * A row the PDF wrapped continues on the lines right after it: the rest of its name (and maybe its marks) while
 * it has no ● yet, and more ● after a line that ended with one. A line that starts with a digit (a label, the
 * next row) ends it.
 */
const continues = (row: { text: string }, next: string): boolean => {
  if (labelledRow.test(next) || /^\s*[0-9０-９]/.test(next)) return false;
  if (!row.text.includes('●')) return marksOf(next) !== undefined || bareRow.test(next);
  return /●\s*$/.test(row.text) && bareRow.test(next);
};

export const parseSdgTable = (lines: readonly SourceLine[], file: string, report: Reporter): SdgTable => {
  const value: SdgTable = { firstHalf: [], secondHalf: [], line: lines[0]?.line ?? 0 };
  const body = lines.filter((l) => l.text.trim() !== '');
  for (let k = 0; k < body.length; k += 1) {
    const l = body[k]!;
    const m = labelledRow.exec(l.text);
    if (m) {
      const row = { text: l.text.slice(m[0].length) };
      while (k + 1 < body.length && continues(row, body[k + 1]!.text)) {
        row.text = `${row.text.trimEnd()} ${body[k + 1]!.text.trim()}`;
        k += 1;
      }
      const marks = marksOf(row.text);
      if (marks !== undefined) value.firstHalf.push({ goal: digitsToNumber(m[1]!), policy: digitsToNumber(m[2]!), marks, line: l.line });
    } else if (bareRow.test(l.text)) {
      value.secondHalf.push({ marks: (l.text.match(/●/g) ?? []).length, line: l.line });
    }
  }
  if (value.firstHalf.length === 0) report.warning('parse:sdg-table', { file, line: value.line }, {});
  return value;
};
