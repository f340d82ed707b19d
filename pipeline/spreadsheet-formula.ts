// The one rule for text a spreadsheet would run as a formula, shared by the reader of the curated files
// (a formula-like cell there is refused) and the CSV emitter (a published cell is neutralised). A leaf: it
// imports nothing, so the reader and the emitter share it without either importing the other.

/** What starts a formula, and the plain number that may start with + or - all the same: the two halves of the rule (the site's explorer script states them from here). */
export const formulaStart = /^[=+\-@\t\r]/;
export const plainNumber = /^[+-]?\d+(\.\d+)?$/;

/**
 * =, +, -, @, TAB or CR at the start of a cell makes Excel and LibreOffice evaluate it — unless it is a
 * plain number (OWASP CSV injection). The one rule for the cells we publish (emit/csv.ts neutralises them)
 * and the curated cells we read (a formula-like cell there is refused).
 */
export const isFormulaLike = (value: string): boolean => formulaStart.test(value) && !plainNumber.test(value);
