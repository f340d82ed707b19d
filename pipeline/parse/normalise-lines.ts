// Normalise at the edge, and say so. Another extractor (or an editor) writes a space, a dash or a bullet
// with other characters than this text does: a no-break space or a tab for a space, an en dash or a minus
// sign for the hyphen of a code (1–1–1) or the sign of a number (−5), ● or • for ⚫. Each is read here as what
// it stands for, before any parser sees the line, so that codes, numbers and markers are read alike whoever
// wrote them; and each kind is counted in the quality report: one info per kind, naming the characters and
// every line they were read on. The lines as written stay what the site shows (build.ts keeps them).
//
// What is read as what:
//   spaces   U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000 and tabs → a space;
//   dashes   ‐ ‑ ‒ – — ― − － ー ｰ ⁃ ﹘ ﹣ between two digits (a code 1－1－1, a range) → "-", and before a digit
//            that starts a number (after a space, a bracket or the line's start: −5, ▲ and △ excepted) → "-";
//   bullets  ● • ◦ ○ ◯ ▪ ◆ ◇ ‣ ⁃ and the private-use bullets PDF fonts leave (U+F06C, U+F0A7, U+F0B7, U+F09F)
//            as the first character of a line that says something, or after a sentence's 。 → ⚫. A line of ●
//            alone is the SDG table's marks, never a bullet. ・ at a line's start is read by the bulleted
//            blocks themselves (bullets.ts): it is a bullet only where the statement before has ended.
// Other dashes are left as written: ー is the katakana length mark, and － in 「OKI－net」 is the author's.
import type { Reporter } from '../diagnostics.ts';
import type { SourceLine } from './lines.ts';

interface Kind {
  /** The rule that names what was read as what (its message says what they were read as). */
  ruleId: 'parse:normalised-space' | 'parse:normalised-dash' | 'parse:normalised-bullet';
  /** Rewrites a line; calls `found` once per character read as another. */
  apply: (text: string, found: (ch: string) => void) => string;
}

export const otherSpaces = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const dash = '\\u2010-\\u2015\\u2212\\uFF0D\\u30FC\\uFF70\\u2043\\uFE58\\uFE63';
const digit = '[0-9０-９]';
/** A dash between two digits: a code's hyphen or a range's. */
export const dashBetweenDigits = new RegExp(`(?<=${digit})[${dash}](?=${digit})`, 'g');
/** A minus sign before the digits of a number that starts after a space, a bracket or the line's start. ー is a mark of katakana: it is read as a minus only where no katakana precedes it. */
export const minusBeforeNumber = new RegExp(`(?<=^|[\\s(（])[${dash}](?=${digit})`, 'g');
export const bulletGlyphs = '●•◦○◯▪◆◇‣⁃\\uF06C\\uF0A7\\uF0B7\\uF09F';
/** A bullet glyph that opens a line (spaces before it) followed by text that is not only ● marks. */
export const bulletAtStart = new RegExp(`^(\\s*)([${bulletGlyphs}])(?=\\s*[^\\s●])`);
/** A bullet glyph after a sentence's end: two statements on one line. (A lookbehind with \s* would rescan the spaces from every position.) */
export const bulletAfterSentence = new RegExp(`(。\\s*)([${bulletGlyphs}])(?=\\s*[^\\s●])`, 'g');

const names: Record<string, string> = {
  '\t': 'tab',
  '\u00A0': 'no-break space',
  '\u1680': 'ogham space mark',
  '\u2000': 'en quad',
  '\u2001': 'em quad',
  '\u2002': 'en space',
  '\u2003': 'em space',
  '\u2004': 'three-per-em space',
  '\u2005': 'four-per-em space',
  '\u2006': 'six-per-em space',
  '\u2007': 'figure space',
  '\u2008': 'punctuation space',
  '\u2009': 'thin space',
  '\u200A': 'hair space',
  '\u202F': 'narrow no-break space',
  '\u205F': 'medium mathematical space',
  '\u3000': 'ideographic space',
  '\u2212': 'minus sign',
  '\uFF0D': 'fullwidth hyphen-minus',
  '\u30FC': 'katakana-hiragana prolonged sound mark',
  '\u2013': 'en dash',
  '\u2014': 'em dash',
};
const codeOf = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
/** A character as the English message names it (its Unicode name); the Japanese one names it by its code point. */
const describe = (ch: string): string => (names[ch] ? `${codeOf(ch)} (${names[ch]})` : `${codeOf(ch)} ${ch}`);

export const kinds: Kind[] = [
  {
    ruleId: 'parse:normalised-space',
    apply: (text, found) =>
      text.replace(otherSpaces, (ch) => {
        found(ch);
        return ' ';
      }),
  },
  {
    ruleId: 'parse:normalised-dash',
    apply: (text, found) => {
      const swap = (ch: string): string => {
        found(ch);
        return '-';
      };
      return text.replace(dashBetweenDigits, swap).replace(minusBeforeNumber, swap);
    },
  },
  {
    ruleId: 'parse:normalised-bullet',
    apply: (text, found) =>
      text
        .replace(bulletAtStart, (_, spaces: string, ch: string) => {
          found(ch);
          return `${spaces}⚫`;
        })
        .replace(bulletAfterSentence, (_, end: string, ch: string) => {
          found(ch);
          return `${end}⚫`;
        }),
  },
];

/** Lines of numbers as a short list: 3, 5, 7–9. */
export const lineList = (lines: readonly number[]): string => {
  const parts: string[] = [];
  for (let k = 0; k < lines.length; ) {
    let end = k;
    while (end + 1 < lines.length && lines[end + 1] === lines[end]! + 1) end += 1;
    parts.push(end === k ? `${lines[k]}` : `${lines[k]}–${lines[end]}`);
    k = end + 1;
  }
  return parts.join(', ');
};

/**
 * The lines as the parsers read them. A line that holds nothing but spaces is read as blank and not
 * counted: only characters in lines that say something are.
 */
export const normaliseLines = (lines: readonly SourceLine[], file: string, report: Reporter): SourceLine[] => {
  const tallies = kinds.map(() => ({ chars: new Map<string, number>(), lines: [] as number[] }));
  const out = lines.map((l) => {
    // String.prototype.trim removes every Unicode space (U+3000, U+00A0, …): a line of them is blank.
    if (l.text.trim() === '') return l;
    let text = l.text;
    kinds.forEach((kind, k) => {
      const tally = tallies[k]!;
      let here = 0;
      text = kind.apply(text, (ch) => {
        tally.chars.set(ch, (tally.chars.get(ch) ?? 0) + 1);
        here += 1;
      });
      if (here > 0) tally.lines.push(l.line);
    });
    return text === l.text ? l : { line: l.line, text };
  });
  kinds.forEach((kind, k) => {
    const { chars, lines: where } = tallies[k]!;
    if (where.length === 0) return;
    const sorted = [...chars].sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!);
    const found = {
      ja: sorted.map(([ch, n]) => `${codeOf(ch)} ×${n}`).join('、'),
      en: sorted.map(([ch, n]) => `${describe(ch)} ×${n}`).join(', '),
    };
    report.info(kind.ruleId, { file, line: where[0]! }, { found, count: where.length, lines: lineList(where) });
  });
  return out;
};
