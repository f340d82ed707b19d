// Every statement of the goal and policy pages — a ⚫ action, opinion, expected action or current issue,
// and the 目指す姿 paragraph — is a sentence that ends in 。. One that does not has lost its end (a line
// dropped at a page break, a file cut short), and one that goes on after its 。 has had a stray line glued
// to it. Either way the published text would differ from the plan's without a word: so it is reported.
import type { Message, Reporter } from '../diagnostics.ts';
import { endsSentence } from './bullets.ts';

export interface CheckedStatement {
  raw: string;
  line: number;
  lastLine: number;
  continuedAfterEnd?: number;
  /** ID of the record the statement becomes. */
  recordId: string;
  /** What it is, for the message: 「施策 4-1 pillar 1 action 2」. */
  what: Message;
}

const excerpt = (text: string): string => (text.length > 24 ? `…${text.slice(-24)}` : text);

/**
 * Statements that do not end their sentence are errors; the last one of a page that ends the file says the
 * file ends in mid-sentence. A line that continues a statement after its 。 is a warning (it may be the
 * author's second sentence wrapped at exactly that point).
 */
export const checkStatements = (statements: readonly CheckedStatement[], endsFile: boolean, file: string, report: Reporter): void => {
  const last = statements.reduce<CheckedStatement | undefined>((a, s) => (a && a.lastLine >= s.lastLine ? a : s), undefined);
  for (const s of statements) {
    if (!endsSentence(s.raw)) {
      if (endsFile && s === last) {
        report.error('parse:source-ends-mid-sentence', { file, line: s.lastLine }, { what: s.what, line: s.line, excerpt: excerpt(s.raw.trim()) }, [
          s.recordId,
        ]);
      } else {
        report.error('parse:unfinished-statement', { file, line: s.lastLine }, { what: s.what, line: s.line, excerpt: excerpt(s.raw.trim()) }, [s.recordId]);
      }
    }
    if (s.continuedAfterEnd !== undefined) {
      report.warning('parse:text-after-statement', { file, line: s.continuedAfterEnd }, { what: s.what, line: s.line, continued: s.continuedAfterEnd }, [
        s.recordId,
      ]);
    }
  }
};
