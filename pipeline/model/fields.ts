// Small named zod pieces that every table is composed of. `title` is the Japanese CSV header
// (自治体標準オープンデータセット style), `description` documents the column everywhere it is published.
// A column that holds another table's IDs says so once, with ref(): its ID pattern, the foreign key of
// every descriptor (datapackage.json, SQLite, the codebooks) and the nesting of 062022_plan.json follow.
import { z } from 'zod';
import { idPattern, idPrefixes, type TableName } from '../ids.ts';

export type FieldMeta = {
  /** Japanese item name: the CSV header and the Table Schema title. */
  title: string;
  description: string;
};

/**
 * The unit of a column's values, for the codebooks (the SQLite `_columns` table, the workbook's 項目定義 sheet,
 * the README): a fixed unit, or the column of the same row that holds it. Kept in a registry of its own, not in
 * `.meta()`, because every `.meta()` key is copied into the published JSON Schemas, where strict validators
 * refuse unknown keywords. `.meta()` copies of a field inherit its unit.
 */
export type UnitMeta = { unit: string } | { unitColumn: string };
export const columnUnits = z.registry<UnitMeta>();
export const withUnit = <T extends z.ZodType>(field: T, unit: UnitMeta): T => {
  columnUnits.add(field, unit);
  return field;
};

/** Characters no published text may hold: controls, and the zero-width marks the reader removes. */
const plainText = /^[^\u0000-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]*$/u;

export const text = (meta: FieldMeta) => z.string().min(1).regex(plainText).meta(meta);
export const optionalText = (meta: FieldMeta) => z.string().min(1).regex(plainText).nullable().meta(meta);
export const count = (meta: FieldMeta) => z.number().int().min(1).max(9999).meta(meta);
export const flag = (meta: FieldMeta) => z.boolean().meta(meta);
export const code = (pattern: RegExp, meta: FieldMeta) => z.string().regex(pattern).meta(meta);

/**
 * The table a column's values are IDs of, recorded by ref() and optionalRef() and read by model/columns.ts. A
 * registry of its own, like the units: `.meta()` keys would be copied into the published JSON Schemas.
 */
export const columnReferences = z.registry<{ table: TableName }>();

type RefMeta = Omit<FieldMeta, 'description'> & { description?: string };
const idOf = (table: TableName) => z.string().regex(idPattern(table));
const refMeta = (table: TableName, meta: RefMeta): FieldMeta => ({ ...meta, description: meta.description ?? `ID of the ${table} record this row belongs to` });
const referencing = <T extends z.ZodType>(field: T, table: TableName): T => {
  columnReferences.add(field, { table });
  return field;
};

/** An ID of a record of `table`: a foreign key. */
export const ref = (table: TableName, meta: RefMeta) => referencing(idOf(table).meta(refMeta(table, meta)), table);
/** An ID of a record of `table`, or null where there is none. */
export const optionalRef = (table: TableName, meta: RefMeta) => referencing(idOf(table).nullable().meta(refMeta(table, meta)), table);

/** What a row builder is handed: a record ID → the three columns every row starts with. */
export type Head = (id: string) => { municipalityCode: string; id: string; municipalityName: string };

/** The three columns every table starts with, as the data contract fixes them; the ID's pattern is the table's prefix (ids.ts). */
export const head = (table: TableName) => ({
  municipalityCode: z
    .string()
    .regex(/^\d{6}$/)
    .meta({
      title: '全国地方公共団体コード',
      description: 'Local-government code with check digit (総務省 全国地方公共団体コード), a string so its leading zero stays',
    }),
  id: z
    .string()
    .regex(idPattern(table))
    .meta({ title: 'ID', description: `Record ID, unique across the whole dataset and stable across releases (${idPrefixes[table]}-…)` }),
  municipalityName: z.string().min(1).meta({ title: '地方公共団体名', description: 'Prefecture and municipality name' }),
});

/** The line of the source text a record was read from. */
export const sourceLine = z
  .number()
  .int()
  .min(1)
  .meta({ title: '出典行', description: 'Line number in sources/yonezawa-zenki-kihon-keikaku.txt where this record is stated' });
