// What a table module declares, in one value: its name (the file stem after 062022_), the prefix of its
// record IDs, its titles and descriptions in Japanese and English, its zod row schema (whose ref() columns
// are its foreign keys), where its rows nest in 062022_plan.json, how it is linked data and where the site
// shows it. The last three are required: a table cannot reach the build without saying where it is in every
// output that walks the registry (tables/registry.ts). The checks here run when a module loads, so a column
// misnamed in a declaration fails every build and test at once, naming the table.
import type { z } from 'zod';
import { type Column, columnsOf } from './columns.ts';
import { idPatternOf } from './fields.ts';
import { columnsNamed, columnsOnNode, type LinkedData } from './linked-data.ts';
import type { SitePlace } from './site-place.ts';

/** A text in both languages the data speaks: Japanese first, English beside it. */
export interface Texts {
  ja: string;
  en: string;
}

/**
 * Where a table's rows are in 062022_plan.json: nested in the row their parent column names (under `key`, the
 * `order`-th of that row's nested arrays), at the top of the document, or not in it (and why).
 */
export type Nesting =
  | { kind: 'nested'; column: string; key: string; order: number; description?: string }
  | { kind: 'top'; key: string; order: number }
  | { kind: 'not-in-plan'; reason: string };

/** Rows nested in the row their ref() column `column` names, under `key`, as the `order`-th nested array. */
export const nestedIn = (column: string, key: string, order: number, description?: string): Nesting => ({
  kind: 'nested',
  column,
  key,
  order,
  ...(description === undefined ? {} : { description }),
});
/** Rows at the top of the plan, under `key`, as the `order`-th array. */
export const topLevel = (key: string, order: number): Nesting => ({ kind: 'top', key, order });
/** A table 062022_plan.json leaves out, and why. */
export const notInPlan = (reason: string): Nesting => ({ kind: 'not-in-plan', reason });

export interface ForeignKey {
  /** The JSON key of the column that holds the IDs. */
  field: string;
  /** The table they are IDs of. */
  table: string;
}

export interface TableDeclaration<N extends string, S extends z.ZodObject> {
  name: N;
  /** The prefix of its record IDs (`kpi-4-1-1`), which is also its IRIs' type (`{baseIri}kpi/4-1-1`). */
  prefix: string;
  /** What the table is, in English (its Japanese title is its schema's, `.meta({ title })`: the CSV's sheet and caption). */
  titleEn: string;
  /** What a row of it is. */
  description: Texts;
  schema: S;
  nesting: Nesting;
  linkedData: LinkedData;
  site: SitePlace;
}

export interface TableDef<N extends string = string, S extends z.ZodObject = z.ZodObject> extends TableDeclaration<N, S> {
  /** Japanese title: the schema's. */
  title: string;
  /** The regular expression every ID of the table matches. */
  idPattern: RegExp;
  /** Its ref() columns, in column order. */
  foreignKeys: readonly ForeignKey[];
  /** The column naming the row each row nests in (062022_plan.json, the site's pages), when the table nests. */
  parentColumn: string | undefined;
}

const fail = (name: string, what: string): never => {
  throw new Error(`tables: ${name} ${what}`);
};

/** A table's declaration, checked, with what follows from it. */
export const defineTable = <N extends string, S extends z.ZodObject>(declaration: TableDeclaration<N, S>): TableDef<N, S> => {
  const { name, schema, nesting, linkedData, site } = declaration;
  const title = (schema.meta() as { title?: string } | undefined)?.title ?? fail(name, 'has no title (.meta({ id, title }) on its schema)');
  if (!/^[a-z][a-z0-9-]*$/.test(declaration.prefix)) fail(name, `has the ID prefix ${declaration.prefix}: lowercase letters, digits and -`);
  const columns = columnsOf(schema);
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const refColumn = (key: string, where: string, nullable: 'may be empty' | 'never empty'): Column => {
    const c = byKey.get(key) ?? fail(name, `names the column ${key} in ${where}, which it does not have`);
    if (c.references === undefined) fail(name, `names the column ${key} in ${where}, which is not a ref() to another table`);
    if (nullable === 'never empty' && c.nullable) fail(name, `names the column ${key} in ${where}, which may be empty`);
    return c;
  };
  for (const key of columnsNamed(linkedData)) if (!byKey.has(key)) fail(name, `names the column ${key} in its linked data, which it does not have`);
  // Every value of a row is a property of its node: each column but the three every table starts with (the ID is
  // the node's dct:identifier; the municipality's code and name are the city's, tables/fields.ts head).
  const onNode = new Set(columnsOnNode(linkedData));
  for (const c of columns)
    if (!['municipalityCode', 'id', 'municipalityName'].includes(c.key) && !onNode.has(c.key))
      fail(name, `names the column ${c.key} in no property of its linked data: every value of a row is a property of its node`);
  for (const o of linkedData.carries ?? []) {
    refColumn(o.path[0]!, 'its linked data', 'never empty');
    if (o.as === undefined) refColumn(o.column, 'its linked data', 'may be empty');
  }
  if (nesting.kind === 'nested') refColumn(nesting.column, 'its nesting', 'never empty');
  if (site.kind === 'on-page-of') refColumn(site.column, 'its place on the site', 'never empty');
  return {
    ...declaration,
    title,
    idPattern: idPatternOf(declaration.prefix),
    foreignKeys: columns.flatMap((c) => (c.references === undefined ? [] : [{ field: c.key, table: c.references }])),
    parentColumn: nesting.kind === 'nested' ? nesting.column : undefined,
  };
};
