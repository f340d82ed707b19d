// Text normalisation shared by every parser, as the data contract fixes it: PDF line breaks joined,
// glossary marks ※ dropped, and the spaces that extraction puts where Japanese meets Latin letters or
// digits removed. Spaces between two Japanese words are kept: they may be the author's.

/** Hiragana, katakana, kanji, CJK punctuation and full-width forms. */
const JA = '\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}\\u3001-\\u303F\\u30FB\\u30FC\\uFF01-\\uFF60\\uFFE0-\\uFFE6';
/** Japanese punctuation that is never followed or preceded by a meaningful space. */
const JA_PUNCT = '\\u3001\\u3002\\u300C-\\u3011\\u30FB\\uFF08\\uFF09\\uFF0C\\uFF0E\\uFF1A\\uFF1B';
const LATIN = 'A-Za-z0-9%';
const SPACE = '[ \\t\\u3000]+';

export const japaneseLatin = new RegExp(`(?<=[${JA}])${SPACE}(?=[${LATIN}])|(?<=[${LATIN}])${SPACE}(?=[${JA}])`, 'gu');
export const aroundPunct = new RegExp(`(?<=[${JA_PUNCT}])${SPACE}(?=[${JA}${LATIN}])|(?<=[${JA}${LATIN}])${SPACE}(?=[${JA_PUNCT}])`, 'gu');

/** Removes the spaces extraction inserted between Japanese and Latin letters or digits, and next to Japanese punctuation. */
export const removeExtractionSpaces = (text: string): string => text.replace(japaneseLatin, '').replace(aroundPunct, '');

/** The line of each glossary mark ※ in pieces of text, in order (one entry per mark). */
export const markLinesOf = (pieces: readonly { text: string; line: number }[]): number[] =>
  pieces.flatMap((p) => [...p.text].filter((c) => c === '※').map(() => p.line));

/** Glossary mark ※ dropped. (The footnotes' ＊term：… lines are the footnote parser's, parse/policy-pages.ts.) */
export const dropGlossaryMarks = (text: string): string => text.replace(/※/g, '');

/** Joins the pieces of one statement that the PDF broke over lines. */
export const joinLines = (pieces: readonly string[]): string => {
  const kept = pieces.map((p) => p.trim()).filter((p) => p !== '');
  // Look at the previous piece's end, never the text joined so far: an end-anchored regex scans the
  // whole accumulator, which made a long run of lines quadratic (100 000 lines took 16 s).
  return kept.map((piece, k) => (k > 0 && /[A-Za-z0-9]$/.test(kept[k - 1]!) && /^[A-Za-z0-9]/.test(piece) ? ` ${piece}` : piece)).join('');
};

/**
 * 機種依存文字 — circled and parenthesised numbers and letters (①, ⑴), enclosed CJK (㈱, ㊤), squared
 * units (㌔, ㎡) and Roman numerals (Ⅱ) — are replaced by their compatibility form (1, (1), (株), キロ, m2, II),
 * which every system displays. Other characters are left as written.
 */
export const platformDependent = /[\u2160-\u217F\u2460-\u24FF\u3200-\u33FF]/gu;
export const replacePlatformDependent = (text: string): string => text.replace(platformDependent, (ch) => ch.normalize('NFKC'));

/** The published form of a piece of text. */
export const normaliseText = (pieces: string | readonly string[]): string =>
  replacePlatformDependent(removeExtractionSpaces(dropGlossaryMarks(typeof pieces === 'string' ? pieces.trim() : joinLines(pieces))))
    .replace(/[ \t\u3000]{2,}/g, ' ')
    .trim();

/** The form two names are compared in: NFKC-folded (ＤＸ = DX, ３ = 3), without any spaces or ※. */
export const comparable = (text: string): string => dropGlossaryMarks(text).normalize('NFKC').replace(/\s+/g, '');

/** Digits 0-9 in either width, as a number. */
export const digitsToNumber = (digits: string): number => Number(digits.normalize('NFKC'));

/** ① … ⑳ as 1 … 20, or undefined. */
export const circledNumber = (ch: string): number | undefined => {
  const cp = ch.codePointAt(0)!;
  return cp >= 0x2460 && cp <= 0x2473 ? cp - 0x2460 + 1 : undefined;
};
