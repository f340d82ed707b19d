// Inline marks the plan uses on project pages and policy pages alike: the （再掲） that ends a restated
// action, and the 【担当課】 (or 【担当】) label that introduces a list of departments.

export const restatedMark = /[（(]再掲[）)]\s*$/;

/** The action without its （再掲） mark, and whether it had one. */
export const restated = (text: string): { text: string; restated: boolean } => ({ text: text.replace(restatedMark, ''), restated: restatedMark.test(text) });

/** 【担当課】A、B or 【担当】A、B: group 1 is the list (untrimmed: \s* before a (.*) would overlap it). */
export const departmentsLabel = /^\s*【担当課?】(.*)$/;
/** The label anywhere in a line, e.g. after an initiative's name. */
export const departmentsLabelInline = /【担当課?】/;
