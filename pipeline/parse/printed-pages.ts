// The printed page numbers the extracted text kept, so that a reader can find a statement in the PDF. A page
// whose number survived starts with the plan's running header (「第３部 前期基本計画」, the block sections.ts
// drops as layout) followed, after blank lines, by a number alone on its line; it runs to the next page break
// the text shows: the next such header, a heading that always starts a page (a chapter, a goal's or a
// policy's page), or the end of the file. The extraction lost the numbers of the other pages: their lines get
// none, never one counted from a neighbour or from a number of lines per page.
import { goalPageHeading, headings, pageFooter, pageNumber, policyPageHeading } from './sections.ts';
import type { SourceLine } from './lines.ts';
import { digitsToNumber } from './text.ts';

export interface PrintedPage {
  /** The number printed on the page. */
  page: number;
  /** The line of its running header: the first line of the page the text shows. */
  firstLine: number;
  /** Its last line with text before the next page break. */
  lastLine: number;
}

const startsPage = (text: string): boolean =>
  pageFooter.test(text) ||
  headings.chapter1.re.test(text) ||
  headings.chapter2.re.test(text) ||
  headings.chapter3.re.test(text) ||
  goalPageHeading.test(text) ||
  policyPageHeading.test(text);

/** Every page of the text whose printed number survived, in the order of the text. One pass over the lines. */
export const printedPages = (lines: readonly SourceLine[]): PrintedPage[] => {
  const pages: PrintedPage[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!pageFooter.test(lines[i]!.text)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.text.trim() === '') j += 1;
    if (j === lines.length || !pageNumber.test(lines[j]!.text)) continue;
    let end = j + 1;
    while (end < lines.length && !startsPage(lines[end]!.text)) end += 1;
    let last = end - 1;
    while (last > j && lines[last]!.text.trim() === '') last -= 1;
    pages.push({ page: digitsToNumber(lines[j]!.text.trim()), firstLine: lines[i]!.line, lastLine: lines[last]!.line });
    i = end - 1;
  }
  return pages;
};
