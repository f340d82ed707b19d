// The site: the validated model → dist/site/, one page per IRI (goal, policy, pillar, kpi, a KPI's
// actual, project, initiative, department, …), the home page, a page per table, the quality report, the
// source text and search. Pure: the same model gives the same bytes. Read by people; the data files beside it stay the
// contract.
import { siteFolder } from '../../publish/urls.ts';
import { type Row, type TableName, tableNames, tables } from '../../tables/registry.ts';
import { planJsonLdPath } from '../formats/plan-jsonld.ts';
import type { EmitInput, SoFar } from '../output-format.ts';
import type { JsonLdNode, Site } from './context.ts';
import { datasetPageOf, datasetsPage } from './dataset.ts';
import { departmentPage, departmentsListPage } from './department.ts';
import { downloadsOf } from './downloads.ts';
import { glossaryPage } from './glossary.ts';
import { goalPage } from './goal.ts';
import { homePage } from './home.ts';
import { kpiPage, kpisPage, valueObservationPage } from './kpi.ts';
import { redirectPage } from './layout.ts';
import { actualObservationPage, kpiProgressPage } from './kpi-progress.ts';
import { explorerPhoneStyles, explorerStyles } from './explore.ts';
import { explorerScript } from './explorer-script.ts';
import {
  DATASETS,
  departmentsPage,
  ENGLISH,
  EXPLORER_SCRIPT,
  HOME,
  KPI_PROGRESS,
  KPIS,
  observationPage,
  PLAN,
  recordPlaces,
  SEARCH_INDEX,
  SEARCH_SCRIPT,
  STYLE,
} from './page-paths.ts';
import { planPage } from './tree.ts';
import { englishPage } from './english.ts';
import { pillarPage } from './pillar.ts';
import { policyPage } from './policy.ts';
import { initiativePage, projectPage } from './project.ts';
import { qualityPage } from './quality.ts';
import { type ReadingsOf, searchDocuments, searchIndexScript } from './search-index.ts';
import { searchPage, searchScript } from './search.ts';
import { sourcePage } from './source.ts';
import { stylesheet } from './style.ts';
import { vocabPage } from './vocab.ts';

/** The page template of each table whose records have pages of their own. */
const recordTemplates: { [T in TableName]?: (site: Site, row: Row<T>) => string } = {
  goals: goalPage,
  policies: policyPage,
  pillars: pillarPage,
  projects: projectPage,
  project_initiatives: initiativePage,
  departments: departmentPage,
  indicators: kpiPage,
  indicator_progress: actualObservationPage,
};

/**
 * Path under dist/ → content of every file of the site, from the model and the files published before it. Each
 * page is kept as its UTF-8 bytes, encoded as soon as it is rendered: the bytes the writer writes, at about half
 * what the page's text would hold (every page has Japanese, so V8 keeps its text at two bytes a character, and
 * the templates' text is a rope of pieces that hashing would flatten into a second copy). At 8,000 KPIs the
 * site is ~24,000 pages: as text they held the build's peak RSS above 1.3 GB (BENCHMARKS.md, issue 23 §2).
 * `readingsOf` gives the search index the readings of its texts (search-readings.ts).
 */
export const toSite = (input: EmitInput, { files, digest }: SoFar, readingsOf: ReadingsOf): Map<string, Uint8Array> => {
  const { model, links, provenance } = input;
  const { config } = provenance;
  const t = model.tables;
  // The plan's linked data, whose nodes the pages embed: as published, read back.
  const planJsonLd = JSON.parse(files.get(planJsonLdPath(config.municipality.code))!.content as string) as {
    '@context': unknown;
    '@graph': JsonLdNode[];
  };
  const site: Site = {
    config,
    source: provenance.source,
    sha256: provenance.sha256,
    vision: model.vision,
    t,
    links,
    report: input.qualityReport,
    lines: input.lines,
    printedPages: input.printedPages,
    downloads: downloadsOf(files, digest),
    files,
    places: recordPlaces(t, links),
    nodes: new Map(planJsonLd['@graph'].map((n) => [String(n['@id']), n])),
    context: planJsonLd['@context'],
  };
  const pages = new Map<string, Uint8Array>();
  const add = (path: string, content: string) => {
    if (pages.has(path)) throw new Error(`site: two pages at ${path}`);
    pages.set(path, Buffer.from(content, 'utf8'));
  };
  add(HOME, homePage(site));
  // A page for every record whose table's module gives it one (its place on the site), by its table's template.
  for (const table of tableNames) {
    if (tables[table].site.kind !== 'own-page') continue;
    const template = recordTemplates[table] as ((site: Site, row: unknown) => string) | undefined;
    if (!template) throw new Error(`site: ${table} has pages of its own (tables/${table}), but emit/site/index.ts has no template for them`);
    for (const row of t[table] as { id: string }[]) add(site.places.get(row.id)!, template(site, row));
  }
  for (const k of t.indicators) for (const kind of ['baseline', 'target'] as const) add(observationPage(k.id, kind), valueObservationPage(site, k, kind));
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
  add(PLAN, planPage(site));
  add(ENGLISH, englishPage(site));
  // An IRI whose content is another page: the catalog is its datasets.
  add('catalog/index.html', redirectPage(site, 'catalog/index.html', DATASETS, 'データ（表とファイル）'));
  add(STYLE, stylesheet + explorerStyles + explorerPhoneStyles(tableNames));
  add(SEARCH_SCRIPT, searchScript);
  add(SEARCH_INDEX, searchIndexScript(searchDocuments(t, site.places), readingsOf));
  add(EXPLORER_SCRIPT, explorerScript);
  return new Map([...pages].map(([path, content]) => [`${siteFolder}/${path}`, content]));
};
