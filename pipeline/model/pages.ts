// 第３章 entities → the policy-page tables: indicators, pillar actions and departments, current issues,
// Well-Being categories, related plans, opinions, expected actions, glossary, SDG marks and links.
import { info, error, type Diagnostic } from '../diagnostics.ts';
import type { CuratedSdgLink } from '../parse/curated-sdg-links.ts';
import type { GoalPageEntity } from '../parse/goal-pages.ts';
import { restated } from '../parse/marks.ts';
import type { Statement } from '../parse/bullets.ts';
import type { PolicyPageEntity } from '../parse/policy-pages.ts';
import type { SdgTable } from '../parse/sdg-table.ts';
import { comparable, normaliseText } from '../parse/text.ts';
import { isAllDepartments, type DepartmentRegistry } from './departments.ts';
import { buildGlossary, type MarkedText } from './glossary.ts';
import type { TableRows } from './registry.ts';

type Head = (id: string) => { municipalityCode: string; id: string; municipalityName: string };

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

export const buildPageTables = (
  input: PagesInput,
  policies: readonly { code: string; goalId: string; name: string }[],
  headOf: Head,
  departments: DepartmentRegistry,
  file: string,
): { tables: PageTables; diagnostics: Diagnostic[] } => {
  const diagnostics: Diagnostic[] = [];
  const marked: MarkedText[] = [];
  const mark = <T extends { id: string }>(row: T, policyCode: string, raw: string, line: number, markLines?: number[]): T => {
    if (raw.includes('※')) marked.push({ recordId: row.id, policyCode, raw, line, ...(markLines ? { markLines } : {}) });
    return row;
  };
  const pages = [...input.policyPages].sort((a, b) => a.goal - b.goal || a.policy - b.policy);
  const codeOf = (p: PolicyPageEntity) => `${p.goal}-${p.policy}`;

  const statements = (prefix: string, pick: (p: PolicyPageEntity) => Statement[]) =>
    pages.flatMap((p) =>
      pick(p).map((s, k) =>
        mark({ ...headOf(`${prefix}-${codeOf(p)}-${k + 1}`), policyId: `policy-${codeOf(p)}`, order: k + 1, text: normaliseText(s.raw), sourceLine: s.line }, codeOf(p), s.raw, s.line, s.markLines),
      ),
    );

  const tables: PageTables = {
    indicators: pages.flatMap((p) =>
      p.indicators.map((k, n) =>
        mark(
          {
            ...headOf(`kpi-${codeOf(p)}-${n + 1}`),
            policyId: `policy-${codeOf(p)}`,
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
            departmentId: departments.mention(k.department, k.departmentLine),
            departmentName: k.department,
            sourceLine: k.line,
          },
          codeOf(p),
          k.raw,
          k.line,
          k.markLines,
        ),
      ),
    ),
    pillar_actions: pages.flatMap((p) =>
      p.pillars.flatMap((pillar) =>
        pillar.actions.map((a, k) => {
          const { text, restated: again } = restated(normaliseText(a.raw));
          const code = `${codeOf(p)}-${pillar.number}`;
          return mark({ ...headOf(`pillar-action-${code}-${k + 1}`), pillarId: `pillar-${code}`, order: k + 1, text, restated: again, sourceLine: a.line }, codeOf(p), a.raw, a.line, a.markLines);
        }),
      ),
    ),
    pillar_departments: pages.flatMap((p) =>
      p.pillars.flatMap((pillar) =>
        pillar.departments.map((name, k) => {
          const code = `${codeOf(p)}-${pillar.number}`;
          const all = isAllDepartments(name);
          return {
            ...headOf(`pillar-department-${code}-${k + 1}`),
            pillarId: `pillar-${code}`,
            order: k + 1,
            departmentId: all ? null : departments.mention(name, pillar.departmentsLine),
            departmentName: name,
            allDepartments: all,
            sourceLine: pillar.departmentsLine,
          };
        }),
      ),
    ),
    current_issues: input.goalPages.flatMap((g) =>
      g.currentIssues.map((c) => {
        const policy = policies.find((p) => p.goalId === `goal-${g.goal}` && comparable(p.name) === comparable(c.category));
        return mark(
          {
            ...headOf(`current-issue-${g.goal}-${c.categoryOrder}-${c.order}`),
            goalId: `goal-${g.goal}`,
            category: c.category,
            policyId: policy ? `policy-${policy.code}` : null,
            categoryOrder: c.categoryOrder,
            order: c.order,
            text: normaliseText(c.raw),
            sourceLine: c.line,
          },
          '',
          c.raw,
          c.line,
          c.markLines,
        );
      }),
    ),
    wellbeing_categories: input.goalPages.flatMap((g) =>
      g.wellbeing.map((w, k) => ({
        ...headOf(`wellbeing-${g.goal}-${k + 1}`),
        goalId: `goal-${g.goal}`,
        order: k + 1,
        category: w.category,
        subjectiveExample: w.subjective,
        objectiveExample: w.objective,
        survey: w.survey,
        sourceLine: w.line,
      })),
    ),
    related_plans: statements('related-plan', (p) => p.relatedPlans),
    citizen_opinions: statements('citizen-opinion', (p) => p.opinions),
    expected_actions: pages.flatMap((p) =>
      p.expectedActions.map((s, k) =>
        mark({ ...headOf(`expected-action-${codeOf(p)}-${k + 1}`), policyId: `policy-${codeOf(p)}`, order: k + 1, actor: s.actor, text: normaliseText(s.raw), sourceLine: s.line }, codeOf(p), s.raw, s.line, s.markLines),
      ),
    ),
    glossary: [],
    glossary_usages: [],
    sdg_mark_counts: input.sdgTable.firstHalf.map((r) => ({
      ...headOf(`sdg-marks-${r.goal}-${r.policy}-1-7`),
      policyId: `policy-${r.goal}-${r.policy}`,
      firstSdg: 1,
      lastSdg: 7,
      markCount: r.marks,
      sourceLine: r.line,
    })),
    sdg_links: [],
  };

  // Vision headlines and paragraphs carry ※ too (デジタルマーケティング※).
  for (const p of pages) {
    if (p.vision) {
      for (const part of [p.vision.title, p.vision.text]) {
        marked.push({ recordId: `policy-${codeOf(p)}`, policyCode: codeOf(p), raw: part.raw, line: part.line, ...(part.markLines ? { markLines: part.markLines } : {}) });
      }
    }
  }
  const glossary = buildGlossary(
    pages.flatMap((p) => p.footnotes.map((f) => ({ ...f, policyCode: codeOf(p) }))),
    marked.filter((m) => m.policyCode !== '').sort((a, b) => a.line - b.line),
    file,
    pages.find((p) => p.endsFile) && codeOf(pages.find((p) => p.endsFile)!),
  );
  for (const d of glossary.diagnostics) diagnostics.push(d);
  tables.glossary = glossary.terms.map((t) => ({ ...headOf(t.id), term: t.term, definition: t.definition, definitionMasked: t.masked, sourceLine: t.line }));
  tables.glossary_usages = glossary.usages.map((u) => ({ ...headOf(u.id), termId: u.termId, policyId: `policy-${u.policyCode}`, recordId: u.recordId, sourceLine: u.line }));

  const sdg = sdgLinks(input, headOf, file);
  tables.sdg_links = sdg.rows;
  diagnostics.push(...sdg.diagnostics);
  return { tables, diagnostics };
};

