// 第３章 entities → the policy-page tables: indicators, pillar actions and departments, current issues,
// Well-Being categories, related plans, opinions, expected actions, glossary, SDG marks and links — one
// small builder per table, composed by buildPageTables.
import type { Reporter } from '../diagnostics.ts';
import { ids } from '../ids.ts';
import type { CuratedSdgLink } from '../parse/curated-sdg-links.ts';
import type { GoalPageEntity } from '../parse/goal-pages.ts';
import { restated } from '../parse/marks.ts';
import type { Statement } from '../parse/bullets.ts';
import type { PolicyPageEntity } from '../parse/policy-pages.ts';
import type { SdgTable } from '../parse/sdg-table.ts';
import { comparable, normaliseText } from '../parse/text.ts';
import { isAllDepartments, type DepartmentRegistry } from './departments.ts';
import type { Head } from '../tables/fields.ts';
import { buildGlossary, type MarkedText } from './glossary.ts';
import type { TableRows } from '../tables/registry.ts';

export interface PagesInput {
  goalPages: GoalPageEntity[];
  policyPages: PolicyPageEntity[];
  sdgTable: SdgTable;
  curatedSdgLinks: CuratedSdgLink[];
  curatedFile: string;
}

export type PageTables = Pick<
  TableRows,
  | 'indicators'
  | 'pillar_actions'
  | 'pillar_departments'
  | 'current_issues'
  | 'wellbeing_categories'
  | 'related_plans'
  | 'citizen_opinions'
  | 'expected_actions'
  | 'glossary'
  | 'glossary_usages'
  | 'sdg_mark_counts'
  | 'sdg_links'
>;

/** What every builder of a page table is handed: the contract columns, the departments seen so far, and where to note a ※. */
interface Context {
  headOf: Head;
  departments: DepartmentRegistry;
  /** Every text of a policy page that carries ※, for the glossary (model/glossary.ts). */
  marked: MarkedText[];
}

const codeOf = (p: PolicyPageEntity): string => `${p.goal}-${p.policy}`;

/** Notes a ※ in a record's text, if it has one: the glossary matches it to a footnote term. */
const noteMarks = (ctx: Context, recordId: string, policyCode: string, text: Statement): void => {
  if (text.raw.includes('※'))
    ctx.marked.push({ recordId, policyCode, raw: text.raw, line: text.line, ...(text.markLines ? { markLines: text.markLines } : {}) });
};

const indicatorRows = (pages: readonly PolicyPageEntity[], ctx: Context): TableRows['indicators'] =>
  pages.flatMap((p) =>
    p.indicators.map((k, n) => {
      const id = ids.indicator(codeOf(p), n + 1);
      noteMarks(ctx, id, codeOf(p), k);
      return {
        ...ctx.headOf(id),
        policyId: ids.policy(codeOf(p)),
        order: n + 1,
        name: normaliseText(k.raw),
        unit: k.baseline.unit,
        baselineValue: k.baseline.value,
        baselineFiscalYear: k.baseline.fiscalYear,
        baselineFiscalYearNotation: k.baseline.fiscalYearNotation,
        baselineFiscalYearFromHeader: k.baseline.fiscalYearFromHeader,
        baselineNotation: k.baseline.notation,
        targetValue: k.target.value,
        targetCondition: k.target.condition,
        targetFiscalYear: k.target.fiscalYear,
        targetFiscalYearNotation: k.target.fiscalYearNotation,
        targetFiscalYearFromHeader: k.target.fiscalYearFromHeader,
        targetNotation: k.target.notation,
        // The department's own line: a row may spread over several (患者サポー / トセンター, lines 1124/1126).
        departmentId: ctx.departments.mention(k.department, k.departmentLine),
        departmentName: k.department,
        sourceLine: k.line,
      };
    }),
  );

const pillarActionRows = (pages: readonly PolicyPageEntity[], ctx: Context): TableRows['pillar_actions'] =>
  pages.flatMap((p) =>
    p.pillars.flatMap((pillar) =>
      pillar.actions.map((a, k) => {
        const code = `${codeOf(p)}-${pillar.number}`;
        const id = ids.pillarAction(code, k + 1);
        noteMarks(ctx, id, codeOf(p), a);
        const { text, restated: again } = restated(normaliseText(a.raw));
        return { ...ctx.headOf(id), pillarId: ids.pillar(code), order: k + 1, text, restated: again, sourceLine: a.line };
      }),
    ),
  );

