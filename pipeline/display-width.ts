// How wide a text shows in a monospaced grid: East Asian wide and fullwidth characters (Unicode
// East_Asian_Width W and F, the blocks that matter here) take two columns, the rest one. The workbook
// sizes its columns by it. No parser may use it: a column count is the layout's, not the text's (issue 22 §9).

const isWide = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x115f) ||
  (cp >= 0x2e80 && cp <= 0xa4cf) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  (cp >= 0x20000 && cp <= 0x3fffd);

/** Display width in columns: full-width characters count 2. */
export const displayWidth = (text: string): number => {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
};
