// Record IDs, in one place: each table's IDs as the plan's codes and the order of rows make them, from the
// prefix its module declares (tables/). The model's tables build their IDs here, the linked data and the
// site name a record's IRI and page by its table's prefix, and the parsers and checks use the same IDs to
// name the records a diagnostic concerns (recordIds) before any table exists.
import { type TableName, tables } from './tables/registry.ts';

/** Every published table → the prefix of its record IDs (`kpi-4-1-1`), which is also its IRIs' type (`{baseIri}kpi/4-1-1`). */
export const idPrefixes = Object.fromEntries(Object.values(tables).map((t) => [t.name, t.prefix])) as { readonly [T in TableName]: string };

export type { TableName };

/** The regular expression every ID of a table matches: its prefix, then one or more lowercase `-` parts. */
export const idPattern = (table: TableName): RegExp => tables[table].idPattern;

/** A record ID of `table`: its prefix, then the parts of its code (a table needs no builder of its own below to have IDs). */
export const idOf = (table: TableName, ...code: (string | number)[]): string => `${idPrefixes[table]}-${code.join('-')}`;

/** A record ID → its code, what follows the table's prefix: `kpi-4-1-1` of indicators → `4-1-1`. The one such function. */
export const codeOfId = (table: TableName, id: string): string => {
  const prefix = `${idPrefixes[table]}-`;
  if (!id.startsWith(prefix)) throw new Error(`ID ${id} is not an ID of ${table} (${prefix}…)`);
  return id.slice(prefix.length);
};

export const ids = {
  kgi: (number: number) => idOf('kgis', number),
  goal: (goal: number) => idOf('goals', goal),
  /** A policy by its code goal-policy (`4-1`). */
  policy: (code: string) => idOf('policies', code),
  /** A pillar by its code goal-policy-pillar (`4-1-1`). */
  pillar: (code: string) => idOf('pillars', code),
  project: (project: number) => idOf('projects', project),
  initiative: (project: number, initiative: number) => idOf('project_initiatives', project, initiative),
  initiativeDepartment: (project: number, initiative: number, order: number) => idOf('project_initiative_departments', project, initiative, order),
  /** An action under the `citation`-th pillar an initiative cites. */
  projectItem: (project: number, initiative: number, citation: number, action: number) => idOf('project_items', project, initiative, citation, action),
  /** A department by the digest of its name (model/departments.ts): no numbering the plan does not give. */
  department: (digest: string) => idOf('departments', digest),
  /** A KPI: the policy's code and the row's position in its 成果指標 table. */
  indicator: (policyCode: string, order: number) => idOf('indicators', policyCode, order),
  /** A ⚫ action under a pillar of a policy page. */
  pillarAction: (pillarCode: string, order: number) => idOf('pillar_actions', pillarCode, order),
  pillarDepartment: (pillarCode: string, order: number) => idOf('pillar_departments', pillarCode, order),
  currentIssue: (goal: number, categoryOrder: number, order: number) => idOf('current_issues', goal, categoryOrder, order),
  wellbeing: (goal: number, order: number) => idOf('wellbeing_categories', goal, order),
  relatedPlan: (policyCode: string, order: number) => idOf('related_plans', policyCode, order),
  citizenOpinion: (policyCode: string, order: number) => idOf('citizen_opinions', policyCode, order),
  expectedAction: (policyCode: string, order: number) => idOf('expected_actions', policyCode, order),
  /** A glossary term by the digest of its name (model/glossary.ts). */
  term: (digest: string) => idOf('glossary', digest),
  /** The k-th ※ of a record that matched a term. */
  termUsage: (recordId: string, k: number) => idOf('glossary_usages', recordId, k),
  sdgMarks: (policyCode: string, firstSdg: number, lastSdg: number) => idOf('sdg_mark_counts', policyCode, firstSdg, lastSdg),
  sdgLink: (policyCode: string, sdg: number) => idOf('sdg_links', policyCode, sdg),
  /** A KPI's curated actual of a fiscal year: `kpi-4-1-1` + 2026 → `progress-4-1-1-2026`. */
  progress: (kpiId: string, fiscalYear: number) => idOf('indicator_progress', codeOfId('indicators', kpiId), fiscalYear),
  /** A grade of the grade_rules codebook: S → `grade-s`. */
  grade: (letter: string) => idOf('grade_rules', letter.toLowerCase()),
} as const;
