// What every column of every table is, by table name: the model's columns (model/columns.ts) — CSV header,
// JSON key, value type, nullability, allowed values, unit, referenced table and meaning. The typed emitters
// (SQLite, xlsx) and the load recipes of docs/load.md all read this, so none of them restates a type by hand, and a
// table added to the registry is described everywhere at once.
import { columnsOf, type Column as AnyColumn } from '../tables/columns.ts';
import { tables, type TableName } from '../tables/registry.ts';

/** A column of a published table: the table its IDs point to is one of them (tables/registry.ts checks). */
export type Column = Omit<AnyColumn, 'references'> & { references?: TableName };

/** The columns of a table in published order (the CSV's, the JSON's), with everything the model says of them. */
export const codebookOf = (name: TableName): Column[] => columnsOf(tables[name].schema) as Column[];

/** The CSV header of a table's column, by JSON key (the emitters name columns as the model does). */
export const columnTitle = (name: TableName, key: string): string => {
  const c = codebookOf(name).find((col) => col.key === key);
  if (!c) throw new Error(`${name} has no column ${key}`);
  return c.title;
};

/**
 * A text column every value of which is all digits (the model's pattern admits nothing else): the columns a
 * CSV reader turns into numbers, losing leading zeros (062022 → 62022), unless told they are text.
 */
export const looksNumeric = (c: Column): boolean =>
  c.type === 'string' && c.pattern !== undefined && /^\^(?:\\d(?:\{\d+(?:,\d*)?\}|[+*?])?)+\$$/.test(c.pattern);

/**
 * A text column every value of which is two or three runs of digits joined by - or / (the model's pattern admits
 * nothing else): 施策番号 1-1, 施策の柱番号 1-1-1. A spreadsheet that opens a CSV by double-click reads them as
 * dates (1-1 → 1月1日, 1-1-1 → 2001-01-01); the workbook keeps them as text.
 */
export const looksLikeDate = (c: Column): boolean =>
  c.type === 'string' &&
  c.pattern !== undefined &&
  /^\^(?:\\d(?:\{\d+(?:,\d*)?\}|[+*?])?)+(?:(?:-|\\\/)(?:\\d(?:\{\d+(?:,\d*)?\}|[+*?])?)+){1,2}\$$/.test(c.pattern);
