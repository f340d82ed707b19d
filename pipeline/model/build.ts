// Parsed entities → the published tables: IDs assigned, departments collected, the three contract
// columns added. Pure: the same entities always give the same rows in the same order.
import type { Diagnostic } from '../diagnostics.ts';
import type { CuratedActual } from '../parse/curated-actuals.ts';
import type { Chapter1, Vision } from '../parse/projects.ts';
import type { PolicySystem } from '../parse/policy-system.ts';
import { comparable, normaliseText } from '../parse/text.ts';
import { DepartmentRegistry } from './departments.ts';
import { buildPageTables, type PagesInput } from './pages.ts';
import { buildProgress, gradeRuleRows } from './progress.ts';
import type { TableRows } from './registry.ts';

export interface Municipality {
  code: string;
  name: string;
}

export interface Parsed extends PagesInput {
  chapter1: Chapter1;
  policySystem: PolicySystem;
  /** sources/indicator-actuals.csv, parsed, and how diagnostics name it. */
  curatedActuals: CuratedActual[];
  actualsFile: string;
}

export interface Model {
  vision: Vision | undefined;
  tables: TableRows;
}

export const buildModel = (parsed: Parsed, municipality: Municipality, file: string): { model: Model; diagnostics: Diagnostic[] } => {
  const headOf = (id: string) => ({ municipalityCode: municipality.code, id, municipalityName: municipality.name });
  const { policySystem, chapter1 } = parsed;

  const departments = new DepartmentRegistry();
  const pageOf = new Map(parsed.policyPages.map((p) => [`${p.goal}-${p.policy}`, p]));

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
    policies: policies.map((p) => {
      const page = pageOf.get(`${p.goal}-${p.number}`);
      return {
        ...headOf(`policy-${p.goal}-${p.number}`),
        code: `${p.goal}-${p.number}`,
        goalId: `goal-${p.goal}`,
        number: p.number,
        name: p.name,
        visionTitle: page?.vision ? normaliseText(page.vision.title.raw) : null,
        visionText: page?.vision ? normaliseText(page.vision.text.raw) : null,
        pageSourceLine: page?.line ?? null,
        sourceLine: p.line,
      };
    }),
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
          departmentId: departments.mention(name, i.departmentsLine),
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
    ...emptyPageTables,
  };
  const pages = buildPageTables(parsed, tables.policies, headOf, departments, file);
  Object.assign(tables, pages.tables);
  tables.departments = departments.list().map((d) => ({ ...headOf(d.id), name: d.name, sourceLine: d.sourceLine }));
  const progress = buildProgress(parsed.curatedActuals, tables.indicators, headOf, parsed.actualsFile);
  tables.indicator_progress = progress.rows;
  tables.grade_rules = gradeRuleRows(headOf);
  return { model: { vision: chapter1.vision, tables }, diagnostics: [...pages.diagnostics, ...progress.diagnostics] };
};

const emptyPageTables = {
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
  indicator_progress: [],
  grade_rules: [],
};
