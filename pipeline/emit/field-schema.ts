// zod's JSON Schema of one field, generated once per field object. The CSV columns, the codebook (SQLite,
// xlsx, README recipes) and the Data Package all type their columns from it, and generating it is one of the
// costlier steps of a cold build: without this each of them paid for it again.
import { z } from 'zod';

/** The parts of a field's JSON Schema that type a column. Shared: never mutate it. */
export interface FieldSchema {
  type?: string;
  anyOf?: FieldSchema[];
  enum?: (string | number)[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

const cache = new WeakMap<z.ZodType, FieldSchema>();

export const fieldSchema = (field: z.ZodType): FieldSchema => {
  let json = cache.get(field);
  if (!json) cache.set(field, (json = z.toJSONSchema(field) as FieldSchema));
  return json;
};
