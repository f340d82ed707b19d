// Record IDs, in one place: every table's ID prefix, and each table's IDs as the plan's codes and the order of
// rows make them. The zod model takes its ID patterns from the prefixes (model/fields.ts), the model's tables
// build their IDs here, the linked data names a record's IRI by its prefix, and the parsers and checks use
// the same IDs to name the records a diagnostic concerns (recordIds) before any table exists. A leaf module:
// it imports nothing of the pipeline, so every stage may use it.

/** Every published table → the prefix of its record IDs (`kpi-4-1-1`), which is also its IRIs' type (`{baseIri}kpi/4-1-1`). */
export const idPrefixes = {
  kgis: 'kgi',
  goals: 'goal',
  policies: 'policy',
  pillars: 'pillar',
  projects: 'project',
  project_initiatives: 'initiative',
  project_initiative_departments: 'initiative-department',
  project_items: 'project-item',
  departments: 'department',
  indicators: 'kpi',
  pillar_actions: 'pillar-action',
  pillar_departments: 'pillar-department',
  current_issues: 'current-issue',
  wellbeing_categories: 'wellbeing',
  related_plans: 'related-plan',
  citizen_opinions: 'citizen-opinion',
  expected_actions: 'expected-action',
  glossary: 'term',
  glossary_usages: 'term-usage',
  sdg_mark_counts: 'sdg-marks',
  sdg_links: 'sdg-link',
  indicator_progress: 'progress',
  grade_rules: 'grade',
} as const;

/** A published table's name (the file stem after `062022_`). model/registry.ts lists the same tables, in published order. */
export type TableName = keyof typeof idPrefixes;

/** The regular expression every ID of a table matches: its prefix, then one or more lowercase `-` parts. */
export const idPattern = (table: TableName): RegExp => new RegExp(`^${idPrefixes[table]}-[a-z0-9]+(?:-[a-z0-9]+)*$`);

const idOf = (table: TableName, ...code: (string | number)[]): string => `${idPrefixes[table]}-${code.join('-')}`;

/** A record ID → its code, what follows the table's prefix: `kpi-4-1-1` of indicators → `4-1-1`. */
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
