// The pieces the generated sections of docs/ share: a table cell, and the splice of a marked section.

/** Text as one Markdown table cell: a | escaped, line breaks as spaces. */
export const tableCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** `markdown` with the section from `start` to `end` (the markers included) replaced by `section`, which carries its own markers. */
export const replaceSection = (markdown: string, start: string, end: string, section: string): string => {
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} … ${end} section`);
  return markdown.slice(0, from) + section + markdown.slice(to + end.length);
};
