// A curated CSV file → its records, each with the line of the file it starts on (the header is line 1),
// read with papaparse. Lines are counted from the text itself, not from record numbers: a blank line, a
// quoted cell spanning lines or a CRLF file would otherwise shift every line a message names.
import Papa from 'papaparse';

export { isFormulaLike } from '../spreadsheet-formula.ts';

export interface CsvRecord {
  cells: string[];
  /** Line of the file the record starts on. */
  line: number;
}

export interface CsvProblem {
  message: string;
  line: number;
}

const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

/** 1-based line of a character offset, by binary search over the line starts. */
const lineAt = (starts: readonly number[], offset: number): number => {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
};

/** The text as the parsers read it: a BOM (Excel's "CSV UTF-8") is not content, and CRLF, CR and LF all end a line. */
export const csvText = (input: string): string => input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Every record of `text` (see csvText), blank ones included, and what papaparse found wrong, by line. */
export const csvRecords = (text: string): { records: CsvRecord[]; problems: CsvProblem[] } => {
  const starts = lineStarts(text);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let offset = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    step: (result) => {
      const line = lineAt(starts, offset);
      for (const e of result.errors) problems.push({ message: e.message, line: e.index === undefined ? line : lineAt(starts, e.index) });
      records.push({ cells: result.data, line });
      offset = result.meta.cursor;
    },
  });
  return { records, problems };
};

/** The line of a character offset of `text` (see csvText). */
export const lineOfOffset = (text: string, offset: number): number => lineAt(lineStarts(text), offset);

/** A record whose every cell is empty or spaces: skipped by both curated files. */
export const isBlank = (record: CsvRecord): boolean => record.cells.every((c) => c.trim() === '');
