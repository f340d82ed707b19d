// Small named zod pieces that every table is composed of. `title` is the Japanese CSV header
// (自治体標準オープンデータセット style), `description` documents the column everywhere it is published in
// English and `ja` in Japanese (kept beside the zod definition in a registry of its own: see columnTexts).
// A column that holds another table's IDs says so once, with ref(): its ID pattern, the foreign key of
// every descriptor (datapackage.json, SQLite, the codebooks) and the nesting of 062022_plan.json follow.
import { z } from 'zod';

export type FieldMeta = {
  /** Japanese item name: the CSV header and the Table Schema title. */
  title: string;
  /** What the column holds, in English: the JSON Schemas' description, and the English beside the Japanese elsewhere. */
  description: string;
  /** What the column holds, in Japanese: what a reader of the codebooks, datapackage.json and the site reads first. */
  ja: string;
};

/** The regular expression every ID with this prefix matches: the prefix, then one or more lowercase `-` parts. */
export const idPatternOf = (prefix: string): RegExp => new RegExp(`^${prefix}-[a-z0-9]+(?:-[a-z0-9]+)*$`);

/**
 * The unit of a column's values, for the codebooks (the SQLite `_columns` table, the workbook's 項目定義 sheet,
 * the codebook recipe of docs/load.md): a fixed unit, or the column of the same row that holds it. Kept in a registry of its own, not in
 * `.meta()`, because every `.meta()` key is copied into the published JSON Schemas, where strict validators
 * refuse unknown keywords. `.meta()` copies of a field inherit its unit.
 */
export type UnitMeta = { unit: string } | { unitColumn: string };
export const columnUnits = z.registry<UnitMeta>();
export const withUnit = <T extends z.ZodType>(field: T, unit: UnitMeta): T => {
  columnUnits.add(field, unit);
  return field;
};

/**
 * The Japanese description of a column, read by tables/columns.ts. A registry of its own, like the units: a
 * `.meta()` key would be copied into the published JSON Schemas, whose descriptions stay the English ones.
 */
export const columnTexts = z.registry<{ ja: string }>();
const described = <T extends z.ZodType>(field: T, meta: FieldMeta): T => {
  columnTexts.add(field, { ja: meta.ja });
  return field;
};
const metaOf = ({ title, description }: FieldMeta) => ({ title, description });

/** A field with its title and descriptions: the English into `.meta()`, the Japanese into columnTexts. */
export const field = <T extends z.ZodType>(schema: T, meta: FieldMeta): T => described(schema.meta(metaOf(meta)) as T, meta);

/** Characters no published text may hold: controls, and the zero-width marks the reader removes. */
const plainText = /^[^\u0000-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]*$/u;

export const text = (meta: FieldMeta) => field(z.string().min(1).regex(plainText), meta);
export const optionalText = (meta: FieldMeta) => field(z.string().min(1).regex(plainText).nullable(), meta);
export const count = (meta: FieldMeta) => field(z.number().int().min(1).max(9999), meta);
export const flag = (meta: FieldMeta) => field(z.boolean(), meta);
export const code = (pattern: RegExp, meta: FieldMeta) => field(z.string().regex(pattern), meta);

/**
 * The table a column's values are IDs of, recorded by ref() and optionalRef() and read by tables/columns.ts. A
 * registry of its own, like the units: `.meta()` keys would be copied into the published JSON Schemas.
 */
export const columnReferences = z.registry<{ table: string }>();

/** What ref() needs of the table it points to: its name, Japanese title and ID prefix (tables/table.ts's TableDef has them). */
export interface Referenced {
  name: string;
  title: string;
  prefix: string;
}

type RefMeta = Omit<FieldMeta, 'description' | 'ja'> & { description?: string; ja?: string };
const refMeta = (table: Referenced, meta: RefMeta): FieldMeta => ({
  ...meta,
  description: meta.description ?? `ID of the ${table.name} record this row belongs to`,
  ja: meta.ja ?? `${table.title}のID（${table.name} 表）。`,
});
const referencing = <T extends z.ZodType>(schema: T, table: Referenced): T => {
  columnReferences.add(schema, { table: table.name });
  return schema;
};

/** An ID of a record of `table`: a foreign key. */
export const ref = (table: Referenced, meta: RefMeta) => referencing(field(z.string().regex(idPatternOf(table.prefix)), refMeta(table, meta)), table);
/** An ID of a record of `table`, or null where there is none. */
export const optionalRef = (table: Referenced, meta: RefMeta) =>
  referencing(field(z.string().regex(idPatternOf(table.prefix)).nullable(), refMeta(table, meta)), table);

/** What a row builder is handed: a record ID → the three columns every row starts with. */
export type Head = (id: string) => { municipalityCode: string; id: string; municipalityName: string };

/** The three columns every table starts with, as the data contract fixes them; the ID's pattern is the table's prefix. */
export const head = (prefix: string) => ({
  municipalityCode: field(z.string().regex(/^\d{6}$/), {
    title: '全国地方公共団体コード',
    ja: '全国地方公共団体コード（総務省。検査数字を含む6桁）。先頭の「0」が落ちないよう文字列で記載。',
    description: 'Local-government code with check digit (総務省 全国地方公共団体コード), a string so its leading zero stays',
  }),
  id: field(z.string().regex(idPatternOf(prefix)), {
    title: 'ID',
    ja: `レコードのID。データセット全体で一意で、版が改まっても変わらない（${prefix}-…）。`,
    description: `Record ID, unique across the whole dataset and stable across releases (${prefix}-…)`,
  }),
  municipalityName: field(z.string().min(1), { title: '地方公共団体名', ja: '都道府県名及び市区町村名。', description: 'Prefecture and municipality name' }),
});

/** The line of the source text a record was read from. */
export const sourceLine = field(z.number().int().min(1), {
  title: '出典行',
  ja: '計画本文（sources/yonezawa-zenki-kihon-keikaku.txt）のうち、このレコードが記載されている行の番号。',
  description: 'Line number in sources/yonezawa-zenki-kihon-keikaku.txt where this record is stated',
});
