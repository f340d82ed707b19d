// Text from the plan or the data (a name, an ID, a value, a version) into the Markdown of the release
// notes and the data diff, which GitHub renders as GitHub Flavored Markdown: shown as written, never as
// markup. One serializer for prose, one for code spans. Prose gets CommonMark backslash escapes of
// every ASCII punctuation character that can start markup there — emphasis, code, links and images,
// raw HTML and autolinks, entities, strikethrough, table pipes, math, GFM's bare-URL and e-mail
// autolinks — and of a block marker at its start; line breaks become spaces and hidden characters
// 〈U+XXXX〉 (../characters.ts), so a text can neither end its line nor hide anything.
import { showHidden } from '../characters.ts';

/**
 * What can start markup inside a line: \ ` * [ ] ! < > & ~ | $ @ always; `:` of `://` and the `.` after
 * `www.` (GFM autolinks); `_` unless a letter or digit stands on both sides (no intraword emphasis).
 */
const inlineMarkup = /[\\`*[\]!<>&~|$@]|:(?=\/\/)|(?<=www)\.|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/giu;

/** At the start of a line: a heading, quote, list item, thematic break or setext line (#, >, -, +, =), or an ordered list item (1. 1)). */
const blockStart = /^(?:[#+=-]|\d{1,9}(?=[.)]))/;

/** Text that follows other text on its line (after a list marker's label, in a heading, a sentence), safe as Markdown prose: it renders exactly as written. */
export const markdownInline = (text: string): string =>
  showHidden(text.replace(/\r\n|[\r\n\t]/g, ' '))
    .trimStart()
    .replace(inlineMarkup, (c) => `\\${c}`);

/** Text that may start its line or block (a list item's content, a table cell, a paragraph): markdownInline, and a block marker at its start escaped too. */
export const markdownText = (text: string): string => markdownInline(text).replace(blockStart, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));

/**
 * Text as a code span: shown as written in a monospace font, no markup inside. The fence is one backtick
 * longer than the longest run of backticks in the text; in a GFM table cell a `|` is escaped (the table
 * splits its cells before it reads code spans, and renders `\|` as `|`).
 */
export const markdownCode = (text: string, inTable = false): string => {
  const body = showHidden(text.replace(/\r\n|[\r\n\t]/g, ' '));
  if (body === '') return '` `';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space inside the fence keeps a backtick at either end from joining it; CommonMark strips one on each side.
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${inTable ? body.replace(/\|/g, '\\|') : body}${pad}${fence}`;
};
