// Shapes of the documents published beside the tables: the nested plan and the quality report. The plan
// nests each table's rows under the row they belong to, as each table module declares (`nesting`: its parent
// column, its key in the parent's record and its place among the parent's nested arrays); the record schemas
// are the tables', so a record looks the same in every file and nothing of a table is restated here.
import { z } from 'zod';
import { type TableName, tableNames, tableOf, tables } from '../tables/registry.ts';

/** One level of the nested plan: a table, and the tables whose rows are nested in each of its rows, by key. */
export interface Nest {
  table: TableName;
  children: Nests;
  /** Documents the nested array in the plan's JSON Schema. */
  description?: string;
}
export interface Nests {
  readonly [key: string]: Nest;
}

/**
 * How 062022_plan.json nests the tables: the tables at its top, each with the tables nested in it, by key, in
 * the order their modules give. Two tables at one place with the same key or the same order are refused.
 */
export const planNesting: Nests = (() => {
  const level = (entries: { table: TableName; key: string; order: number; description?: string }[], where: string): Nests => {
    const sorted = [...entries].sort((a, b) => a.order - b.order);
    for (let i = 1; i < sorted.length; i += 1)
      if (sorted[i]!.order === sorted[i - 1]!.order)
        throw new Error(`tables: ${sorted[i - 1]!.table} and ${sorted[i]!.table} both come ${sorted[i]!.order}. in ${where}`);
    const out: Record<string, Nest> = {};
    for (const e of sorted) {
      if (e.key in out) throw new Error(`tables: ${out[e.key]!.table} and ${e.table} are both nested as ${e.key} in ${where}`);
      out[e.key] = { table: e.table, children: childrenOf(e.table), ...(e.description === undefined ? {} : { description: e.description }) };
    }
    return out;
  };
  const childrenOf = (parent: TableName): Nests =>
    level(
      tableNames.flatMap((name) => {
        const { nesting, foreignKeys } = tableOf(name);
        if (nesting.kind !== 'nested' || foreignKeys.find((fk) => fk.field === nesting.column)?.table !== parent) return [];
        return [{ table: name, key: nesting.key, order: nesting.order, ...(nesting.description === undefined ? {} : { description: nesting.description }) }];
      }),
      `a record of ${parent}`,
    );
  return level(
    tableNames.flatMap((name) => {
      const { nesting } = tableOf(name);
      return nesting.kind === 'top' ? [{ table: name, key: nesting.key, order: nesting.order }] : [];
    }),
    '062022_plan.json',
  );
})();

/** The parent column of every nested table: the column its module names as its nesting's. */
export const parentColumns: ReadonlyMap<TableName, string> = new Map(
  tableNames.flatMap((name) => {
    const column = tables[name].parentColumn;
    return column === undefined ? [] : [[name, column] as const];
  }),
);

/** The record schema of a nesting level: the table's own, extended by the arrays of its children. */
const recordSchema = (node: Nest): z.ZodType => {
  const { schema } = tables[node.table];
  const children = Object.entries(node.children);
  return children.length === 0 ? schema : schema.extend(Object.fromEntries(children.map(([key, child]) => [key, arraySchema(child)]))).strict();
};
const arraySchema = (node: Nest): z.ZodType => {
  const array = z.array(recordSchema(node));
  return node.description === undefined ? array : array.meta({ description: node.description });
};

const nestedShape = (nests: Nests) => Object.fromEntries(Object.entries(nests).map(([key, node]) => [key, arraySchema(node)]));

const SourceRef = z
  .object({
    file: z.string().min(1).meta({ description: 'File name of the source text under sources/' }),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ description: 'SHA-256 of the source text the dataset was built from' }),
  })
  .strict();

const Licence = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    url: z.url(),
    attribution: z.string().min(1).meta({ description: 'The attribution line the licence asks users to show' }),
    derivationNote: z.string().min(1).meta({ description: 'States that the data is derived (加工) from the plan' }),
  })
  .strict();

export const Plan = z
  .object({
    municipalityCode: z.string().regex(/^\d{6}$/),
    municipalityName: z.string().min(1),
    title: z.string().min(1).meta({ description: 'Title of the plan the data is derived from' }),
    datasetVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    license: Licence,
    source: SourceRef,
    vision: z.object({ text: z.string().min(1).meta({ description: '将来像 (the vision)' }), sourceLine: z.number().int().min(1) }).strict(),
    ...nestedShape(planNesting),
  })
  .strict()
  .meta({
    title: '「よねざわ しあわせビジョン2035」前期基本計画 (nested)',
    description: 'The whole plan as one nested document; every record is the same as in the tables.',
  });
export type Plan = z.infer<typeof Plan>;

export const QualityEntry = z
  .object({
    severity: z.enum(['warning', 'info']),
    ruleId: z
      .string()
      .regex(/^[a-z]+:[a-z0-9-]+$/)
      .meta({ description: 'stage:rule that found it' }),
    file: z.string().min(1).meta({ description: 'File under sources/ the place is in: the plan text, or a curated supplement' }),
    line: z.number().int().min(0).meta({ description: 'Line in the source text (0: the whole file)' }),
    column: z.number().int().min(0),
    reason: z.string().min(1).meta({ description: "What is wrong and what was expected, in English, from the rule's message template" }),
    ja: z
      .object({
        reason: z.string().min(1).meta({ description: 'reason in Japanese: 何が問題で、何が期待されたか' }),
      })
      .strict()
      .meta({ description: "The reason in Japanese, from the same template as the English: what the site's quality page shows first" }),
    recordIds: z.array(z.string()).meta({ description: 'IDs of the published records concerned' }),
  })
  .strict();
export type QualityEntry = z.infer<typeof QualityEntry>;

export const QualityRule = z
  .object({
    ruleId: z
      .string()
      .regex(/^[a-z]+:[a-z0-9-]+$/)
      .meta({ description: 'stage:rule, as the entries name it' }),
    severity: z.enum(['warning', 'info']),
    summary: z.string().min(1).meta({ description: 'What the rule finds, in one line' }),
    action: z.string().min(1).meta({ description: 'What a person can do about it' }),
    ja: z
      .object({
        summary: z.string().min(1).meta({ description: 'summary in Japanese: 規則が見つけるもの' }),
        action: z.string().min(1).meta({ description: 'action in Japanese: 対処' }),
      })
      .strict()
      .meta({ description: 'The summary and the action in Japanese, as the site shows them' }),
  })
  .strict();
export type QualityRule = z.infer<typeof QualityRule>;

export const QualityReport = z
  .object({
    municipalityCode: z.string().regex(/^\d{6}$/),
    datasetVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    source: SourceRef,
    summary: z
      .object({
        warnings: z.number().int().min(0),
        infos: z.number().int().min(0),
        byRule: z.record(z.string(), z.number().int().min(1)),
      })
      .strict(),
    rules: z.array(QualityRule).meta({
      description:
        'Every rule an entry can name (the warnings and infos of the build; its errors stop it), sorted by ruleId, each once: the catalogue of pipeline/rules.ts',
    }),
    entries: z.array(QualityEntry),
  })
  .strict()
  .meta({
    title: 'Data-quality report',
    description:
      'Every inconsistency found in the source and every fact the text does not determine, with its place. Nothing listed here was silently corrected.',
  });
export type QualityReport = z.infer<typeof QualityReport>;
