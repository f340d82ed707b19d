// What a spreadsheet makes of a text cell when it opens a CSV by double-click (Excel always, LibreOffice with
// "detect special numbers"; both in a Japanese locale): a text that looks like a number becomes that number
// (062022 → 62022, 3.0 → 3, 2,100 → 2100), one that looks like a date becomes a date (1-1 → 1月1日, 1-1-1 →
// 2001-01-01, 2026/4/1, 4月1日), TRUE or FALSE a truth value. The BOM copies' caveat (formats/table-excel-csv.ts)
// names the columns where this happens to a value, so what it says is lost is what is lost. A leaf: it imports
// nothing.

export type Guess = { as: 'number'; shown: string } | { as: 'date' } | { as: 'boolean' };

const number = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d*)?(?:[eE][+-]?\d+)?%?$/;
const dates = [/^\d{1,4}([-/])\d{1,2}(?:\1\d{1,4})?$/, /^(?:\d{1,4}年)?\d{1,2}月(?:\d{1,2}日)?$/, /^\d{1,2}:\d{2}(?::\d{2})?$/];

/** What a spreadsheet reads this text as, when it reads it as anything but text. */
export const spreadsheetGuess = (text: string): Guess | undefined => {
  if (number.test(text)) {
    const value = Number(text.replace(/,/g, '').replace(/%$/, ''));
    return Number.isFinite(value) ? { as: 'number', shown: text.endsWith('%') ? `${value}%` : String(value) } : undefined;
  }
  if (dates.some((d) => d.test(text))) return { as: 'date' };
  if (/^(?:true|false)$/i.test(text)) return { as: 'boolean' };
  return undefined;
};
