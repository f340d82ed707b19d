// Text in SVG drawn at build time: how wide a line will be, and where to break it. No font is measured (the
// page's font is the reader's, the PNG's Noto Sans JP): a full-width character counts one em, any character
// of Latin-1 a little over half, which errs on the wide side for both, so a line that fits here fits there.

/** Rough width of a text in user units at a font size (CJK full width, digits and Latin about half). */
export const textWidth = (text: string, size: number): number => {
  let w = 0;
  for (const c of text) w += (c.codePointAt(0)! <= 0xff ? 0.6 : 1) * size;
  return w;
};

/** Characters that never start a line (Japanese line-breaking rules, 行頭禁則), and never end one (行末禁則). */
const noStart = new Set([...'、。，．・：；？！）」』】〕〉》’”ー…‥々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ％,.:;?!)]}%']);
const noEnd = new Set([...'（「『【〔〈《‘“([{']);
const closing = new Set([...'）」』】〕〉》’”)]}']);

/** A text as its units of breaking: a run of Latin letters, digits and their punctuation stays whole (2,100、49.3％); other characters one by one. */
const tokens = (text: string): string[] => text.match(/[A-Za-z0-9.,:/%+\-−_]+|[\s\S]/gu) ?? [];

/**
 * The text broken into lines no wider than `width` (greedy, with 禁則: a closing bracket or 、 stays on the
 * line before, an opening one goes to the next). A line that would break inside brackets breaks before
 * them instead, when that keeps at least a third of the line: 「…への線」「（推移ではありません）」, not
 * 「…（推移ではあ」「りません）」. At most `maxLines`: the last line then ends with … when the text does
 * not fit.
 */
export const wrapLines = (text: string, size: number, width: number, maxLines = Number.POSITIVE_INFINITY): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const t of tokens(text)) {
    if (line !== '' && textWidth(line + t, size) > width && !noStart.has(t[0]!)) {
      const chars = [...line];
      // Break before the line's last opening bracket when it is still open and lies past the line's first third: its text moves down whole.
      let open = chars.length - 1;
      while (open >= 0 && !noEnd.has(chars[open]!)) open -= 1;
      const at = open > 0 && open >= chars.length / 3 && !chars.slice(open).some((c) => closing.has(c)) ? open : chars.length;
      lines.push(chars.slice(0, at).join(''));
      line = chars.slice(at).join('') + (at === chars.length ? t.trimStart() : t);
    } else line += t;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && textWidth(`${last}…`, size) > width) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last}…`;
  return kept;
};
