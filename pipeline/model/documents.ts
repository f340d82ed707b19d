// Shapes of the documents published beside the tables: the nested plan and the quality report. The plan
// nests each table's rows under the row they belong to; `planNesting` says which table goes under which, and
// under what key — the column that links them is the child's ref() to the parent, and the record schemas are
// the tables', so a record looks the same in every file and nothing of a table is restated here.
import { z } from 'zod';
import { columnsOf } from './columns.ts';
import { tables, type Row, type TableName } from './registry.ts';

/** One level of the nested plan: a table, and the tables whose rows are nested in each of its rows, by key. */
export interface Nest<T extends TableName = TableName> {
  table: T;
  children: Nests;
  /** Documents the nested array in the plan's JSON Schema. */
  description?: string;
}
export interface Nests {
  readonly [key: string]: Nest;
}

/** A table whose rows nest the rows of `children`. */
const nest = <T extends TableName, C extends Nests>(table: T, children: C) => ({ table, children });
/** A table whose rows nest nothing. */
const leaf = <T extends TableName>(table: T, description?: string) => ({
  table,
  children: {} as Record<never, Nest>,
  ...(description === undefined ? {} : { description }),
});

/** How 062022_plan.json nests the tables (every table but grade_rules, the codebook of a rule of this project). */
export const planNesting = {
  kgis: leaf('kgis'),
  goals: nest('goals', {
    currentIssues: leaf('current_issues'),
    wellbeingCategories: leaf('wellbeing_categories'),
    policies: nest('policies', {
      indicators: nest('indicators', {
        progress: leaf('indicator_progress', 'The KPI’s curated actuals with progress rate and grade, oldest first (the indicator_progress rows)'),
      }),
      relatedPlans: leaf('related_plans'),
      citizenOpinions: leaf('citizen_opinions'),
      expectedActions: leaf('expected_actions'),
      sdgMarkCounts: leaf('sdg_mark_counts'),
      sdgLinks: leaf('sdg_links'),
      pillars: nest('pillars', { departments: leaf('pillar_departments'), actions: leaf('pillar_actions') }),
    }),
  }),
  projects: nest('projects', {
    initiatives: nest('project_initiatives', { departments: leaf('project_initiative_departments'), items: leaf('project_items') }),
  }),
  departments: leaf('departments'),
  glossary: nest('glossary', { usages: leaf('glossary_usages') }),
} as const;

/** A record of the nested plan: the table's row, and under each child key the rows that belong to it. */
export type Nested<N extends { table: TableName; children: Nests }> = Row<N['table']> & { [K in keyof N['children']]: Nested<N['children'][K]>[] };

/**
 * The column of `child` that names the `parent` row each of its rows is nested in: its one ref() to the
 * parent table, which may not be empty (a row without a parent would be missing from the plan).
 */
export const parentColumn = (child: TableName, parent: TableName): string => {
  const refs = tables[child].foreignKeys.filter((fk) => fk.table === parent);
  if (refs.length !== 1) throw new Error(`model: ${child} is nested in ${parent}, so it needs exactly one ref() to ${parent}; it has ${refs.length}`);
  const column = refs[0]!.field;
  if (columnsOf(tables[child].schema).find((c) => c.key === column)!.nullable)
    throw new Error(`model: ${child}.${column} may be empty, so it cannot nest ${child} in ${parent}`);
  return column;
};

/** The parent column of every nested table, checked once when the module loads. */
export const parentColumns: ReadonlyMap<TableName, string> = (() => {
  const out = new Map<TableName, string>();
  const walk = (node: Nest): void => {
    for (const child of Object.values(node.children)) {
      out.set(child.table, parentColumn(child.table, node.table));
      walk(child);
    }
  };
  for (const root of Object.values(planNesting)) walk(root);
  return out;
})();

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

const nestedShape = <N extends Nests>(nests: N) =>
  Object.fromEntries(Object.entries(nests).map(([key, node]) => [key, arraySchema(node)])) as { [K in keyof N]: z.ZodType<Nested<N[K]>[]> };

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
    reason: z.string().min(1),
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
