// The curated files of sources/ (CSV that people edit by hand) hold text only: a hidden character — a
// control (NUL, ESC, TAB), a zero-width or bidirectional-override character, a separator (../characters.ts)
// — is an error at its line and column, named as U+XXXX, before any parser reads the file. Line ends
// (LF, CRLF, CR) and a leading byte-order mark (Excel's "CSV UTF-8") are the file's structure, not text.
import { describeHidden, describeHiddenJa, hasHidden, hiddenCharacters } from '../characters.ts';
import type { Reporter } from '../diagnostics.ts';

export const checkCuratedText = (text: string, file: string, report: Reporter): void => {
  if (!hasHidden(text.replace(/^\uFEFF/, '').replace(/[\r\n]/g, ''))) return;
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const bom = i === 0 && line.startsWith('\uFEFF') ? 1 : 0;
    const found = hiddenCharacters(line.slice(bom)).map((h) => ({ ...h, column: h.column + bom }));
    if (found.length > 0)
      report.error('curated:character', { file, line: i + 1, column: found[0]!.column }, { found: { ja: describeHiddenJa(found), en: describeHidden(found) } });
  });
};