/** Curated links, checked against what the text proves; and the facts that stay unresolved. */
const sdgLinks = (input: PagesInput, headOf: Head, file: string) => {
  const diagnostics: Diagnostic[] = [];
  const rows: TableRows['sdg_links'] = [];
  const byCode = new Map(input.sdgTable.firstHalf.map((r) => [`${r.goal}-${r.policy}`, r]));
  const seen = new Set<string>();
  for (const c of input.curatedSdgLinks) {
    const row = byCode.get(c.policyCode);
    const place = { file: input.curatedFile, line: c.line };
    if (!row) {
      diagnostics.push(error('curated:sdg-link', place, `施策 ${c.policyCode} has no row in the plan's SDG table`));
      continue;
    }
    const key = `${c.policyCode}|${c.sdg}`;
    if (seen.has(key)) {
      diagnostics.push(error('curated:sdg-link', place, `施策 ${c.policyCode} → SDG ${c.sdg} is listed twice`));
      continue;
    }
    seen.add(key);
    rows.push({ ...headOf(`sdg-link-${c.policyCode}-${c.sdg}`), policyId: `policy-${c.policyCode}`, sdg: c.sdg, provenance: c.provenance, sourceLine: row.line });
  }
  for (const r of input.sdgTable.firstHalf) {
    const code = `${r.goal}-${r.policy}`;
    const curated = rows.filter((l) => l.policyId === `policy-${code}` && l.sdg <= 7).length;
    if (curated > r.marks) {
      diagnostics.push(error('curated:sdg-link', { file: input.curatedFile, line: 1 }, `sdg-links.csv links 施策 ${code} to ${curated} SDGs among 1–7, but its row in the plan (line ${r.line}) has only ${r.marks} ●`));
    } else if (curated < r.marks) {
      diagnostics.push(
        info(
          'unresolved:sdg-goals-1-7',
          { file, line: r.line },
          `施策 ${code} has ${r.marks} ● among SDGs 1–7, but extraction lost which columns they stand in; ${curated === 0 ? 'no link is published' : `only the ${curated} curated link(s) are published`}`,
          [`sdg-marks-${code}-1-7`],
        ),
      );
    }
  }
  const second = input.sdgTable.secondHalf;
  if (second.length > 0) {
    diagnostics.push(
      info(
        'unresolved:sdg-goals-8-17',
        { file, line: second[0]!.line },
        `the SDG 8–17 half of the table came out as ${second.length} unlabeled rows of ● (counts ${second.map((s) => s.marks).join(',')}, lines ${second[0]!.line}–${second[second.length - 1]!.line}) for ${input.sdgTable.firstHalf.length} policies; they cannot be matched to policies, so no SDG 8–17 link is published`,
      ),
    );
  }
  return { rows, diagnostics };
};
