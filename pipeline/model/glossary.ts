// Glossary: terms from the pages' footnotes (＊term：＊＊＊), and every ※ mark in a record's text
// matched to the footnote term it follows. Definitions are masked in the source: published empty.
import type { Reporter } from '../diagnostics.ts';
import type { FootnoteEntity } from '../parse/policy-pages.ts';
import { ids } from '../ids.ts';
import { comparable } from '../parse/text.ts';
import { sha256Hex } from '../sha256.ts';

export interface MarkedText {
  recordId: string;
  policyCode: string;
  raw: string;
  /** The record's first line. */
  line: number;
  /** The line of each ※ in raw, in order, when the text spreads over lines. */
  markLines?: number[];
}

export const termId = (term: string): string => ids.term(sha256Hex(comparable(term)).slice(0, 10));

export interface Glossary {
  terms: { id: string; term: string; definition: string | null; masked: boolean; line: number }[];
  usages: { id: string; termId: string; policyCode: string; recordId: string; line: number }[];
}

/**
 * `lastPage` is the code of the policy page that ends the file. Its footnotes close it: a ※ of that page
 * with no footnote on it means the file stops before the page's end (the footnotes were cut off).
 */
export const buildGlossary = (
  footnotes: readonly (FootnoteEntity & { policyCode: string })[],
  texts: readonly MarkedText[],
  file: string,
  lastPage: string | undefined,
  report: Reporter,
): Glossary => {
  const terms = new Map<string, Glossary['terms'][number]>();
  for (const f of [...footnotes].sort((a, b) => a.line - b.line)) {
    const id = termId(f.term);
    const known = terms.get(id);
    if (!known) terms.set(id, { id, term: f.term, definition: f.definition, masked: f.masked, line: f.line });
    else if (known.definition !== f.definition) {
      report.warning('glossary:definition-differs', { file, line: f.line }, { term: f.term, first: known.line }, [id]);
    }
  }
  // Longest term first, so 「新しい認知症観」 wins over a shorter term it ends with.
  const candidates = [...terms.values()].sort((a, b) => comparable(b.term).length - comparable(a.term).length);
  // The terms the page that ends the file defines: a ※ there without one means the footnotes were cut off.
  const lastPageTerms = new Set(footnotes.filter((f) => f.policyCode === lastPage).map((f) => termId(f.term)));
  const usages: Glossary['usages'] = [];
  const used = new Set<string>();
  for (const t of texts) {
    let k = 0;
    let nth = 0;
    for (const m of t.raw.matchAll(/※/g)) {
      // A usage is located at its ※, not at the record's first line (メンタルヘル / ス※: line 1072, not 1070).
      const line = t.markLines?.[nth] ?? t.line;
      nth += 1;
      const before = comparable(t.raw.slice(0, m.index));
      const term = candidates.find((c) => before.endsWith(comparable(c.term)));
      const after = t.raw.slice(Math.max(0, m.index! - 12), m.index);
      if (t.policyCode === lastPage && !(term && lastPageTerms.has(term.id))) {
        report.error('glossary:source-ends-early', { file, line }, { after, policy: lastPage }, [t.recordId]);
      }
      if (!term) {
        report.warning('glossary:unknown-term', { file, line }, { after }, [t.recordId]);
        continue;
      }
      k += 1;
      used.add(term.id);
      usages.push({ id: ids.termUsage(t.recordId, k), termId: term.id, policyCode: t.policyCode, recordId: t.recordId, line });
    }
  }
  for (const t of terms.values()) {
    if (!used.has(t.id)) report.warning('glossary:unused-term', { file, line: t.line }, { term: t.term }, [t.id]);
    if (t.definition === null) {
      report.info('unresolved:glossary-definition', { file, line: t.line }, { term: t.term }, [t.id]);
    }
  }
  return { terms: [...terms.values()], usages };
};
