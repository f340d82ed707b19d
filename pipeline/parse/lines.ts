// Text → numbered lines. Line ends are unified (CRLF, CR → LF), text is put in Unicode NFC, and invisible
// characters that PDF extraction or editors leave behind (zero-width spaces, stray BOMs, control codes)
// are removed with a warning, so that no parser and no published cell ever sees them.
import { warning, type Diagnostic } from '../diagnostics.ts';

export interface SourceLine {
  /** 1-based line number in the source file. */
  line: number;
  /** The line as written (NFC, invisible characters removed), without its line end. */
  text: string;
}

export interface Lines {
  lines: SourceLine[];
  diagnostics: Diagnostic[];
}

// Zero-width and format characters, BOMs inside the text, C0/C1 controls except TAB.
const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export const splitLines = (text: string, file: string): Lines => {
  const diagnostics: Diagnostic[] = [];
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, index) => {
      let clean = raw;
      invisible.lastIndex = 0;
      if (invisible.test(raw)) {
        clean = raw.replace(invisible, '');
        diagnostics.push(
          warning('read:invisible-character', { file, line: index + 1 }, 'removed zero-width, BOM or control characters from this line'),
        );
      }
      return { line: index + 1, text: clean.normalize('NFC') };
    });
  // A final line end does not start another line.
  if (lines.length > 1 && lines[lines.length - 1]!.text === '') lines.pop();
  return { lines, diagnostics };
};
