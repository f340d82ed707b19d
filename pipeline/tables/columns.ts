// The one reader of a table's columns: for every field of a zod table, in order, its CSV header and meaning
// (`.meta()`), its value type, whether it may be empty, its allowed values, pattern and bounds (as zod's own
// JSON Schema generator, `z.toJSONSchema`, states them: zod's public API, the same generator that wrote the
// committed schemas/), its unit and the table its IDs point to (the registries of tables/fields.ts). The CSV,
// datapackage.json, the SQLite database, the workbook, docs/datasets.md and the site all type their columns here.
// Each table is converted once per process (~25–50 ms CPU for the 23 tables, cold; BENCHMARKS.md, issue 23
// §3): reading zod's private definition (`_zod.def`) instead saved that, under 5 % of a build, and would break
// with a change of zod's internals.
import { z } from 'zod';
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

/** What zod's JSON Schema generator writes of a field that this reader understands; anything else is refused, not guessed. */
interface JsonField {
  type?: unknown;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonField[];
  title?: string;
  description?: string;
}
/** The keywords a column's value may carry: its type, its values, one pattern, inclusive bounds, a least or greatest length. */
const understood = new Set(['type', 'enum', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'title', 'description']);
const valueTypes = new Set<unknown>(['string', 'integer', 'number', 'boolean']);

type Value = Pick<Column, 'type' | 'enum' | 'pattern' | 'minimum' | 'maximum'>;

/** What the JSON Schema of one field says of its value: its type, allowed values, pattern and bounds; and whether it may be null. */
const valueSpecOf = (json: JsonField, where: string): Value & { nullable: boolean } => {
  const refuse = (what: string): never => {
    throw new Error(`model: ${where} ${what}; tables/columns.ts reads strings, integers, numbers, booleans and enums with their bounds and one pattern`);
  };
  // Nullable: anyOf [the value, null], or (a bare primitive) a type array [the type, "null"].
  const branches = json.anyOf ?? (Array.isArray(json.type) ? json.type.map((type: unknown) => ({ ...json, type })) : [json]);
  const values = branches.filter((b) => b.type !== 'null');
  if (values.length !== 1) refuse(`is a union of ${values.length} types`);
  const value = values[0]!;
  const unknown = Object.keys(value).filter((k) => !understood.has(k));
  if (unknown.length > 0) refuse(`has ${unknown.join(', ')} in its JSON Schema`);
  if (!valueTypes.has(value.type)) refuse(value.type === undefined ? 'has no JSON type' : `is a ${JSON.stringify(value.type)}`);
  const type = value.type as Column['type'];
  if (value.enum && !value.enum.every((v) => typeof v === (type === 'integer' ? 'number' : type))) refuse(`mixes types in its enum`);
  // An integer without bounds of its own gets JSON's safe range from zod: the model states no bound.
  const bound = (v: number | undefined) => (v === undefined || (type === 'integer' && Math.abs(v) === Number.MAX_SAFE_INTEGER) ? undefined : v);
  const [minimum, maximum] = [bound(value.minimum), bound(value.maximum)];
  return {
    type,
    nullable: branches.length > 1,
    ...(value.enum ? { enum: value.enum as (string | number)[] } : {}),
    ...(value.pattern === undefined ? {} : { pattern: value.pattern }),
    ...(minimum === undefined ? {} : { minimum }),
    ...(maximum === undefined ? {} : { maximum }),
  };
};

const metaOf = (field: z.ZodType): { title?: string; description?: string } => (field.meta() ?? {}) as { title?: string; description?: string };

/** The fields of a table, as zod's JSON Schema of the whole table states them (a table with an id in its meta is under $defs). */
const jsonFieldsOf = (schema: z.ZodObject): Record<string, JsonField> => {
  // Unrepresentable types (a date, a transform) become {} and are refused by valueSpecOf, naming the column.
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as {
    $ref?: string;
    $defs?: Record<string, { properties?: Record<string, JsonField> }>;
    properties?: Record<string, JsonField>;
  };
  const root = json.$ref?.startsWith('#/$defs/') ? json.$defs?.[json.$ref.slice('#/$defs/'.length)] : json;
  return root?.properties ?? {};
};

const read = (schema: z.ZodObject): Column[] => {
  const shape = schema.shape as Record<string, z.ZodType>;
  const fields = jsonFieldsOf(schema);
  const where = (key: string) => `${String(metaOf(schema as unknown as z.ZodType).title ?? 'a table')}.${key}`;
  const titleOf = (key: string): string => {
    const field = shape[key];
    if (!field) throw new Error(`model: ${where(key)} is named as a unit column, but the table has no such column`);
    return metaOf(field).title ?? key;
  };
  return Object.entries(shape).map(([key, field]) => {
    const meta = metaOf(field);
    // The registries hold the field as its module made it, or (made nullable after) the field inside.
    const inner = field instanceof z.ZodNullable ? (field.unwrap() as z.ZodType) : field;
    const unitMeta = columnUnits.get(field) ?? columnUnits.get(inner);
    const unit = unitMeta === undefined ? undefined : 'unit' in unitMeta ? unitMeta.unit : `per row: ${titleOf(unitMeta.unitColumn)}`;
    const references = (columnReferences.get(field) ?? columnReferences.get(inner))?.table;
    const ja = (columnTexts.get(field) ?? columnTexts.get(inner))?.ja;
    const { type, nullable, ...constraints } = valueSpecOf(fields[key] ?? {}, where(key));
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
