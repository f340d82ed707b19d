// Parsed entities → the published tables: IDs assigned, departments collected, the three contract
// columns added. Pure: the same entities always give the same rows in the same order.
import { createHash } from 'node:crypto';
import type { Chapter1, Vision } from '../parse/projects.ts';
import type { PolicySystem } from '../parse/policy-system.ts';
import { comparable } from '../parse/text.ts';
import type { TableRows } from './registry.ts';

export interface Municipality {
  code: string;
  name: string;
}

export interface Parsed {
  chapter1: Chapter1;
  policySystem: PolicySystem;
}

export interface Model {
  vision: Vision | undefined;
  tables: TableRows;
}

/** A department's ID: a digest of its name, so it stays the same whichever page names it first. */
export const departmentId = (name: string): string =>
  `department-${createHash('sha256').update(comparable(name), 'utf8').digest('hex').slice(0, 10)}`;

export const buildModel = (parsed: Parsed, municipality: Municipality): Model => {
  const headOf = (id: string) => ({ municipalityCode: municipality.code, id, municipalityName: municipality.name });
  const { policySystem, chapter1 } = parsed;

  const departments = new Map<string, { name: string; sourceLine: number }>();
  const department = (name: string, line: number): string => {
    const id = departmentId(name);
    if (!departments.has(id)) departments.set(id, { name, sourceLine: line });
    return id;
  };

  // Tables list goals, policies and pillars in code order, whatever order the two-column layout gave.
  const byCode = <T extends { goal: number; number: number; policy?: number }>(a: T, b: T): number =>
    a.goal - b.goal || (a.policy ?? 0) - (b.policy ?? 0) || a.number - b.number;
  const goals = [...policySystem.goals].sort((a, b) => a.number - b.number);
  const policies = [...policySystem.policies].sort(byCode);
  const pillars = [...policySystem.pillars].sort(byCode);

  const pillarNames = new Map(policySystem.pillars.map((p) => [`${p.goal}-${p.policy}-${p.number}`, p.name]));

  const tables: TableRows = {
    kgis: chapter1.kgis.map((k) => ({ ...headOf(`kgi-${k.number}`), number: k.number, name: k.name, sourceLine: k.line })),
    goals: goals.map((g) => ({
      ...headOf(`goal-${g.number}`),
      number: g.number,
      name: g.name,
      statement: g.statement,
      sourceLine: g.line,
      statementSourceLine: g.statementLine,
    })),
    policies: policies.map((p) => ({
      ...headOf(`policy-${p.goal}-${p.number}`),
      code: `${p.goal}-${p.number}`,
      goalId: `goal-${p.goal}`,
      number: p.number,
      name: p.name,
      visionTitle: null,
      visionText: null,
      pageSourceLine: null,
      sourceLine: p.line,
    })),
    pillars: pillars.map((p) => ({
      ...headOf(`pillar-${p.goal}-${p.policy}-${p.number}`),
      code: `${p.goal}-${p.policy}-${p.number}`,
      policyId: `policy-${p.goal}-${p.policy}`,
      number: p.number,
      name: p.name,
      sourceLine: p.line,
    })),
    projects: chapter1.projects.map((p) => ({ ...headOf(`project-${p.number}`), number: p.number, name: p.name, summary: p.summary, sourceLine: p.line })),
    project_initiatives: chapter1.projects.flatMap((p) =>
      p.initiatives.map((i) => ({ ...headOf(`initiative-${p.number}-${i.number}`), projectId: `project-${p.number}`, number: i.number, name: i.name, sourceLine: i.line })),
    ),
    project_initiative_departments: chapter1.projects.flatMap((p) =>
      p.initiatives.flatMap((i) =>
        i.departments.map((name, k) => ({
          ...headOf(`initiative-department-${p.number}-${i.number}-${k + 1}`),
          initiativeId: `initiative-${p.number}-${i.number}`,
          order: k + 1,
          departmentId: department(name, i.departmentsLine),
          departmentName: name,
          sourceLine: i.departmentsLine,
        })),
      ),
    ),
    project_items: chapter1.projects.flatMap((p) =>
      p.initiatives.flatMap((i) =>
        i.items.flatMap((item, c) =>
          item.actions.map((a, k) => {
            const known = pillarNames.get(item.pillarCode);
            return {
              ...headOf(`project-item-${p.number}-${i.number}-${c + 1}-${k + 1}`),
              initiativeId: `initiative-${p.number}-${i.number}`,
              citationOrder: c + 1,
              actionOrder: k + 1,
              citedPillarCode: item.pillarCode,
              pillarId: `pillar-${item.pillarCode}`,
              citedName: item.citedName,
              citedNameMatches: known !== undefined && comparable(known) === comparable(item.citedName),
              actionText: a.text,
              restated: a.restated,
              sourceLine: a.line,
              citationSourceLine: item.line,
            };
          }),
        ),
      ),
    ),
    departments: [],
    indicators: [],
    pillar_actions: [],
    pillar_departments: [],
    current_issues: [],
    wellbeing_categories: [],
    related_plans: [],
    citizen_opinions: [],
    expected_actions: [],
    glossary: [],
    glossary_usages: [],
    sdg_mark_counts: [],
    sdg_links: [],
  };
  tables.departments = [...departments].map(([id, d]) => ({ ...headOf(id), name: d.name, sourceLine: d.sourceLine }));
  return { vision: chapter1.vision, tables };
};
