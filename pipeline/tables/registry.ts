// The published tables, in published order: one module each (tables/<table>.ts), listed here once.
// Everything that walks "all tables" — the ID prefixes (ids.ts), the checks, every emitter (CSV, JSON, the
// nested plan, JSON-LD, SQLite, the workbook, datapackage.json, the catalog) and the site — walks this list,
// and reads what each table declares in its module; nothing else lists the tables or restates a table's
// facts. What the modules declare of each other (the tables a linked-data declaration names) is checked here,
// when the registry loads.
import type { z } from 'zod';
import { citizenOpinions } from './citizen-opinions.ts';
import { currentIssues } from './current-issues.ts';
import { departments } from './departments.ts';
import { expectedActions } from './expected-actions.ts';
import { glossary } from './glossary.ts';
import { glossaryUsages } from './glossary-usages.ts';
import { goals } from './goals.ts';
import { gradeRules } from './grade-rules.ts';
import { indicatorProgress } from './indicator-progress.ts';
import { indicators } from './indicators.ts';
import { kgis } from './kgis.ts';
import { pillarActions } from './pillar-actions.ts';
import { pillarDepartments } from './pillar-departments.ts';
import { pillars } from './pillars.ts';
import { policies } from './policies.ts';
import { projectInitiativeDepartments } from './project-initiative-departments.ts';
import { projectInitiatives } from './project-initiatives.ts';
import { projectItems } from './project-items.ts';
import { projects } from './projects.ts';
import { relatedPlans } from './related-plans.ts';
import { sdgLinks } from './sdg-links.ts';
import { sdgMarkCounts } from './sdg-mark-counts.ts';
import type { TableDef } from './table.ts';
import { wellbeingCategories } from './wellbeing-categories.ts';

export type { Nesting, TableDef, Texts } from './table.ts';

const inOrder = [
  kgis,
  goals,
  policies,
  pillars,
  projects,
  projectInitiatives,
  projectInitiativeDepartments,
  projectItems,
  departments,
  indicators,
  pillarActions,
  pillarDepartments,
  currentIssues,
  wellbeingCategories,
  relatedPlans,
  citizenOpinions,
  expectedActions,
  glossary,
  glossaryUsages,
  sdgMarkCounts,
  sdgLinks,
  indicatorProgress,
  gradeRules,
] as const;

type Defs = (typeof inOrder)[number];

/** A published table's name (the file stem after `062022_`). */
export type TableName = Defs['name'];

/** A column that holds another table's IDs: its JSON key, and the table. */
export interface ForeignKey {
  field: string;
  table: TableName;
}

/** Every published table by name, in published order (each one's foreign keys name published tables: checked below). */
export const tables = Object.fromEntries(inOrder.map((t) => [t.name, t])) as {
  [D in Defs as D['name']]: Omit<D, 'foreignKeys'> & { foreignKeys: readonly ForeignKey[] };
};

export type Tables = typeof tables;
export type Row<T extends TableName> = z.infer<Tables[T]['schema']>;
export type TableRows = { [T in TableName]: Row<T>[] };

export const tableNames = inOrder.map((t) => t.name) as TableName[];

/** A table's definition by name, as the common type every table satisfies. */
export const tableOf = (name: TableName): TableDef => tables[name] as unknown as TableDef;

/**
 * What the table modules declare of each other, checked: names, prefixes and own classes unique, refs to
 * published tables, each linked-data link collected where it lands.
 */
export const checkTables = (defs: readonly TableDef[]): void => {
  const fail = (what: string): never => {
    throw new Error(`tables: ${what}`);
  };
  const byName = new Map<string, TableDef>(defs.map((t) => [t.name, t]));
  if (byName.size !== defs.length) fail('two tables have the same name');
  const prefixes = defs.map((t) => t.prefix);
  if (new Set(prefixes).size !== prefixes.length) fail('two tables have the same ID prefix');
  // Each table's records have a yp: class of their own, so the graph alone tells which table a node is a row of.
  const owner = new Map<string, string>();
  for (const def of defs) {
    const own = ownClassOf(def);
    if (own === undefined) fail(`${def.name} declares no yp: class of its own for its records`);
    else if (owner.has(own)) fail(`${def.name} and ${owner.get(own)} both declare ${own} as the class of their records`);
    else owner.set(own, def.name);
  }
  const refTable = (def: TableDef, column: string): TableDef =>
    byName.get(def.foreignKeys.find((fk) => fk.field === column)?.table ?? '') ?? fail(`${def.name}.${column} is no ref() to a published table`);
  for (const def of byName.values()) {
    for (const fk of def.foreignKeys) if (!byName.has(fk.table)) fail(`${def.name}.${fk.field} refers to ${fk.table}, which is not published`);
    const ld = def.linkedData;
    // Each table another one carries its IRIs onto, or names back with `inverse`, collects them under that predicate.
    const collects = (target: TableDef, predicate: string, from: string) => {
      if (!target.linkedData.properties.some((p) => p.kind === 'collected' && p.predicate === predicate))
        fail(`${from} gives ${target.name} records ${predicate}, which ${target.name} does not collect (collected('${predicate}') in its linked data)`);
    };
    for (const o of ld.carries ?? []) {
      let at = def;
      for (const step of o.path) at = refTable(at, step);
      collects(at, o.predicate, def.name);
    }
    for (const p of ld.properties) if (p.kind === 'column' && p.inverse !== undefined) collects(refTable(def, p.column), p.inverse, def.name);
    if (ld.iri !== undefined && 'under' in ld.iri) refTable(def, ld.iri.under);
  }
};

/** The class of a table's records that is its own: the first yp: class it declares. */
export const ownClassOf = (def: Pick<TableDef, 'linkedData'>): string | undefined => [def.linkedData.class].flat().find((c) => c.startsWith('yp:'));
checkTables(inOrder as readonly unknown[] as readonly TableDef[]);
