// What every column of every table is, derived once from the zod model and the table registry: CSV header,
// JSON key, value type, nullability, allowed values, unit, referenced table and meaning. The typed emitters
// (SQLite, xlsx) and the README's load recipes all read this, so none of them restates a type by hand, and a
// table added to the registry is described everywhere at once.
import { z } from 'zod';
import { columnUnits } from '../model/fields.ts';
import { fieldSchema, type FieldSchema } from './field-schema.ts';
import { tables, type TableName } from '../model/registry.ts';

export type ValueType = 'string' | 'integer' | 'number' | 'boolean';

export interface ColumnFacts {
  /** The JSON key. */
  key: string;
  /** The CSV header (Japanese item name). */
  title: string;
  description: string;
  type: ValueType;
  /** May be empty (null in JSON, an empty CSV cell, NULL in SQLite). */
  nullable: boolean;
  /** The only values allowed, when the model lists them. */
  enum?: readonly (string | number)[];
  /** The regular expression every value matches, when the model gives one. */
  pattern?: string;
  /** The unit of the values, as text: a fixed unit, or the column of the same row that holds it. */
  unit?: string;
  /** The table whose ID this column holds. */
  references?: TableName;
}

const valueTypes: readonly string[] = ['string', 'integer', 'number', 'boolean'] satisfies ValueType[];

const unwrap = (field: z.ZodType): z.ZodType => (field instanceof z.ZodNullable ? unwrap(field.unwrap() as z.ZodType) : field);

const factsOf = (name: TableName): ColumnFacts[] => {
  const def = tables[name];
  const shape = def.schema.shape as Record<string, z.ZodType>;
  const titleOf = (key: string): string => ((shape[key]?.meta() ?? {}) as { title?: string }).title ?? key;
  return Object.entries(shape).map(([key, field]) => {
    const meta = (field.meta() ?? {}) as { title?: string; description?: string };
    const json: FieldSchema = fieldSchema(field);
    const branches = json.anyOf ?? [json];
    const present = branches.filter((b) => b.type !== 'null');
    const main = present[0];
    if (present.length !== 1 || !main?.type || !valueTypes.includes(main.type)) throw new Error(`codebook: ${name}.${key} is not one string, integer, number or boolean`);
    const unitMeta = columnUnits.get(unwrap(field)) ?? columnUnits.get(field);
    const unit = unitMeta === undefined ? undefined : 'unit' in unitMeta ? unitMeta.unit : `per row: ${titleOf(unitMeta.unitColumn)}`;
    const references = def.foreignKeys.find((fk) => fk.field === key)?.table as TableName | undefined;
    return {
      key,
      title: meta.title ?? key,
      description: meta.description ?? '',
      type: main.type as ValueType,
      nullable: branches.length > present.length,
      ...(main.enum ? { enum: main.enum } : {}),
      ...(main.pattern ? { pattern: main.pattern } : {}),
      ...(unit ? { unit } : {}),
      ...(references ? { references } : {}),
    };
  });
};

const cache = new Map<TableName, ColumnFacts[]>();

/** The columns of a table in published order (the CSV's, the JSON's), with everything the model says of them. */
export const codebookOf = (name: TableName): ColumnFacts[] => {
  let facts = cache.get(name);
  if (!facts) cache.set(name, (facts = factsOf(name)));
  return facts;
};

/**
 * A text column every value of which is all digits (the model's pattern admits nothing else): the columns a
 * CSV reader turns into numbers, losing leading zeros (062022 → 62022), unless told they are text.
 */
export const looksNumeric = (c: ColumnFacts): boolean => c.type === 'string' && c.pattern !== undefined && /^\^(?:\\d(?:\{\d+(?:,\d*)?\}|[+*?])?)+\$$/.test(c.pattern);
