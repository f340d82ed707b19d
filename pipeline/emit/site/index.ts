// The site: the validated model → dist/site/, one page per IRI (goal, policy, pillar, kpi, a KPI's
// actual, project, initiative, department, …), the home page, a page per table, the quality report, the
// source text and search. Pure: the same model gives the same bytes. Read by people; the data files beside it stay the
// contract.
import { tableNames } from '../../model/registry.ts';
import { siteFolder } from '../../publish/urls.ts';
import type { Site, SiteInput } from './context.ts';
import { datasetPageOf, datasetsPage } from './dataset.ts';
import { departmentPage, departmentsListPage } from './department.ts';
import { downloadsOf } from './downloads.ts';
import { glossaryPage } from './glossary.ts';
import { goalPage } from './goal.ts';
import { homePage } from './home.ts';
import { kpiPage, kpisPage, valueObservationPage } from './kpi.ts';
import { redirectPage } from './layout.ts';
import { actualObservationPage, kpiProgressPage } from './kpi-progress.ts';
import {
  actualPage,
  DATASETS,
  departmentsPage,
  observationPage,
  HOME,
  KPI_PROGRESS,
  KPIS,
  recordPage,
  recordPlaces,
  SEARCH_INDEX,
  SEARCH_SCRIPT,
  STYLE,
} from './page-paths.ts';
import { pillarPage } from './pillar.ts';
import { policyPage } from './policy.ts';
import { initiativePage, projectPage } from './project.ts';
import { qualityPage } from './quality.ts';
import { searchDocuments, searchIndexScript } from './search-index.ts';
import { searchPage, searchScript } from './search.ts';
import { sourcePage } from './source.ts';
import { stylesheet } from './style.ts';
import { vocabPage } from './vocab.ts';

export type { SiteInput } from './context.ts';

/** Path under dist/ → content of every file of the site. */
export const toSite = (input: SiteInput): Map<string, string> => {
  const { model, config } = input;
  const t = model.tables;
  const site: Site = {
    config,
    source: input.source,
    sha256: input.sha256,
    vision: model.vision,
    t,
    report: input.report,
    lines: input.lines,
    downloads: downloadsOf(input.files, input.digest, config.municipality.code),
    places: recordPlaces(t),
    nodes: new Map(input.planJsonLd['@graph'].map((n) => [String(n['@id']), n])),
    context: input.planJsonLd['@context'],
  };
  const pages = new Map<string, string>();
  const add = (path: string, content: string) => {
    if (pages.has(path)) throw new Error(`site: two pages at ${path}`);
    pages.set(path, content);
  };
  add(HOME, homePage(site));
  for (const g of t.goals) add(recordPage(g.id, 'goal'), goalPage(site, g));
  for (const p of t.policies) add(recordPage(p.id, 'policy'), policyPage(site, p));
  for (const x of t.pillars) add(recordPage(x.id, 'pillar'), pillarPage(site, x));
  for (const k of t.indicators) {
    add(recordPage(k.id, 'kpi'), kpiPage(site, k));
    for (const kind of ['baseline', 'target'] as const) add(observationPage(k.id, kind), valueObservationPage(site, k, kind));
  }
  for (const p of t.indicator_progress) add(actualPage(p.indicatorId, p.fiscalYear), actualObservationPage(site, p));
  for (const p of t.projects) add(recordPage(p.id, 'project'), projectPage(site, p));
  for (const i of t.project_initiatives) add(recordPage(i.id, 'initiative'), initiativePage(site, i));
  for (const d of t.departments) add(recordPage(d.id, 'department'), departmentPage(site, d));
  add(departmentsPage(config.municipality.code), departmentsListPage(site));
  add(DATASETS, datasetsPage(site));
  for (const name of tableNames) add(`dataset/${name}/index.html`, datasetPageOf(site, name));
  add(KPIS, kpisPage(site));
  add(KPI_PROGRESS, kpiProgressPage(site));
  add('quality/index.html', qualityPage(site));
  add('source/index.html', sourcePage(site));
  add('glossary/index.html', glossaryPage(site));
  add('search/index.html', searchPage(site));
  add('vocab/index.html', vocabPage(site));
  // IRIs whose content is another page: the concept scheme is the plan (home), the catalog its datasets.
  add('plan/index.html', redirectPage(site, 'plan/index.html', HOME, site.source.title));
  add('catalog/index.html', redirectPage(site, 'catalog/index.html', DATASETS, 'データ（表とファイル）'));
  add(STYLE, stylesheet);
  add(SEARCH_SCRIPT, searchScript);
  add(SEARCH_INDEX, searchIndexScript(searchDocuments(t, site.places)));
  return new Map([...pages].map(([path, content]) => [`${siteFolder}/${path}`, content]));
};
