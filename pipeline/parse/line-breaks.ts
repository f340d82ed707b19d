// Where a line continues, read from the text alone. A PDF wraps a line wherever its text block ends, and
// the block's width is the layout's, not the text's: no column count may decide what a line means. What
// the text itself says about a line break:
//   - it falls inside a phrase when the line before cannot end one — it ends with an opening bracket, a
//     comma 、, a middle dot ・, a particle or connective form (の を に が は へ と で や も て), or with a
//     bracket still open — or when the line after cannot start one: it starts with what Japanese
//     typesetting never puts at a line's start (行頭禁則: closing brackets, 、。, small kana, ー, 々, ※, ％)
//     or with the particle を or の;
//   - otherwise nothing in the text decides it: a line that ends on a word and a line that starts one
//     may be one phrase the PDF wrapped between two words, or two entries of a list. The parser that
//     meets such a break says so at the line (parse:ambiguous-line-break), and says how it read it.
// Markers (⚫, ①, 【施策 …】, codes), headings and sentence ends (。) are the parsers' own: they delimit
// entries before this question arises.
import type { SourceLine } from './lines.ts';
import { joinLines } from './text.ts';

/** 行頭禁則: what never starts a line, so a line starting with it continues the one before. */
export const cannotStart = /^[、。，．,.：:；;？?！!）)］\]｝}」』】〕〉》’”ゝゞー々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ％%※]/;
/** 行末禁則: what never ends a line. */
export const cannotEnd = /[（(［[｛{「『【〔〈《‘“]$/;
/** What ends inside a phrase: a comma, a middle dot, a particle or a connective form. */
export const endsInsidePhrase = /[、，,・のをにがはへとでやもて]$/;
/** What starts inside a phrase: the particles を and の, which no entry of a plan's list starts with. */
export const startsInsidePhrase = /^[をの]/;

const opening = '（(［[｛{「『【〔〈《‘“';
const closing = '）)］]｝}」』】〕〉》’”';

/** Whether a bracket opened in the text is still open at its end. */
export const bracketOpen = (text: string): boolean => {
  let depth = 0;
  for (const ch of text) {
    if (opening.includes(ch)) depth += 1;
    else if (closing.includes(ch) && depth > 0) depth -= 1;
  }
  return depth > 0;
};

export type LineBreak = 'inside' | 'undecided';

/** What the text says about the break between a line and the next one (both as written). */
export const lineBreak = (before: string, after: string): LineBreak => {
  const b = before.trimEnd();
  const a = after.trimStart();
  if (cannotEnd.test(b) || endsInsidePhrase.test(b) || bracketOpen(b)) return 'inside';
  if (cannotStart.test(a) || startsInsidePhrase.test(a)) return 'inside';
  return 'undecided';
};

/** The last and first few characters of two lines, for a message: 「…の改修」|「小中学校…」. */
export const breakExcerpt = (before: string, after: string): string => {
  const b = [...before.trim()];
  const a = [...after.trim()];
  return `「${b.length > 8 ? '…' : ''}${b.slice(-8).join('')}」|「${a.slice(0, 8).join('')}${a.length > 8 ? '…' : ''}」`;
};

/**
 * Lines whose label bracket 【 is still open at their end, joined with the lines that close it (the PDF
 * wrapped 「【担当課】」 or 「【施策 1-1-1】」): a label is one mark, never split. The joined line keeps the
 * first line's number.
 */
export const joinOpenLabels = (lines: readonly SourceLine[]): SourceLine[] => {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const l = lines[i]!;
    let open = labelOpen(l.text);
    if (!open) {
      out.push(l);
      continue;
    }
    const pieces = [l.text];
    let j = i + 1;
    for (; j < lines.length && open; j += 1) {
      const piece = lines[j]!.text;
      if (piece.trim() === '') continue;
      pieces.push(piece);
      if (piece.includes('】')) open = labelOpen(piece);
    }
    out.push({ line: l.line, text: joinLines(pieces) });
    i = j - 1;
  }
  return out;
};

/** Whether a 【 is open at the end of the text (its last 【 comes after its last 】). */
const labelOpen = (text: string): boolean => text.lastIndexOf('【') > text.lastIndexOf('】');
