// The one reader of a table's columns: for every field of a zod table, in order, its CSV header and meaning
// (`.meta()`), its value type, whether it may be empty, its allowed values, pattern and bounds (the zod
// definition itself), its unit and the table its IDs point to (the registries of tables/fields.ts). The CSV,
// datapackage.json, the SQLite database, the workbook, docs/datasets.md and the site all type their columns here.
// It reads the definition, not zod's JSON Schema generator, which cost every cold build a conversion per
// field; test/columns.test.ts checks that both say the same of every column.
import type { z } from 'zod';
import { columnReferences, columnTexts, columnUnits } from './fields.ts';

export type ValueType = 'string' | 'integer' | 'number' | 'boolean';

export interface Column {
  /** The JSON key. */
  key: string;
  /** The CSV header (Japanese item name). */
  title: string;
  /** What the column holds, in English (the JSON Schemas' description). */
  description: string;
  /** What the column holds, in Japanese. */
  descriptionJa: string;
  type: ValueType;
  /** May be empty (null in JSON, an empty CSV cell, NULL in SQLite). */
  nullable: boolean;
  /** The only values allowed, when the model lists them. */
  enum?: readonly (string | number)[];
  /** The regular expression every value matches, when the model gives one (its source, as JSON Schema writes it). */
  pattern?: string;
  /** The least and greatest value the model allows, when it sets them. */
  minimum?: number;
  maximum?: number;
  /** The unit of the values, as text: a fixed unit, or the column of the same row that holds it. */
  unit?: string;
  /** The table whose IDs this column holds (tables/registry.ts types it as a TableName). */
  references?: string;
}

/** The parts of zod's definition this reader understands; anything else is refused, not guessed. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  entries?: Record<string, string | number>;
  checks?: { _zod: { def: CheckDef } }[];
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
}

const defOf = (field: z.ZodType): Def => (field as unknown as { _zod: { def: Def } })._zod.def;

/** The field with its nullable wrappers taken off, and whether there were any. */
const unwrapped = (field: z.ZodType): { inner: z.ZodType; nullable: boolean } => {
  let inner = field;
  let nullable = false;
  for (let def = defOf(inner); def.type === 'nullable'; def = defOf(inner)) {
    inner = def.innerType!;
    nullable = true;
  }
  return { inner, nullable };
};

type Value = Pick<Column, 'type' | 'enum' | 'pattern' | 'minimum' | 'maximum'>;

/** What the zod definition says of one value: its type, allowed values, pattern and bounds. */
const valueSpecOf = (field: z.ZodType, where: string): Value => {
  const def = defOf(field);
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const refuse = (what: string): never => {
    throw new Error(`model: ${where} ${what}; tables/columns.ts reads strings, integers, numbers, booleans and enums with their bounds and one pattern`);
  };
  switch (def.type) {
    case 'boolean':
      return { type: 'boolean' };
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      const type = values.every((v) => typeof v === 'string')
        ? 'string'
        : values.every((v) => typeof v === 'number')
          ? 'number'
          : refuse('mixes text and numbers in its enum');
      return { type, enum: values };
    }
    case 'string': {
      const patterns: string[] = [];
      for (const c of checks) {
        if (c.check === 'string_format' && c.format === 'regex' && c.pattern) patterns.push(c.pattern.source);
        else if (c.check !== 'min_length' && c.check !== 'max_length') refuse(`has a string check ${c.check}${c.format ? ` (${c.format})` : ''}`);
      }
      if (patterns.length > 1) refuse('has more than one pattern');
      return { type: 'string', ...(patterns[0] === undefined ? {} : { pattern: patterns[0] }) };
    }
    case 'number': {
      let integer = false;
      let minimum: number | undefined;
      let maximum: number | undefined;
      for (const c of checks) {
        if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32' || c.format === 'uint32')) integer = true;
        else if (c.check === 'greater_than' && c.inclusive) minimum = Math.max(minimum ?? -Infinity, c.value!);
        else if (c.check === 'less_than' && c.inclusive) maximum = Math.min(maximum ?? Infinity, c.value!);
        else refuse(`has a number check ${c.check}${c.format ? ` (${c.format})` : ''}${c.inclusive === false ? ' (exclusive)' : ''}`);
      }
      return { type: integer ? 'integer' : 'number', ...(minimum === undefined ? {} : { minimum }), ...(maximum === undefined ? {} : { maximum }) };
    }
    default:
      return refuse(`is a ${def.type}`);
  }
};

const metaOf = (field: z.ZodType): { title?: string; description?: string } => (field.meta() ?? {}) as { title?: string; description?: string };

const read = (schema: z.ZodObject): Column[] => {
  const shape = schema.shape as Record<string, z.ZodType>;
  const where = (key: string) => `${String(metaOf(schema as unknown as z.ZodType).title ?? 'a table')}.${key}`;
  const titleOf = (key: string): string => {
    const field = shape[key];
    if (!field) throw new Error(`model: ${where(key)} is named as a unit column, but the table has no such column`);
    return metaOf(field).title ?? key;
  };
  return Object.entries(shape).map(([key, field]) => {
    const meta = metaOf(field);
    const { inner, nullable } = unwrapped(field);
    const unitMeta = columnUnits.get(field) ?? columnUnits.get(inner);
    const unit = unitMeta === undefined ? undefined : 'unit' in unitMeta ? unitMeta.unit : `per row: ${titleOf(unitMeta.unitColumn)}`;
    const references = (columnReferences.get(field) ?? columnReferences.get(inner))?.table;
    const ja = (columnTexts.get(field) ?? columnTexts.get(inner))?.ja;
    const { type, ...constraints } = valueSpecOf(inner, where(key));
    return {
      key,
      title: meta.title ?? key,
      description: meta.description ?? '',
      descriptionJa: ja ?? '',
      type,
      nullable,
      ...constraints,
      ...(unit === undefined ? {} : { unit }),
      ...(references === undefined ? {} : { references }),
    };
  });
};

// Table schemas are module constants: each is read once per process.
const cache = new WeakMap<z.ZodObject, Column[]>();

/** The columns of a table in published order (the CSV's, the JSON's), with everything the model says of them. */
export const columnsOf = (schema: z.ZodObject): Column[] => {
  let columns = cache.get(schema);
  if (!columns) {
    columns = read(schema);
    cache.set(schema, columns);
  }
  return columns;
};
