// Table rows → CSV text (RFC 4180, CRLF, one header row of Japanese item names), written by papaparse.
// Cells that a spreadsheet would run as a formula are neutralised as OWASP advises (a leading ').
import Papa from 'papaparse';
import type { z } from 'zod';
import { columnsOf } from '../model/columns.ts';

type Cell = string | number | boolean | null;

/** =, +, -, @, TAB or CR at the start of a cell makes Excel and LibreOffice evaluate it — unless it is a plain number. */
export const isFormulaLike = (value: string): boolean => /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value);

export const neutraliseFormula = (value: string): string => (isFormulaLike(value) ? `'${value}` : value);

const cellText = (value: Cell): string => (value === null ? '' : typeof value === 'string' ? neutraliseFormula(value) : String(value));

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