const pillarDepartmentRows = (pages: readonly PolicyPageEntity[], ctx: Context): TableRows['pillar_departments'] =>
  pages.flatMap((p) =>
    p.pillars.flatMap((pillar) =>
      pillar.departments.map((name, k) => {
        const code = `${codeOf(p)}-${pillar.number}`;
        const all = isAllDepartments(name);
        return {
          ...ctx.headOf(ids.pillarDepartment(code, k + 1)),
          pillarId: ids.pillar(code),
          order: k + 1,
          departmentId: all ? null : ctx.departments.mention(name, pillar.departmentsLine),
          departmentName: name,
          allDepartments: all,
          sourceLine: pillar.departmentsLine,
        };
      }),
    ),
  );

/** A goal page's statements, each linked to the policy its category names. (Goal pages have no footnotes: their ※ are not glossary usages.) */
const currentIssueRows = (goalPages: readonly GoalPageEntity[], policies: readonly PolicyRef[], ctx: Context): TableRows['current_issues'] =>
  goalPages.flatMap((g) =>
    g.currentIssues.map((c) => {
      const policy = policies.find((p) => p.goalId === ids.goal(g.goal) && comparable(p.name) === comparable(c.category));
      return {
        ...ctx.headOf(ids.currentIssue(g.goal, c.categoryOrder, c.order)),
        goalId: ids.goal(g.goal),
        category: c.category,
        policyId: policy ? ids.policy(policy.code) : null,
        categoryOrder: c.categoryOrder,
        order: c.order,
        text: normaliseText(c.raw),
        sourceLine: c.line,
      };
    }),
  );

const wellbeingRows = (goalPages: readonly GoalPageEntity[], ctx: Context): TableRows['wellbeing_categories'] =>
  goalPages.flatMap((g) =>
    g.wellbeing.map((w, k) => ({
      ...ctx.headOf(ids.wellbeing(g.goal, k + 1)),
      goalId: ids.goal(g.goal),
      order: k + 1,
      category: w.category,
      subjectiveExample: w.subjective,
      objectiveExample: w.objective,
      survey: w.survey,
      sourceLine: w.line,
    })),
  );

/** The plain statements of a policy page (related plans, citizens' opinions), one row each. */
const statementRows = (
  pages: readonly PolicyPageEntity[],
  ctx: Context,
  idOf: (policyCode: string, order: number) => string,
  pick: (p: PolicyPageEntity) => Statement[],
): TableRows['related_plans' | 'citizen_opinions'] =>
  pages.flatMap((p) =>
    pick(p).map((s, k) => {
      const id = idOf(codeOf(p), k + 1);
      noteMarks(ctx, id, codeOf(p), s);
      return { ...ctx.headOf(id), policyId: ids.policy(codeOf(p)), order: k + 1, text: normaliseText(s.raw), sourceLine: s.line };
    }),
  );

const expectedActionRows = (pages: readonly PolicyPageEntity[], ctx: Context): TableRows['expected_actions'] =>
  pages.flatMap((p) =>
    p.expectedActions.map((s, k) => {
      const id = ids.expectedAction(codeOf(p), k + 1);
      noteMarks(ctx, id, codeOf(p), s);
      return { ...ctx.headOf(id), policyId: ids.policy(codeOf(p)), order: k + 1, actor: s.actor, text: normaliseText(s.raw), sourceLine: s.line };
    }),
  );

/** Vision headlines and paragraphs carry ※ too (デジタルマーケティング※): usages of the policy record. */
const noteVisionMarks = (pages: readonly PolicyPageEntity[], ctx: Context): void => {
  for (const p of pages) {
    if (!p.vision) continue;
    for (const part of [p.vision.title, p.vision.text]) noteMarks(ctx, ids.policy(codeOf(p)), codeOf(p), part);
  }
};

/** The footnote terms of every page, and every ※ noted so far matched to one. */
const glossaryTables = (pages: readonly PolicyPageEntity[], ctx: Context, file: string, report: Reporter) => {
  const last = pages.find((p) => p.endsFile);
  const glossary = buildGlossary(
    pages.flatMap((p) => p.footnotes.map((f) => ({ ...f, policyCode: codeOf(p) }))),
    [...ctx.marked].sort((a, b) => a.line - b.line),
    file,
    last && codeOf(last),
    report,
  );
  const terms: TableRows['glossary'] = glossary.terms.map((t) => ({
    ...ctx.headOf(t.id),
    term: t.term,
    definition: t.definition,
    definitionMasked: t.masked,
    sourceLine: t.line,
  }));
  const usages: TableRows['glossary_usages'] = glossary.usages.map((u) => ({
    ...ctx.headOf(u.id),
    termId: u.termId,
    policyId: ids.policy(u.policyCode),
    recordId: u.recordId,
    sourceLine: u.line,
  }));
  return { terms, usages };
};

