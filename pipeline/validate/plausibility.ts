// Plausibility of what the grammar accepted: the values a careless edit leaves well-formed but wrong. A
// baseline that carries a target condition (baseline and target swapped), fiscal years out of order or
// outside the plan's span, a department name that holds a value, and a KPI or action listed twice (which
// would publish it twice and shift the IDs after it). Each names its line and the records concerned.
import type { Reporter } from '../diagnostics.ts';
import { ids } from '../ids.ts';
import { departmentNameProblem } from '../parse/department-names.ts';
import { reiwaToFiscalYear, type IndicatorEntity } from '../parse/indicators.ts';
import type { PolicyPageEntity } from '../parse/policy-pages.ts';
import type { Chapter1 } from '../parse/projects.ts';
import { restated } from '../parse/marks.ts';
import { comparable } from '../parse/text.ts';
import type { Message } from '../rules.ts';

/** The plan's fiscal years (sources/source.json: FY2026–FY2030 for the 前期基本計画). */
export interface PlanPeriod {
  startFiscalYear: number;
  endFiscalYear: number;
}

/** The first year a 令和 notation can name (R1 = FY2019). */
const firstReiwaFiscalYear = reiwaToFiscalYear(1);

const fy = (year: number, notation: string) => `${notation} (FY${year})`;

export const checkPlausibility = (
  chapter1: Chapter1,
  pages: readonly PolicyPageEntity[],
  period: PlanPeriod | undefined,
  file: string,
  report: Reporter,
): void => {
  for (const page of pages) {
    const code = `${page.goal}-${page.policy}`;
    const kpiIds = page.indicators.map((_, n) => ids.indicator(code, n + 1));
    checkIndicatorYears(page, code, kpiIds, period, file, report);
    page.indicators.forEach((k, n) => {
      checkIndicator(k, kpiIds[n]!, code, file, report);
    });
    duplicates(
      page.indicators.map((k, n) => ({ key: comparable(k.raw), line: k.line, id: kpiIds[n]!, label: k.raw })),
      'plausibility:duplicate-indicator',
      { ja: `施策 ${code} 成果指標`, en: `施策 ${code} 成果指標` },
      file,
      report,
    );
    for (const p of page.pillars) {
      const pillarCode = `${code}-${p.number}`;
      p.departments.forEach((name, k) => {
        checkDepartment(
          name,
          p.departmentsLine,
          [ids.pillarDepartment(pillarCode, k + 1)],
          { ja: `施策の柱 ${pillarCode}`, en: `pillar ${pillarCode}` },
          file,
          report,
        );
      });
      const actions = p.actions.map((a, k) => ({ key: comparable(restated(a.raw).text), line: a.line, id: ids.pillarAction(pillarCode, k + 1), label: a.raw }));
      duplicates(actions, 'plausibility:duplicate-action', { ja: `施策の柱 ${pillarCode} の取組`, en: `pillar ${pillarCode}'s actions` }, file, report);
    }
  }
  for (const project of chapter1.projects) {
    for (const ini of project.initiatives) {
      ini.departments.forEach((name, k) => {
        checkDepartment(
          name,
          ini.departmentsLine,
          [ids.initiativeDepartment(project.number, ini.number, k + 1)],
          { ja: `取組 ${project.number}-${ini.number}`, en: `initiative ${project.number}-${ini.number}` },
          file,
          report,
        );
      });
    }
  }
};

const checkIndicator = (k: IndicatorEntity, id: string, code: string, file: string, report: Reporter): void => {
  if (k.baseline.condition !== null) {
    report.error(
      'plausibility:baseline-condition',
      { file, line: k.line },
      { code, raw: k.raw, baseline: k.baseline.notation, condition: k.baseline.condition, target: k.target.notation },
      [id],
    );
  }
  if (k.department !== '') checkDepartment(k.department, k.departmentLine, [id], { ja: `成果指標 ${id}`, en: `KPI ${id}` }, file, report);
};

