// Record IDs that are built from the plan's codes and the order of rows, in one place: the tables use
// them, and the parsers and checks use them to name the records a diagnostic concerns (recordIds).

export const ids = {
  goal: (goal: number) => `goal-${goal}`,
  policy: (code: string) => `policy-${code}`,
  pillar: (code: string) => `pillar-${code}`,
  /** A KPI: the policy's code and the row's position in its 成果指標 table. */
  indicator: (policyCode: string, order: number) => `kpi-${policyCode}-${order}`,
  /** A ⚫ action under a pillar of a policy page. */
  pillarAction: (pillarCode: string, order: number) => `pillar-action-${pillarCode}-${order}`,
  pillarDepartment: (pillarCode: string, order: number) => `pillar-department-${pillarCode}-${order}`,
  initiative: (project: number, initiative: number) => `initiative-${project}-${initiative}`,
  initiativeDepartment: (project: number, initiative: number, order: number) => `initiative-department-${project}-${initiative}-${order}`,
  citizenOpinion: (policyCode: string, order: number) => `citizen-opinion-${policyCode}-${order}`,
  expectedAction: (policyCode: string, order: number) => `expected-action-${policyCode}-${order}`,
  relatedPlan: (policyCode: string, order: number) => `related-plan-${policyCode}-${order}`,
  currentIssue: (goal: number, categoryOrder: number, order: number) => `current-issue-${goal}-${categoryOrder}-${order}`,
} as const;