/** What the SDG table proves of its SDG 1–7 half: per policy, how many ● its row has. */
const sdgMarkCountRows = (sdgTable: SdgTable, ctx: Context): TableRows['sdg_mark_counts'] =>
  sdgTable.firstHalf.map((r) => ({
    ...ctx.headOf(ids.sdgMarks(`${r.goal}-${r.policy}`, 1, 7)),
    policyId: ids.policy(`${r.goal}-${r.policy}`),
    firstSdg: 1,
    lastSdg: 7,
    markCount: r.marks,
    sourceLine: r.line,
  }));

/** A policy as the current issues name it. */
type PolicyRef = { code: string; goalId: string; name: string };

export const buildPageTables = (
  input: PagesInput,
  policies: readonly PolicyRef[],
  headOf: Head,
  departments: DepartmentRegistry,
  file: string,
  report: Reporter,
): PageTables => {
  const ctx: Context = { headOf, departments, marked: [] };
  const pages = [...input.policyPages].sort((a, b) => a.goal - b.goal || a.policy - b.policy);
  // In this order: a department keeps the spelling of its first mention (model/departments.ts).
  const indicators = indicatorRows(pages, ctx);
  const pillarActions = pillarActionRows(pages, ctx);
  const pillarDepartments = pillarDepartmentRows(pages, ctx);
  const relatedPlans = statementRows(pages, ctx, ids.relatedPlan, (p) => p.relatedPlans);
  const citizenOpinions = statementRows(pages, ctx, ids.citizenOpinion, (p) => p.opinions);
  const expectedActions = expectedActionRows(pages, ctx);
  noteVisionMarks(pages, ctx);
  const glossary = glossaryTables(pages, ctx, file, report);
  return {
    indicators,
    pillar_actions: pillarActions,
    pillar_departments: pillarDepartments,
    current_issues: currentIssueRows(input.goalPages, policies, ctx),
    wellbeing_categories: wellbeingRows(input.goalPages, ctx),
    related_plans: relatedPlans,
    citizen_opinions: citizenOpinions,
    expected_actions: expectedActions,
    glossary: glossary.terms,
    glossary_usages: glossary.usages,
    sdg_mark_counts: sdgMarkCountRows(input.sdgTable, ctx),
    sdg_links: sdgLinks(input, headOf, file, report),
  };
};

/** Curated links, checked against what the text proves; and the facts that stay unresolved. */
const sdgLinks = (input: PagesInput, headOf: Head, file: string, report: Reporter): TableRows['sdg_links'] => {
  const rows: TableRows['sdg_links'] = [];
  const byCode = new Map(input.sdgTable.firstHalf.map((r) => [`${r.goal}-${r.policy}`, r]));
  const seen = new Set<string>();
  for (const c of input.curatedSdgLinks) {
    const row = byCode.get(c.policyCode);
    const place = { file: input.curatedFile, line: c.line };
    if (!row) {
      report.error('curated:sdg-link', place, { kind: 'no-row', policy: c.policyCode });
      continue;
    }
    const key = `${c.policyCode}|${c.sdg}`;
    if (seen.has(key)) {
      report.error('curated:sdg-link', place, { kind: 'twice', policy: c.policyCode, sdg: c.sdg });
      continue;
    }
    seen.add(key);
    rows.push({ ...headOf(ids.sdgLink(c.policyCode, c.sdg)), policyId: ids.policy(c.policyCode), sdg: c.sdg, provenance: c.provenance, sourceLine: row.line });
  }
  for (const r of input.sdgTable.firstHalf) {
    const code = `${r.goal}-${r.policy}`;
    const curated = rows.filter((l) => l.policyId === ids.policy(code) && l.sdg <= 7).length;
    if (curated > r.marks) {
      report.error('curated:sdg-link', { file: input.curatedFile, line: 1 }, { kind: 'too-many', policy: code, curated, line: r.line, marks: r.marks });
    } else if (curated < r.marks) {
      report.info('unresolved:sdg-goals-1-7', { file, line: r.line }, { code, marks: r.marks, curated }, [ids.sdgMarks(code, 1, 7)]);
    }
  }
  const second = input.sdgTable.secondHalf;
  if (second.length > 0) {
    report.info(
      'unresolved:sdg-goals-8-17',
      { file, line: second[0]!.line },
      {
        rows: second.length,
        counts: second.map((s) => s.marks).join(','),
        first: second[0]!.line,
        last: second[second.length - 1]!.line,
        policies: input.sdgTable.firstHalf.length,
      },
    );
  }
  return rows;
};