/** Header years in order and in the plan's span; each row's own years likewise. `kpiIds`: the IDs of the page's KPIs, in order. */
const checkIndicatorYears = (
  page: PolicyPageEntity,
  code: string,
  kpiIds: readonly string[],
  period: PlanPeriod | undefined,
  file: string,
  report: Reporter,
): void => {
  const spanProblem = (which: 'baseline' | 'target', year: number): Message | undefined => {
    if (which === 'baseline' && year < firstReiwaFiscalYear)
      return { ja: `令和の始まり（R1 = ${firstReiwaFiscalYear}年度）より前`, en: `before 令和 began (R1 = FY${firstReiwaFiscalYear})` };
    if (!period) return undefined;
    if (which === 'baseline' && year > period.endFiscalYear)
      return {
        ja: `計画の最終年度（${period.endFiscalYear}年度）より後。基準は目標より前に測るもの`,
        en: `after the plan's last year (FY${period.endFiscalYear}); a baseline is measured before the target`,
      };
    if (which === 'target' && (year < period.startFiscalYear || year > period.endFiscalYear))
      return {
        ja: `計画期間 ${period.startFiscalYear}〜${period.endFiscalYear}年度の外`,
        en: `outside the plan's period FY${period.startFiscalYear}–FY${period.endFiscalYear}`,
      };
    return undefined;
  };
  const header = page.indicatorHeader;
  if (header) {
    const b = fy(header.baselineFiscalYear, `R${header.baselineFiscalYear - 2018}`);
    const t = fy(header.targetFiscalYear, `R${header.targetFiscalYear - 2018}`);
    if (header.baselineFiscalYear > header.targetFiscalYear) {
      report.error('plausibility:fiscal-year-order', { file, line: header.line }, { code, header: true, baseline: b, target: t }, kpiIds);
    }
    for (const [which, year, text] of [
      ['baseline', header.baselineFiscalYear, b],
      ['target', header.targetFiscalYear, t],
    ] as const) {
      const problem = spanProblem(which, year);
      if (problem) report.error('plausibility:fiscal-year-span', { file, line: header.line }, { code, raw: undefined, which, year: text, problem }, kpiIds);
    }
  }
  page.indicators.forEach((k, n) => {
    const id = kpiIds[n]!;
    // Years both taken from the header were judged at the header's line.
    if (!(k.baseline.fiscalYearFromHeader && k.target.fiscalYearFromHeader) && k.baseline.fiscalYear > k.target.fiscalYear) {
      report.error(
        'plausibility:fiscal-year-order',
        { file, line: k.line },
        { code, raw: k.raw, baseline: fy(k.baseline.fiscalYear, k.baseline.fiscalYearNotation), target: fy(k.target.fiscalYear, k.target.fiscalYearNotation) },
        [id],
      );
    }
    for (const which of ['baseline', 'target'] as const) {
      const m = k[which];
      if (m.fiscalYearFromHeader) continue;
      const problem = spanProblem(which, m.fiscalYear);
      if (problem)
        report.error(
          'plausibility:fiscal-year-span',
          { file, line: k.line },
          { code, raw: k.raw, which, year: fy(m.fiscalYear, m.fiscalYearNotation), problem },
          [id],
        );
    }
  });
};

const checkDepartment = (name: string, line: number, recordIds: string[], where: Message, file: string, report: Reporter): void => {
  const problem = departmentNameProblem(name);
  if (problem) report.error('plausibility:department-name', { file, line }, { where, name, problem }, recordIds);
};

/**
 * A row listed twice: one warning per repeated row, at its second occurrence, naming the lines and the
 * records of every occurrence (a file of a million copies gets one warning, not a million).
 */
const duplicates = (
  rows: readonly { key: string; line: number; id: string; label: string }[],
  ruleId: 'plausibility:duplicate-indicator' | 'plausibility:duplicate-action',
  where: Message,
  file: string,
  report: Reporter,
): void => {
  const groups = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) {
    const group = groups.get(r.key);
    if (group) group.push(r);
    else groups.set(r.key, [r]);
  }
  // The rows after the first repeat change ID: named once, by the warning of that repeat.
  const firstRepeat = [...groups.values()].reduce((min, g) => (g.length > 1 ? Math.min(min, g[1]!.line) : min), Infinity);
  for (const [key, [first, second, ...more]] of groups) {
    if (!second) continue;
    const label = first!.label.length > 40 ? `${first!.label.slice(0, 40)}…` : first!.label;
    const moreLines = `${more
      .slice(0, 5)
      .map((r) => r.line)
      .join(', ')}${more.length > 5 ? ', …' : ''}`;
    report.warning(
      ruleId,
      { file, line: second.line },
      { where, label, line: second.line, id: second.id, firstLine: first!.line, firstId: first!.id, more: more.length, moreLines },
      // The repeated rows, and every other row after the second, whose ID now names the row before it did.
      [
        first!.id,
        second.id,
        ...more.map((r) => r.id),
        ...(second.line === firstRepeat ? rows.filter((r) => r.line > second.line && r.key !== key).map((r) => r.id) : []),
      ],
    );
  }
};
