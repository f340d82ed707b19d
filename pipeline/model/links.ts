// The links between the rows of the validated model, resolved once: every row by its ID, and for every ref()
// column of every table the rows that name each ID — so a row's children (the rows nested in it), its parent
// and whatever names it are looked up, not searched for. Built from the tables after the integrity check (every
// ref names a row) and handed to every emitter and to the site, in place of filters over whole tables.
import { type Row, type TableName, tableNames, tables, type TableRows } from '../tables/registry.ts';

type AnyRow = Record<string, unknown> & { id: string };

export interface Links {
  /** The row of `table` with this ID; an ID the table lacks is a bug (the integrity check has run). */
  row<T extends TableName>(table: T, id: string): Row<T>;
  /** The rows of `table` whose ref() column `column` names `id`, in table order. */
  naming<T extends TableName>(table: T, column: keyof Row<T> & string, id: string): readonly Row<T>[];
  /** The rows of `table` nested in the row `id` (through the parent column its module declares), in table order. */
  children<T extends TableName>(table: T, parentId: string): readonly Row<T>[];
}

export const linksOf = (t: TableRows): Links => {
  const byId = new Map<TableName, Map<string, AnyRow>>();
  const byRef = new Map<string, Map<string, AnyRow[]>>();
  for (const name of tableNames) {
    const rows = t[name] as AnyRow[];
    byId.set(name, new Map(rows.map((r) => [r.id, r])));
    for (const fk of tables[name].foreignKeys) {
      const index = new Map<string, AnyRow[]>();
      for (const r of rows) {
        const id = r[fk.field];
        if (typeof id !== 'string') continue;
        const list = index.get(id);
        if (list) list.push(r);
        else index.set(id, [r]);
      }
      byRef.set(`${name}.${fk.field}`, index);
    }
  }
  const naming = (table: TableName, column: string, id: string): AnyRow[] => {
    const index = byRef.get(`${table}.${column}`);
    if (!index) throw new Error(`links: ${table}.${column} is not a ref() column`);
    return index.get(id) ?? [];
  };
  return {
    row: <T extends TableName>(table: T, id: string) => {
      const row = byId.get(table)!.get(id);
      if (!row) throw new Error(`links: ${table} has no row ${id}`);
      return row as Row<T>;
    },
    naming: <T extends TableName>(table: T, column: string, id: string) => naming(table, column, id) as Row<T>[],
    children: <T extends TableName>(table: T, parentId: string) => {
      const column = tables[table].parentColumn;
      if (column === undefined) throw new Error(`links: ${table} is nested in no table`);
      return naming(table, column, parentId) as Row<T>[];
    },
  };
};

/** A ref() column's value → the table it names (its module's ref()), for what walks columns generically. */
export const referencedTable = (table: TableName, column: string): TableName => {
  const fk = tables[table].foreignKeys.find((x) => x.field === column);
  if (fk === undefined) throw new Error(`links: ${table}.${column} is not a ref() column`);
  return fk.table;
};
