// Text → numbered lines. Line ends are unified (CRLF, CR → LF), text is put in Unicode NFC, and invisible
// characters that PDF extraction or editors leave behind (zero-width spaces, stray BOMs, control codes)
// are removed with a warning, so that no parser and no published cell ever sees them. A line longer than
// any line of a plan (maxLineLength) is refused here, before any parser spends time on it.
import { describeHidden, describeHiddenJa, hasHidden, hiddenCharacters } from '../characters.ts';
import type { Reporter } from '../diagnostics.ts';

export interface SourceLine {
  /** 1-based line number in the source file. */
  line: number;
  /** The line as written (NFC, invisible characters removed), without its line end. */
  text: string;
}

/**
 * The longest line accepted, in characters (Unicode code points). The plan's longest line has under 200;
 * a PDF extraction never yields a line of 100 000 characters, a broken or hostile file does — and every
 * stage after this one works line by line, so the bound keeps each of them cheap.
 */
export const maxLineLength = 100_000;

// Zero-width and format characters, BOMs inside the text, C0/C1 controls except TAB.
export const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
export const lineEnd = /\r\n?/g;
const isRemoved = (codePoint: number): boolean => {
  invisible.lastIndex = 0;
  return invisible.test(String.fromCodePoint(codePoint));
};

/** Code points of a string, counting no further than `limit + 1`. */
const codePointsUpTo = (text: string, limit: number): number => {
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i += 1;
    n += 1;
  }
  return n;
};

export const splitLines = (text: string, file: string, report: Reporter): SourceLine[] => {
  const lines = text
    .replace(lineEnd, '\n')
    .split('\n')
    .map((raw, index) => {
      // UTF-16 length bounds the code points from above: only a long line is counted.
      if (raw.length > maxLineLength && codePointsUpTo(raw, maxLineLength) > maxLineLength) {
        report.error(
          'read:line-length',
          { file, line: index + 1, column: maxLineLength + 1 },
          { max: maxLineLength.toLocaleString('en'), length: codePointsUpTo(raw, Infinity).toLocaleString('en') },
        );
        return { line: index + 1, text: '' };
      }
      let clean = raw;
      // Every other hidden character (bidirectional controls, separators, …: ../characters.ts) is kept as
      // written, and named: the site shows it as 〈U+XXXX〉, never raw.
      if (hasHidden(raw)) {
        const found = hiddenCharacters(raw, (cp) => cp === 0x09);
        const removed = found.filter((h) => isRemoved(h.codePoint));
        const kept = found.filter((h) => !isRemoved(h.codePoint));
        if (removed.length > 0) clean = raw.replace(invisible, '');
        if (found.length > 0)
          report.warning(
            'read:invisible-character',
            { file, line: index + 1, column: found[0]!.column },
            {
              removed: removed.length > 0 ? { ja: describeHiddenJa(removed), en: describeHidden(removed) } : undefined,
              kept: kept.length > 0 ? { ja: describeHiddenJa(kept), en: describeHidden(kept) } : undefined,
            },
          );
      }
      return { line: index + 1, text: clean.normalize('NFC') };
    });
  // A final line end does not start another line.
  if (lines.length > 1 && lines[lines.length - 1]!.text === '') lines.pop();
  return lines;
};
