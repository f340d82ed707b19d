// The pieces the generated README sections share: a table cell, and the splice of a marked section.

/** Text as one Markdown table cell: a | escaped, line breaks as spaces. */
export const tableCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** `readme` with the section from `start` to `end` (the markers included) replaced by `section`, which carries its own markers. */
export const replaceSection = (readme: string, start: string, end: string, section: string): string => {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
  return readme.slice(0, from) + section + readme.slice(to + end.length);
};
