// Where every page lives and how one page links another. A page of a thing sits at the path of its IRI
// after baseIri (`policy/4-1/index.html` for `{baseIri}policy/4-1`), so a base IRI redirected to the
// site makes every IRI dereference. Links are relative and name index.html, so the site works opened
// from disk and under any sub-path; the data files sit one folder up, beside site/.
import type { TableRows } from '../../model/registry.ts';
import { codeOf } from '../namespaces.ts';

export const pageOf = (type: string, code: string): string => `${type}/${code}/index.html`;
export const HOME = 'index.html';
export const SOURCE = 'source/index.html';
export const QUALITY = 'quality/index.html';
export const SEARCH = 'search/index.html';
export const GLOSSARY = 'glossary/index.html';
export const DATASETS = 'dataset/index.html';
export const VOCAB = 'vocab/index.html';
export const KPIS = 'dataset/kpi/index.html';
/** The KPI progress data set (`{baseIri}dataset/kpi-progress`): every actual, and the grade rule. */
export const KPI_PROGRESS = 'dataset/kpi-progress/index.html';
/** The section of KPI_PROGRESS that explains S/A/B/C from the grade_rules table; each grade at #grade-s, … */
export const GRADE_RULES = `${KPI_PROGRESS}#grade-rules`;
export const STYLE = 'style.css';
export const SEARCH_SCRIPT = 'search.js';
export const SEARCH_INDEX = 'search-index.js';

/** The city (`{baseIri}organization/062022`): the list of its departments. */
export const departmentsPage = (municipalityCode: string): string => pageOf('organization', municipalityCode);

/** The page of a record, by the prefix of its ID: goal-4 → goal/4/index.html. */
export const recordPage = (id: string, prefix: string): string => pageOf(prefix, codeOf(id, prefix));
export const datasetPage = (table: string): string => pageOf('dataset', table);
/** The page of a curated actual, at the path of its IRI `{baseIri}kpi/4-1-1/actual/2026`. */
export const actualPage = (kpiId: string, fiscalYear: number): string => `kpi/${codeOf(kpiId, 'kpi')}/actual/${fiscalYear}/index.html`;
/** The page of a KPI's baseline or target, at the path of its IRI `{baseIri}kpi/4-1-1/baseline`. */
export const observationPage = (kpiId: string, kind: 'baseline' | 'target'): string => `kpi/${codeOf(kpiId, 'kpi')}/${kind}/index.html`;
/** A curated actual's row in the table of its KPI's page. */
export const actualAnchor = (fiscalYear: number): string => `actual-${fiscalYear}`;
/** The line of the plan text, on the source page. */
export const sourceLine = (line: number): string => `${SOURCE}#L${line}`;

/** Links from one page (a path under site/) to the others: site paths and dist/ files. */
export class Linker {
  readonly #up: string;
  constructor(readonly page: string) {
    this.#up = '../'.repeat(page.split('/').length - 1);
  }
  /** A site path (`kpi/4-1-1/index.html#x`) as seen from this page. */
  to(path: string): string {
    if (path.startsWith('#')) return path;
    const [file, fragment] = path.split('#', 2) as [string, string | undefined];
    if (file === this.page) return fragment === undefined ? file.slice(file.lastIndexOf('/') + 1) : `#${fragment}`;
    return `${this.#up}${path}`;
  }
  /** A file of dist/ (beside site/) as seen from this page. */
  file(distPath: string): string {
    return `${this.#up}../${distPath.split('/').map(encodeURIComponent).join('/')}`;
  }
  source(line: number): string {
    return this.to(sourceLine(line));
  }
}

/**
 * Where each record is shown: its own page, or an anchor (its ID) on the page of what it belongs to.
 * The quality report and the search link records through this map.
 */
export const recordPlaces = (t: TableRows): Map<string, string> => {
  const places = new Map<string, string>();
  const at = (id: string, page: string, anchored = true) => places.set(id, anchored ? `${page}#${id}` : page);
  const own = (rows: readonly { id: string }[], prefix: string) => {
    for (const r of rows) at(r.id, recordPage(r.id, prefix), false);
  };
  own(t.goals, 'goal');
  own(t.policies, 'policy');
  own(t.pillars, 'pillar');
  own(t.projects, 'project');
  own(t.project_initiatives, 'initiative');
  own(t.departments, 'department');
  own(t.indicators, 'kpi');
  for (const k of t.kgis) at(k.id, HOME);
  for (const r of t.project_initiative_departments) at(r.id, recordPage(r.initiativeId, 'initiative'));
  for (const r of t.project_items) at(r.id, recordPage(r.initiativeId, 'initiative'));
  for (const r of t.pillar_actions) at(r.id, recordPage(r.pillarId, 'pillar'));
  for (const r of t.pillar_departments) at(r.id, recordPage(r.pillarId, 'pillar'));
  for (const r of t.current_issues) at(r.id, recordPage(r.goalId, 'goal'));
  for (const r of t.wellbeing_categories) at(r.id, recordPage(r.goalId, 'goal'));
  for (const rows of [t.related_plans, t.citizen_opinions, t.expected_actions, t.sdg_mark_counts, t.sdg_links]) {
    for (const r of rows) at(r.id, recordPage(r.policyId, 'policy'));
  }
  for (const r of t.indicator_progress) at(r.id, actualPage(r.indicatorId, r.fiscalYear), false);
  for (const r of t.grade_rules) at(r.id, KPI_PROGRESS);
  for (const r of t.glossary) at(r.id, GLOSSARY);
  for (const r of t.glossary_usages) at(r.id, GLOSSARY);
  return places;
};
