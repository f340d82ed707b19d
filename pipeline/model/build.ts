// Parsed entities → the published tables: IDs assigned (ids.ts), departments collected, the three contract
// columns added — one small builder per table of 第１章 and 第２章 here, of 第３章 in pages.ts, of the KPI
// progress in progress.ts. Pure: the same entities always give the same rows in the same order.
import type { Reporter } from '../diagnostics.ts';
import { ids } from '../ids.ts';
import type { CuratedActual } from '../parse/curated-actuals.ts';
import type { PolicyPageEntity } from '../parse/policy-pages.ts';
import type { Chapter1, Vision } from '../parse/projects.ts';
import type { PolicySystem } from '../parse/policy-system.ts';
import { comparable, normaliseText } from '../parse/text.ts';
import { DepartmentRegistry } from './departments.ts';
import type { Head } from '../tables/fields.ts';
import { buildPageTables, type PagesInput } from './pages.ts';
import { buildProgress, gradeRuleRows } from './progress.ts';
import type { TableRows } from '../tables/registry.ts';

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

// Tables list goals, policies and pillars in code order, whatever order the two-column layout gave.
const byCode = <T extends { goal: number; number: number; policy?: number }>(a: T, b: T): number =>
  a.goal - b.goal || (a.policy ?? 0) - (b.policy ?? 0) || a.number - b.number;

const kgiRows = (chapter1: Chapter1, headOf: Head): TableRows['kgis'] =>
  chapter1.kgis.map((k) => ({ ...headOf(ids.kgi(k.number)), number: k.number, name: k.name, sourceLine: k.line }));

const goalRows = (system: PolicySystem, headOf: Head): TableRows['goals'] =>
  [...system.goals]
    .sort((a, b) => a.number - b.number)
    .map((g) => ({
      ...headOf(ids.goal(g.number)),
      number: g.number,
      name: g.name,
      statement: g.statement,
      sourceLine: g.line,
      statementSourceLine: g.statementLine,
    }));

/** Policies of 第２章, with the 目指す姿 of their page in 第３章 where there is one. */
const policyRows = (system: PolicySystem, policyPages: readonly PolicyPageEntity[], headOf: Head): TableRows['policies'] => {
  const pageOf = new Map(policyPages.map((p) => [`${p.goal}-${p.policy}`, p]));
  return [...system.policies].sort(byCode).map((p) => {
    const code = `${p.goal}-${p.number}`;
    const page = pageOf.get(code);
    return {
      ...headOf(ids.policy(code)),
      code,
      goalId: ids.goal(p.goal),
      number: p.number,
      name: p.name,
      visionTitle: page?.vision ? normaliseText(page.vision.title.raw) : null,
      visionText: page?.vision ? normaliseText(page.vision.text.raw) : null,
      pageSourceLine: page?.line ?? null,
      sourceLine: p.line,
    };
  });
};

const pillarRows = (system: PolicySystem, headOf: Head): TableRows['pillars'] =>
  [...system.pillars].sort(byCode).map((p) => {
    const code = `${p.goal}-${p.policy}-${p.number}`;
    return { ...headOf(ids.pillar(code)), code, policyId: ids.policy(`${p.goal}-${p.policy}`), number: p.number, name: p.name, sourceLine: p.line };
  });

const projectRows = (chapter1: Chapter1, headOf: Head): TableRows['projects'] =>
  chapter1.projects.map((p) => ({ ...headOf(ids.project(p.number)), number: p.number, name: p.name, summary: p.summary, sourceLine: p.line }));

const initiativeRows = (chapter1: Chapter1, headOf: Head): TableRows['project_initiatives'] =>
  chapter1.projects.flatMap((p) =>
    p.initiatives.map((i) => ({
      ...headOf(ids.initiative(p.number, i.number)),
      projectId: ids.project(p.number),
      number: i.number,
      name: i.name,
      sourceLine: i.line,
    })),
  );

const initiativeDepartmentRows = (chapter1: Chapter1, headOf: Head, departments: DepartmentRegistry): TableRows['project_initiative_departments'] =>
  chapter1.projects.flatMap((p) =>
    p.initiatives.flatMap((i) =>
      i.departments.map((name, k) => ({
        ...headOf(ids.initiativeDepartment(p.number, i.number, k + 1)),
        initiativeId: ids.initiative(p.number, i.number),
        order: k + 1,
        departmentId: departments.mention(name, i.departmentsLine),
        departmentName: name,
        sourceLine: i.departmentsLine,
      })),
    ),
  );

/** Every action under every pillar an initiative cites, with whether the citation names the pillar as 第２章 does. */
const projectItemRows = (chapter1: Chapter1, system: PolicySystem, headOf: Head): TableRows['project_items'] => {
  const pillarNames = new Map(system.pillars.map((p) => [`${p.goal}-${p.policy}-${p.number}`, p.name]));
  return chapter1.projects.flatMap((p) =>
    p.initiatives.flatMap((i) =>
      i.items.flatMap((item, c) =>
        item.actions.map((a, k) => {
          const known = pillarNames.get(item.pillarCode);
          return {
            ...headOf(ids.projectItem(p.number, i.number, c + 1, k + 1)),
            initiativeId: ids.initiative(p.number, i.number),
            citationOrder: c + 1,
            actionOrder: k + 1,
            citedPillarCode: item.pillarCode,
            pillarId: ids.pillar(item.pillarCode),
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
  );
};

export const buildModel = (parsed: Parsed, municipality: Municipality, file: string, report: Reporter): Model => {
  const headOf: Head = (id) => ({ municipalityCode: municipality.code, id, municipalityName: municipality.name });
  const { policySystem, chapter1 } = parsed;
  // Departments are registered as the tables that name them are built, in this order: a department keeps
  // the spelling of its first mention (model/departments.ts).
  const departments = new DepartmentRegistry();
  const policies = policyRows(policySystem, parsed.policyPages, headOf);
  const projectInitiativeDepartments = initiativeDepartmentRows(chapter1, headOf, departments);
  const pages = buildPageTables(parsed, policies, headOf, departments, file, report);
  const progress = buildProgress(parsed.curatedActuals, pages.indicators, headOf, parsed.actualsFile, report);
  const tables: TableRows = {
    kgis: kgiRows(chapter1, headOf),
    goals: goalRows(policySystem, headOf),
    policies,
    pillars: pillarRows(policySystem, headOf),
    projects: projectRows(chapter1, headOf),
    project_initiatives: initiativeRows(chapter1, headOf),
    project_initiative_departments: projectInitiativeDepartments,
    project_items: projectItemRows(chapter1, policySystem, headOf),
    departments: departments.list().map((d) => ({ ...headOf(d.id), name: d.name, sourceLine: d.sourceLine })),
    ...pages,
    indicator_progress: progress,
    grade_rules: gradeRuleRows(headOf),
  };
  return { vision: chapter1.vision, tables };
};
