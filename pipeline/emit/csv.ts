// Table rows → CSV text (RFC 4180, CRLF, one header row of Japanese item names), written by papaparse.
// Text is quoted, numbers and booleans are bare, a missing value is an empty field without quotes.
// Cells that a spreadsheet would run as a formula are neutralised as OWASP advises (a leading ').
import Papa from 'papaparse';
import type { z } from 'zod';
import type { Reporter } from '../diagnostics.ts';
import type { Model } from '../model/build.ts';
import { columnsOf } from '../tables/columns.ts';
import { codebookOf } from './codebook.ts';
import { isFormulaLike } from '../spreadsheet-formula.ts';
import { tableNames } from '../tables/registry.ts';

type Cell = string | number | boolean | null;

/** Each cell the CSV neutralises, as a note for the quality report: the JSON keeps the text as written. */
export const noteFormulaCells = (model: Model, file: string, report: Reporter): void => {
  for (const name of tableNames) {
    const columns = codebookOf(name);
    for (const row of model.tables[name] as Record<string, unknown>[]) {
      for (const c of columns) {
        const value = row[c.key];
        if (typeof value !== 'string' || !isFormulaLike(value)) continue;
        report.info('emit:csv-formula', { file, line: row.sourceLine as number }, { table: name, id: String(row.id), column: c.title }, [String(row.id)]);
      }
    }
  }
};

export const neutraliseFormula = (value: string): string => (isFormulaLike(value) ? `'${value}` : value);

/**
 * A cell as papaparse writes it. A null stays null, which papaparse writes as an empty field without quotes
 * in every column, text or number (DATA-CONTRACT.md, "Empty cells"): readers that tell a quoted `""` from
 * nothing (Python's csv with QUOTE_NOTNULL, PostgreSQL's COPY, DuckDB without quoted nulls) read it as
 * null, as the JSON has it. Text is always quoted and never empty (the model requires a character), so a
 * quoted `""` cannot occur.
 */
const cellText = (value: Cell): string | null => (value === null ? null : typeof value === 'string' ? neutraliseFormula(value) : String(value));

export const toCsv = (schema: z.ZodObject, rows: readonly Record<string, unknown>[]): string => {
  const columns = columnsOf(schema);
  const data = rows.map((row) => columns.map((c) => cellText(row[c.key] as Cell)));
  const body = Papa.unparse(
    { fields: columns.map((c) => c.title), data },
    { quotes: columns.map((c) => c.type === 'string'), quoteChar: '"', escapeChar: '"', delimiter: ',', newline: '\r\n', header: true },
  );
  // papaparse ends a header-only table with a line break already, and a table with rows without one.
  return body.endsWith('\r\n') ? body : `${body}\r\n`;
};

/** The Excel-ready copy: the same bytes behind a UTF-8 byte-order mark, which Japanese Excel needs to read UTF-8. */
export const withBom = (csv: string): string => `\uFEFF${csv}`;
